#include "ScanCommand.h"

#include <spdlog/spdlog.h>

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include "CliContext.h"
#include "ExitCode.h"
#include "InterruptGuard.h"
#include "ScanProgressPrinter.h"
#include "domain/Clock.h"
#include "scan/ScanRunner.h"
#include "scan/output/JUnitWriter.h"
#include "scan/output/SarifWriter.h"
#include "scan/output/ScanJsonWriter.h"
#include "scan/output/ScanSummary.h"
#include "scan/output/ScanTextWriter.h"
#include "store/AssessmentStore.h"
#include "store/Database.h"
#include "store/ScanStore.h"
#include "templates/TemplateCatalog.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

QStringList formats()
{
    return {u"text"_s, u"json"_s, u"sarif"_s, u"junit"_s};
}

void addItemKeys(QHash<QString, QStringList> &byRule, const QStringList &checks, const QString &key)
{
    for (const QString &ruleId : checks) {
        QStringList &keys = byRule[ruleId];
        if (!keys.contains(key))
            keys.append(key);
    }
}

bool isVerbose(const QCommandLineParser &parser)
{
    // -v after the command is in the parser; -v before it only raised the log level.
    const auto logger = spdlog::get("greenlight-cli");
    return parser.isSet(u"verbose"_s) || (logger && logger->should_log(spdlog::level::debug));
}

} // namespace

struct ScanCommand::Request
{
    QString path;
    QString assessment;
    QString rules;
    QString format;
    QString outputFile;
    std::optional<Severity> failOn;
    qint64 maxFileSize = 0;
    bool verbose = false;
};

struct ScanCommand::Plan
{
    ScanOptions options;
    std::optional<AssessmentInfo> assessment;
};

QString ScanCommand::name() const
{
    return u"scan"_s;
}

QString ScanCommand::summary() const
{
    return tr("Scan a repository for readiness findings (a CI gate).");
}

QString ScanCommand::arguments() const
{
    return tr("[PATH]");
}

QString ScanCommand::description() const
{
    return tr("Scans the source tree at PATH with the built-in rules and the custom rules of the\n"
              "templates ('greenlight-cli rules' lists them) and writes the findings as text,\n"
              "JSON, SARIF 2.1.0 or JUnit XML. With --assessment only that assessment's\n"
              "templates count, PATH defaults to its repository, and the scan is recorded so\n"
              "its findings become new, still open or fixed.\n\n"
              "Exit status: 0 no finding at or above --fail-on, 1 some, 2 usage or I/O error,\n"
              "130 interrupted.");
}

QList<QCommandLineOption> ScanCommand::options() const
{
    return {
            QCommandLineOption(u"assessment"_s,
                               tr("Record the scan in ASSESSMENT (id or exact name) and use its "
                                  "templates only."),
                               u"ASSESSMENT"_s),
            QCommandLineOption(u"rules"_s,
                               tr("Run only these rules: comma-separated ids, 'prefix.*' "
                                  "selects a group (default: all)."),
                               u"LIST"_s),
            QCommandLineOption(u"format"_s,
                               tr("Report format: text (default), json, sarif or junit."),
                               u"FORMAT"_s,
                               u"text"_s),
            QCommandLineOption(u"output"_s,
                               tr("Write the report to FILE (atomically) instead of stdout."),
                               u"FILE"_s),
            QCommandLineOption(u"fail-on"_s,
                               tr("Exit 1 when a finding is at or above SEVERITY: critical, "
                                  "high (default), medium, low, info or never."),
                               u"SEVERITY"_s,
                               u"high"_s),
            QCommandLineOption(u"max-file-size"_s,
                               tr("Skip files larger than BYTES (suffixes k, M, G; default 5M)."),
                               u"BYTES"_s),
    };
}

bool ScanCommand::parseFailOn(const QString &text, std::optional<Severity> *failOn)
{
    if (text == "never"_L1) {
        *failOn = std::nullopt;
        return true;
    }
    const auto severity = severityFromKey(text);
    if (!severity)
        return false;
    *failOn = severity;
    return true;
}

