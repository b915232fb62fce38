#include "GateCommand.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "AssessmentSnapshotLoader.h"
#include "CliContext.h"
#include "ExitCode.h"

using namespace Qt::StringLiterals;

namespace greenlight {

namespace {

void printList(QTextStream &out, const QString &heading, const QStringList &lines)
{
    if (lines.isEmpty())
        return;
    out << heading << '\n';
    for (const QString &line : lines)
        out << u"  - "_s << line << '\n';
}

} // namespace

QString GateCommand::name() const
{
    return u"gate"_s;
}

QString GateCommand::summary() const
{
    return tr("Readiness gate for CI: print the verdict and why; exit 1 unless ready.");
}

QString GateCommand::arguments() const
{
    return tr("ASSESSMENT");
}

QString GateCommand::description() const
{
    return summary() + u"\n\n"_s
           + tr("The verdict is Ready, Ready with fixes or Not ready. Not ready: items not yet\n"
                "assessed, failed items or open scan findings at or above --fail-on without a\n"
                "waiver in force, a rejected sign-off, a broken audit chain.\n"
                "Exit status: 0 ready (or ready with fixes), 1 not ready (or with fixes under\n"
                "--strict, or sign-offs pending under --require-signoff), 2 usage or store "
                "error.");
}

QList<QCommandLineOption> GateCommand::options() const
{
    return {
            QCommandLineOption(u"fail-on"_s,
                               tr("Failures and findings at or above SEVERITY block: critical, "
                                  "high (default), medium, low or info."),
                               u"SEVERITY"_s,
                               u"high"_s),
            QCommandLineOption(u"strict"_s, tr("Fail on Ready with fixes too.")),
            QCommandLineOption(u"require-signoff"_s,
                               tr("Fail while a required sign-off is missing or stale.")),
            formatOption(),
    };
}

int GateCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return usageError(context,
                          positional.isEmpty()
                                  ? tr("missing ASSESSMENT")
                                  : tr("unexpected argument '%1'").arg(positional.at(1)));
    }
    bool json = false;
    if (!readFormat(parser, context, &json))
        return ExitCode::Usage;
    QString error;
    const auto policy = AssessmentSnapshotLoader::policyFrom(parser.value(u"fail-on"_s), &error);
    if (!policy)
        return usageError(context, error);
    const auto snapshot = AssessmentSnapshotLoader::load(context, positional.at(0), *policy);
    if (!snapshot)
        return ExitCode::Usage;

    const ReadinessVerdict &verdict = snapshot->verdict;
    bool passed = verdict.level == VerdictLevel::Ready
                  || (verdict.level == VerdictLevel::ReadyWithFixes && !parser.isSet(u"strict"_s));
    if (parser.isSet(u"require-signoff"_s) && !verdict.pendingSignoffs.isEmpty())
        passed = false;
    if (json)
        printJson(*snapshot, passed, context.out());
    else
        printText(*snapshot, passed, context.out());
    return passed ? ExitCode::Ok : ExitCode::Negative;
}

void GateCommand::printText(const AssessmentSnapshot &snapshot, bool passed, QTextStream &out)
{
    const ReadinessVerdict &verdict = snapshot.verdict;
    out << tr("%1 %2: %3 (blocking at %4 and above)")
                    .arg(snapshot.system,
                         snapshot.release,
                         verdictDisplayName(verdict.level),
                         severityKey(verdict.blockAt))
        << '\n';
    out << tr("Items: %1 done of %2 (passed %3, n/a %4, waived %5), failed %6, open %7")
                    .arg(snapshot.summary.done())
                    .arg(snapshot.summary.total)
                    .arg(snapshot.summary.passed)
                    .arg(snapshot.summary.notApplicable)
                    .arg(snapshot.summary.waived)
                    .arg(snapshot.summary.failed)
                    .arg(snapshot.summary.notStarted + snapshot.summary.inProgress)
        << '\n';
    printList(out, tr("Blocking:"), verdict.blockers);
    printList(out, tr("To fix or accept:"), verdict.fixes);
    printList(out, tr("Sign-off pending:"), verdict.pendingSignoffs);
    out << (passed ? tr("gate: passed") : tr("gate: failed")) << '\n';
}

void GateCommand::printJson(const AssessmentSnapshot &snapshot, bool passed, QTextStream &out)
{
    const ReadinessVerdict &verdict = snapshot.verdict;
    const QJsonObject object{
            {u"assessment"_s, snapshot.name},
            {u"system"_s, snapshot.system},
            {u"release"_s, snapshot.release},
            {u"verdict"_s, verdictKey(verdict.level)},
            {u"blockAt"_s, severityKey(verdict.blockAt)},
            {u"blockers"_s, QJsonArray::fromStringList(verdict.blockers)},
            {u"fixes"_s, QJsonArray::fromStringList(verdict.fixes)},
            {u"pendingSignoffs"_s, QJsonArray::fromStringList(verdict.pendingSignoffs)},
            {u"passed"_s, passed},
    };
    out << QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace greenlight
