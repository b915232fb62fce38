#include <QTest>

#include "report/AssessmentSnapshot.h"
#include "report/ReadinessVerdict.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

namespace {

enum class Waiver { None, InForce, Expired };
enum class Signoff { Unsigned, Approved, Conditional, Rejected, StaleApproval };

SnapshotItem passedItem(int n)
{
    SnapshotItem item;
    item.key = u"OK-%1"_s.arg(n);
    item.title = u"Fine item"_s;
    item.severity = Severity::High;
    item.status = ItemStatus::Passed;
    item.effective = EffectiveStatus::Passed;
    return item;
}

// Three passed items, optionally one failed item of the given severity and waiver state,
// and a required security role in the given sign-off state.
AssessmentSnapshot snapshot(std::optional<Severity> failed, Waiver waiver, Signoff signoff)
{
    AssessmentSnapshot s;
    s.today = QDate(2026, 11, 20);
    for (int n = 1; n <= 3; ++n)
        s.items << passedItem(n);
    if (failed) {
        SnapshotItem item;
        item.key = u"BAD-1"_s;
        item.title = u"Broken item"_s;
        item.severity = *failed;
        item.status = ItemStatus::Failed;
        item.effective = waiver == Waiver::InForce   ? EffectiveStatus::Waived
                         : waiver == Waiver::Expired ? EffectiveStatus::WaiverExpired
                                                     : EffectiveStatus::Failed;
        s.items << item;
        if (waiver != Waiver::None) {
            SnapshotWaiver w;
            w.itemKey = item.key;
            w.severity = *failed;
            w.justification = u"accepted for one sprint"_s;
            w.expiresOn = waiver == Waiver::Expired ? QDate(2026, 11, 19) : QDate(2026, 12, 1);
            w.expired = waiver == Waiver::Expired;
            s.waivers << w;
        }
    }
    SnapshotSignoff role;
    role.roleId = u"security"_s;
    role.roleTitle = u"Security Review"_s;
    role.required = true;
    role.signerName = u"Alex"_s;
    role.comment = u"see notes"_s;
    role.isSigned = signoff != Signoff::Unsigned;
    role.stale = signoff == Signoff::StaleApproval;
    role.decision = signoff == Signoff::Conditional ? Decision::Conditional
                    : signoff == Signoff::Rejected  ? Decision::Reject
                                                    : Decision::Approve;
    s.signoffs << role;
    return s;
}

const char *waiverName(Waiver w)
{
    const char *names[] = {"no waiver", "waiver in force", "waiver expired"};
    return names[int(w)];
}

const char *signoffName(Signoff s)
{
    const char *names[] = {"unsigned", "approved", "conditional", "rejected", "stale approval"};
    return names[int(s)];
}

// What a failed item alone makes of the verdict (default policy: high and worse block).
VerdictLevel itemLevel(std::optional<Severity> failed, Waiver waiver)
{
    if (!failed)
        return VerdictLevel::Ready;
    if (waiver == Waiver::InForce)
        return VerdictLevel::ReadyWithFixes; // accepted risk is still a fix to make
    const bool blocking = *failed == Severity::Critical || *failed == Severity::High;
    return blocking ? VerdictLevel::NotReady : VerdictLevel::ReadyWithFixes;
}

// What the security role's sign-off alone makes of it: only a current decision counts, and
// a missing or stale approval never lowers the level (approvers sign from the pack).
VerdictLevel signoffLevel(Signoff signoff)
{
    switch (signoff) {
    case Signoff::Rejected:
        return VerdictLevel::NotReady;
    case Signoff::Conditional:
        return VerdictLevel::ReadyWithFixes;
    default:
        return VerdictLevel::Ready;
    }
}

} // namespace

Q_DECLARE_METATYPE(std::optional<Severity>)

class tst_ReadinessVerdict : public QObject
{
    Q_OBJECT

private slots:
    void everyCombination_data();
    void everyCombination();
    void thresholdFollowsPolicy_data();
    void thresholdFollowsPolicy();
    void unassessedItemsBlock();
    void openFindingsBlockUnlessTheirItemsAreWaived();
    void warningsOnDoneItemsNeedFixes();
    void brokenAuditChainBlocks();
    void emptyAssessmentIsNotReady();
    void pendingSignoffsAreListedButDoNotBlock();
    void keysRoundTrip();
};

