#include "ScanTextWriter.h"

#include <QDir>

#include "ScanSummary.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

QString field(const QString &label, const QString &value)
{
    return (label + u':').leftJustified(11) + value + u'\n';
}

QString heading(const QString &title)
{
    return u'\n' + title + u'\n' + QString(title.size(), u'=') + u'\n';
}

} // namespace

void ScanTextWriter::setGate(std::optional<Severity> failOn)
{
    m_hasGate = true;
    m_failOn = failOn;
}

void ScanTextWriter::setRecord(const ScanRecord &record, const QString &assessmentName)
{
    m_record = record;
    m_assessmentName = assessmentName;
}

QString ScanTextWriter::findingLabel(Severity severity, int number)
{
    return u'[' + severityKey(severity).toUpper() + u'-'
           + QString::number(number).rightJustified(3, u'0') + u']';
}

QByteArray ScanTextWriter::write(const ScanReport &report) const
{
    QString text = summary(report);
    text += findings(report);
    if (!report.notes.isEmpty()) {
        text += heading(tr("Notes"));
        for (const QString &note : report.notes)
            text += u"- "_s + note + u'\n';
    }
    text += skippedFiles(report);
    return text.toUtf8();
}

QString ScanTextWriter::summary(const ScanReport &report) const
{
    const ScanMetadata &meta = report.metadata;
    const ScanSummary counts = ScanSummary::of(report);

    QString text = tr("Greenlight scan of %1").arg(QDir::toNativeSeparators(meta.root)) + u'\n';
    if (meta.cancelled)
        text += tr("CANCELLED: the scan stopped early; the results are incomplete.") + u'\n';
    text += u'\n';
    if (!meta.isGitRepository) {
        text += field(tr("Commit"), tr("(not a git repository)"));
    } else if (meta.gitHead.isEmpty()) {
        text += field(tr("Commit"), tr("(no commit yet)"));
    } else {
        QStringList details;
        if (!meta.gitBranch.isEmpty())
            details.append(meta.gitBranch);
        details.append(meta.gitDirty ? tr("uncommitted changes") : tr("clean"));
        text += field(tr("Commit"), meta.gitHead + u" ("_s + details.join(u", "_s) + u')');
    }
    text += field(tr("Rule set"),
                  tr("version %1, %n rule(s) ran", nullptr, int(meta.rulesRun.size()))
                          .arg(meta.ruleSetVersion));
    if (meta.startedAt.isValid() && meta.finishedAt.isValid()) {
        const double seconds = double(meta.startedAt.msecsTo(meta.finishedAt)) / 1000.0;
        text += field(tr("Scanned"),
                      tr("%1 UTC in %2 s")
                              .arg(meta.startedAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s))
                              .arg(seconds, 0, 'f', 2));
    }

    QStringList skippedParts;
    for (int i = 0; i < ScanSummary::SkipReasonCount; ++i) {
        const auto reason = SkipReason(i);
        if (counts.skipped(reason) > 0)
            skippedParts.append(tr("%1 %2")
                                        .arg(counts.skipped(reason))
                                        .arg(ScanSummary::skipReasonDisplayName(reason)));
    }
    QString files = tr("%1 scanned (%2), %3 skipped")
                            .arg(meta.filesScanned)
                            .arg(ScanSummary::formatBytes(meta.bytesScanned))
                            .arg(report.skipped.size());
    if (!skippedParts.isEmpty())
        files += u" ("_s + skippedParts.join(u", "_s) + u')';
    text += field(tr("Files"), files);

    QStringList severityParts;
    for (int i = 0; i < SeverityCount; ++i)
        severityParts.append(
                tr("%1 %2").arg(counts.count(Severity(i))).arg(severityKey(Severity(i))));
    text += field(tr("Findings"),
                  tr("%1 (%2)").arg(counts.findingCount).arg(severityParts.join(u", "_s)));

    if (m_hasGate) {
        const int failing = counts.atOrAbove(m_failOn);
        const QString threshold = m_failOn ? severityKey(*m_failOn) : u"never"_s;
        text += field(tr("Result"),
                      failing > 0
                              ? tr("FAILED: %n finding(s) at or above %1 (--fail-on %1)",
                                   nullptr,
                                   failing)
                                        .arg(threshold)
                              : tr("PASSED: nothing at or above %1 (--fail-on %1)").arg(threshold));
    }
    if (m_record) {
        text += field(tr("Recorded"),
                      tr("scan %1 of assessment '%2': %3 new, %4 still open, %5 fixed")
                              .arg(m_record->id)
                              .arg(m_assessmentName)
                              .arg(m_record->newCount)
                              .arg(m_record->openCount)
                              .arg(m_record->fixedCount));
    }
    return text;
}

QString ScanTextWriter::findings(const ScanReport &report)
{
    if (report.findings.isEmpty())
        return heading(tr("Findings")) + tr("No findings.") + u'\n';

    QString text = heading(tr("Findings"));
    int number = 0;
    for (const Finding &finding : report.findings) {
        text += u'\n' + findingLabel(finding.severity, ++number) + u' ' + finding.title + u'\n';
        text += u"- "_s + tr("Rule: %1").arg(finding.ruleId) + u'\n';
        const QString where = ScanSummary::locationText(finding.location);
        text += u"- "_s
                + (finding.location.path.isEmpty() ? tr("Location: `%1` (repository)").arg(where)
                                                   : tr("Location: `%1`").arg(where))
                + u'\n';
        text += u"- "_s + tr("Issue: %1").arg(finding.message) + u'\n';
        if (!finding.snippet.isEmpty())
            text += u"- "_s + tr("Code: %1").arg(finding.snippet.simplified()) + u'\n';
        if (!finding.fix.isEmpty())
            text += u"- "_s + tr("Fix: %1").arg(finding.fix) + u'\n';
        if (!finding.itemKeys.isEmpty())
            text += u"- "_s + tr("Checklist items: %1").arg(finding.itemKeys.join(u", "_s)) + u'\n';
    }
    return text;
}

QString ScanTextWriter::skippedFiles(const ScanReport &report) const
{
    if (report.skipped.isEmpty())
        return {};
    QString text = heading(tr("Skipped files (%1)").arg(report.skipped.size()));
    const qsizetype shown = std::min<qsizetype>(report.skipped.size(), m_skippedListLimit);
    for (qsizetype i = 0; i < shown; ++i) {
        const SkippedPath &skipped = report.skipped.at(i);
        QString line = u"- "_s + skipped.path + u": "_s
                       + ScanSummary::skipReasonDisplayName(skipped.reason);
        if (!skipped.detail.isEmpty())
            line += u" ("_s + skipped.detail + u')';
        text += line + u'\n';
    }
    if (report.skipped.size() > shown)
        text += tr("- and %1 more (--format json lists them all)")
                        .arg(report.skipped.size() - shown)
                + u'\n';
    return text;
}

} // namespace greenlight
