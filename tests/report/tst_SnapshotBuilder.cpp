#include <QCryptographicHash>
#include <QTest>

#include "StoreFixture.h"
#include "report/SnapshotBuilder.h"
#include "store/ChainVerifier.h"
#include "store/EvidenceStore.h"
#include "store/EvidenceVault.h"
#include "store/ScanStore.h"
#include "store/SignoffStore.h"
#include "store/WaiverStore.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using namespace greenlight::test;

namespace {

Finding finding(const QString &rule,
                Severity severity,
                const QString &path,
                int line,
                const QString &itemKey)
{
    Finding f;
    f.ruleId = rule;
    f.severity = severity;
    f.title = u"title of "_s + rule;
    f.message = u"message of "_s + rule;
    f.location.path = path;
    f.location.line = line;
    f.itemKeys = {itemKey};
    f.fingerprint = QString::fromLatin1(
            QCryptographicHash::hash((rule + path).toUtf8(), QCryptographicHash::Sha256).toHex());
    return f;
}

ScanMetadata metadata(const QDateTime &at)
{
    ScanMetadata m;
    m.root = u"/srv/payments"_s;
    m.isGitRepository = true;
    m.gitHead = u"3f9c2a41d0b7e8f61c5a9d2e4b7f0a1c3e5d7f92"_s;
    m.gitBranch = u"main"_s;
    m.startedAt = at;
    m.finishedAt = at.addSecs(2);
    m.ruleSetVersion = u"2026.11.1"_s;
    m.rulesRun = {u"docker.root-user"_s, u"docs.no-rollback-runbook"_s, u"ci.no-sbom"_s};
    m.filesScanned = 42;
    return m;
}

} // namespace

class tst_SnapshotBuilder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void coverAndProvenance();
    void itemsWaiversAndEvidence();
    void findingsAreNumberedBySeverityWithImpactAndTest();
    void categoriesAddUp();
    void signoffsAndVerdict();
    void unknownAssessmentIsAnError();

private:
    StoreFixture m_fixture;
    qint64 m_id = 0;
};

// Payments (alpha + beta, 7 items) half way through its review: a waiver, a stale piece of
// evidence, two scans (one finding fixed in between) and one signature.
void tst_SnapshotBuilder::init()
{
    QVERIFY(m_fixture.openFresh());
    m_id = m_fixture.createPayments();
    QVERIFY(m_id > 0);
    Database &db = m_fixture.db();
    MockClock &clock = m_fixture.clock();
    const auto set = [&](const QString &key, ItemStatus status) {
        ItemEdit edit;
        edit.status = status;
        edit.owner = u"sam"_s;
        m_fixture.edit(m_fixture.itemId(m_id, key), edit);
    };
    ScanStore scans(db, clock);
    QVERIFY(scans.recordScan(
            m_id,
            metadata(clock.now()),
            {finding(u"docker.root-user"_s, Severity::High, u"Dockerfile"_s, 3, u"A-004"_s),
             finding(u"docs.no-rollback-runbook"_s, Severity::Medium, {}, 0, u"A-001"_s),
             finding(u"ci.no-sbom"_s, Severity::Medium, {}, 0, u"A-003"_s)},
            u"tester"_s));
    clock.advanceDays(1);
    QVERIFY(scans.recordScan(
            m_id,
            metadata(clock.now()),
            {finding(u"docker.root-user"_s, Severity::High, u"Dockerfile"_s, 3, u"A-004"_s),
             finding(u"docs.no-rollback-runbook"_s, Severity::Medium, {}, 0, u"A-001"_s)},
            u"tester"_s));
    set(u"alpha:A-001"_s, ItemStatus::Passed);
    set(u"A-002"_s, ItemStatus::Failed);
    set(u"A-003"_s, ItemStatus::NotApplicable);
    set(u"A-004"_s, ItemStatus::Passed);
    set(u"A-005"_s, ItemStatus::Failed);
    set(u"B-002"_s, ItemStatus::InProgress);

    WaiverStore waivers(db, clock);
    NewWaiver waiver;
    waiver.justification = u"vault migration next sprint"_s;
    waiver.acceptedBy = u"Priya"_s;
    waiver.expiresOn = clock.now().date().addDays(10);
    QVERIFY(waivers.waive(m_fixture.itemId(m_id, u"A-002"_s), waiver, u"dana"_s));

    const EvidenceVault vault(EvidenceVault::rootFor(m_fixture.path()));
    EvidenceStore evidence(db, clock, vault);
    NewEvidence note;
    note.kind = EvidenceKind::Note;
    note.text = u"docker inspect shows User=10001"_s;
    note.validUntil = clock.now().date().addDays(2);
    QVERIFY(evidence.add(m_fixture.itemId(m_id, u"A-004"_s), note, u"sam"_s));

    SignoffStore signoffs(db, clock);
    NewSignature signature;
    signature.roleId = u"security-review"_s;
    signature.signerName = u"Alex Morgan"_s;
    signature.decision = Decision::Conditional;
    signature.comment = u"rotate the keys first"_s;
    QVERIFY(signoffs.sign(m_id, signature, u"alex"_s));
    ItemEdit owner; // after signing: the signature goes stale
    owner.owner = u"lee"_s;
    m_fixture.edit(m_fixture.itemId(m_id, u"beta:A-001"_s), owner);
    clock.advanceDays(5); // the evidence goes stale; the waiver still holds
}