std::optional<qint64> ScanCommand::parseByteSize(const QString &text)
{
    QString digits = text.trimmed();
    qint64 unit = 1;
    const QList<std::pair<QString, qint64>> suffixes{
            {u"kib"_s, 1024},
            {u"mib"_s, 1024 * 1024},
            {u"gib"_s, 1024LL * 1024 * 1024},
            {u"k"_s, 1024},
            {u"m"_s, 1024 * 1024},
            {u"g"_s, 1024LL * 1024 * 1024},
    };
    for (const auto &[suffix, factor] : suffixes) {
        if (digits.endsWith(suffix, Qt::CaseInsensitive)) {
            digits.chop(suffix.size());
            unit = factor;
            break;
        }
    }
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok || value <= 0 || value > std::numeric_limits<qint64>::max() / unit)
        return std::nullopt;
    return value * unit;
}

Result<QStringList> ScanCommand::selectRules(const QString &list, const QStringList &knownIds)
{
    QStringList selected;
    QStringList unknown;
    for (QString token : list.split(u',', Qt::SkipEmptyParts)) {
        token = token.trimmed();
        if (token.isEmpty())
            continue;
        QStringList matches;
        if (token.endsWith(u'*')) {
            const QString prefix = token.chopped(1);
            for (const QString &id : knownIds) {
                if (id.startsWith(prefix))
                    matches.append(id);
            }
        } else if (knownIds.contains(token)) {
            matches.append(token);
        }
        if (matches.isEmpty())
            unknown.append(token);
        for (const QString &id : std::as_const(matches)) {
            if (!selected.contains(id))
                selected.append(id);
        }
    }
    if (!unknown.isEmpty()) {
        return Error::make(Error::Code::InvalidArgument,
                           tr("unknown rule '%1' (run 'greenlight-cli rules' for the list)")
                                   .arg(unknown.join(u"', '"_s)));
    }
    if (selected.isEmpty())
        return Error::make(Error::Code::InvalidArgument, tr("--rules selects no rule"));
    return selected;
}

int ScanCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usageError(context, tr("unexpected argument '%1'").arg(positional.at(1)));

    Request request;
    request.path = positional.value(0);
    request.assessment = parser.value(u"assessment"_s);
    request.rules = parser.value(u"rules"_s);
    request.format = parser.value(u"format"_s);
    request.outputFile = parser.value(u"output"_s);
    request.verbose = isVerbose(parser);
    if (!formats().contains(request.format)) {
        return usageError(
                context,
                tr("unknown format '%1' (use text, json, sarif or junit)").arg(request.format));
    }
    if (!parseFailOn(parser.value(u"fail-on"_s), &request.failOn)) {
        return usageError(context,
                          tr("unknown severity '%1' for --fail-on (use critical, high, medium, "
                             "low, info or never)")
                                  .arg(parser.value(u"fail-on"_s)));
    }
    request.maxFileSize = ScanOptions().maxFileSize;
    if (parser.isSet(u"max-file-size"_s)) {
        const auto size = parseByteSize(parser.value(u"max-file-size"_s));
        if (!size) {
            return usageError(context,
                              tr("invalid --max-file-size '%1' (a positive number of bytes, "
                                 "optionally with k, M or G)")
                                      .arg(parser.value(u"max-file-size"_s)));
        }
        request.maxFileSize = *size;
    }
    if (request.path.isEmpty() && request.assessment.isEmpty())
        return usageError(context, tr("no PATH given (and no --assessment to take it from)"));
    return scan(request, context);
}

