#include "SnapshotWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include "SqlQuery.h"
#include "StoreCodec.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::AssessmentStore)
};

// Snapshotted now so the sign-off workflow finds the roles an assessment was created with.
QString signoffRolesText(const QList<SignoffRole> &roles)
{
    QJsonArray array;
    for (const SignoffRole &role : roles) {
        array.append(QJsonObject{{u"id"_s, role.id},
                                 {u"title"_s, role.title},
                                 {u"meaning"_s, role.meaning},
                                 {u"required"_s, role.required}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

Result<void> SnapshotWriter::validate(const NewAssessment &assessment)
{
    if (assessment.name.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidArgument, Text::tr("an assessment needs a name"));
    if (assessment.templates.isEmpty()) {
        return Error::make(Error::Code::InvalidArgument,
                           Text::tr("an assessment needs at least one template"));
    }
    QSet<QString> templateIds;
    for (const ChecklistTemplate &checklist : assessment.templates) {
        if (checklist.id.isEmpty()) {
            return Error::make(Error::Code::InvalidArgument,
                               Text::tr("a template without an id cannot be snapshotted"));
        }
        if (templateIds.contains(checklist.id)) {
            return Error::make(Error::Code::InvalidArgument,
                               Text::tr("the template %1 was chosen twice").arg(checklist.id));
        }
        templateIds.insert(checklist.id);
        QSet<QString> keys;
        for (const TemplateSection &section : checklist.sections) {
            for (const TemplateItem &item : section.items) {
                if (keys.contains(item.id)) {
                    return Error::make(Error::Code::InvalidArgument,
                                       Text::tr("the template %1 has the item id %2 twice")
                                               .arg(checklist.id, item.id));
                }
                keys.insert(item.id);
            }
        }
    }
    return {};
}

Result<void> SnapshotWriter::write(const QSqlDatabase &connection,
                                   qint64 assessmentId,
                                   const QList<ChecklistTemplate> &templates,
                                   const QString &operation)
{
    SqlQuery templateInsert(connection,
                            u"INSERT INTO assessment_template (assessment_id, position,"
                            " template_id, template_version, title, signoff_roles_json)"
                            " VALUES (?, ?, ?, ?, ?, ?)"_s);
    SqlQuery itemInsert(connection,
                        u"INSERT INTO item (assessment_id, template_id, template_version,"
                        " section_id, section_title, item_key, title, guidance, severity,"
                        " evidence, checks_json, references_json, tags_json, position)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    int position = 0;
    for (qsizetype t = 0; t < templates.size(); ++t) {
        const ChecklistTemplate &checklist = templates.at(t);
        templateInsert.bind(assessmentId)
                .bind(int(t))
                .bind(checklist.id)
                .bind(checklist.version)
                .bind(checklist.title)
                .bind(signoffRolesText(checklist.signoffRoles));
        if (auto done = templateInsert.exec(operation); !done)
            return done;
        for (const TemplateSection &section : checklist.sections) {
            for (const TemplateItem &item : section.items) {
                itemInsert.bind(assessmentId)
                        .bind(checklist.id)
                        .bind(checklist.version)
                        .bind(section.id)
                        .bind(section.title)
                        .bind(item.id)
                        .bind(item.title)
                        .bind(item.guidance)
                        .bind(severityKey(item.severity))
                        .bind(evidenceRequirementKey(item.evidence))
                        .bind(StoreCodec::listText(item.checks))
                        .bind(StoreCodec::listText(item.references))
                        .bind(StoreCodec::listText(item.tags))
                        .bind(position++);
                if (auto done = itemInsert.exec(operation); !done)
                    return done;
            }
        }
    }
    return {};
}

} // namespace greenlight