void tst_SnapshotBuilder::coverAndProvenance()
{
    SnapshotOptions options;
    options.preparedBy = u"Dana Release"_s;
    auto built = SnapshotBuilder::build(m_fixture.db(), m_fixture.clock(), m_id, options);
    QVERIFY2(built, qPrintable(built.errorMessage()));
    const AssessmentSnapshot &s = *built;
    QCOMPARE(s.name, u"Payments 2.4"_s);
    QCOMPARE(s.system, u"Payments"_s);
    QCOMPARE(s.templates.size(), 2);
    QCOMPARE(s.generatedAt, m_fixture.clock().now());
    QCOMPARE(s.today, m_fixture.clock().now().date());
    QCOMPARE(s.preparedBy, u"Dana Release"_s);
    QVERIFY(s.generator.startsWith(u"Greenlight "_s));

    QVERIFY(s.scan.present);
    QCOMPARE(s.scan.gitHead, u"3f9c2a41d0b7e8f61c5a9d2e4b7f0a1c3e5d7f92"_s);
    QCOMPARE(s.scan.filesScanned, 42);
    QCOMPARE(s.scan.fixedCount, 1);
    QCOMPARE(s.scan.openCount, 2);

    QVERIFY(s.audit.verified);
    QVERIFY(s.audit.intact);
    QCOMPARE(s.audit.headHash, *ChainVerifier::head(m_fixture.db().connection()));
    QVERIFY(s.audit.eventCount >= 10); // created, 2 scans, 6 edits, waiver, evidence, signature
    QCOMPARE(s.contentHash.size(), 64);

    // The dashboard skips the chain walk but still shows the head.
    options.verifyAuditChain = false;
    auto quick = SnapshotBuilder::build(m_fixture.db(), m_fixture.clock(), m_id, options);
    QVERIFY(quick);
    QVERIFY(!quick->audit.verified);
    QCOMPARE(quick->audit.headHash, s.audit.headHash);
}

void tst_SnapshotBuilder::itemsWaiversAndEvidence()
{
    auto built = SnapshotBuilder::build(m_fixture.db(), m_fixture.clock(), m_id);
    QVERIFY(built);
    const AssessmentSnapshot &s = *built;
    QCOMPARE(s.items.size(), 7);
    QStringList keys;
    for (const SnapshotItem &item : s.items)
        keys << item.key;
    QCOMPARE(keys,
             (QStringList{u"A-001"_s,
                          u"A-002"_s,
                          u"A-003"_s,
                          u"A-004"_s,
                          u"A-005"_s,
                          u"A-001"_s,
                          u"B-002"_s}));
    QCOMPARE(s.items[0].templateTitle, u"Alpha checks"_s);
    QCOMPARE(s.items[6].templateTitle, u"Beta checks"_s);
    QCOMPARE(int(s.items[1].effective), int(EffectiveStatus::Waived));
    QCOMPARE(int(s.items[4].effective), int(EffectiveStatus::Failed));
    QCOMPARE(s.items[1].owner, u"sam"_s);

    QCOMPARE(s.waivers.size(), 1);
    QCOMPARE(s.waivers[0].itemKey, u"A-002"_s);
    QCOMPARE(int(s.waivers[0].severity), int(Severity::High));
    QCOMPARE(s.waivers[0].daysLeft, 5);
    QVERIFY(!s.waivers[0].expired);

    const SnapshotItem &nonRoot = s.items[3];
    QCOMPARE(nonRoot.evidence.size(), 1);
    QCOMPARE(nonRoot.evidence[0].kindKey, u"note"_s);
    QCOMPARE(nonRoot.evidence[0].sha256.size(), 64);
    QVERIFY(nonRoot.evidence[0].stale);
    QCOMPARE(nonRoot.openFindings, 1);
    QCOMPARE(nonRoot.warnings.size(), 2); // the root-user finding and the stale note
    QVERIFY(nonRoot.warnings.join(u' ').contains(u"went stale"_s));
}

