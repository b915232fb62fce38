#include "ScanJsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "ScanSummary.h"
#include "greenlight/Version.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

QJsonValue timestamp(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

void ScanJsonWriter::setGate(std::optional<Severity> failOn)
{
    m_hasGate = true;
    m_failOn = failOn;
}

void ScanJsonWriter::setRecord(const ScanRecord &record, const QString &assessmentName)
{
    m_record = record;
    m_assessmentName = assessmentName;
}

QByteArray ScanJsonWriter::write(const ScanReport &report) const
{
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented);
}

QJsonObject ScanJsonWriter::toJson(const ScanReport &report) const
{
    QJsonArray rules;
    for (const RuleInfo &info : report.rules)
        rules.append(rule(info));
    QJsonArray findings;
    for (const Finding &each : report.findings)
        findings.append(finding(each));
    QJsonArray skipped;
    for (const SkippedPath &path : report.skipped) {
        skipped.append(QJsonObject{{u"path"_s, path.path},
                                   {u"reason"_s, ScanSummary::skipReasonKey(path.reason)},
                                   {u"detail"_s, path.detail}});
    }

    QJsonObject root{
            {u"formatVersion"_s, FormatVersion},
            {u"tool"_s,
             QJsonObject{{u"name"_s, QString::fromLatin1(ApplicationName)},
                         {u"version"_s, QString::fromLatin1(VersionString)}}},
            {u"metadata"_s, metadata(report.metadata)},
            {u"summary"_s, summary(report)},
            {u"rules"_s, rules},
            {u"findings"_s, findings},
            {u"skipped"_s, skipped},
            {u"notes"_s, QJsonArray::fromStringList(report.notes)},
    };
    if (m_record) {
        root.insert(u"record"_s,
                    QJsonObject{{u"assessmentId"_s, m_record->assessmentId},
                                {u"assessment"_s, m_assessmentName},
                                {u"scanId"_s, m_record->id},
                                {u"new"_s, m_record->newCount},
                                {u"open"_s, m_record->openCount},
                                {u"fixed"_s, m_record->fixedCount}});
    }
    return root;
}

QJsonObject ScanJsonWriter::summary(const ScanReport &report) const
{
    const ScanSummary counts = ScanSummary::of(report);
    QJsonObject bySeverity;
    for (int i = 0; i < SeverityCount; ++i)
        bySeverity.insert(severityKey(Severity(i)), counts.count(Severity(i)));
    QJsonObject byReason;
    for (int i = 0; i < ScanSummary::SkipReasonCount; ++i)
        byReason.insert(ScanSummary::skipReasonKey(SkipReason(i)), counts.skipped(SkipReason(i)));

    QJsonObject summary{
            {u"findings"_s, counts.findingCount},
            {u"findingsBySeverity"_s, bySeverity},
            {u"skipped"_s, report.skipped.size()},
            {u"skippedByReason"_s, byReason},
    };
    if (m_hasGate) {
        summary.insert(u"failOn"_s, m_failOn ? severityKey(*m_failOn) : u"never"_s);
        summary.insert(u"findingsAtOrAboveFailOn"_s, counts.atOrAbove(m_failOn));
        summary.insert(u"passed"_s, counts.atOrAbove(m_failOn) == 0);
    }
    return summary;
}

QJsonObject ScanJsonWriter::metadata(const ScanMetadata &metadata)
{
    return QJsonObject{
            {u"root"_s, metadata.root},
            {u"git"_s,
             QJsonObject{{u"repository"_s, metadata.isGitRepository},
                         {u"head"_s, metadata.gitHead},
                         {u"branch"_s, metadata.gitBranch},
                         {u"dirty"_s, metadata.gitDirty}}},
            {u"startedAt"_s, timestamp(metadata.startedAt)},
            {u"finishedAt"_s, timestamp(metadata.finishedAt)},
            {u"ruleSetVersion"_s, metadata.ruleSetVersion},
            {u"rulesRun"_s, QJsonArray::fromStringList(metadata.rulesRun)},
            {u"filesScanned"_s, metadata.filesScanned},
            {u"bytesScanned"_s, metadata.bytesScanned},
            {u"filesSkipped"_s, metadata.filesSkipped},
            {u"cancelled"_s, metadata.cancelled},
    };
}

QJsonObject ScanJsonWriter::rule(const RuleInfo &rule)
{
    return QJsonObject{
            {u"id"_s, rule.id},
            {u"severity"_s, severityKey(rule.severity)},
            {u"title"_s, rule.title},
            {u"rationale"_s, rule.rationale},
            {u"fix"_s, rule.fix},
            {u"category"_s, rule.category},
            {u"repositoryLevel"_s, rule.repositoryLevel},
    };
}

QJsonObject ScanJsonWriter::finding(const Finding &finding)
{
    return QJsonObject{
            {u"ruleId"_s, finding.ruleId},
            {u"severity"_s, severityKey(finding.severity)},
            {u"title"_s, finding.title},
            {u"message"_s, finding.message},
            {u"location"_s, location(finding.location)},
            {u"snippet"_s, finding.snippet},
            {u"fix"_s, finding.fix},
            {u"itemKeys"_s, QJsonArray::fromStringList(finding.itemKeys)},
            {u"fingerprint"_s, finding.fingerprint},
            {u"secret"_s, !finding.secretHash.isEmpty()},
    };
}

QJsonObject ScanJsonWriter::location(const SourceLocation &location)
{
    return QJsonObject{
            {u"path"_s, location.path},
            {u"line"_s, location.line},
            {u"column"_s, location.column},
            {u"endLine"_s, location.endLine},
            {u"endColumn"_s, location.endColumn},
    };
}

} // namespace greenlight
