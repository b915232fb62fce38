#include "StoreCodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QTimeZone>

#include "SqlQuery.h"

using namespace Qt::StringLiterals;

namespace greenlight::StoreCodec {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::AssessmentStore)
};

} // namespace

QString timestampText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timestampFromText(const QVariant &value)
{
    const QString text = value.toString();
    if (value.isNull() || text.isEmpty())
        return {};
    // The text always carries "Z"; toUTC() also normalises anything written by hand.
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString listText(const QStringList &list)
{
    return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromText(const QString &text)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array)
        list.append(value.toString());
    return list;
}

QString itemColumns()
{
    return u"id, assessment_id, template_id, template_version, section_id, section_title, "
           "item_key, title, guidance, severity, evidence, checks_json, references_json, "
           "tags_json, position, status, owner, note, updated_at, updated_by"_s;
}

Result<ItemRecord> itemFromRow(const SqlQuery &query)
{
    ItemRecord item;
    item.id = query.int64(0);
    item.assessmentId = query.int64(1);
    item.templateId = query.text(2);
    item.templateVersion = query.text(3);
    item.sectionId = query.text(4);
    item.sectionTitle = query.text(5);
    item.key = query.text(6);
    item.title = query.text(7);
    item.guidance = query.text(8);
    const auto severity = severityFromKey(query.text(9));
    const auto evidence = evidenceRequirementFromKey(query.text(10));
    item.checks = listFromText(query.text(11));
    item.references = listFromText(query.text(12));
    item.tags = listFromText(query.text(13));
    item.position = query.value(14).toInt();
    const auto status = itemStatusFromKey(query.text(15));
    item.owner = query.text(16);
    item.note = query.text(17);
    item.updatedAt = timestampFromText(query.value(18));
    item.updatedBy = query.text(19);

    // Only this build's keys can be stored (newer schemas are refused on open), so an
    // unknown key means the file was edited behind our back.
    if (!severity || !evidence || !status) {
        return Error::make(Error::Code::Corrupt,
                           Text::tr("item %1 has an unknown severity, evidence or status value "
                                    "(%2, %3, %4)")
                                   .arg(item.id)
                                   .arg(query.text(9), query.text(10), query.text(15)));
    }
    item.severity = *severity;
    item.evidence = *evidence;
    item.status = *status;
    return item;
}

QString assessmentColumns()
{
    return u"id, name, system_name, release_name, repo_path, created_at, created_by"_s;
}

AssessmentInfo assessmentFromRow(const SqlQuery &query)
{
    AssessmentInfo info;
    info.id = query.int64(0);
    info.name = query.text(1);
    info.system = query.text(2);
    info.release = query.text(3);
    info.repositoryPath = query.text(4);
    info.createdAt = timestampFromText(query.value(5));
    info.createdBy = query.text(6);
    return info;
}

QString auditColumns()
{
    return u"id, assessment_id, item_id, occurred_at, actor, action, field, old_value, "
           "new_value"_s;
}

AuditEvent auditFromRow(const SqlQuery &query)
{
    AuditEvent event;
    event.id = query.int64(0);
    event.assessmentId = query.int64(1);
    if (!query.value(2).isNull())
        event.itemId = query.int64(2);
    event.at = timestampFromText(query.value(3));
    event.actor = query.text(4);
    event.action = query.text(5);
    event.field = query.text(6);
    event.oldValue = query.text(7);
    event.newValue = query.text(8);
    return event;
}

} // namespace greenlight::StoreCodec