void tst_SnapshotBuilder::findingsAreNumberedBySeverityWithImpactAndTest()
{
    auto built = SnapshotBuilder::build(m_fixture.db(), m_fixture.clock(), m_id);
    QVERIFY(built);
    const QList<SnapshotFinding> &findings = built->findings;
    QCOMPARE(findings.size(), 2); // ci.no-sbom was fixed by the second scan
    QCOMPARE(findings[0].number, u"HIGH-001"_s);
    QCOMPARE(findings[0].ruleId, u"docker.root-user"_s);
    QCOMPARE(findings[0].location, u"Dockerfile:3"_s);
    QVERIFY(!findings[0].impact.isEmpty()); // the rule's rationale from the catalogue
    QVERIFY(findings[0].test.contains(u"docker.root-user"_s));
    QCOMPARE(findings[0].category, u"containers"_s);
    QCOMPARE(findings[1].number, u"MEDIUM-002"_s);
    QCOMPARE(findings[1].location, u"."_s);
    QCOMPARE(built->runbookGaps.size(), 1);
    QVERIFY(built->runbookGaps[0].startsWith(u"title of docs.no-rollback-runbook"_s));
    QVERIFY(!built->recommendations.isEmpty());
    QVERIFY(built->recommendations[0].endsWith(u"(HIGH-001)"_s));
}

void tst_SnapshotBuilder::categoriesAddUp()
{
    auto built = SnapshotBuilder::build(m_fixture.db(), m_fixture.clock(), m_id);
    QVERIFY(built);
    const QList<SnapshotCategory> &rows = built->categories;
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].sectionTitle, u"Secrets"_s);
    // A-001 passed (but a runbook finding bears on it), A-002 waived, A-003 N/A.
    QCOMPARE(rows[0].warning, 1);
    QCOMPARE(rows[0].waived, 1);
    QCOMPARE(rows[0].notApplicable, 1);
    QCOMPARE(rows[1].warning, 1); // root-user finding and stale evidence
    QCOMPARE(rows[1].fail, 1);
    QCOMPARE(rows[2].open, 2);    // beta's A-001 not started, B-002 in progress
    for (const SnapshotCategory &row : rows) {
        QCOMPARE(row.pass + row.fail + row.warning + row.waived + row.notApplicable + row.open,
                 row.total);
    }
    QCOMPARE(built->summary.total, 7);
    QCOMPARE(built->summary.waived, 1);
}

void tst_SnapshotBuilder::signoffsAndVerdict()
{
    auto built = SnapshotBuilder::build(m_fixture.db(), m_fixture.clock(), m_id);
    QVERIFY(built);
    QCOMPARE(built->signoffs.size(), 1);
    const SnapshotSignoff &role = built->signoffs[0];
    QCOMPARE(role.roleTitle, u"Security Review"_s);
    QVERIFY(role.isSigned);
    QCOMPARE(role.signerName, u"Alex Morgan"_s);
    QCOMPARE(int(role.decision), int(Decision::Conditional));
    QVERIFY(role.stale); // an owner changed after signing
    QVERIFY(!role.changes.isEmpty());

    const ReadinessVerdict &verdict = built->verdict;
    QCOMPARE(int(verdict.level), int(VerdictLevel::NotReady));
    const QString blockers = verdict.blockers.join(u'\n');
    QVERIFY2(blockers.contains(u"Items not yet assessed"_s), qPrintable(blockers));
    QVERIFY2(blockers.contains(u"[HIGH-001]"_s), qPrintable(blockers));
    QVERIFY2(!blockers.contains(u"A-002"_s), qPrintable(blockers)); // waived
    QVERIFY(verdict.fixes.join(u'\n').contains(u"A-005"_s));
    QCOMPARE(verdict.pendingSignoffs.size(), 1); // stale conditional approval

    SnapshotOptions lenient;
    lenient.policy.blockAt = Severity::Critical;
    auto relaxed = SnapshotBuilder::build(m_fixture.db(), m_fixture.clock(), m_id, lenient);
    QVERIFY(relaxed);
    QVERIFY(!relaxed->verdict.blockers.join(u'\n').contains(u"[HIGH-001]"_s));
}

void tst_SnapshotBuilder::unknownAssessmentIsAnError()
{
    auto built = SnapshotBuilder::build(m_fixture.db(), m_fixture.clock(), 9999);
    QVERIFY(!built);
    QVERIFY(!built.errorMessage().isEmpty());
}

QTEST_GUILESS_MAIN(tst_SnapshotBuilder)
#include "tst_SnapshotBuilder.moc"
