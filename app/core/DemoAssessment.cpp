#include "DemoAssessment.h"

#include <string>

#include <yaml-cpp/yaml.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include "AppPaths.h"
#include "store/AssessmentStore.h"
#include "templates/TemplateCatalog.h"

using namespace Qt::StringLiterals;

namespace greenlight::DemoAssessment {
namespace {

constexpr char Context[] = "greenlight::DemoAssessment";

struct RecordedState
{
    QString item; // "SEC-001" or "security:SEC-001"
    ItemStatus status = ItemStatus::NotStarted;
    QString owner;
    QString note;
    QString by; // who recorded it, for the audit trail; the owner when absent
};

struct DemoPlan
{
    QString name;
    QString system;
    QString release;
    QString repository; // relative to AppPaths::examplesDirectory()
    QStringList templates;
    QList<RecordedState> states;
};

QString text(const YAML::Node &node, const char *key)
{
    const YAML::Node value = node[key];
    return value && value.IsScalar() ? QString::fromStdString(value.as<std::string>()).trimmed()
                                     : QString();
}

// The demo file ships inside the binary, so anything wrong with it is a build defect; the
// messages still name the entry, to make fixing it quick.
Result<DemoPlan> parsePlan(const QByteArray &yaml)
{
    DemoPlan plan;
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        const YAML::Node assessment = root["assessment"];
        if (!assessment || !assessment.IsMap())
            return Error::make(
                    Error::Code::Corrupt,
                    QCoreApplication::translate(Context, "the demo file has no 'assessment' map"));
        plan.name = text(assessment, "name");
        plan.system = text(assessment, "system");
        plan.release = text(assessment, "release");
        plan.repository = text(assessment, "repository");
        for (const YAML::Node &id : assessment["templates"])
            plan.templates.append(QString::fromStdString(id.as<std::string>()));

        for (const YAML::Node &entry : root["items"]) {
            RecordedState state;
            state.item = text(entry, "item");
            const QString status = text(entry, "status");
            const auto parsed = itemStatusFromKey(status);
            if (state.item.isEmpty() || !parsed) {
                return Error::make(
                        Error::Code::Corrupt,
                        QCoreApplication::translate(
                                Context, "demo entry '%1' has no item id or an unknown status '%2'")
                                .arg(state.item, status));
            }
            state.status = *parsed;
            state.owner = text(entry, "owner");
            state.note = text(entry, "note");
            state.by = text(entry, "by");
            plan.states.append(state);
        }
    } catch (const YAML::Exception &e) {
        return Error::make(Error::Code::Corrupt,
                           QCoreApplication::translate(Context, "cannot read the demo file: %1")
                                   .arg(QString::fromStdString(e.what())));
    }
    if (plan.name.isEmpty() || plan.templates.isEmpty())
        return Error::make(Error::Code::Corrupt,
                           QCoreApplication::translate(
                                   Context, "the demo file names no assessment or templates"));
    return plan;
}

// Every item the demo records must exist in the templates it uses: checked before anything
// is written, so a stale demo file fails cleanly instead of leaving half an assessment.
QStringList unknownItems(const DemoPlan &plan, const QList<ChecklistTemplate> &templates)
{
    QSet<QString> known;
    for (const ChecklistTemplate &checklist : templates) {
        for (const TemplateSection &section : checklist.sections) {
            for (const TemplateItem &item : section.items) {
                known.insert(item.id);
                known.insert(checklist.id + u':' + item.id);
            }
        }
    }
    QStringList unknown;
    for (const RecordedState &state : plan.states) {
        if (!known.contains(state.item))
            unknown.append(state.item);
    }
    return unknown;
}

QString repositoryPath(const QString &relative)
{
    const QString examples = AppPaths::examplesDirectory();
    if (examples.isEmpty() || relative.isEmpty())
        return {};
    const QFileInfo repo(QDir(examples).absoluteFilePath(relative));
    return repo.isDir() ? repo.canonicalFilePath() : QString();
}

Result<void> apply(AssessmentStore &store,
                   qint64 assessmentId,
                   const RecordedState &state,
                   const QString &actor)
{
    const auto item = store.findItem(assessmentId, state.item);
    if (!item)
        return item.error();
    ItemEdit edit;
    edit.status = state.status;
    if (!state.owner.isEmpty())
        edit.owner = state.owner;
    if (!state.note.isEmpty())
        edit.note = state.note;
    const QString by = !state.by.isEmpty()      ? state.by
                       : !state.owner.isEmpty() ? state.owner
                                                : actor;
    const auto updated = store.updateItem(item->id, edit, by);
    if (!updated)
        return updated.error();
    return {};
}

} // namespace

Result<qint64> create(AssessmentStore &store, const TemplateCatalog &catalog, const QString &actor)
{
    QFile file(u":/examples/demo-assessment.yaml"_s);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::Io,
                           QCoreApplication::translate(
                                   Context, "the demo assessment is missing from this build"));
    auto plan = parsePlan(file.readAll());
    if (!plan)
        return plan.error();

    NewAssessment assessment;
    assessment.name = plan->name;
    assessment.system = plan->system;
    assessment.release = plan->release;
    assessment.repositoryPath = repositoryPath(plan->repository);
    for (const QString &id : std::as_const(plan->templates)) {
        const auto checklist = catalog.find(id);
        if (!checklist) {
            return Error::make(
                    Error::Code::NotFound,
                    QCoreApplication::translate(
                            Context, "the demo needs the template '%1', which is not available")
                            .arg(id));
        }
        assessment.templates.append(*checklist);
    }
    const QStringList unknown = unknownItems(*plan, assessment.templates);
    if (!unknown.isEmpty()) {
        return Error::make(
                Error::Code::InvalidArgument,
                QCoreApplication::translate(
                        Context, "the demo records items that its templates do not have: %1")
                        .arg(unknown.join(u", "_s)));
    }

    const auto created = store.createAssessment(assessment, actor);
    if (!created)
        return created.error();
    const qint64 id = *created;

    for (const RecordedState &state : std::as_const(plan->states)) {
        const Result<void> applied = apply(store, id, state, actor);
        if (!applied) {
            // Half a demo would mislead; hide it (its audit trail stays, as always).
            store.deleteAssessment(id, actor);
            return applied.error();
        }
    }
    return id;
}

} // namespace greenlight::DemoAssessment
