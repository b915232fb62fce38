#pragma once

#include <optional>

#include "CliCommand.h"
#include "domain/Result.h"
#include "domain/Severity.h"

namespace greenlight {

struct AssessmentInfo;
struct ScanOptions;
struct ScanRecord;
struct ScanReport;

// `scan [PATH] [--assessment A] [--rules LIST] [--format text|json|sarif|junit] [--output FILE]
// [--fail-on SEVERITY] [--max-file-size BYTES]`: the CI readiness gate. Scans the tree with the
// built-in rules and the templates' custom rules, writes the report, and with --assessment
// records the scan so the assessment's findings move between new, open and fixed.
// Exit status: 0 nothing at or above --fail-on, 1 something is, 2 usage or I/O errors,
// 130 interrupted (SIGINT).
class ScanCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::ScanCommand)

public:
    static constexpr int ExitInterrupted = 130; // 128 + SIGINT, what shells report

    QString name() const override;
    QString summary() const override;
    QString arguments() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;

    // "never" -> empty; otherwise a severity key. False when the key is unknown.
    static bool parseFailOn(const QString &text, std::optional<Severity> *failOn);
    // "1048576", "512k", "5M", "1GiB" -> bytes; nullopt when malformed or not positive.
    static std::optional<qint64> parseByteSize(const QString &text);
    // Expands "docker.root-user,secrets.*" against the known ids; error names unknown ones.
    static Result<QStringList> selectRules(const QString &list, const QStringList &knownIds);

protected:
    int run(const QCommandLineParser &parser, CliContext &context) override;

private:
    struct Request;
    struct Plan;
    int plan(const Request &request, CliContext &context, Plan *plan) const;
    int scan(const Request &request, CliContext &context);
    static Result<ScanReport> runScan(const ScanOptions &options,
                                      CliContext &context,
                                      bool verbose);
    static Result<ScanRecord> recordScan(CliContext &context,
                                         qint64 assessmentId,
                                         const ScanReport &report);
    static QByteArray render(const Request &request,
                             const ScanReport &report,
                             const std::optional<ScanRecord> &record,
                             const QString &assessmentName);
};

} // namespace greenlight