// What to scan and with which rules: the templates (all, or the assessment's), their items'
// checks (for Finding::itemKeys), their custom rules, the root and the --rules selection.
// Returns ExitCode::Ok, or the exit code after printing the error.
int ScanCommand::plan(const Request &request, CliContext &context, Plan *plan) const
{
    ScanOptions &options = plan->options;
    options.maxFileSize = request.maxFileSize;
    QString path = request.path;
    QList<ChecklistTemplate> templates;

    const TemplateCatalog &catalog = context.catalog();
    if (!request.assessment.isEmpty()) {
        auto store = context.store(CliContext::StoreAccess::ExistingOnly);
        if (!store) {
            context.printError(store.errorMessage());
            return ExitCode::Usage;
        }
        auto info = (*store)->findAssessment(request.assessment);
        auto items = info ? (*store)->items(info->id) : Result<QList<ItemRecord>>(info.error());
        if (!items) {
            context.printError(items.errorMessage());
            return ExitCode::Usage;
        }
        plan->assessment = *info;
        // The items' checks as snapshotted when the assessment was made, not as the template
        // reads today: the findings must name the items this assessment has.
        for (const ItemRecord &item : *items)
            addItemKeys(options.itemKeysByRule, item.checks, item.key);
        for (const TemplateRef &ref : info->templates) {
            if (const auto found = catalog.find(ref.id))
                templates.append(*found);
            else
                context.printWarning(tr("template '%1' of the assessment is not installed: its "
                                        "custom rules do not run")
                                             .arg(ref.id));
        }
        if (path.isEmpty())
            path = info->repositoryPath;
        if (path.isEmpty()) {
            return usageError(context,
                              tr("assessment '%1' names no repository: give PATH").arg(info->name));
        }
    } else {
        templates = catalog.templates();
        for (const ChecklistTemplate &checklist : std::as_const(templates)) {
            for (const TemplateSection &section : checklist.sections) {
                for (const TemplateItem &item : section.items)
                    addItemKeys(options.itemKeysByRule, item.checks, item.id);
            }
        }
    }
    QStringList customIds;
    for (const ChecklistTemplate &checklist : std::as_const(templates)) {
        for (const CustomRule &rule : checklist.customRules) {
            if (customIds.contains(rule.id)) {
                context.printWarning(tr("custom rule '%1' of template '%2' is declared twice: "
                                        "the first declaration runs")
                                             .arg(rule.id, checklist.id));
                continue;
            }
            customIds.append(rule.id);
            options.customRules.append(rule);
        }
    }

    const QFileInfo root(path);
    if (!root.exists() || !root.isDir()) {
        context.printError(tr("%1 is not a directory").arg(QDir::toNativeSeparators(path)));
        return ExitCode::Usage;
    }
    options.root = root.absoluteFilePath();

    if (!request.rules.isEmpty()) {
        QStringList known;
        for (const RuleInfo &rule : ScanRunner::allRules(options.customRules))
            known.append(rule.id);
        auto selected = selectRules(request.rules, known);
        if (!selected)
            return usageError(context, selected.errorMessage());
        options.onlyRules = *selected;
    }
    return ExitCode::Ok;
}

