#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

#include "DashboardFixture.h"
#include "dialogs/CompareDialog.h"
#include "itemmodels/AssessmentListModel.h"
#include "store/ScanStore.h"

using namespace Qt::StringLiterals;

namespace greenlight {

// Two releases of Payments: 2.4 moved on from 2.3 (one failure fixed, one regression, a new
// finding, one fixed). The dialog picks 2.3, compares on a worker and lists the differences.
class tst_CompareDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void comparesWithTheLastRelease();
    void defaultBase_data();
    void defaultBase();
    void activatingAnItemNamesIt();
    void noOtherAssessment();

private:
    std::unique_ptr<test::StoreFixture> m_store;
    qint64 m_old = 0;
    qint64 m_new = 0;
};

void tst_CompareDialog::init()
{
    m_store = std::make_unique<test::StoreFixture>();
    QVERIFY(m_store->openFresh());
    auto old = test::DashboardFixture().create(*m_store, u"Payments 2.3"_s);
    QVERIFY(old.ok());
    m_old = old.value();
    auto current = test::DashboardFixture().create(*m_store, u"Payments 2.4"_s);
    QVERIFY(current.ok());
    m_new = current.value();
    ItemEdit fixed;
    fixed.status = ItemStatus::Passed;
    m_store->edit(m_store->itemId(m_new, u"alpha:A-002"_s), fixed); // failed -> passed
    ItemEdit broke;
    broke.status = ItemStatus::Failed;
    m_store->edit(m_store->itemId(m_new, u"beta:B-002"_s), broke); // passed -> failed

    // 2.4's latest scan: the medium finding is gone, a low one is new.
    ScanStore scans(m_store->db(), m_store->clock());
    ScanMetadata metadata;
    metadata.root = u"/srv/payments"_s;
    metadata.startedAt = m_store->clock().now();
    metadata.finishedAt = m_store->clock().now();
    metadata.rulesRun = {u"docker.root"_s, u"docker.pin"_s, u"docs.readme"_s};
    Finding high;
    high.ruleId = u"docker.root"_s;
    high.severity = Severity::High;
    high.message = u"runs as root"_s;
    high.location = {u"Dockerfile"_s, 3, 1, 3, 10};
    high.itemKeys = {u"A-004"_s};
    high.fingerprint = u"print-high"_s;
    Finding low = high;
    low.ruleId = u"docs.readme"_s;
    low.severity = Severity::Low;
    low.message = u"no README"_s;
    low.fingerprint = u"print-low"_s;
    QVERIFY(scans.recordScan(m_new, metadata, {high, low}, u"tester"_s).ok());
}

void tst_CompareDialog::comparesWithTheLastRelease()
{
    AssessmentListModel assessments(m_store->store());
    QVERIFY(assessments.reload());
    CompareDialog dialog(m_store->path(), m_store->clock(), assessments, m_new);
    QCOMPARE(dialog.baseCombo()->count(), 1);
    QCOMPARE(dialog.baseCombo()->currentData().toLongLong(), m_old);
    QSignalSpy compared(&dialog, &CompareDialog::compared);
    QVERIFY(compared.wait(10000));
    QVERIFY(!dialog.isComparing());
    QVERIFY(dialog.comparison().has_value());

    QTreeWidget *items = dialog.itemsView();
    QCOMPARE(items->topLevelItemCount(), 2);
    QCOMPARE(items->topLevelItem(0)->text(0), u"A-002"_s);
    QCOMPARE(items->topLevelItem(0)->text(5), CompareDialog::tr("Improved"));
    QCOMPARE(items->topLevelItem(1)->text(0), u"B-002"_s);
    QVERIFY(items->topLevelItem(1)->text(5) != items->topLevelItem(0)->text(5));
    QCOMPARE(dialog.newFindingsView()->topLevelItemCount(), 1);
    QCOMPARE(dialog.newFindingsView()->topLevelItem(0)->text(3), u"docs.readme"_s);
    QCOMPARE(dialog.fixedFindingsView()->topLevelItemCount(), 1);
    QCOMPARE(dialog.fixedFindingsView()->topLevelItem(0)->text(3), u"docker.pin"_s);
    QVERIFY(dialog.tabs()->tabText(0).contains(u"(2)"_s));
    QVERIFY(dialog.summaryLabel()->text().contains(u"Payments 2.3"_s));
    QCOMPARE(dialog.comparison()->persistingFindings, 1);
    QCOMPARE(dialog.comparison()->unchangedItems, 5);
}

void tst_CompareDialog::defaultBase_data()
{
    QTest::addColumn<QStringList>("others"); // "system@days-ago"
    QTest::addColumn<int>("expected");
    QTest::newRow("newest of the same system")
            << QStringList{u"Payments@30"_s, u"Payments@10"_s, u"Ledger@1"_s} << 1;
    QTest::newRow("no other of the same system: newest")
            << QStringList{u"Ledger@30"_s, u"Ledger@2"_s, u"Cards@9"_s} << 1;
    QTest::newRow("one") << QStringList{u"Ledger@3"_s} << 0;
}

void tst_CompareDialog::defaultBase()
{
    QFETCH(QStringList, others);
    QFETCH(int, expected);
    AssessmentInfo current;
    current.system = u"Payments"_s;
    current.createdAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
    QList<AssessmentInfo> infos;
    for (const QString &spec : others) {
        AssessmentInfo info;
        info.system = spec.section(u'@', 0, 0);
        info.createdAt = current.createdAt.addDays(-spec.section(u'@', 1).toInt());
        infos.append(info);
    }
    QCOMPARE(CompareDialog::defaultBaseIndex(current, infos), expected);
}

void tst_CompareDialog::activatingAnItemNamesIt()
{
    AssessmentListModel assessments(m_store->store());
    QVERIFY(assessments.reload());
    CompareDialog dialog(m_store->path(), m_store->clock(), assessments, m_new);
    QSignalSpy compared(&dialog, &CompareDialog::compared);
    QVERIFY(compared.wait(10000));
    QSignalSpy activated(&dialog, &CompareDialog::itemActivated);
    emit dialog.itemsView()->itemActivated(dialog.itemsView()->topLevelItem(1), 0);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), u"beta:B-002"_s);
}

void tst_CompareDialog::noOtherAssessment()
{
    test::StoreFixture lonely;
    QVERIFY(lonely.openFresh());
    const qint64 id = lonely.createPayments();
    AssessmentListModel assessments(lonely.store());
    QVERIFY(assessments.reload());
    CompareDialog dialog(lonely.path(), lonely.clock(), assessments, id);
    QVERIFY(!dialog.baseCombo()->isEnabled());
    QVERIFY(!dialog.summaryLabel()->text().isEmpty());
    QTest::qWait(50);
    QVERIFY(!dialog.comparison());
}

} // namespace greenlight

QTEST_MAIN(greenlight::tst_CompareDialog)
#include "tst_CompareDialog.moc"
