#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "StoreFixture.h"
#include "itemmodels/ScanHistoryModel.h"
#include "store/ScanStore.h"

using namespace Qt::StringLiterals;

namespace greenlight {

// Over a real ScanStore: scans recorded through the store appear newest first with their
// new / open / fixed counts.
class tst_ScanHistoryModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyWithoutScans();
    void loadsNewestFirstWithCounts();
    void addScanInsertsOnTop();
    void commitText_data();
    void commitText();
    void sortRoles();

private:
    Result<ScanRecord> record(const QStringList &fingerprints,
                              const QString &head = u"0123456789abcdef0123"_s,
                              bool dirty = false,
                              bool cancelled = false);

    std::unique_ptr<test::StoreFixture> m_fixture;
    std::unique_ptr<ScanStore> m_scans;
    qint64 m_assessment = 0;
};

void tst_ScanHistoryModel::init()
{
    m_fixture = std::make_unique<test::StoreFixture>();
    QVERIFY(m_fixture->openFresh().ok());
    m_scans = std::make_unique<ScanStore>(m_fixture->db(), m_fixture->clock());
    m_assessment = m_fixture->createPayments();
    QVERIFY(m_assessment > 0);
}

void tst_ScanHistoryModel::cleanup()
{
    m_scans.reset();
    m_fixture.reset();
}

Result<ScanRecord> tst_ScanHistoryModel::record(const QStringList &fingerprints,
                                                const QString &head,
                                                bool dirty,
                                                bool cancelled)
{
    ScanMetadata m;
    m.root = u"/srv/payments"_s;
    m.isGitRepository = !head.isEmpty();
    m.gitHead = head;
    m.gitDirty = dirty;
    m.startedAt = m_fixture->clock().now();
    m_fixture->clock().advanceSeconds(5);
    m.finishedAt = m_fixture->clock().now();
    m.ruleSetVersion = u"1"_s;
    m.rulesRun = {u"r.a"_s};
    m.filesScanned = 100 + fingerprints.size();
    m.cancelled = cancelled;
    QList<Finding> findings;
    for (const QString &print : fingerprints) {
        Finding f;
        f.ruleId = u"r.a"_s;
        f.severity = Severity::High;
        f.message = u"m"_s;
        f.location = {u"a.txt"_s, 1, 1, 1, 2};
        f.fingerprint = print;
        findings.append(f);
    }
    auto recorded = m_scans->recordScan(m_assessment, m, findings, u"tester"_s);
    m_fixture->clock().advanceSeconds(60);
    return recorded;
}

void tst_ScanHistoryModel::emptyWithoutScans()
{
    ScanHistoryModel model(*m_scans);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(m_assessment).ok());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ScanHistoryModel::ColumnCount));
    QCOMPARE(model.assessmentId(), m_assessment);
    QVERIFY(!model.scanAt(0));
}

void tst_ScanHistoryModel::loadsNewestFirstWithCounts()
{
    const auto first = record({u"f1"_s, u"f2"_s});
    const auto second = record({u"f2"_s, u"f3"_s}, u"fedcba9876543210fedc"_s, true);
    QVERIFY(first.ok());
    QVERIFY(second.ok());

    ScanHistoryModel model(*m_scans);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(m_assessment).ok());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data(ScanHistoryModel::ScanIdRole).toLongLong(), second->id);
    QCOMPARE(model.index(1, 0).data(ScanHistoryModel::ScanIdRole).toLongLong(), first->id);

    const auto count = [&model](int row, int column) {
        return model.index(row, column).data(ScanHistoryModel::CountRole).toInt();
    };
    QCOMPARE(count(1, ScanHistoryModel::NewColumn), 2);
    QCOMPARE(count(1, ScanHistoryModel::FixedColumn), 0);
    QCOMPARE(count(0, ScanHistoryModel::NewColumn), 1);   // f3
    QCOMPARE(count(0, ScanHistoryModel::OpenColumn), 1);  // f2
    QCOMPARE(count(0, ScanHistoryModel::FixedColumn), 1); // f1
    QCOMPARE(count(0, ScanHistoryModel::FilesColumn), 102);
    QCOMPARE(model.index(0, ScanHistoryModel::FixedColumn).data().toString(), u"1"_s);
    QCOMPARE(model.index(0, ScanHistoryModel::CommitColumn).data().toString(), u"fedcba98*"_s);
    QVERIFY(model.index(0, 0).data(ScanHistoryModel::DirtyRole).toBool());
    QCOMPARE(model.index(1, ScanHistoryModel::CommitColumn).data().toString(), u"01234567"_s);
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"fedcba9876543210fedc"_s));
    QCOMPARE(model.rowOf(first->id), 1);
    QCOMPARE(model.rowOf(9999), -1);
    QCOMPARE(model.scanAt(0)->newCount, 1);
}

