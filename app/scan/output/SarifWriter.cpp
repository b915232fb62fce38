#include "SarifWriter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include "ScanSummary.h"
#include "greenlight/Version.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

// The project's home page (CMakeLists.txt HOMEPAGE_URL); SARIF wants an absolute URI here.
constexpr auto InformationUri = "https://example.invalid/greenlight";
constexpr auto SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

QJsonObject text(const QString &value)
{
    return QJsonObject{{u"text"_s, value}};
}

QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject sarifRule(const RuleInfo &rule)
{
    QJsonObject properties{{u"tags"_s, QJsonArray{rule.category}},
                           {u"greenlight-severity"_s, severityKey(rule.severity)},
                           {u"repository-level"_s, rule.repositoryLevel}};
    const QString score = SarifWriter::securitySeverity(rule.severity);
    if (!score.isEmpty())
        properties.insert(u"security-severity"_s, score);

    QJsonObject object{
            {u"id"_s, rule.id},
            {u"name"_s, SarifWriter::ruleName(rule.id)},
            {u"shortDescription"_s, text(rule.title)},
            {u"defaultConfiguration"_s,
             QJsonObject{{u"level"_s, SarifWriter::level(rule.severity)}}},
            {u"properties"_s, properties},
    };
    if (!rule.rationale.isEmpty())
        object.insert(u"fullDescription"_s, text(rule.rationale));
    if (!rule.fix.isEmpty()) {
        object.insert(
                u"help"_s,
                QJsonObject{{u"text"_s, rule.fix}, {u"markdown"_s, u"**Fix:** "_s + rule.fix}});
    }
    return object;
}

QJsonObject physicalLocation(const SourceLocation &location, const QString &snippet)
{
    // A repository-level finding ("no NetworkPolicy anywhere") concerns the tree as a whole:
    // it points at the root itself, with no region. Code-scanning services need a location
    // on every result, so leaving locations out is not an option.
    const QJsonObject artifact{
            {u"uri"_s, location.path.isEmpty() ? u"."_s : SarifWriter::relativeUri(location.path)},
            {u"uriBaseId"_s, QString::fromLatin1(SarifWriter::SourceRootId)},
    };
    QJsonObject physical{{u"artifactLocation"_s, artifact}};
    if (!location.path.isEmpty() && location.line > 0) {
        QJsonObject region{{u"startLine"_s, location.line}};
        if (location.column > 0)
            region.insert(u"startColumn"_s, location.column);
        if (location.endLine >= location.line)
            region.insert(u"endLine"_s, location.endLine);
        if (location.endColumn > 0
            && (location.endLine > location.line || location.endColumn > location.column))
            region.insert(u"endColumn"_s, location.endColumn);
        if (!snippet.isEmpty())
            region.insert(u"snippet"_s, text(snippet));
        physical.insert(u"region"_s, region);
    }
    return physical;
}

QJsonObject sarifResult(const Finding &finding, int ruleIndex)
{
    QJsonObject result{
            {u"ruleId"_s, finding.ruleId},
            {u"level"_s, SarifWriter::level(finding.severity)},
            {u"message"_s, text(finding.message.isEmpty() ? finding.title : finding.message)},
            {u"locations"_s,
             QJsonArray{QJsonObject{{u"physicalLocation"_s,
                                     physicalLocation(finding.location, finding.snippet)}}}},
            {u"properties"_s,
             QJsonObject{{u"severity"_s, severityKey(finding.severity)},
                         {u"itemKeys"_s, QJsonArray::fromStringList(finding.itemKeys)}}},
    };
    if (ruleIndex >= 0)
        result.insert(u"ruleIndex"_s, ruleIndex);
    if (!finding.fingerprint.isEmpty()) {
        result.insert(u"partialFingerprints"_s,
                      QJsonObject{{QString::fromLatin1(SarifWriter::FingerprintKey),
                                   finding.fingerprint}});
    }
    return result;
}

QJsonObject invocation(const ScanReport &report)
{
    const ScanMetadata &meta = report.metadata;
    QJsonObject object{{u"executionSuccessful"_s, !meta.cancelled}};
    if (meta.startedAt.isValid())
        object.insert(u"startTimeUtc"_s, timestamp(meta.startedAt));
    if (meta.finishedAt.isValid())
        object.insert(u"endTimeUtc"_s, timestamp(meta.finishedAt));

    // What the scan passed over is said, not lost: analyzer notes and every file skipped for
    // a reason other than being binary (those are expected and can number thousands).
    QJsonArray notifications;
    for (const QString &note : report.notes)
        notifications.append(QJsonObject{{u"level"_s, u"note"_s}, {u"message"_s, text(note)}});
    for (const SkippedPath &skipped : report.skipped) {
        if (skipped.reason == SkipReason::Binary)
            continue;
        QString message
                = skipped.path + u": skipped ("_s + ScanSummary::skipReasonKey(skipped.reason);
        if (!skipped.detail.isEmpty())
            message += u", "_s + skipped.detail;
        notifications.append(
                QJsonObject{{u"level"_s, u"warning"_s}, {u"message"_s, text(message + u')')}});
    }
    if (meta.cancelled) {
        notifications.append(QJsonObject{{u"level"_s, u"error"_s},
                                         {u"message"_s,
                                          text(u"The scan was cancelled: the "
                                               u"results are incomplete."_s)}});
    }
    if (!notifications.isEmpty())
        object.insert(u"toolExecutionNotifications"_s, notifications);
    return object;
}

} // namespace