void tst_ReadinessVerdict::everyCombination_data()
{
    QTest::addColumn<std::optional<Severity>>("failed");
    QTest::addColumn<int>("waiver");
    QTest::addColumn<int>("signoff");
    QTest::addColumn<int>("expected");

    QList<std::optional<Severity>> severities{std::nullopt};
    for (int s = 0; s < SeverityCount; ++s)
        severities << Severity(s);
    for (const auto &failed : severities) {
        for (Waiver waiver : {Waiver::None, Waiver::InForce, Waiver::Expired}) {
            if (!failed && waiver != Waiver::None)
                continue; // a waiver needs a failed item
            for (Signoff signoff : {Signoff::Unsigned,
                                    Signoff::Approved,
                                    Signoff::Conditional,
                                    Signoff::Rejected,
                                    Signoff::StaleApproval}) {
                const VerdictLevel expected
                        = std::max(itemLevel(failed, waiver), signoffLevel(signoff));
                const QByteArray name
                        = (failed ? severityKey(*failed).toLatin1() : QByteArray("nothing"))
                          + " failed, " + waiverName(waiver) + ", " + signoffName(signoff);
                QTest::newRow(name.constData())
                        << failed << int(waiver) << int(signoff) << int(expected);
            }
        }
    }
}

void tst_ReadinessVerdict::everyCombination()
{
    QFETCH(std::optional<Severity>, failed);
    QFETCH(int, waiver);
    QFETCH(int, signoff);
    QFETCH(int, expected);

    const AssessmentSnapshot s = snapshot(failed, Waiver(waiver), Signoff(signoff));
    const ReadinessVerdict verdict = ReadinessVerdict::evaluate(s);

    QCOMPARE(verdictKey(verdict.level), verdictKey(VerdictLevel(expected)));
    // The level is always explained: blockers exactly when not ready, fixes when with fixes.
    QCOMPARE(verdict.blockers.isEmpty(), verdict.level != VerdictLevel::NotReady);
    if (verdict.level == VerdictLevel::ReadyWithFixes)
        QVERIFY(!verdict.fixes.isEmpty());
    if (verdict.level == VerdictLevel::Ready)
        QVERIFY(verdict.fixes.isEmpty());
    const QString reasons = (verdict.blockers + verdict.fixes).join(u'\n');
    if (failed && Waiver(waiver) != Waiver::InForce)
        QVERIFY2(reasons.contains(u"BAD-1"_s), qPrintable(reasons));
    if (Waiver(waiver) == Waiver::Expired)
        QVERIFY2(reasons.contains(u"expired"_s), qPrintable(reasons));
    if (Waiver(waiver) == Waiver::InForce)
        QVERIFY2(reasons.contains(u"waived until 2026-12-01"_s), qPrintable(reasons));
    if (Signoff(signoff) == Signoff::Rejected)
        QVERIFY2(reasons.contains(u"Security Review rejected (Alex)"_s), qPrintable(reasons));
    const bool pending
            = Signoff(signoff) == Signoff::Unsigned || Signoff(signoff) == Signoff::StaleApproval;
    QCOMPARE(verdict.pendingSignoffs.size(), pending ? 1 : 0);
}

void tst_ReadinessVerdict::thresholdFollowsPolicy_data()
{
    QTest::addColumn<Severity>("failed");
    QTest::addColumn<Severity>("blockAt");
    QTest::addColumn<VerdictLevel>("expected");

    QTest::newRow("medium failure, block at high")
            << Severity::Medium << Severity::High << VerdictLevel::ReadyWithFixes;
    QTest::newRow("medium failure, block at medium")
            << Severity::Medium << Severity::Medium << VerdictLevel::NotReady;
    QTest::newRow("high failure, block at critical")
            << Severity::High << Severity::Critical << VerdictLevel::ReadyWithFixes;
    QTest::newRow("critical failure, block at critical")
            << Severity::Critical << Severity::Critical << VerdictLevel::NotReady;
    QTest::newRow("info failure, block at info")
            << Severity::Info << Severity::Info << VerdictLevel::NotReady;
}

void tst_ReadinessVerdict::thresholdFollowsPolicy()
{
    QFETCH(Severity, failed);
    QFETCH(Severity, blockAt);
    QFETCH(VerdictLevel, expected);

    const ReadinessVerdict verdict = ReadinessVerdict::evaluate(
            snapshot(failed, Waiver::None, Signoff::Approved), VerdictPolicy{blockAt});
    QCOMPARE(int(verdict.level), int(expected));
    QCOMPARE(int(verdict.blockAt), int(blockAt));
}

void tst_ReadinessVerdict::unassessedItemsBlock()
{
    AssessmentSnapshot s = snapshot(std::nullopt, Waiver::None, Signoff::Approved);
    s.items[0].effective = EffectiveStatus::NotStarted;
    s.items[1].effective = EffectiveStatus::InProgress;
    const ReadinessVerdict verdict = ReadinessVerdict::evaluate(s);
    QCOMPARE(int(verdict.level), int(VerdictLevel::NotReady));
    QCOMPARE(verdict.blockers, QStringList{u"Items not yet assessed: 2 of 3."_s});
}

