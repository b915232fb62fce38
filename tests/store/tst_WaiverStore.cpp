#include <QTest>

#include "StoreFixture.h"
#include "store/WaiverStore.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using namespace greenlight::test;

// Waivers: only for failed items, all fields required, expiry by the mock Clock turns the
// item back to failed (flagged), and summaries keep waived apart from passed.
class tst_WaiverStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void waivesFailedItem();
    void refusesBadWaivers_data();
    void refusesBadWaivers();
    void expiryFlipsStatusAndSummary();
    void expiringWithinDays();
    void newerWaiverSupersedes();

private:
    NewWaiver valid() const;

    StoreFixture m_fx;
    std::unique_ptr<WaiverStore> m_waivers;
    qint64 m_assessment = 0;
    qint64 m_failed = 0;
};

void tst_WaiverStore::init()
{
    QVERIFY(m_fx.openFresh());
    m_waivers = std::make_unique<WaiverStore>(m_fx.db(), m_fx.clock());
    m_assessment = m_fx.createPayments(); // clock: 2026-11-01
    m_failed = m_fx.itemId(m_assessment, u"A-002"_s);
    m_fx.edit(m_failed, {ItemStatus::Failed, {}, {}});
    m_fx.edit(m_fx.itemId(m_assessment, u"A-003"_s), {ItemStatus::Passed, {}, {}});
}

void tst_WaiverStore::cleanup()
{
    m_waivers.reset();
    m_fx.close();
}

NewWaiver tst_WaiverStore::valid() const
{
    return {u"Vault migration scheduled for sprint 12"_s,
            u"Dana (CISO)"_s,
            QDate(2026, 11, 15),
            u"https://jira.example.com/SEC-88"_s};
}

void tst_WaiverStore::waivesFailedItem()
{
    auto waived = m_waivers->waive(m_failed, valid(), u"erin"_s);
    QVERIFY2(waived, qPrintable(waived.errorMessage()));
    QCOMPARE(waived->itemKey, u"A-002"_s);
    QCOMPARE(waived->acceptedBy, u"Dana (CISO)"_s);
    QCOMPARE(waived->createdBy, u"erin"_s);
    auto current = m_waivers->currentWaiver(m_failed);
    QVERIFY(current && current->has_value());
    QCOMPARE((*current)->expiresOn, QDate(2026, 11, 15));
    QCOMPARE((*current)->ticketUrl, u"https://jira.example.com/SEC-88"_s);
    QCOMPARE(m_fx.store().auditEvents(m_assessment, m_failed)->last().action, u"waiver.added"_s);
    QCOMPARE(m_waivers->effectiveStatuses(m_assessment)->value(m_failed), EffectiveStatus::Waived);
}

void tst_WaiverStore::refusesBadWaivers_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("passed item") << u"A-003"_s << QString() << u"not failed"_s;
    QTest::newRow("not started item") << u"A-005"_s << QString() << u"not failed"_s;
    QTest::newRow("no reason") << u"A-002"_s << u"justification"_s << u"justification"_s;
    QTest::newRow("no person") << u"A-002"_s << u"acceptedBy"_s << u"accepts the risk"_s;
    QTest::newRow("no expiry") << u"A-002"_s << u"expiresOn"_s << u"expiry date"_s;
    QTest::newRow("past expiry") << u"A-002"_s << u"past"_s << u"in the past"_s;
    QTest::newRow("bad ticket") << u"A-002"_s << u"ticketUrl"_s << u"absolute URL"_s;
}

