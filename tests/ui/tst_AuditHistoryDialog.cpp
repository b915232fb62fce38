#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "StoreFixture.h"
#include "dialogs/AuditHistoryDialog.h"
#include "itemmodels/AuditHistoryModel.h"
#include "store/AssessmentStore.h"

using namespace Qt::StringLiterals;

namespace greenlight {

// The dialog reads the trail on a worker, shows it newest first, and narrows it by item
// and by typed text, as a reviewer would use it.
class tst_AuditHistoryDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsTheItemThenTheWholeAssessment();
    void searchNarrowsTheTable();
    void unreadableStoreSaysSo();

private:
    std::unique_ptr<AuditHistoryDialog> open(std::optional<qint64> itemId);
    QString cell(AuditHistoryDialog &dialog, int row, int column) const;

    std::unique_ptr<test::StoreFixture> m_fixture;
    qint64 m_assessment = 0;
    ItemRecord m_first;
    ItemRecord m_second;
};

void tst_AuditHistoryDialog::init()
{
    m_fixture = std::make_unique<test::StoreFixture>();
    QVERIFY(m_fixture->openFresh().ok());
    m_assessment = m_fixture->createPayments();
    const auto items = m_fixture->store().items(m_assessment);
    QVERIFY(items.ok() && items->size() >= 2);
    m_first = items->at(0);
    m_second = items->at(1);
    AssessmentStore &store = m_fixture->store();
    m_fixture->clock().advanceSeconds(60);
    QVERIFY(store.updateItem(m_first.id, {ItemStatus::Failed, u"bob"_s, {}}, u"alice"_s).ok());
    m_fixture->clock().advanceSeconds(60);
    QVERIFY(store.updateItem(
                         m_second.id, {ItemStatus::Passed, {}, u"restore drill ok"_s}, u"carol"_s)
                    .ok());
}

void tst_AuditHistoryDialog::cleanup()
{
    m_fixture.reset();
}

std::unique_ptr<AuditHistoryDialog> tst_AuditHistoryDialog::open(std::optional<qint64> itemId)
{
    auto dialog = std::make_unique<AuditHistoryDialog>(m_fixture->path(),
                                                       m_assessment,
                                                       u"Payments 2.4"_s,
                                                       itemId,
                                                       itemId ? m_first.key : QString());
    dialog->show();
    QSignalSpy loaded(dialog.get(), &AuditHistoryDialog::loaded);
    if (!dialog->isLoaded() && !loaded.wait(5000))
        qWarning("audit history did not load");
    return dialog;
}

QString tst_AuditHistoryDialog::cell(AuditHistoryDialog &dialog, int row, int column) const
{
    return dialog.table()->model()->index(row, column).data().toString();
}

void tst_AuditHistoryDialog::showsTheItemThenTheWholeAssessment()
{
    auto dialog = open(m_first.id);
    QVERIFY(dialog->isLoaded());
    QVERIFY(dialog->windowTitle().contains(u"Payments 2.4"_s));
    QVERIFY(dialog->itemOnlyCheck()->isChecked());
    QVERIFY(dialog->itemOnlyCheck()->text().contains(m_first.key));
    QCOMPARE(dialog->table()->model()->rowCount(), 2); // status + owner of the first item
    QCOMPARE(cell(*dialog, 0, AuditHistoryModel::ItemColumn), m_first.key);

    QTest::mouseClick(dialog->itemOnlyCheck(), Qt::LeftButton);
    QVERIFY(!dialog->itemOnlyCheck()->isChecked());
    // created + 2 + 2, newest (carol's) first
    QCOMPARE(dialog->table()->model()->rowCount(), 5);
    QCOMPARE(cell(*dialog, 0, AuditHistoryModel::ActorColumn), u"carol"_s);
    QCOMPARE(dialog->countLabel()->text(), u"5 event(s)"_s);
}

void tst_AuditHistoryDialog::searchNarrowsTheTable()
{
    auto dialog = open(std::nullopt);
    QVERIFY(!dialog->itemOnlyCheck()->isEnabled());
    QTest::keyClicks(dialog->searchEdit(), u"drill"_s);
    QCOMPARE(dialog->table()->model()->rowCount(), 1);
    QCOMPARE(cell(*dialog, 0, AuditHistoryModel::ChangeColumn), u"Note"_s);
    QCOMPARE(cell(*dialog, 0, AuditHistoryModel::NewColumn), u"restore drill ok"_s);
    QCOMPARE(dialog->countLabel()->text(), u"1 of 5 events"_s);
}

void tst_AuditHistoryDialog::unreadableStoreSaysSo()
{
    QTemporaryDir dir;
    AuditHistoryDialog dialog(dir.filePath(u"missing.sqlite"_s), 1, u"X"_s, std::nullopt, {});
    QSignalSpy loaded(&dialog, &AuditHistoryDialog::loaded);
    QVERIFY(dialog.isLoaded() || loaded.wait(5000));
    QVERIFY(dialog.countLabel()->text().startsWith(u"Could not read the audit history"_s));
    QCOMPARE(dialog.table()->model()->rowCount(), 0);
}

} // namespace greenlight

QTEST_MAIN(greenlight::tst_AuditHistoryDialog)
#include "tst_AuditHistoryDialog.moc"
