#include <QAbstractItemModelTester>
#include <QTest>

#include "StoreFixture.h"
#include "itemmodels/AuditHistoryFilterProxyModel.h"
#include "itemmodels/AuditHistoryModel.h"
#include "store/AssessmentStore.h"

using namespace Qt::StringLiterals;

namespace greenlight {

// Over a real store: edits made through AssessmentStore show up newest first, with the
// item's key, a readable change name and old -> new; the proxy narrows by item and text.
class tst_AuditHistoryModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsEditsNewestFirst();
    void assessmentEventsHaveNoItem();
    void changeText_data();
    void changeText();
    void longNotesShowOneLineAndTooltipAll();
    void proxyFiltersByItemAndText_data();
    void proxyFiltersByItemAndText();

private:
    void edit(int item, const ItemEdit &edit, const QString &actor); // item: position
    void load();

    std::unique_ptr<test::StoreFixture> m_fixture;
    std::unique_ptr<AuditHistoryModel> m_model;
    qint64 m_assessment = 0;
    QList<ItemRecord> m_items; // in position order
    QHash<qint64, QString> m_keys;
};

void tst_AuditHistoryModel::init()
{
    m_fixture = std::make_unique<test::StoreFixture>();
    QVERIFY(m_fixture->openFresh().ok());
    m_assessment = m_fixture->createPayments();
    const auto items = m_fixture->store().items(m_assessment);
    QVERIFY(items.ok());
    m_items = items.value();
    QVERIFY(m_items.size() >= 2);
    for (const ItemRecord &item : std::as_const(m_items))
        m_keys.insert(item.id, item.key);
    m_model = std::make_unique<AuditHistoryModel>();
    new QAbstractItemModelTester(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
}

void tst_AuditHistoryModel::cleanup()
{
    m_model.reset();
    m_fixture.reset();
    m_keys.clear();
    m_items.clear();
}

void tst_AuditHistoryModel::edit(int item, const ItemEdit &edit, const QString &actor)
{
    m_fixture->clock().advanceSeconds(60);
    const auto updated = m_fixture->store().updateItem(m_items.at(item).id, edit, actor);
    QVERIFY2(updated.ok(), qPrintable(updated.errorMessage()));
}

void tst_AuditHistoryModel::load()
{
    const auto events = m_fixture->store().auditEvents(m_assessment);
    QVERIFY(events.ok());
    m_model->setEvents(events.value(), m_keys);
}

void tst_AuditHistoryModel::showsEditsNewestFirst()
{
    const QString first = m_items.at(0).key;
    edit(0, {ItemStatus::InProgress, u"bob"_s, {}}, u"alice"_s);
    edit(0, {ItemStatus::Passed, {}, {}}, u"carol"_s);
    load();

    // created + 2 fields + 1 field
    QCOMPARE(m_model->rowCount(), 4);
    const auto cell = [this](int row, int column) {
        return m_model->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, AuditHistoryModel::ActorColumn), u"carol"_s);
    QCOMPARE(cell(0, AuditHistoryModel::ItemColumn), first);
    QCOMPARE(cell(0, AuditHistoryModel::ChangeColumn), u"Status"_s);
    QCOMPARE(cell(0, AuditHistoryModel::OldColumn), u"in_progress"_s);
    QCOMPARE(cell(0, AuditHistoryModel::NewColumn), u"passed"_s);
    QVERIFY(m_model->index(0, 0).data(AuditHistoryModel::AtRole).toDateTime()
            > m_model->index(3, 0).data(AuditHistoryModel::AtRole).toDateTime());
    // Ids order the sort column even for events of one transaction (same time).
    QVERIFY(m_model->index(1, 0).data(AuditHistoryModel::SortRole).toLongLong()
            > m_model->index(2, 0).data(AuditHistoryModel::SortRole).toLongLong());
}

