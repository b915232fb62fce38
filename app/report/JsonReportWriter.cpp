#include "JsonReportWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

QJsonValue time(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue date(const QDate &day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

template<typename T, typename F>
QJsonArray array(const QList<T> &list, F convert)
{
    QJsonArray out;
    for (const T &each : list)
        out.append(convert(each));
    return out;
}

QJsonObject assessment(const AssessmentSnapshot &s)
{
    return {{u"id"_s, s.assessmentId},
            {u"name"_s, s.name},
            {u"system"_s, s.system},
            {u"release"_s, s.release},
            {u"repositoryPath"_s, orNull(s.repositoryPath)},
            {u"createdAt"_s, time(s.createdAt)},
            {u"createdBy"_s, s.createdBy},
            {u"asOf"_s, date(s.today)},
            {u"templates"_s, array(s.templates, [](const TemplateRef &t) {
                 return QJsonObject{
                         {u"id"_s, t.id}, {u"version"_s, t.version}, {u"title"_s, t.title}};
             })}};
}

QJsonObject summary(const ReadinessSummary &s)
{
    return {{u"total"_s, s.total},
            {u"done"_s, s.done()},
            {u"notStarted"_s, s.notStarted},
            {u"inProgress"_s, s.inProgress},
            {u"passed"_s, s.passed},
            {u"notApplicable"_s, s.notApplicable},
            {u"failed"_s, s.failed},
            {u"waived"_s, s.waived},
            {u"waiverExpired"_s, s.waiverExpired}};
}

QJsonObject verdict(const ReadinessVerdict &v)
{
    return {{u"level"_s, verdictKey(v.level)},
            {u"blockAt"_s, severityKey(v.blockAt)},
            {u"blockers"_s, strings(v.blockers)},
            {u"fixes"_s, strings(v.fixes)},
            {u"pendingSignoffs"_s, strings(v.pendingSignoffs)}};
}

QJsonObject category(const SnapshotCategory &c)
{
    return {{u"templateId"_s, c.templateId},
            {u"templateTitle"_s, c.templateTitle},
            {u"sectionId"_s, c.sectionId},
            {u"sectionTitle"_s, c.sectionTitle},
            {u"pass"_s, c.pass},
            {u"fail"_s, c.fail},
            {u"warning"_s, c.warning},
            {u"waived"_s, c.waived},
            {u"notApplicable"_s, c.notApplicable},
            {u"open"_s, c.open},
            {u"total"_s, c.total}};
}

QJsonObject finding(const SnapshotFinding &f)
{
    return {{u"number"_s, f.number},
            {u"severity"_s, severityKey(f.severity)},
            {u"ruleId"_s, f.ruleId},
            {u"title"_s, f.title},
            {u"location"_s, f.location},
            {u"issue"_s, f.issue},
            {u"impact"_s, f.impact},
            {u"fix"_s, f.fix},
            {u"test"_s, f.test},
            {u"snippet"_s, orNull(f.snippet)}, // redacted by the scanner
            {u"category"_s, f.category},
            {u"itemKeys"_s, strings(f.itemKeys)},
            {u"state"_s, findingStateKey(f.state)},
            {u"fingerprint"_s, f.fingerprint}};
}

QJsonObject evidence(const SnapshotEvidence &e)
{
    return {{u"name"_s, e.name},
            {u"kind"_s, e.kindKey},
            {u"sha256"_s, orNull(e.sha256)},
            {u"size"_s, e.size},
            {u"addedAt"_s, time(e.addedAt)},
            {u"addedBy"_s, e.addedBy},
            {u"validUntil"_s, e.validUntil ? date(*e.validUntil) : QJsonValue()},
            {u"stale"_s, e.stale}};
}

QJsonObject item(const SnapshotItem &i)
{
    return {{u"key"_s, i.key},
            {u"title"_s, i.title},
            {u"templateId"_s, i.templateId},
            {u"templateTitle"_s, i.templateTitle},
            {u"sectionId"_s, i.sectionId},
            {u"sectionTitle"_s, i.sectionTitle},
            {u"severity"_s, severityKey(i.severity)},
            {u"evidenceRequirement"_s, evidenceRequirementKey(i.evidenceRequirement)},
            {u"status"_s, itemStatusKey(i.status)},
            {u"effectiveStatus"_s, effectiveStatusKey(i.effective)},
            {u"owner"_s, orNull(i.owner)},
            {u"note"_s, orNull(i.note)},
            {u"updatedAt"_s, time(i.updatedAt)},
            {u"updatedBy"_s, orNull(i.updatedBy)},
            {u"evidence"_s, array(i.evidence, evidence)},
            {u"openFindings"_s, i.openFindings},
            {u"warnings"_s, strings(i.warnings)}};
}

QJsonObject waiver(const SnapshotWaiver &w)
{
    return {{u"itemKey"_s, w.itemKey},
            {u"itemTitle"_s, w.itemTitle},
            {u"severity"_s, severityKey(w.severity)},
            {u"justification"_s, w.justification},
            {u"acceptedBy"_s, w.acceptedBy},
            {u"expiresOn"_s, date(w.expiresOn)},
            {u"ticketUrl"_s, orNull(w.ticketUrl)},
            {u"createdAt"_s, time(w.createdAt)},
            {u"createdBy"_s, w.createdBy},
            {u"expired"_s, w.expired},
            {u"daysLeft"_s, w.daysLeft}};
}

QJsonObject signoff(const SnapshotSignoff &r)
{
    const bool on = r.isSigned; // an unsigned role has no signer, decision or time
    return {{u"roleId"_s, r.roleId},
            {u"roleTitle"_s, r.roleTitle},
            {u"meaning"_s, r.meaning},
            {u"required"_s, r.required},
            {u"signed"_s, on},
            {u"signerName"_s, on ? QJsonValue(r.signerName) : QJsonValue()},
            {u"decision"_s, on ? QJsonValue(decisionKey(r.decision)) : QJsonValue()},
            {u"comment"_s, on ? orNull(r.comment) : QJsonValue()},
            {u"signedAt"_s, on ? time(r.signedAt) : QJsonValue()},
            {u"contentHash"_s, on ? orNull(r.contentHash) : QJsonValue()},
            {u"stale"_s, on && r.stale},
            {u"changes"_s, strings(on ? r.changes : QStringList())},
            {u"cryptographic"_s, on && r.cryptographic}};
}

QJsonValue scan(const SnapshotScan &s)
{
    if (!s.present)
        return QJsonValue(); // never scanned
    return QJsonObject{{u"root"_s, s.root},
                       {u"commit"_s, orNull(s.gitHead)},
                       {u"branch"_s, orNull(s.gitBranch)},
                       {u"dirty"_s, s.gitDirty},
                       {u"startedAt"_s, time(s.startedAt)},
                       {u"finishedAt"_s, time(s.finishedAt)},
                       {u"ruleSetVersion"_s, s.ruleSetVersion},
                       {u"filesScanned"_s, s.filesScanned},
                       {u"newCount"_s, s.newCount},
                       {u"openCount"_s, s.openCount},
                       {u"fixedCount"_s, s.fixedCount}};
}

QJsonObject audit(const SnapshotAudit &a)
{
    return {{u"headHash"_s, orNull(a.headHash)},
            {u"eventCount"_s, a.eventCount},
            {u"verified"_s, a.verified},
            {u"intact"_s, a.verified ? QJsonValue(a.intact) : QJsonValue()},
            {u"problem"_s, orNull(a.problem)}};
}

} // namespace

QJsonObject JsonReportWriter::toJson(const AssessmentSnapshot &s)
{
    return {{u"schemaVersion"_s, AssessmentSnapshot::SchemaVersion},
            {u"generator"_s, s.generator},
            {u"generatedAt"_s, time(s.generatedAt)},
            {u"preparedBy"_s, s.preparedBy},
            {u"assessment"_s, assessment(s)},
            {u"summary"_s, summary(s.summary)},
            {u"verdict"_s, verdict(s.verdict)},
            {u"categories"_s, array(s.categories, category)},
            {u"findings"_s, array(s.findings, finding)},
            {u"runbookGaps"_s, strings(s.runbookGaps)},
            {u"recommendations"_s, strings(s.recommendations)},
            {u"items"_s, array(s.items, item)},
            {u"waivers"_s, array(s.waivers, waiver)},
            {u"signoffs"_s, array(s.signoffs, signoff)},
            {u"scan"_s, scan(s.scan)},
            {u"audit"_s, audit(s.audit)},
            {u"contentHash"_s, orNull(s.contentHash)}};
}

QByteArray JsonReportWriter::write(const AssessmentSnapshot &snapshot)
{
    return QJsonDocument(toJson(snapshot)).toJson(QJsonDocument::Indented);
}

} // namespace greenlight
