#include "TemplatesCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "CliContext.h"
#include "ExitCode.h"
#include "TextTable.h"
#include "templates/TemplateCatalog.h"

using namespace Qt::StringLiterals;

namespace greenlight {

QString TemplatesCommand::name() const
{
    return u"templates"_s;
}

QString TemplatesCommand::summary() const
{
    return tr("List the available checklist templates.");
}

QString TemplatesCommand::description() const
{
    return tr("Lists the checklist templates 'new' can use: the built-in set, the user template\n"
              "folder and every folder given with the global option --templates DIR (a later\n"
              "folder overrides a template with the same id). Files that fail to load are\n"
              "reported as warnings on stderr and skipped.");
}

int TemplatesCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(context,
                          tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    const TemplateCatalog &catalog = context.catalog();
    for (const TemplateProblem &problem : catalog.problems())
        context.printWarning(problem.toString());

    const QList<ChecklistTemplate> templates = catalog.templates();
    if (templates.isEmpty()) {
        context.printError(tr("no templates found"));
        return ExitCode::Usage;
    }

    TextTable table({tr("ID"), tr("VERSION"), tr("ITEMS"), tr("TITLE")});
    table.setAlignment(2, TextTable::Align::Right);
    for (const ChecklistTemplate &checklist : templates) {
        table.addRow({checklist.id,
                      checklist.version,
                      QString::number(checklist.itemCount()),
                      checklist.title});
    }
    context.out() << table.render();
    return ExitCode::Ok;
}

} // namespace greenlight
