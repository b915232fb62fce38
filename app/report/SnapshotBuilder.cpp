#include "SnapshotBuilder.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include "domain/Clock.h"
#include "domain/Identity.h"
#include "greenlight/Version.h"
#include "report/SnapshotCounts.h"
#include "report/SnapshotFindings.h"
#include "scan/ScanRunner.h"
#include "store/AssessmentStore.h"
#include "store/ChainVerifier.h"
#include "store/Database.h"
#include "store/EvidenceStore.h"
#include "store/EvidenceVault.h"
#include "store/ScanStore.h"
#include "store/SignoffStore.h"
#include "store/WaiverStore.h"

using namespace Qt::StringLiterals;

namespace greenlight {

namespace {

// A deferred read transaction: in WAL mode every query inside sees the same committed
// state, so the items, findings and signatures of one pack agree with each other.
class ReadTransaction
{
public:
    explicit ReadTransaction(Database &database)
        : m_connection(database.connection())
        , m_open(m_connection.transaction())
    {}
    ~ReadTransaction()
    {
        if (m_open)
            m_connection.rollback(); // nothing was written
    }

private:
    QSqlDatabase m_connection;
    bool m_open;
};

SnapshotEvidence toSnapshot(const EvidenceRecord &record, const QDate &today)
{
    SnapshotEvidence evidence;
    evidence.name = record.displayName();
    evidence.kindKey = evidenceKindKey(record.kind);
    evidence.sha256 = record.contentHash;
    evidence.size = record.size;
    evidence.addedAt = record.createdAt;
    evidence.addedBy = record.createdBy;
    evidence.validUntil = record.validUntil;
    evidence.stale = record.isStale(today);
    return evidence;
}

SnapshotWaiver toSnapshot(const WaiverRecord &record, const ItemRecord *item, const QDate &today)
{
    SnapshotWaiver waiver;
    waiver.itemKey = record.itemKey;
    if (item) {
        waiver.itemTitle = item->title;
        waiver.severity = item->severity;
    }
    waiver.justification = record.justification;
    waiver.acceptedBy = record.acceptedBy;
    waiver.expiresOn = record.expiresOn;
    waiver.ticketUrl = record.ticketUrl;
    waiver.createdAt = record.createdAt;
    waiver.createdBy = record.createdBy;
    waiver.expired = record.isExpired(today);
    waiver.daysLeft = int(today.daysTo(record.expiresOn));
    return waiver;
}

// Why a done item still deserves a second look (see SnapshotItem::warnings).
QStringList warningsFor(const SnapshotItem &item)
{
    QStringList warnings;
    const bool done = item.effective == EffectiveStatus::Passed
                      || item.effective == EffectiveStatus::NotApplicable;
    if (!done)
        return warnings;
    if (item.openFindings > 0) {
        warnings << SnapshotBuilder::tr("Open scan findings bear on this item: %1.")
                            .arg(item.openFindings);
    }
    for (const SnapshotEvidence &evidence : item.evidence) {
        if (evidence.stale) {
            warnings << SnapshotBuilder::tr("Evidence %1 went stale on %2.")
                                .arg(evidence.name, evidence.validUntil->toString(Qt::ISODate));
        }
    }
    if (item.effective == EffectiveStatus::Passed
        && item.evidenceRequirement == EvidenceRequirement::Required && item.evidence.isEmpty()) {
        warnings << SnapshotBuilder::tr("Passed without the evidence this item requires.");
    }
    return warnings;
}

Result<void> addItems(Database &database,
                      const Clock &clock,
                      const AssessmentInfo &info,
                      const QList<ItemRecord> &items,
                      AssessmentSnapshot &snapshot)
{
    WaiverStore waivers(database, clock);
    auto effective = waivers.effectiveStatuses(info.id);
    if (!effective)
        return effective.error();
    const EvidenceVault vault(EvidenceVault::rootFor(database.path()));
    EvidenceStore evidenceStore(database, clock, vault);
    auto evidence = evidenceStore.evidence(info.id);
    if (!evidence)
        return evidence.error();
    QHash<qint64, QList<SnapshotEvidence>> evidenceByItem;
    for (const EvidenceRecord &record : std::as_const(*evidence))
        evidenceByItem[record.itemId].append(toSnapshot(record, snapshot.today));

    QHash<QString, int> openFindingsByKey;
    for (const SnapshotFinding &finding : std::as_const(snapshot.findings)) {
        for (const QString &key : finding.itemKeys)
            ++openFindingsByKey[key];
    }
    QHash<QString, QString> templateTitles;
    for (const TemplateRef &ref : info.templates)
        templateTitles.insert(ref.id, ref.title);

    snapshot.items.reserve(items.size());
    for (const ItemRecord &record : items) {
        SnapshotItem item;
        item.key = record.key;
        item.title = record.title;
        item.templateId = record.templateId;
        item.templateTitle = templateTitles.value(record.templateId, record.templateId);
        item.sectionId = record.sectionId;
        item.sectionTitle = record.sectionTitle;
        item.severity = record.severity;
        item.evidenceRequirement = record.evidence;
        item.status = record.status;
        item.effective = effective->value(
                record.id,
                WaiverStore::effectiveStatus(record.status, std::nullopt, snapshot.today));
        item.owner = record.owner;
        item.note = record.note;
        item.updatedAt = record.updatedAt;
        item.updatedBy = record.updatedBy;
        item.evidence = evidenceByItem.value(record.id);
        item.openFindings = openFindingsByKey.value(record.key);
        item.warnings = warningsFor(item);
        snapshot.items.append(item);
    }

    auto current = waivers.waivers(info.id);
    if (!current)
        return current.error();
    QHash<qint64, const ItemRecord *> itemsById;
    for (const ItemRecord &record : items)
        itemsById.insert(record.id, &record);
    for (const WaiverRecord &record : std::as_const(*current)) {
        const ItemRecord *item = itemsById.value(record.itemId);
        // A waiver outlives the failure it covered; only waivers of failed items matter.
        if (item && item->status == ItemStatus::Failed)
            snapshot.waivers.append(toSnapshot(record, item, snapshot.today));
    }
    return {};
}

Result<void> addScan(Database &database,
                     const Clock &clock,
                     qint64 assessmentId,
                     const SnapshotOptions &options,
                     AssessmentSnapshot &snapshot)
{
    ScanStore scans(database, clock);
    auto latest = scans.latestScan(assessmentId);
    if (!latest)
        return latest.error();
    auto findings = scans.findings(assessmentId, /*includeFixed=*/true);
    if (!findings)
        return findings.error();
    QList<FindingRecord> open;
    for (const FindingRecord &record : std::as_const(*findings)) {
        if (record.state == FindingState::Fixed)
            ++snapshot.scan.fixedCount;
        else
            open.append(record);
    }
    snapshot.findings
            = SnapshotFindings::fromRecords(open, ScanRunner::allRules(options.customRules));
    snapshot.runbookGaps = SnapshotFindings::runbookGaps(snapshot.findings);
    if (!*latest)
        return {};
    const ScanRecord &scan = **latest;
    snapshot.scan.present = true;
    snapshot.scan.root = scan.metadata.root;
    snapshot.scan.gitHead = scan.metadata.gitHead;
    snapshot.scan.gitBranch = scan.metadata.gitBranch;
    snapshot.scan.gitDirty = scan.metadata.gitDirty;
    snapshot.scan.startedAt = scan.metadata.startedAt;
    snapshot.scan.finishedAt = scan.metadata.finishedAt;
    snapshot.scan.ruleSetVersion = scan.metadata.ruleSetVersion;
    snapshot.scan.filesScanned = scan.metadata.filesScanned;
    snapshot.scan.newCount = scan.newCount;
    snapshot.scan.openCount = scan.openCount;
    return {};
}

Result<void> addSignoffs(Database &database,
                         const Clock &clock,
                         qint64 assessmentId,
                         AssessmentSnapshot &snapshot)
{
    SignoffStore signoffs(database, clock);
    auto roles = signoffs.roles(assessmentId);
    if (!roles)
        return roles.error();
    auto signatures = signoffs.signatures(assessmentId);
    if (!signatures)
        return signatures.error();
    auto hash = signoffs.contentHash(assessmentId);
    if (!hash)
        return hash.error();
    snapshot.contentHash = *hash;
    for (const RoleInfo &role : std::as_const(*roles)) {
        SnapshotSignoff signoff;
        signoff.roleId = role.id;
        signoff.roleTitle = role.title;
        signoff.meaning = role.meaning;
        signoff.required = role.required;
        for (const SignatureStatus &status : std::as_const(*signatures)) {
            if (status.signature.roleId != role.id || !status.latestForRole)
                continue;
            const SignatureRecord &signature = status.signature;
            signoff.isSigned = true;
            signoff.signerName = signature.signerName;
            signoff.decision = signature.decision;
            signoff.comment = signature.comment;
            signoff.signedAt = signature.signedAt;
            signoff.contentHash = signature.contentHash;
            signoff.stale = status.stale;
            signoff.changes = status.changes;
            signoff.cryptographic = !signature.cryptoSignature.isEmpty();
        }
        snapshot.signoffs.append(signoff);
    }
    return {};
}

Result<void> addAudit(Database &database,
                      qint64 assessmentId,
                      const SnapshotOptions &options,
                      AssessmentSnapshot &snapshot)
{
    QSqlQuery count(database.connection());
    count.prepare(u"SELECT COUNT(*) FROM audit_event WHERE assessment_id = ?"_s);
    count.addBindValue(assessmentId);
    if (!count.exec() || !count.next()) {
        return Error::make(Error::Code::Database,
                           SnapshotBuilder::tr("could not count the audit events: %1")
                                   .arg(count.lastError().text()));
    }
    snapshot.audit.eventCount = count.value(0).toInt();
    if (options.verifyAuditChain) {
        auto report = ChainVerifier::verify(database.connection());
        if (!report)
            return report.error();
        snapshot.audit.verified = true;
        snapshot.audit.intact = report->intact;
        snapshot.audit.problem = report->problem;
        snapshot.audit.headHash = report->headHash;
        return {};
    }
    auto head = ChainVerifier::head(database.connection());
    if (!head)
        return head.error();
    snapshot.audit.headHash = *head;
    return {};
}

} // namespace

Result<AssessmentSnapshot> SnapshotBuilder::build(Database &database,
                                                  const Clock &clock,
                                                  qint64 assessmentId,
                                                  const SnapshotOptions &options)
{
    const ReadTransaction transaction(database);
    AssessmentStore assessments(database, clock);
    auto info = assessments.assessment(assessmentId);
    if (!info)
        return info.error();
    auto items = assessments.items(assessmentId);
    if (!items)
        return items.error();

    AssessmentSnapshot snapshot;
    snapshot.assessmentId = info->id;
    snapshot.name = info->name;
    snapshot.system = info->system;
    snapshot.release = info->release;
    snapshot.repositoryPath = info->repositoryPath;
    snapshot.createdAt = info->createdAt;
    snapshot.createdBy = info->createdBy;
    snapshot.templates = info->templates;
    snapshot.generatedAt = clock.now();
    snapshot.today = snapshot.generatedAt.date();
    snapshot.preparedBy = options.preparedBy.isEmpty() ? currentActor() : options.preparedBy;
    snapshot.generator = u"%1 %2"_s.arg(QString::fromLatin1(ApplicationName),
                                        QString::fromLatin1(VersionString));

    // Findings first: items count the open findings that bear on them.
    if (auto done = addScan(database, clock, assessmentId, options, snapshot); !done)
        return done.error();
    if (auto done = addItems(database, clock, *info, *items, snapshot); !done)
        return done.error();
    if (auto done = addSignoffs(database, clock, assessmentId, snapshot); !done)
        return done.error();
    if (auto done = addAudit(database, assessmentId, options, snapshot); !done)
        return done.error();
    SnapshotCounts::tally(snapshot);
    snapshot.recommendations = SnapshotFindings::recommendations(snapshot);
    snapshot.verdict = ReadinessVerdict::evaluate(snapshot, options.policy);
    return snapshot;
}

} // namespace greenlight
