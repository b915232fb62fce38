#include <QSqlQuery>
#include <QTest>

#include "StoreFixture.h"
#include "store/BurnUpHistory.h"
#include "store/WaiverStore.h"

using namespace Qt::StringLiterals;

namespace greenlight {

// The burn-up rebuilt from the audit trail, on a real store whose MockClock moves across
// days: each step of a script edits or waives at a day, and the series must say, for every
// day, how many items were done at its end.
class tst_BurnUpHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void history_data();
    void history();
    void itemsNeverEditedCountAsTheyStand();
    void rangeAndTotals();
    void otherAssessmentsDoNotCount();
    void readsTheDayIndexAlone();

private:
    QDate day(int n) const { return test::StoreFixture::startTime().date().addDays(n); }
    void moveTo(int dayNumber, int minute);
    QList<int> doneSeries(int days);

    std::unique_ptr<test::StoreFixture> m_fixture;
    qint64 m_assessment = 0;
};

void tst_BurnUpHistory::init()
{
    m_fixture = std::make_unique<test::StoreFixture>();
    QVERIFY(m_fixture->openFresh());
    m_assessment = m_fixture->createPayments();
    QVERIFY(m_assessment > 0);
}

void tst_BurnUpHistory::moveTo(int dayNumber, int minute)
{
    m_fixture->clock().set(QDateTime(day(dayNumber), QTime(10, 0).addSecs(minute * 60), Qt::UTC));
}

QList<int> tst_BurnUpHistory::doneSeries(int days)
{
    auto points = BurnUpHistory::compute(
            m_fixture->db().connection(), m_assessment, day(0), day(days - 1));
    if (!points) {
        qWarning("%s", qPrintable(points.errorMessage()));
        return {};
    }
    QList<int> done;
    for (const BurnUpPoint &point : points.value())
        done.append(point.done);
    return done;
}

void tst_BurnUpHistory::history_data()
{
    // Steps: "DAY KEY STATUS" sets a status; "DAY KEY waive UNTIL" waives through day UNTIL.
    // Keys are qualified ("alpha:A-001"); the beta template has an A-001 of its own.
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QList<int>>("expected"); // done at the end of days 0, 1, ...

    QTest::newRow("nothing done") << QStringList{} << QList<int>{0, 0, 0};
    QTest::newRow("one pass") << QStringList{u"1 alpha:A-001 passed"_s} << QList<int>{0, 1, 1};
    QTest::newRow("passed, failed, passed counts once") << QStringList{u"0 alpha:A-001 passed"_s,
                                                                       u"1 alpha:A-001 failed"_s,
                                                                       u"2 alpha:A-001 passed"_s}
                                                        << QList<int>{1, 0, 1, 1};
    QTest::newRow("back and forth within a day: the day's last status counts")
            << QStringList{u"0 alpha:A-002 passed"_s,
                           u"0 alpha:A-002 failed"_s,
                           u"0 alpha:A-002 passed"_s,
                           u"1 alpha:A-002 failed"_s,
                           u"1 alpha:A-002 in_progress"_s}
            << QList<int>{1, 0, 0};
    QTest::newRow("not applicable is done; passed <-> N/A stays done")
            << QStringList{u"0 beta:B-002 not_applicable"_s,
                           u"1 beta:B-002 passed"_s,
                           u"2 beta:A-001 not_applicable"_s}
            << QList<int>{1, 1, 2};
    QTest::newRow("same key in two templates counts twice")
            << QStringList{u"0 alpha:A-001 passed"_s, u"0 beta:A-001 passed"_s} << QList<int>{2, 2};
    QTest::newRow("waived counts while in force, through its expiry day")
            << QStringList{u"0 alpha:A-002 failed"_s, u"1 alpha:A-002 waive 3"_s}
            << QList<int>{0, 1, 1, 1, 0, 0};
    QTest::newRow("a newer waiver takes over") << QStringList{u"0 alpha:A-002 failed"_s,
                                                              u"1 alpha:A-002 waive 2"_s,
                                                              u"4 alpha:A-002 waive 9"_s}
                                               << QList<int>{0, 1, 1, 0, 1, 1};
    QTest::newRow("a waived item that passes counts once")
            << QStringList{u"0 alpha:A-002 failed"_s,
                           u"1 alpha:A-002 waive 9"_s,
                           u"2 alpha:A-002 passed"_s}
            << QList<int>{0, 1, 1, 1};
    QTest::newRow("a waived item set to in progress is not done")
            << QStringList{u"0 alpha:A-002 failed"_s,
                           u"1 alpha:A-002 waive 9"_s,
                           u"2 alpha:A-002 in_progress"_s,
                           u"3 alpha:A-002 failed"_s}
            << QList<int>{0, 1, 0, 1};
    QTest::newRow("everything") << QStringList{u"0 alpha:A-001 passed"_s,
                                               u"0 alpha:A-002 failed"_s,
                                               u"1 alpha:A-003 passed"_s,
                                               u"1 alpha:A-002 waive 2"_s,
                                               u"2 alpha:A-004 not_applicable"_s,
                                               u"2 alpha:A-001 failed"_s,
                                               u"3 alpha:A-005 passed"_s,
                                               u"3 beta:A-001 passed"_s,
                                               u"3 beta:B-002 passed"_s,
                                               u"4 alpha:A-001 passed"_s}
                                << QList<int>{1, 3, 3, 5, 6};
}

