#include "NewCommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include "CliContext.h"
#include "ExitCode.h"
#include "store/AssessmentStore.h"
#include "templates/TemplateCatalog.h"

using namespace Qt::StringLiterals;

namespace greenlight {

QString NewCommand::name() const
{
    return u"new"_s;
}

QString NewCommand::summary() const
{
    return tr("Create an assessment and print its id.");
}

QString NewCommand::description() const
{
    return tr("Creates an assessment for one release of a system over the chosen templates\n"
              "and prints its id. The templates' items are copied into the assessment, so\n"
              "later template edits never change it.\n\n"
              "Note: --templates here takes template ids (see 'greenlight-cli templates'); an\n"
              "extra template folder is the global option, given before the command:\n"
              "  greenlight-cli --templates ./my-templates new --templates security,team ...");
}

QList<QCommandLineOption> NewCommand::options() const
{
    return {
            QCommandLineOption(u"name"_s, tr("Name of the assessment (required)."), u"NAME"_s),
            QCommandLineOption(u"system"_s, tr("System being released (required)."), u"SYSTEM"_s),
            QCommandLineOption(u"release"_s, tr("Release or version (required)."), u"RELEASE"_s),
            QCommandLineOption(u"repo"_s, tr("The system's source repository."), u"PATH"_s),
            QCommandLineOption(u"templates"_s,
                               tr("Comma-separated template ids, or 'all' (required)."),
                               u"IDS"_s),
    };
}

int NewCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(context,
                          tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    }
    for (const QString &option : {u"name"_s, u"system"_s, u"release"_s, u"templates"_s}) {
        if (parser.value(option).trimmed().isEmpty())
            return usageError(context, tr("--%1 is required").arg(option));
    }

    const TemplateCatalog &catalog = context.catalog();
    for (const TemplateProblem &problem : catalog.problems())
        context.printWarning(problem.toString());
    QStringList available;
    for (const ChecklistTemplate &checklist : catalog.templates())
        available.append(checklist.id);

    NewAssessment assessment;
    assessment.name = parser.value(u"name"_s).trimmed();
    assessment.system = parser.value(u"system"_s).trimmed();
    assessment.release = parser.value(u"release"_s).trimmed();

    QStringList wanted;
    for (const QString &id : parser.value(u"templates"_s).split(u',', Qt::SkipEmptyParts)) {
        if (!wanted.contains(id.trimmed()) && !id.trimmed().isEmpty())
            wanted.append(id.trimmed());
    }
    if (wanted.isEmpty())
        return usageError(context, tr("--templates names no template"));
    if (wanted.contains(u"all"_s))
        wanted = available;
    QStringList unknown;
    for (const QString &id : std::as_const(wanted)) {
        if (const auto checklist = catalog.find(id))
            assessment.templates.append(*checklist);
        else
            unknown.append(id);
    }
    if (!unknown.isEmpty() || assessment.templates.isEmpty()) {
        context.printError(
                tr("unknown template(s): %1 (available: %2)")
                        .arg(unknown.join(u", "_s),
                             available.isEmpty() ? tr("none") : available.join(u", "_s)));
        return ExitCode::Usage;
    }

    if (parser.isSet(u"repo"_s)) {
        const QFileInfo repo(parser.value(u"repo"_s));
        // Stored absolute: the scanner and the GUI resolve it from other working directories.
        assessment.repositoryPath = QDir::cleanPath(repo.absoluteFilePath());
        if (!repo.isDir()) {
            context.printWarning(tr("repository %1 is not a folder on this machine")
                                         .arg(QDir::toNativeSeparators(assessment.repositoryPath)));
        }
    }

    auto store = context.store(CliContext::StoreAccess::CreateIfMissing);
    if (!store) {
        context.printError(store.errorMessage());
        return ExitCode::Usage;
    }
    const auto created = (*store)->createAssessment(assessment, context.actor());
    if (!created) {
        context.printError(created.errorMessage());
        return ExitCode::Usage;
    }
    context.out() << *created << '\n';
    return ExitCode::Ok;
}

} // namespace greenlight