void tst_ScanHistoryModel::addScanInsertsOnTop()
{
    QVERIFY(record({u"f1"_s}).ok());
    ScanHistoryModel model(*m_scans);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(m_assessment).ok());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    const auto cancelled = record({u"f1"_s, u"f2"_s}, QString(), false, true);
    QVERIFY(cancelled.ok());
    model.addScan(cancelled.value());
    model.addScan(cancelled.value()); // already there
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data(ScanHistoryModel::ScanIdRole).toLongLong(), cancelled->id);
    QVERIFY(model.index(0, 0).data(ScanHistoryModel::CancelledRole).toBool());
    QVERIFY(model.index(0, ScanHistoryModel::TimeColumn)
                    .data()
                    .toString()
                    .contains(ScanHistoryModel::tr("cancelled")));

    ScanRecord other = cancelled.value();
    other.id += 100;
    other.assessmentId = m_assessment + 1; // another assessment's scan is not listed here
    model.addScan(other);
    QCOMPARE(model.rowCount(), 2);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.assessmentId(), 0);
}

void tst_ScanHistoryModel::commitText_data()
{
    QTest::addColumn<bool>("git");
    QTest::addColumn<QString>("head");
    QTest::addColumn<bool>("dirty");
    QTest::addColumn<QString>("expected");
    QTest::newRow("clean") << true << u"3f9c2a1b77e0"_s << false << u"3f9c2a1b"_s;
    QTest::newRow("dirty") << true << u"3f9c2a1b77e0"_s << true << u"3f9c2a1b*"_s;
    QTest::newRow("unborn") << true << QString() << false << ScanHistoryModel::tr("(no commit)");
    QTest::newRow("no git") << false << QString() << false << ScanHistoryModel::tr("—");
}

void tst_ScanHistoryModel::commitText()
{
    QFETCH(bool, git);
    QFETCH(QString, head);
    QFETCH(bool, dirty);
    QFETCH(QString, expected);
    ScanMetadata m;
    m.isGitRepository = git;
    m.gitHead = head;
    m.gitDirty = dirty;
    QCOMPARE(ScanHistoryModel::commitText(m), expected);
}

void tst_ScanHistoryModel::sortRoles()
{
    QVERIFY(record({u"f1"_s, u"f2"_s, u"f3"_s}).ok());
    QVERIFY(record({u"f1"_s}).ok());
    ScanHistoryModel model(*m_scans);
    QVERIFY(model.load(m_assessment).ok());
    const auto sortKey = [&model](int row, int column) {
        return model.index(row, column).data(ScanHistoryModel::SortRole);
    };
    QVERIFY(sortKey(0, ScanHistoryModel::TimeColumn).toDateTime()
            > sortKey(1, ScanHistoryModel::TimeColumn).toDateTime());
    QCOMPARE(sortKey(0, ScanHistoryModel::FixedColumn).toInt(), 2);
    QCOMPARE(sortKey(1, ScanHistoryModel::NewColumn).toInt(), 3);
}

} // namespace greenlight

QTEST_GUILESS_MAIN(greenlight::tst_ScanHistoryModel)
#include "tst_ScanHistoryModel.moc"