void tst_BurnUpHistory::history()
{
    QFETCH(QStringList, steps);
    QFETCH(QList<int>, expected);

    WaiverStore waivers(m_fixture->db(), m_fixture->clock());
    int minute = 0;
    for (const QString &step : std::as_const(steps)) {
        const QStringList parts = step.split(u' ');
        QCOMPARE(parts.size() >= 3, true);
        moveTo(parts.at(0).toInt(), ++minute);
        const qint64 itemId = m_fixture->itemId(m_assessment, parts.at(1));
        QVERIFY2(itemId > 0, qPrintable(parts.at(1)));
        if (parts.at(2) == "waive"_L1) {
            NewWaiver waiver{u"accepted for the pilot"_s, u"CISO"_s, day(parts.at(3).toInt()), {}};
            auto waived = waivers.waive(itemId, waiver, u"tester"_s);
            QVERIFY2(waived.ok(), qPrintable(waived.errorMessage()));
            continue;
        }
        const auto status = itemStatusFromKey(parts.at(2));
        QVERIFY(status);
        ItemEdit edit;
        edit.status = *status;
        QCOMPARE(m_fixture->edit(itemId, edit).status, *status);
    }
    QCOMPARE(doneSeries(int(expected.size())), expected);
}

void tst_BurnUpHistory::itemsNeverEditedCountAsTheyStand()
{
    // An item whose status was set without an audit event (an import, an older build) is
    // counted as it stands on every day: the series is anchored on the stored state.
    QSqlQuery update(m_fixture->db().connection());
    QVERIFY(update.exec(u"UPDATE item SET status = 'passed' WHERE item_key = 'A-005'"_s));
    moveTo(1, 1);
    m_fixture->edit(m_fixture->itemId(m_assessment, u"alpha:A-001"_s),
                    {ItemStatus::Passed, {}, {}});
    QCOMPARE(doneSeries(3), (QList<int>{1, 2, 2}));
}

void tst_BurnUpHistory::rangeAndTotals()
{
    auto points
            = BurnUpHistory::compute(m_fixture->db().connection(), m_assessment, day(0), day(4));
    QVERIFY(points);
    QCOMPARE(points->size(), 5);
    for (int i = 0; i < points->size(); ++i) {
        QCOMPARE(points->at(i).day, day(i));
        QCOMPARE(points->at(i).total, 7);
    }
    auto backwards
            = BurnUpHistory::compute(m_fixture->db().connection(), m_assessment, day(2), day(1));
    QVERIFY(backwards);
    QVERIFY(backwards->isEmpty());
    auto unknown = BurnUpHistory::compute(m_fixture->db().connection(), 9999, day(0), day(1));
    QVERIFY(unknown);
    QCOMPARE(unknown->size(), 2);
    QCOMPARE(unknown->at(1).total, 0);
}

void tst_BurnUpHistory::otherAssessmentsDoNotCount()
{
    const qint64 other = m_fixture->createPayments(u"Payments 2.5"_s, false);
    QVERIFY(other > 0);
    moveTo(1, 1);
    m_fixture->edit(m_fixture->itemId(other, u"alpha:A-001"_s), {ItemStatus::Passed, {}, {}});
    m_fixture->edit(m_fixture->itemId(m_assessment, u"alpha:A-003"_s),
                    {ItemStatus::NotApplicable, {}, {}});
    QCOMPARE(doneSeries(2), (QList<int>{0, 1}));
}

void tst_BurnUpHistory::readsTheDayIndexAlone()
{
    // 100,000 events must not be read row by row from the table, nor sorted by day.
    QSqlQuery plan(m_fixture->db().connection());
    QVERIFY(plan.prepare(u"EXPLAIN QUERY PLAN "_s + BurnUpHistory::dailyChangesSql()));
    plan.addBindValue(m_assessment);
    QVERIFY(plan.exec());
    QStringList steps;
    while (plan.next())
        steps.append(plan.value(3).toString());
    const QString text = steps.join(u'\n');
    QVERIFY2(text.contains(u"USING COVERING INDEX audit_status_by_day"_s)
                     || text.contains(u"USING INDEX audit_status_by_day"_s),
             qPrintable(text));
    QVERIFY2(!text.contains(u"TEMP B-TREE"_s), qPrintable(text));
}

} // namespace greenlight

QTEST_GUILESS_MAIN(greenlight::tst_BurnUpHistory)
#include "tst_BurnUpHistory.moc"
