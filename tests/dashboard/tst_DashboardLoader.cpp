#include <QTest>

#include "DashboardFixture.h"
#include "report/DashboardLoader.h"

using namespace Qt::StringLiterals;

namespace greenlight {

// DashboardLoader over the dashboard fixture: the snapshot, the burn-up and the expiring
// waivers agree with each other and with the store.
class tst_DashboardLoader : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void readsEverything();
    void columnsMatchTheSummaryTable();
    void burnUpFollowsTheClock();
    void expiringWaiversHonourTheWindow();
    void unknownAssessmentIsAnError();
    void pathOverloadOpensItsOwnConnection();

private:
    std::unique_ptr<test::StoreFixture> m_store;
    qint64 m_assessment = 0;
};

void tst_DashboardLoader::init()
{
    m_store = std::make_unique<test::StoreFixture>();
    QVERIFY(m_store->openFresh());
    auto created = test::DashboardFixture().create(*m_store);
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    m_assessment = created.value();
}

void tst_DashboardLoader::readsEverything()
{
    const DashboardData data = DashboardLoader::load(m_store->db(), m_store->clock(), m_assessment);
    QVERIFY2(data.ok(), qPrintable(data.error));
    QCOMPARE(data.assessmentId, m_assessment);
    QCOMPARE(data.snapshot.assessmentId, m_assessment);
    QCOMPARE(data.snapshot.items.size(), 7);
    QCOMPARE(data.snapshot.summary.done(), 4);
    QCOMPARE(data.snapshot.summary.waived, 1);
    QCOMPARE(data.snapshot.findings.size(), 2);
    QCOMPARE(data.snapshot.verdict.level, VerdictLevel::NotReady);
    QVERIFY(!data.burnUp.isEmpty());
    QCOMPARE(data.burnUp.last().day, m_store->clock().now().date());
    QCOMPARE(data.burnUp.last().done, data.snapshot.summary.done());
    QCOMPARE(data.burnUp.last().total, 7);
    QCOMPARE(data.expiringWithinDays, DashboardLoader::ExpiringWithinDays);
    QCOMPARE(data.expiringSoon.size(), 1);
    QCOMPARE(data.expiringSoon.first().itemKey, u"A-003"_s);
    QVERIFY(data.elapsedMs >= 0);
}

void tst_DashboardLoader::columnsMatchTheSummaryTable()
{
    const DashboardData data = DashboardLoader::load(m_store->db(), m_store->clock(), m_assessment);
    QVERIFY(data.ok());
    // Every item in exactly one column, and the columns as the summary table counts them.
    for (const SnapshotCategory &category : data.snapshot.categories) {
        std::array<int, ProgressColumnCount> counted{};
        for (const SnapshotItem &item : data.snapshot.items) {
            if (item.templateId == category.templateId && item.sectionId == category.sectionId)
                ++counted[std::size_t(progressColumnOf(item))];
        }
        int sum = 0;
        for (int c = 0; c < ProgressColumnCount; ++c) {
            QCOMPARE(counted[std::size_t(c)], progressColumnCount(category, ProgressColumn(c)));
            sum += counted[std::size_t(c)];
            QVERIFY(!progressColumnName(ProgressColumn(c)).isEmpty());
        }
        QCOMPARE(sum, category.total);
    }
}

void tst_DashboardLoader::burnUpFollowsTheClock()
{
    // Three days later, with one more item passed on the second day.
    m_store->clock().advanceDays(1);
    ItemEdit edit;
    edit.status = ItemStatus::Passed;
    m_store->edit(m_store->itemId(m_assessment, u"alpha:A-005"_s), edit);
    m_store->clock().advanceDays(2);
    const DashboardData data = DashboardLoader::load(m_store->db(), m_store->clock(), m_assessment);
    QVERIFY(data.ok());
    QCOMPARE(data.burnUp.size(), 4);
    QList<int> done;
    for (const BurnUpPoint &point : data.burnUp)
        done.append(point.done);
    QCOMPARE(done, (QList<int>{4, 5, 5, 5}));
}

void tst_DashboardLoader::expiringWaiversHonourTheWindow()
{
    // The fixture's waiver runs 5 days: listed until it lapses, not after.
    m_store->clock().advanceDays(5);
    auto data = DashboardLoader::load(m_store->db(), m_store->clock(), m_assessment);
    QCOMPARE(data.expiringSoon.size(), 1);
    m_store->clock().advanceDays(1);
    data = DashboardLoader::load(m_store->db(), m_store->clock(), m_assessment);
    QVERIFY(data.ok());
    QCOMPARE(data.expiringSoon.size(), 0);
    QCOMPARE(data.snapshot.summary.waiverExpired, 1);
    QCOMPARE(data.burnUp.last().done, 3); // the waived item counts as failed again
}

void tst_DashboardLoader::unknownAssessmentIsAnError()
{
    const DashboardData data = DashboardLoader::load(m_store->db(), m_store->clock(), 4242);
    QVERIFY(!data.ok());
    QCOMPARE(data.assessmentId, 4242);
    QVERIFY(data.burnUp.isEmpty());
}

void tst_DashboardLoader::pathOverloadOpensItsOwnConnection()
{
    const DashboardData data
            = DashboardLoader::load(m_store->path(), m_store->clock(), m_assessment);
    QVERIFY2(data.ok(), qPrintable(data.error));
    QCOMPARE(data.snapshot.summary.done(), 4);
    const DashboardData missing = DashboardLoader::load(
            m_store->path() + u".missing"_s, m_store->clock(), m_assessment);
    QVERIFY(!missing.ok());
}

} // namespace greenlight

QTEST_GUILESS_MAIN(greenlight::tst_DashboardLoader)
#include "tst_DashboardLoader.moc"