QByteArray SarifWriter::write(const ScanReport &report) const
{
    return QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented);
}

QJsonObject SarifWriter::toJson(const ScanReport &report) const
{
    const ScanMetadata &meta = report.metadata;
    QJsonArray rules;
    QHash<QString, int> ruleIndex;
    for (const RuleInfo &rule : report.rules) {
        ruleIndex.insert(rule.id, int(rules.size()));
        rules.append(sarifRule(rule));
    }
    QJsonArray results;
    for (const Finding &finding : report.findings)
        results.append(sarifResult(finding, ruleIndex.value(finding.ruleId, -1)));

    const QString version = QString::fromLatin1(VersionString);
    QJsonObject run{
            {u"tool"_s,
             QJsonObject{{u"driver"_s,
                          QJsonObject{{u"name"_s, QString::fromLatin1(ApplicationName)},
                                      {u"version"_s, version},
                                      {u"semanticVersion"_s, version},
                                      {u"informationUri"_s, QString::fromLatin1(InformationUri)},
                                      {u"rules"_s, rules}}}}},
            {u"invocations"_s, QJsonArray{invocation(report)}},
            {u"columnKind"_s, u"utf16CodeUnits"_s},
            {u"results"_s, results},
            {u"properties"_s,
             QJsonObject{{u"ruleSetVersion"_s, meta.ruleSetVersion},
                         {u"filesScanned"_s, meta.filesScanned},
                         {u"bytesScanned"_s, meta.bytesScanned},
                         {u"filesSkipped"_s, meta.filesSkipped},
                         {u"gitDirty"_s, meta.gitDirty},
                         {u"cancelled"_s, meta.cancelled}}},
    };
    if (!meta.root.isEmpty()) {
        run.insert(u"originalUriBaseIds"_s,
                   QJsonObject{{QString::fromLatin1(SourceRootId),
                                QJsonObject{{u"uri"_s, rootUri(meta.root)}}}});
    }
    if (meta.isGitRepository && !meta.gitHead.isEmpty()) {
        // repositoryUri is required once the object is there; a local scan knows no remote,
        // so it names the work tree that was scanned.
        QJsonObject provenance{
                {u"repositoryUri"_s, rootUri(meta.root)},
                {u"revisionId"_s, meta.gitHead},
                {u"mappedTo"_s, QJsonObject{{u"uriBaseId"_s, QString::fromLatin1(SourceRootId)}}}};
        if (!meta.gitBranch.isEmpty())
            provenance.insert(u"branch"_s, meta.gitBranch);
        run.insert(u"versionControlProvenance"_s, QJsonArray{provenance});
    }

    return QJsonObject{
            {u"$schema"_s, QString::fromLatin1(SchemaUri)},
            {u"version"_s, u"2.1.0"_s},
            {u"runs"_s, QJsonArray{run}},
    };
}

QString SarifWriter::level(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
    case Severity::High:
        return u"error"_s;
    case Severity::Medium:
        return u"warning"_s;
    case Severity::Low:
    case Severity::Info:
        return u"note"_s;
    }
    return u"warning"_s;
}

QString SarifWriter::securitySeverity(Severity severity)
{
    // GitHub buckets the score: >= 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low.
    switch (severity) {
    case Severity::Critical:
        return u"9.5"_s;
    case Severity::High:
        return u"8.0"_s;
    case Severity::Medium:
        return u"5.5"_s;
    case Severity::Low:
        return u"3.0"_s;
    case Severity::Info:
        return {};
    }
    return {};
}

QString SarifWriter::ruleName(const QString &ruleId)
{
    QString name;
    bool upper = true;
    for (const QChar c : ruleId) {
        if (!c.isLetterOrNumber()) {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    return name;
}

QString SarifWriter::relativeUri(const QString &path)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(path, "/"));
}

QString SarifWriter::rootUri(const QString &root)
{
    QString uri = QUrl::fromLocalFile(root).toString(QUrl::FullyEncoded);
    if (!uri.endsWith(u'/'))
        uri += u'/';
    return uri;
}

} // namespace greenlight