void tst_WaiverStore::refusesBadWaivers()
{
    QFETCH(QString, item);
    QFETCH(QString, field);
    QFETCH(QString, messagePart);
    NewWaiver w = valid();
    if (field == "justification"_L1)
        w.justification = u"  "_s;
    else if (field == "acceptedBy"_L1)
        w.acceptedBy.clear();
    else if (field == "expiresOn"_L1)
        w.expiresOn = QDate();
    else if (field == "past"_L1)
        w.expiresOn = QDate(2026, 10, 31);
    else if (field == "ticketUrl"_L1)
        w.ticketUrl = u"SEC-88"_s;
    auto waived = m_waivers->waive(m_fx.itemId(m_assessment, item), w, {});
    QVERIFY(!waived);
    QVERIFY2(waived.errorMessage().contains(messagePart), qPrintable(waived.errorMessage()));
    QCOMPARE(m_waivers->waivers(m_assessment)->size(), 0);
}

void tst_WaiverStore::expiryFlipsStatusAndSummary()
{
    QVERIFY(m_waivers->waive(m_failed, valid(), {}));
    ReadinessSummary s = *m_waivers->summary(m_assessment);
    QCOMPARE(s.total, 7);
    QCOMPARE(s.passed, 1); // never merged with waived
    QCOMPARE(s.waived, 1);
    QCOMPARE(s.failed, 0);
    QCOMPARE(s.done(), 2);

    m_fx.clock().set(QDateTime(QDate(2026, 11, 15), QTime(23, 59), Qt::UTC)); // last valid day
    QCOMPARE(m_waivers->summary(m_assessment)->waived, 1);

    m_fx.clock().set(QDateTime(QDate(2026, 11, 16), QTime(0, 1), Qt::UTC));
    s = *m_waivers->summary(m_assessment);
    QCOMPARE(s.waived, 0);
    QCOMPARE(s.failed, 1);
    QCOMPARE(s.waiverExpired, 1);
    QCOMPARE(s.passed, 1);
    QCOMPARE(s.done(), 1);
    QCOMPARE(m_waivers->effectiveStatuses(m_assessment)->value(m_failed),
             EffectiveStatus::WaiverExpired);
    QCOMPARE(effectiveStatusKey(EffectiveStatus::WaiverExpired), u"waiver_expired"_s);

    // Fixing the item makes the waiver moot.
    m_fx.edit(m_failed, {ItemStatus::Passed, {}, {}});
    s = *m_waivers->summary(m_assessment);
    QCOMPARE(s.passed, 2);
    QCOMPARE(s.waiverExpired, 0);
}

void tst_WaiverStore::expiringWithinDays()
{
    const qint64 other = m_fx.itemId(m_assessment, u"A-004"_s);
    m_fx.edit(other, {ItemStatus::Failed, {}, {}});
    QVERIFY(m_waivers->waive(m_failed, valid(), {})); // 2026-11-15
    NewWaiver soon = valid();
    soon.expiresOn = QDate(2026, 11, 3);
    QVERIFY(m_waivers->waive(other, soon, {}));

    auto within = m_waivers->expiringWithin(m_assessment, 7);
    QCOMPARE(within->size(), 1);
    QCOMPARE(within->first().itemKey, u"A-004"_s);
    within = m_waivers->expiringWithin(m_assessment, 30);
    QCOMPARE(within->size(), 2);
    QCOMPARE(within->first().itemKey, u"A-004"_s); // soonest first
    m_fx.clock().advanceDays(3); // 2026-11-04: A-004's waiver has expired, no longer "expiring"
    within = m_waivers->expiringWithin(m_assessment, 30);
    QCOMPARE(within->size(), 1);
    QCOMPARE(within->first().itemKey, u"A-002"_s);
}

void tst_WaiverStore::newerWaiverSupersedes()
{
    QVERIFY(m_waivers->waive(m_failed, valid(), {}));
    NewWaiver extended = valid();
    extended.expiresOn = QDate(2027, 2, 1);
    extended.ticketUrl.clear(); // optional
    QVERIFY(m_waivers->waive(m_failed, extended, {}));
    const auto all = *m_waivers->waivers(m_assessment);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().expiresOn, QDate(2027, 2, 1));
    QCOMPARE(all.first().ticketUrl, QString());
}

QTEST_GUILESS_MAIN(tst_WaiverStore)
#include "tst_WaiverStore.moc"