int ScanCommand::scan(const Request &request, CliContext &context)
{
    Plan planned;
    if (const int code = plan(request, context, &planned); code != ExitCode::Ok)
        return code;

    // Opened before the scan, so an unwritable destination fails in a second, not after a
    // long scan; committed only when the report is complete, so a reader never sees half.
    std::optional<QSaveFile> output;
    if (!request.outputFile.isEmpty()) {
        output.emplace(request.outputFile);
        if (!output->open(QIODevice::WriteOnly)) {
            context.printError(tr("cannot write %1: %2")
                                       .arg(QDir::toNativeSeparators(request.outputFile),
                                            output->errorString()));
            return ExitCode::Usage;
        }
    }

    auto scanned = runScan(planned.options, context, request.verbose);
    if (!scanned) {
        context.printError(scanned.errorMessage());
        return ExitCode::Usage;
    }
    const ScanReport &report = *scanned;
    if (report.metadata.cancelled) {
        if (output)
            output->cancelWriting();
        context.printError(tr("interrupted: the scan was cancelled, nothing was written or "
                              "recorded"));
        return ExitInterrupted;
    }

    std::optional<ScanRecord> record;
    if (planned.assessment) {
        auto recorded = recordScan(context, planned.assessment->id, report);
        if (!recorded) {
            context.printError(recorded.errorMessage());
            return ExitCode::Usage;
        }
        record = *recorded;
    }
    const QString assessmentName = planned.assessment ? planned.assessment->name : QString();
    const QByteArray bytes = render(request, report, record, assessmentName);
    if (output) {
        if (output->write(bytes) != bytes.size() || !output->commit()) {
            context.printError(tr("cannot write %1: %2")
                                       .arg(QDir::toNativeSeparators(request.outputFile),
                                            output->errorString()));
            return ExitCode::Usage;
        }
    } else {
        context.out() << QString::fromUtf8(bytes);
        context.out().flush();
    }

    const ScanSummary summary = ScanSummary::of(report);
    const int failing = summary.atOrAbove(request.failOn);
    // Machine formats keep stdout clean; the gate's verdict and the record then go where a
    // person reading the CI log sees them.
    if (output || request.format != "text"_L1) {
        QTextStream &stream = output ? context.out() : context.err();
        const QString threshold = request.failOn ? severityKey(*request.failOn) : u"never"_s;
        const QString verdict
                = failing > 0 ? tr("FAILED: %n finding(s) at or above %1", nullptr, failing)
                                        .arg(threshold)
                              : tr("PASSED: nothing at or above %1").arg(threshold);
        stream << tr("%n finding(s), %1", nullptr, summary.findingCount).arg(verdict);
        if (output)
            stream << ' ' << tr("(report: %1)").arg(QDir::toNativeSeparators(request.outputFile));
        stream << '\n';
        if (record) {
            stream << tr("Recorded scan %1 of '%2': %3 new, %4 still open, %5 fixed")
                              .arg(record->id)
                              .arg(assessmentName)
                              .arg(record->newCount)
                              .arg(record->openCount)
                              .arg(record->fixedCount)
                   << '\n';
        }
        stream.flush();
    }
    return failing > 0 ? ExitCode::Negative : ExitCode::Ok;
}

Result<ScanReport> ScanCommand::runScan(const ScanOptions &options,
                                        CliContext &context,
                                        bool verbose)
{
    ScanProgressPrinter printer(context.err(), verbose);
    ScanRunner::Callbacks callbacks;
    if (printer.enabled())
        callbacks.progress = [&printer](const ScanProgress &progress) {
            printer.update(progress);
        };
    const InterruptGuard interrupts;
    if (verbose) { // after the guard: from this line on, Ctrl+C cancels cleanly
        context.err()
                << tr("greenlight-cli: scanning %1").arg(QDir::toNativeSeparators(options.root))
                << '\n';
        context.err().flush();
    }
    auto result
            = ScanRunner::run(options, InterruptGuard::cancelFlag(), callbacks, context.clock());
    printer.finish();
    return result;
}

Result<ScanRecord> ScanCommand::recordScan(CliContext &context,
                                           qint64 assessmentId,
                                           const ScanReport &report)
{
    // A connection of its own: CliContext hands out the AssessmentStore, not its Database.
    // SQLite (WAL) serialises the two connections' writes.
    auto database = Database::open(context.databasePath(), Database::Mode::ExistingOnly);
    if (!database)
        return database.error();
    ScanStore store(**database, context.clock());
    return store.recordScan(assessmentId, report.metadata, report.findings, context.actor());
}

QByteArray ScanCommand::render(const Request &request,
                               const ScanReport &report,
                               const std::optional<ScanRecord> &record,
                               const QString &assessmentName)
{
    if (request.format == "json"_L1) {
        ScanJsonWriter writer;
        writer.setGate(request.failOn);
        if (record)
            writer.setRecord(*record, assessmentName);
        return writer.write(report);
    }
    if (request.format == "sarif"_L1)
        return SarifWriter().write(report);
    if (request.format == "junit"_L1) {
        JUnitWriter writer;
        writer.setFailureThreshold(request.failOn);
        return writer.write(report);
    }
    ScanTextWriter writer;
    writer.setGate(request.failOn);
    if (record)
        writer.setRecord(*record, assessmentName);
    return writer.write(report);
}

} // namespace greenlight
