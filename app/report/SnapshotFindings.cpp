#include "SnapshotFindings.h"

#include <algorithm>

#include <QHash>
#include <QSet>

#include "domain/Finding.h"

using namespace Qt::StringLiterals;

namespace greenlight {

namespace {

bool reportOrder(const FindingRecord &a, const FindingRecord &b)
{
    const Finding &x = a.finding;
    const Finding &y = b.finding;
    return std::tie(x.severity, x.ruleId, x.location.path, x.location.line, x.fingerprint)
           < std::tie(y.severity, y.ruleId, y.location.path, y.location.line, y.fingerprint);
}

QString rerunTest(const QString &ruleId)
{
    return SnapshotFindings::tr("Re-run the scan (`greenlight-cli scan --rules %1`): the "
                                "finding is reported fixed.")
            .arg(ruleId);
}

} // namespace

QString SnapshotFindings::location(const SourceLocation &location)
{
    if (location.path.isEmpty())
        return u"."_s;
    if (location.line <= 0)
        return location.path;
    if (location.endLine > location.line)
        return u"%1:%2-%3"_s.arg(location.path).arg(location.line).arg(location.endLine);
    return u"%1:%2"_s.arg(location.path).arg(location.line);
}

QList<SnapshotFinding> SnapshotFindings::fromRecords(const QList<FindingRecord> &open,
                                                     const QList<RuleInfo> &rules)
{
    QHash<QString, const RuleInfo *> byId;
    for (const RuleInfo &rule : rules)
        byId.insert(rule.id, &rule);
    QList<FindingRecord> sorted = open;
    std::stable_sort(sorted.begin(), sorted.end(), reportOrder);

    QList<SnapshotFinding> findings;
    findings.reserve(sorted.size());
    for (const FindingRecord &record : std::as_const(sorted)) {
        const Finding &source = record.finding;
        const RuleInfo *rule = byId.value(source.ruleId);
        SnapshotFinding finding;
        finding.number = u"%1-%2"_s.arg(severityKey(source.severity).toUpper())
                                 .arg(findings.size() + 1, 3, 10, QLatin1Char('0'));
        finding.severity = source.severity;
        finding.ruleId = source.ruleId;
        finding.title = source.title.isEmpty() && rule ? rule->title : source.title;
        finding.location = location(source.location);
        finding.issue = source.message;
        finding.impact = rule ? rule->rationale : QString();
        finding.fix = !source.fix.isEmpty() || !rule ? source.fix : rule->fix;
        finding.test = rerunTest(source.ruleId);
        finding.snippet = source.snippet;
        finding.category = rule ? rule->category : QString();
        finding.itemKeys = source.itemKeys;
        finding.state = record.state;
        finding.fingerprint = source.fingerprint;
        findings.append(finding);
    }
    return findings;
}

QStringList SnapshotFindings::runbookGaps(const QList<SnapshotFinding> &findings)
{
    QStringList gaps;
    for (const SnapshotFinding &finding : findings) {
        if (finding.category == u"documentation")
            gaps << u"%1: %2"_s.arg(finding.title, finding.issue);
    }
    return gaps;
}

QStringList SnapshotFindings::recommendations(const AssessmentSnapshot &snapshot)
{
    QStringList lines;
    QStringList ruleOrder;
    QHash<QString, QStringList> numbersByRule;
    QHash<QString, const SnapshotFinding *> firstByRule;
    QSet<QString> explainedItems;
    for (const SnapshotFinding &finding : snapshot.findings) {
        if (!firstByRule.contains(finding.ruleId)) {
            ruleOrder << finding.ruleId;
            firstByRule.insert(finding.ruleId, &finding);
        }
        numbersByRule[finding.ruleId] << finding.number;
        for (const QString &key : finding.itemKeys)
            explainedItems.insert(key);
    }
    for (const QString &ruleId : std::as_const(ruleOrder)) {
        const SnapshotFinding *first = firstByRule.value(ruleId);
        lines << tr("%1: %2 (%3)")
                         .arg(first->title, first->fix, numbersByRule.value(ruleId).join(u", "));
    }

    QList<QStringList> failedBySeverity(SeverityCount);
    int open = 0;
    for (const SnapshotItem &item : snapshot.items) {
        const bool failed = item.effective == EffectiveStatus::Failed
                            || item.effective == EffectiveStatus::WaiverExpired;
        if (failed && !explainedItems.contains(item.key))
            failedBySeverity[int(item.severity)] << item.key;
        open += item.effective == EffectiveStatus::NotStarted
                || item.effective == EffectiveStatus::InProgress;
    }
    for (int severity = 0; severity < SeverityCount; ++severity) {
        const QStringList &keys = failedBySeverity.at(severity);
        if (keys.isEmpty())
            continue;
        lines << tr("Fix or waive the failed %1 items: %2.")
                         .arg(severityDisplayName(Severity(severity)).toLower(), keys.join(u", "));
    }
    if (open > 0)
        lines << tr("Assess the items still open (%1).").arg(open);
    return lines;
}

} // namespace greenlight
