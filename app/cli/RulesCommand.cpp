#include "RulesCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "CliContext.h"
#include "ExitCode.h"
#include "TextTable.h"
#include "scan/ScanRunner.h"
#include "scan/output/RuleCatalogWriter.h"
#include "templates/TemplateCatalog.h"

using namespace Qt::StringLiterals;

namespace greenlight {

QString RulesCommand::name() const
{
    return u"rules"_s;
}

QString RulesCommand::summary() const
{
    return tr("List the scan rules and the checklist items they bear on.");
}

QString RulesCommand::arguments() const
{
    return {};
}

QString RulesCommand::description() const
{
    return tr("Lists every rule 'scan' can run: the built-in catalogue and the custom rules\n"
              "declared by the templates, each with its severity and category. --format md\n"
              "prints the full catalogue (rationale, fix and the template items whose checks:\n"
              "name the rule) as Markdown: docs/rules.md is this output for the shipped\n"
              "templates. --format json prints the same as one JSON object (formatVersion 1).");
}

QList<QCommandLineOption> RulesCommand::options() const
{
    return {QCommandLineOption(
            u"format"_s, tr("Output format: text (default), md or json."), u"FORMAT"_s, u"text"_s)};
}

int RulesCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(context,
                          tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    const QString format = parser.value(u"format"_s);
    if (format != "text"_L1 && format != "md"_L1 && format != "json"_L1)
        return usageError(context, tr("unknown format '%1' (use text, md or json)").arg(format));

    const TemplateCatalog &catalog = context.catalog();
    for (const TemplateProblem &problem : catalog.problems())
        context.printWarning(problem.toString());
    const QList<ChecklistTemplate> templates = catalog.templates();
    QList<CustomRule> customRules;
    for (const ChecklistTemplate &checklist : templates)
        customRules += checklist.customRules;
    const RuleCatalogWriter writer(
            ScanRunner::allRules(customRules), templates, ScanRunner::ruleSetVersion());

    if (format == "md"_L1) {
        context.out() << QString::fromUtf8(writer.markdown());
        return ExitCode::Ok;
    }
    if (format == "json"_L1) {
        context.out() << QString::fromUtf8(writer.json());
        return ExitCode::Ok;
    }

    TextTable table({tr("RULE"), tr("SEVERITY"), tr("CATEGORY"), tr("ITEMS"), tr("TITLE")});
    table.setAlignment(3, TextTable::Align::Right);
    for (const RuleInfo &rule : writer.rules()) {
        table.addRow({rule.id,
                      severityKey(rule.severity),
                      rule.category,
                      QString::number(writer.itemsFor(rule.id).size()),
                      rule.title});
    }
    context.out() << table.render();
    context.out() << tr("%n rule(s), rule set version %1.", nullptr, int(writer.rules().size()))
                             .arg(ScanRunner::ruleSetVersion())
                  << '\n';
    return ExitCode::Ok;
}

} // namespace greenlight
