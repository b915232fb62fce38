#include <QTest>

#include "SignoffFixture.h"
#include "StoreFixture.h"
#include "store/DeploymentApproval.h"
#include "store/SignoffStore.h"
#include "store/WaiverStore.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using namespace greenlight::test;

// The Deployment Approval gate names exactly what blocks it: missing, rejected or stale
// required reviews and critical/high items failed without a waiver in force.
class tst_DeploymentApproval : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void blockedUntilRequiredRolesApprove();
    void rejectAndStaleBlock();
    void failedHighItemsNeedUnexpiredWaiver();
    void approvalRoleRefusedWhileBlocked();

private:
    ApprovalVerdict verdict();
    void sign(const QString &role, Decision decision, const QString &comment = {});

    StoreFixture m_fx;
    qint64 m_assessment = 0;
};

void tst_DeploymentApproval::init()
{
    QVERIFY(m_fx.openFresh());
    NewAssessment a = StoreFixture::payments(u"Payments 2.4"_s, false);
    a.templates.append(signoffTemplate());
    m_assessment = *m_fx.store().createAssessment(a, StoreFixture::actor());
}

void tst_DeploymentApproval::cleanup()
{
    m_fx.close();
}

ApprovalVerdict tst_DeploymentApproval::verdict()
{
    auto v = DeploymentApproval::evaluate(m_fx.db(), m_fx.clock(), m_assessment);
    if (!v)
        qWarning("%s", qPrintable(v.errorMessage()));
    return v ? *v : ApprovalVerdict{};
}

void tst_DeploymentApproval::sign(const QString &role, Decision decision, const QString &comment)
{
    SignoffStore store(m_fx.db(), m_fx.clock());
    auto s = store.sign(m_assessment, {role, u"Ann"_s, decision, comment, {}, {}}, {});
    QVERIFY2(s, qPrintable(s.errorMessage()));
}

void tst_DeploymentApproval::blockedUntilRequiredRolesApprove()
{
    ApprovalVerdict v = verdict();
    QVERIFY(!v.allowed);
    QCOMPARE(v.blockers,
             (QStringList{u"Security Review (security-review) has not signed"_s,
                          u"Operations Review (operations-review) has not signed"_s}));
    QCOMPARE(v.pendingRoles, (QStringList{u"security-review"_s, u"operations-review"_s}));

    sign(u"security-review"_s, Decision::Conditional, u"rotate keys by 2026-12-01"_s);
    sign(u"operations-review"_s, Decision::Approve);
    v = verdict();
    QVERIFY2(v.allowed, qPrintable(v.blockers.join(u'\n')));
    QCOMPARE(v.conditions, QStringList{u"Security Review (Ann): rotate keys by 2026-12-01"_s});
}

void tst_DeploymentApproval::rejectAndStaleBlock()
{
    sign(u"security-review"_s, Decision::Reject, u"pen test open"_s);
    sign(u"operations-review"_s, Decision::Approve);
    m_fx.edit(m_fx.itemId(m_assessment, u"A-005"_s), {ItemStatus::Passed, {}, {}});
    const ApprovalVerdict v = verdict();
    QCOMPARE(v.blockers.size(), 2);
    QCOMPARE(v.blockers.at(0), u"Security Review was rejected by Ann: pen test open"_s);
    QVERIFY2(v.blockers.at(1).startsWith(u"Operations Review's signature by Ann is stale"_s),
             qPrintable(v.blockers.at(1)));
}

void tst_DeploymentApproval::failedHighItemsNeedUnexpiredWaiver()
{
    sign(u"security-review"_s, Decision::Approve);
    sign(u"operations-review"_s, Decision::Approve);
    const qint64 critical = m_fx.itemId(m_assessment, u"A-001"_s);
    const qint64 medium = m_fx.itemId(m_assessment, u"A-003"_s);
    m_fx.edit(critical, {ItemStatus::Failed, {}, {}});
    m_fx.edit(medium, {ItemStatus::Failed, {}, {}});
    sign(u"security-review"_s, Decision::Approve); // re-sign the changed content
    sign(u"operations-review"_s, Decision::Approve);
    ApprovalVerdict v = verdict();
    QCOMPARE(v.blockers,
             QStringList{u"A-001 (critical) is failed without a waiver: No hard-coded keys"_s});

    WaiverStore waivers(m_fx.db(), m_fx.clock());
    QVERIFY(waivers.waive(
            critical, {u"mitigated by WAF"_s, u"Dana"_s, QDate(2026, 11, 10), {}}, {}));
    sign(u"security-review"_s, Decision::Approve);
    sign(u"operations-review"_s, Decision::Approve);
    QVERIFY(verdict().allowed);

    m_fx.clock().advanceDays(10); // 2026-11-11: the waiver has expired
    v = verdict();
    QCOMPARE(v.blockers,
             QStringList{u"A-001 (critical) is failed and its waiver expired on 2026-11-10"_s});
}

void tst_DeploymentApproval::approvalRoleRefusedWhileBlocked()
{
    SignoffStore store(m_fx.db(), m_fx.clock());
    auto refused = store.sign(
            m_assessment, {u"deployment-approval"_s, u"Vic"_s, Decision::Approve, {}, {}, {}}, {});
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(u"Security Review (security-review) has not signed"_s),
             qPrintable(refused.errorMessage()));
    // Rejecting is always possible.
    QVERIFY(store.sign(m_assessment,
                       {u"deployment-approval"_s, u"Vic"_s, Decision::Reject, u"no-go"_s, {}, {}},
                       {}));
    sign(u"security-review"_s, Decision::Approve);
    sign(u"operations-review"_s, Decision::Approve);
    auto approved = store.sign(
            m_assessment, {u"deployment-approval"_s, u"Vic"_s, Decision::Approve, {}, {}, {}}, {});
    QVERIFY2(approved, qPrintable(approved.errorMessage()));
}

QTEST_GUILESS_MAIN(tst_DeploymentApproval)
#include "tst_DeploymentApproval.moc"
