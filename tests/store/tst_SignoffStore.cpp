#include <QTest>

#include "SignoffFixture.h"
#include "StoreFixture.h"
#include "StoreTestUtils.h"
#include "TemplateFixtures.h"
#include "store/ContentSnapshot.h"
#include "store/EvidenceStore.h"
#include "store/EvidenceVault.h"
#include "store/SignoffStore.h"
#include "store/WaiverStore.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using namespace greenlight::test;

// Signatures bind to content: stable hash across reopen, stale (with a diff) after any
// change, append-only and bound to their assessment.
class tst_SignoffStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void rolesFromTemplates();
    void signsWithMeaningTimeAndHash();
    void hashStableAcrossReopen();
    void staleAfterChangesWithDiff_data();
    void staleAfterChangesWithDiff();
    void refusesBadSignatures_data();
    void refusesBadSignatures();
    void signaturesCannotMove();
    void resignMakesOldOneHistory();

private:
    NewSignature approve(const QString &role) const;

    StoreFixture m_fx;
    std::unique_ptr<SignoffStore> m_signoffs;
    qint64 m_assessment = 0;
};

void tst_SignoffStore::init()
{
    QVERIFY(m_fx.openFresh());
    m_signoffs = std::make_unique<SignoffStore>(m_fx.db(), m_fx.clock());
    NewAssessment a = StoreFixture::payments(u"Payments 2.4"_s, false);
    a.templates.append(signoffTemplate());
    auto id = m_fx.store().createAssessment(a, StoreFixture::actor());
    QVERIFY2(id, qPrintable(id.errorMessage()));
    m_assessment = *id;
}

void tst_SignoffStore::cleanup()
{
    m_signoffs.reset();
    m_fx.close();
}

NewSignature tst_SignoffStore::approve(const QString &role) const
{
    NewSignature s;
    s.roleId = role;
    s.signerName = u"Grace Hopper"_s;
    s.decision = Decision::Approve;
    return s;
}

void tst_SignoffStore::rolesFromTemplates()
{
    const auto roles = *m_signoffs->roles(m_assessment);
    QCOMPARE(roles.size(), 4);
    QCOMPARE(roles.at(0).id, u"security-review"_s);
    QCOMPARE(roles.at(0).meaning, u"Security controls verified"_s);
    QCOMPARE(roles.at(0).templateId, u"signoff"_s);
    QVERIFY(!roles.at(2).required);
}

void tst_SignoffStore::signsWithMeaningTimeAndHash()
{
    NewSignature s = approve(u"security-review"_s);
    s.decision = Decision::Conditional;
    s.comment = u"Rotate the API keys within 30 days"_s;
    auto signed_ = m_signoffs->sign(m_assessment, s, u"erin"_s);
    QVERIFY2(signed_, qPrintable(signed_.errorMessage()));
    QCOMPARE(signed_->roleTitle, u"Security Review"_s);
    QCOMPARE(signed_->meaning, u"Security controls verified"_s);
    QCOMPARE(signed_->signedAt, m_fx.clock().now());
    QCOMPARE(signed_->contentHash, *m_signoffs->contentHash(m_assessment));
    QCOMPARE(ContentSnapshot::hash(signed_->snapshotJson.toUtf8()), signed_->contentHash);

    const auto list = *m_signoffs->signatures(m_assessment);
    QCOMPARE(list.size(), 1);
    QVERIFY(!list.first().stale);
    QCOMPARE(list.first().signature.decision, Decision::Conditional);
    QCOMPARE(list.first().signature.comment, s.comment);
    QCOMPARE(m_fx.store().auditEvents(m_assessment)->last().action, u"signoff.signed"_s);
}

void tst_SignoffStore::hashStableAcrossReopen()
{
    const QString before = *m_signoffs->contentHash(m_assessment);
    QCOMPARE(*m_signoffs->contentHash(m_assessment), before);
    QVERIFY(m_signoffs->sign(m_assessment, approve(u"security-review"_s), {}));
    m_signoffs.reset();
    QVERIFY(m_fx.reopen());
    m_signoffs = std::make_unique<SignoffStore>(m_fx.db(), m_fx.clock());
    m_fx.clock().advanceDays(40); // time alone changes nothing
    QCOMPARE(*m_signoffs->contentHash(m_assessment), before);
    QVERIFY(!m_signoffs->signatures(m_assessment)->first().stale);
}

void tst_SignoffStore::staleAfterChangesWithDiff_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("diffPart");
    QTest::newRow("status") << u"status"_s << u"alpha:A-002: status not_started -> failed"_s;
    QTest::newRow("note") << u"note"_s << u"alpha:A-003: note changed"_s;
    QTest::newRow("evidence") << u"evidence"_s << u"alpha:A-001: evidence added note:"_s;
    QTest::newRow("waiver") << u"waiver"_s << u"alpha:A-002: waiver none -> by Dana"_s;
    QTest::newRow("rename") << u"rename"_s << u"assessment name: Payments 2.4 -> Payments 2.5"_s;
}