void tst_AuditHistoryModel::assessmentEventsHaveNoItem()
{
    QVERIFY(m_fixture->store().renameAssessment(m_assessment, u"Payments 2.5"_s, u"dan"_s).ok());
    load();
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(0, AuditHistoryModel::ChangeColumn).data().toString(),
             u"Assessment renamed"_s);
    QCOMPARE(m_model->index(0, AuditHistoryModel::ItemColumn).data().toString(), QString());
    QCOMPARE(m_model->index(0, 0).data(AuditHistoryModel::ItemIdRole).toLongLong(), 0);
    QCOMPARE(m_model->index(1, AuditHistoryModel::ChangeColumn).data().toString(),
             u"Assessment created"_s);
}

void tst_AuditHistoryModel::changeText_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::newRow("status") << u"item.updated"_s << u"status"_s << u"Status"_s;
    QTest::newRow("owner") << u"item.updated"_s << u"owner"_s << u"Owner"_s;
    QTest::newRow("note") << u"item.updated"_s << u"note"_s << u"Note"_s;
    QTest::newRow("rename") << u"assessment.renamed"_s << u"name"_s << u"Assessment renamed"_s;
    QTest::newRow("scan") << u"scan.recorded"_s << QString() << u"Scan recorded"_s;
    QTest::newRow("evidence") << u"evidence.added"_s << u"evidence"_s << u"Evidence added"_s;
    QTest::newRow("removal") << u"evidence.removed"_s << u"evidence"_s << u"Evidence removed"_s;
    QTest::newRow("waiver") << u"waiver.added"_s << u"waiver"_s << u"Waiver"_s;
    QTest::newRow("signature") << u"signoff.signed"_s << QString() << u"Signed off"_s;
    QTest::newRow("unknown, with field") << u"x.y"_s << u"z"_s << u"x.y · z"_s;
    QTest::newRow("unknown") << u"x.y"_s << QString() << u"x.y"_s;
}

void tst_AuditHistoryModel::changeText()
{
    QFETCH(QString, action);
    QFETCH(QString, field);
    QFETCH(QString, text);
    AuditEvent event;
    event.action = action;
    event.field = field;
    QCOMPARE(AuditHistoryModel::changeText(event), text);
}

void tst_AuditHistoryModel::longNotesShowOneLineAndTooltipAll()
{
    const QString note = u"Restore drill passed\nlog attached, 14 min RTO"_s;
    edit(0, {{}, {}, note}, u"alice"_s);
    load();
    const QModelIndex cell = m_model->index(0, AuditHistoryModel::NewColumn);
    QCOMPARE(cell.data().toString(), u"Restore drill passed …"_s);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), note);
}

void tst_AuditHistoryModel::proxyFiltersByItemAndText_data()
{
    QTest::addColumn<bool>("onlyFirstItem");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::newRow("everything") << false << QString() << 5;
    QTest::newRow("first item") << true << QString() << 3;
    QTest::newRow("by actor") << false << u"CAROL"_s << 1;
    QTest::newRow("by value") << false << u"passed"_s << 1;
    QTest::newRow("deep in a note") << false << u"rto"_s << 1;
    QTest::newRow("item and actor") << true << u"carol"_s << 0;
    QTest::newRow("by change name") << false << u"owner"_s << 1;
    QTest::newRow("nothing") << false << u"zzz"_s << 0;
}

void tst_AuditHistoryModel::proxyFiltersByItemAndText()
{
    QFETCH(bool, onlyFirstItem);
    QFETCH(QString, text);
    QFETCH(int, rows);
    edit(0, {ItemStatus::InProgress, u"bob"_s, {}}, u"alice"_s);
    edit(0, {{}, {}, u"drill\n14 min RTO"_s}, u"alice"_s);
    edit(1, {ItemStatus::Passed, {}, {}}, u"carol"_s);
    load();

    AuditHistoryFilterProxyModel proxy;
    new QAbstractItemModelTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, &proxy);
    proxy.setSourceModel(m_model.get());
    if (onlyFirstItem)
        proxy.setItemId(m_items.at(0).id);
    proxy.setText(text);
    QCOMPARE(proxy.rowCount(), rows);
}

} // namespace greenlight

QTEST_GUILESS_MAIN(greenlight::tst_AuditHistoryModel)
#include "tst_AuditHistoryModel.moc"