void tst_ReadinessVerdict::openFindingsBlockUnlessTheirItemsAreWaived()
{
    AssessmentSnapshot s = snapshot(Severity::Low, Waiver::InForce, Signoff::Approved);
    SnapshotFinding finding;
    finding.number = u"HIGH-001"_s;
    finding.severity = Severity::High;
    finding.title = u"Container runs as root"_s;
    finding.location = u"Dockerfile:3"_s;
    finding.itemKeys = {u"OK-1"_s};
    s.findings << finding;
    ReadinessVerdict verdict = ReadinessVerdict::evaluate(s);
    QCOMPARE(int(verdict.level), int(VerdictLevel::NotReady));
    QVERIFY(verdict.blockers.contains(u"[HIGH-001] Container runs as root at Dockerfile:3."_s));

    // The same finding bearing only on the waived item is accepted risk.
    s.findings[0].itemKeys = {u"BAD-1"_s};
    verdict = ReadinessVerdict::evaluate(s);
    QCOMPARE(int(verdict.level), int(VerdictLevel::ReadyWithFixes));

    // A finding below the threshold is a fix, not a blocker.
    s.findings[0].itemKeys = {u"OK-1"_s};
    s.findings[0].severity = Severity::Medium;
    verdict = ReadinessVerdict::evaluate(s);
    QCOMPARE(int(verdict.level), int(VerdictLevel::ReadyWithFixes));
    QVERIFY(verdict.fixes.contains(u"[HIGH-001] Container runs as root at Dockerfile:3."_s));
}

void tst_ReadinessVerdict::warningsOnDoneItemsNeedFixes()
{
    AssessmentSnapshot s = snapshot(std::nullopt, Waiver::None, Signoff::Approved);
    QCOMPARE(int(ReadinessVerdict::evaluate(s).level), int(VerdictLevel::Ready));
    s.items[2].warnings = {u"Evidence probe.log went stale on 2026-11-01."_s};
    const ReadinessVerdict verdict = ReadinessVerdict::evaluate(s);
    QCOMPARE(int(verdict.level), int(VerdictLevel::ReadyWithFixes));
    QCOMPARE(verdict.fixes, QStringList{u"OK-3: Evidence probe.log went stale on 2026-11-01."_s});
}

void tst_ReadinessVerdict::brokenAuditChainBlocks()
{
    AssessmentSnapshot s = snapshot(std::nullopt, Waiver::None, Signoff::Approved);
    s.audit.verified = true;
    s.audit.intact = false;
    s.audit.problem = u"event 12 was altered"_s;
    const ReadinessVerdict verdict = ReadinessVerdict::evaluate(s);
    QCOMPARE(int(verdict.level), int(VerdictLevel::NotReady));
    QVERIFY(verdict.blockers.first().contains(u"event 12 was altered"_s));

    s.audit.verified = false; // the dashboard does not verify: no claim either way
    QCOMPARE(int(ReadinessVerdict::evaluate(s).level), int(VerdictLevel::Ready));
}

void tst_ReadinessVerdict::emptyAssessmentIsNotReady()
{
    const ReadinessVerdict verdict = ReadinessVerdict::evaluate(AssessmentSnapshot{});
    QCOMPARE(int(verdict.level), int(VerdictLevel::NotReady));
}

void tst_ReadinessVerdict::pendingSignoffsAreListedButDoNotBlock()
{
    AssessmentSnapshot s = snapshot(std::nullopt, Waiver::None, Signoff::StaleApproval);
    SnapshotSignoff optional;
    optional.roleTitle = u"Business Review"_s;
    optional.required = false;
    s.signoffs << optional;
    const ReadinessVerdict verdict = ReadinessVerdict::evaluate(s);
    QCOMPARE(int(verdict.level), int(VerdictLevel::Ready));
    QCOMPARE(verdict.pendingSignoffs,
             QStringList{u"Security Review: signed by Alex, but the content changed since."_s});
}

void tst_ReadinessVerdict::keysRoundTrip()
{
    for (VerdictLevel level :
         {VerdictLevel::Ready, VerdictLevel::ReadyWithFixes, VerdictLevel::NotReady}) {
        QCOMPARE(verdictFromKey(verdictKey(level)), std::optional<VerdictLevel>(level));
        QVERIFY(!verdictDisplayName(level).isEmpty());
    }
    QCOMPARE(verdictFromKey(u"ready-ish"), std::nullopt);
}

QTEST_GUILESS_MAIN(tst_ReadinessVerdict)
#include "tst_ReadinessVerdict.moc"
