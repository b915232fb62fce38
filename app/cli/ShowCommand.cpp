#include "ShowCommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QTextStream>

#include "AssessmentJson.h"
#include "CliContext.h"
#include "ExitCode.h"
#include "TextTable.h"
#include "store/AssessmentStore.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

int percentDone(const StatusCounts &counts)
{
    return counts.total > 0 ? counts.done() * 100 / counts.total : 0;
}

QString field(const QString &label, const QString &value)
{
    return (label + u':').leftJustified(13) + value + u'\n';
}

} // namespace

QString ShowCommand::name() const
{
    return u"show"_s;
}

QString ShowCommand::summary() const
{
    return tr("Show an assessment: progress, sections and items.");
}

QString ShowCommand::arguments() const
{
    return tr("ASSESSMENT");
}

QString ShowCommand::description() const
{
    return tr("Shows an assessment (ASSESSMENT is its id or exact name): its details, progress,\n"
              "a summary per section and every item with status, severity, owner and note.\n"
              "--format json prints the same as one JSON object (formatVersion 1) with the keys\n"
              "assessment, progress, sections and items.");
}

QList<QCommandLineOption> ShowCommand::options() const
{
    return {formatOption()};
}

int ShowCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(context, tr("no assessment given"));
    if (positional.size() > 1)
        return usageError(context, tr("unexpected argument '%1'").arg(positional.at(1)));
    bool json = false;
    if (!readFormat(parser, context, &json))
        return ExitCode::Usage;

    auto store = context.store(CliContext::StoreAccess::ExistingOnly);
    if (!store) {
        context.printError(store.errorMessage());
        return ExitCode::Usage;
    }
    const auto info = (*store)->findAssessment(positional.first());
    if (!info) {
        context.printError(info.errorMessage());
        return ExitCode::Usage;
    }
    const auto progress = (*store)->progress(info->id);
    const auto sections = (*store)->sectionSummaries(info->id);
    const auto items = (*store)->items(info->id);
    for (const QString &error :
         {progress.errorMessage(), sections.errorMessage(), items.errorMessage()}) {
        if (!error.isEmpty()) {
            context.printError(error);
            return ExitCode::Usage;
        }
    }

    context.out() << (json ? renderJson(*info, *progress, *sections, *items)
                           : renderText(*info, *progress, *sections, *items));
    return ExitCode::Ok;
}

QString ShowCommand::renderText(const AssessmentInfo &info,
                                const StatusCounts &progress,
                                const QList<SectionSummary> &sections,
                                const QList<ItemRecord> &items)
{
    QStringList templates;
    for (const TemplateRef &ref : info.templates)
        templates.append(ref.id + u' ' + ref.version);

    QStringList byStatus;
    for (int i = 0; i < ItemStatusCount; ++i) {
        const auto status = ItemStatus(i);
        if (progress.count(status) > 0)
            byStatus.append(tr("%1 %2").arg(progress.count(status)).arg(itemStatusKey(status)));
    }

    QString text = tr("%1 (id %2)").arg(info.name).arg(info.id) + u'\n';
    text += field(tr("System"), info.system);
    text += field(tr("Release"), info.release);
    text += field(tr("Repository"),
                  info.repositoryPath.isEmpty() ? tr("(none)")
                                                : QDir::toNativeSeparators(info.repositoryPath));
    text += field(tr("Created"),
                  tr("%1 by %2")
                          .arg(info.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                               info.createdBy));
    text += field(tr("Templates"), templates.join(u", "_s));
    text += field(tr("Progress"),
                  tr("%1/%2 done (%3%): %4")
                          .arg(progress.done())
                          .arg(progress.total)
                          .arg(percentDone(progress))
                          .arg(byStatus.join(u", "_s)));

    TextTable summary({tr("TEMPLATE"),
                       tr("SECTION"),
                       tr("ITEMS"),
                       tr("DONE"),
                       tr("FAILED"),
                       tr("IN PROGRESS"),
                       tr("NOT STARTED")});
    for (int column = 2; column < 7; ++column)
        summary.setAlignment(column, TextTable::Align::Right);
    for (const SectionSummary &section : sections) {
        summary.addRow({section.templateId,
                        section.sectionTitle,
                        QString::number(section.status.total),
                        QString::number(section.status.done()),
                        QString::number(section.status.count(ItemStatus::Failed)),
                        QString::number(section.status.count(ItemStatus::InProgress)),
                        QString::number(section.status.count(ItemStatus::NotStarted))});
    }
    text += u'\n' + summary.render();

    TextTable table({tr("KEY"), tr("STATUS"), tr("SEVERITY"), tr("OWNER"), tr("TITLE")});
    QString currentSection;
    for (const ItemRecord &item : items) {
        const QString section = item.templateId + u'/' + item.sectionId;
        if (section != currentSection) {
            currentSection = section;
            table.addHeading(tr("[%1] %2").arg(item.templateId, item.sectionTitle));
        }
        table.addRow({item.key,
                      itemStatusKey(item.status),
                      severityKey(item.severity),
                      item.owner.isEmpty() ? u"-"_s : item.owner,
                      item.title});
        table.addDetail(item.note);
    }
    text += u'\n' + table.render();
    return text;
}

QString ShowCommand::renderJson(const AssessmentInfo &info,
                                const StatusCounts &progress,
                                const QList<SectionSummary> &sections,
                                const QList<ItemRecord> &items)
{
    QJsonArray sectionArray;
    for (const SectionSummary &section : sections)
        sectionArray.append(AssessmentJson::section(section));
    QJsonArray itemArray;
    for (const ItemRecord &item : items)
        itemArray.append(AssessmentJson::item(item));
    const QJsonObject root{
            {u"formatVersion"_s, AssessmentJson::FormatVersion},
            {u"assessment"_s, AssessmentJson::assessment(info)},
            {u"progress"_s, AssessmentJson::counts(progress)},
            {u"sections"_s, sectionArray},
            {u"items"_s, itemArray},
    };
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace greenlight