void tst_SignoffStore::staleAfterChangesWithDiff()
{
    QFETCH(QString, change);
    QFETCH(QString, diffPart);
    if (change == "waiver"_L1)
        m_fx.edit(m_fx.itemId(m_assessment, u"A-002"_s), {ItemStatus::Failed, {}, {}});
    QVERIFY(m_signoffs->sign(m_assessment, approve(u"security-review"_s), {}));

    if (change == "status"_L1) {
        m_fx.edit(m_fx.itemId(m_assessment, u"A-002"_s), {ItemStatus::Failed, {}, {}});
    } else if (change == "note"_L1) {
        m_fx.edit(m_fx.itemId(m_assessment, u"A-003"_s), {{}, {}, u"rechecked"_s});
    } else if (change == "evidence"_L1) {
        EvidenceVault vault(EvidenceVault::rootFor(m_fx.path()));
        EvidenceStore evidence(m_fx.db(), m_fx.clock(), vault);
        NewEvidence note;
        note.text = u"scan clean"_s;
        QVERIFY(evidence.add(m_fx.itemId(m_assessment, u"A-001"_s), note, {}));
    } else if (change == "waiver"_L1) {
        WaiverStore waivers(m_fx.db(), m_fx.clock());
        QVERIFY(waivers.waive(m_fx.itemId(m_assessment, u"A-002"_s),
                              {u"later"_s, u"Dana"_s, QDate(2026, 12, 1), {}},
                              {}));
    } else if (change == "rename"_L1) {
        QVERIFY(m_fx.store().renameAssessment(m_assessment, u"Payments 2.5"_s, {}));
    }
    const auto list = *m_signoffs->signatures(m_assessment);
    QVERIFY(list.first().stale);
    QVERIFY2(list.first().changes.join(u'\n').contains(diffPart),
             qPrintable(list.first().changes.join(u'\n')));
}

void tst_SignoffStore::refusesBadSignatures_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("decision");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unknown role") << u"qa"_s << u"Ann"_s << int(Decision::Approve) << QString()
                                  << u"unknown role 'qa'"_s;
    QTest::newRow("no name") << u"security-review"_s << u" "_s << int(Decision::Approve)
                             << QString() << u"signer's name"_s;
    QTest::newRow("conditional without conditions")
            << u"security-review"_s << u"Ann"_s << int(Decision::Conditional) << QString()
            << u"conditions"_s;
}

void tst_SignoffStore::refusesBadSignatures()
{
    QFETCH(QString, role);
    QFETCH(QString, name);
    QFETCH(int, decision);
    QFETCH(QString, comment);
    QFETCH(QString, messagePart);
    NewSignature s{role, name, Decision(decision), comment, {}, {}};
    auto signed_ = m_signoffs->sign(m_assessment, s, {});
    QVERIFY(!signed_);
    QVERIFY2(signed_.errorMessage().contains(messagePart), qPrintable(signed_.errorMessage()));
    QCOMPARE(m_signoffs->signatures(m_assessment)->size(), 0);

    // A hash the caller signed that no longer matches is refused too.
    auto mismatch
            = m_signoffs->sign(m_assessment, approve(u"security-review"_s), {}, QString(64, u'0'));
    QVERIFY(!mismatch);
    QVERIFY(mismatch.errorMessage().contains(u"changed while signing"_s));
}

void tst_SignoffStore::signaturesCannotMove()
{
    const qint64 other = m_fx.createPayments(u"Other"_s);
    QVERIFY(m_signoffs->sign(m_assessment, approve(u"security-review"_s), {}));
    m_signoffs.reset();
    m_fx.close();
    withRawConnection(m_fx.path(), [&](QSqlDatabase &c) {
        QVERIFY(rawQuery(c, u"UPDATE signature SET assessment_id = %1"_s.arg(other))
                        .value(0)
                        .contains(u"append-only"_s));
        QVERIFY(rawQuery(c, u"DELETE FROM signature"_s).value(0).contains(u"append-only"_s));
    });
}

void tst_SignoffStore::resignMakesOldOneHistory()
{
    QVERIFY(m_signoffs->sign(m_assessment, approve(u"security-review"_s), {}));
    m_fx.edit(m_fx.itemId(m_assessment, u"A-001"_s), {ItemStatus::Passed, {}, {}});
    QVERIFY(m_signoffs->sign(m_assessment, approve(u"security-review"_s), {}));
    const auto list = *m_signoffs->signatures(m_assessment);
    QCOMPARE(list.size(), 2);
    QVERIFY(!list.at(0).latestForRole);
    QVERIFY(list.at(0).stale);
    QVERIFY(list.at(1).latestForRole);
    QVERIFY(!list.at(1).stale);
}

QTEST_GUILESS_MAIN(tst_SignoffStore)
#include "tst_SignoffStore.moc"
