#include "ReportCommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

#include "AssessmentSnapshotLoader.h"
#include "CliContext.h"
#include "ExitCode.h"
#include "report/ReportExporter.h"
#include "report/ReportText.h"

using namespace Qt::StringLiterals;

namespace greenlight {

namespace {

std::optional<QPageSize::PageSizeId> pageSizeFrom(const QString &value)
{
    const QString key = value.trimmed().toLower();
    if (key == u"a4")
        return QPageSize::A4;
    if (key == u"letter")
        return QPageSize::Letter;
    return std::nullopt;
}

} // namespace

QString ReportCommand::name() const
{
    return u"report"_s;
}

QString ReportCommand::summary() const
{
    return tr("Write an assessment's approval pack: Markdown, HTML, PDF or JSON.");
}

QString ReportCommand::arguments() const
{
    return tr("ASSESSMENT");
}

QString ReportCommand::description() const
{
    return summary() + u"\n\n"_s
           + tr("The pack holds the verdict and its reasons, the summary per category, the\n"
                "findings numbered by severity, every item with its evidence, the waivers, the\n"
                "sign-off block, the scanned commit and the audit-chain head. Secrets stay\n"
                "redacted. The JSON schema is docs/report-schema.json.\n"
                "Exit status: 0 written (whatever the verdict: use 'gate' to judge), 2 usage,\n"
                "store or write error.");
}

QList<QCommandLineOption> ReportCommand::options() const
{
    return {
            QCommandLineOption(u"format"_s,
                               tr("md, html, pdf or json (default: from the --output suffix, else "
                                  "md)."),
                               u"FORMAT"_s),
            QCommandLineOption({u"o"_s, u"output"_s},
                               tr("Write to FILE (atomically); '-' or none: stdout (not for pdf)."),
                               u"FILE"_s),
            QCommandLineOption(u"page-size"_s,
                               tr("PDF page size: a4 or letter (default: from the locale)."),
                               u"SIZE"_s),
            QCommandLineOption(u"fail-on"_s,
                               tr("The verdict's blocking severity, as for gate (default high)."),
                               u"SEVERITY"_s,
                               u"high"_s),
    };
}

int ReportCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return usageError(context,
                          positional.isEmpty()
                                  ? tr("missing ASSESSMENT")
                                  : tr("unexpected argument '%1'").arg(positional.at(1)));
    }
    const QString output = parser.value(u"output"_s);
    const bool toStdout = output.isEmpty() || output == u"-";

    ExportRequest request;
    request.format = ReportFormat::Markdown;
    if (parser.isSet(u"format"_s)) {
        const auto format = reportFormatFromKey(parser.value(u"format"_s).trimmed().toLower());
        if (!format) {
            return usageError(
                    context,
                    tr("unknown format '%1' (use %2)")
                            .arg(parser.value(u"format"_s), reportFormatKeys().join(u", "_s)));
        }
        request.format = *format;
    } else if (!toStdout) {
        const auto format = reportFormatFromFileName(output);
        if (!format) {
            return usageError(context,
                              tr("cannot tell the format from '%1': give --format").arg(output));
        }
        request.format = *format;
    }
    if (request.format == ReportFormat::Pdf && toStdout)
        return usageError(context, tr("a PDF needs --output FILE"));
    request.pageSize = ReportExporter::defaultPageSize();
    if (parser.isSet(u"page-size"_s)) {
        const auto size = pageSizeFrom(parser.value(u"page-size"_s));
        if (!size) {
            return usageError(context,
                              tr("unknown page size '%1' (use a4 or letter)")
                                      .arg(parser.value(u"page-size"_s)));
        }
        request.pageSize = *size;
    }
    QString error;
    const auto policy = AssessmentSnapshotLoader::policyFrom(parser.value(u"fail-on"_s), &error);
    if (!policy)
        return usageError(context, error);

    const auto snapshot = AssessmentSnapshotLoader::load(context, positional.at(0), *policy);
    if (!snapshot)
        return ExitCode::Usage;
    if (toStdout) {
        auto bytes = ReportExporter::render(*snapshot, request);
        if (!bytes) {
            context.printError(bytes.errorMessage());
            return ExitCode::Usage;
        }
        context.out() << QString::fromUtf8(*bytes);
        return ExitCode::Ok;
    }
    if (auto written = ReportExporter::write(*snapshot, request, output); !written) {
        context.printError(written.errorMessage());
        return ExitCode::Usage;
    }
    context.out() << tr("%1: wrote %2 (%3)")
                             .arg(QDir::toNativeSeparators(output),
                                  reportFormatDisplayName(request.format),
                                  ReportText::verdictLine(snapshot->verdict))
                  << '\n';
    return ExitCode::Ok;
}

} // namespace greenlight
