#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include "MainWindow.h"
#include "MockClock.h"
#include "dialogs/AuditHistoryDialog.h"
#include "dialogs/NewAssessmentDialog.h"
#include "itemmodels/AssessmentListModel.h"
#include "itemmodels/AuditHistoryModel.h"
#include "itemmodels/ChecklistFilterProxyModel.h"
#include "itemmodels/ChecklistModel.h"
#include "pages/ChecklistPage.h"
#include "pages/WelcomePage.h"
#include "store/AssessmentStore.h"
#include "store/Database.h"
#include "templates/TemplateCatalog.h"
#include "widgets/AssessmentListPanel.h"
#include "widgets/FilterBar.h"
#include "widgets/ItemDetailPane.h"
#include "widgets/MessageBar.h"
#include "widgets/ProgressSummary.h"

using namespace Qt::StringLiterals;

namespace greenlight {

// Drives the real window offscreen the way a user would: through the dialog, the tree, the
// status combo, the owner field, the keyboard shortcuts and the undo actions.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyStoreShowsWelcomeAndCreatesNothing();
    void createEditUndoAndReopen();
    void restoresLastAssessmentAndFilters();
    void renameAndDeleteWithConfirmation();
    void lockedStoreShowsErrorAndKeepsModel();
    void openDemoFromWelcomePage();
    void auditHistoryShowsTheCurrentItem();

private:
    void openStore();
    void closeStore();
    std::unique_ptr<MainWindow> showWindow();
    qint64 createThroughDialog(MainWindow &window, const QString &name);
    QModelIndex selectItem(MainWindow &window, const QString &key);
    ItemRecord storedItem(qint64 assessmentId, const QString &key) const;

    QTemporaryDir m_dir;
    test::MockClock m_clock;
    TemplateCatalog m_catalog;
    QString m_path;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AssessmentStore> m_store;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"GreenlightTests"_s);
    QCoreApplication::setApplicationName(u"tst_MainWindow"_s);
    qputenv("GREENLIGHT_USER", "tester");
    m_catalog.load({TemplateCatalog::builtInDirectory()});
    QVERIFY2(m_catalog.templates().size() >= 2, "the built-in templates did not load");
    QVERIFY(m_dir.isValid());
}

void tst_MainWindow::init()
{
    QSettings().clear();
    static int n = 0;
    m_path = m_dir.filePath(u"store-%1.sqlite"_s.arg(++n));
    openStore();
}

void tst_MainWindow::cleanup()
{
    closeStore();
}

void tst_MainWindow::openStore()
{
    auto opened = Database::open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_database = std::move(opened).value();
    m_store = std::make_unique<AssessmentStore>(*m_database, m_clock);
}

void tst_MainWindow::closeStore()
{
    m_store.reset();
    m_database.reset();
}

std::unique_ptr<MainWindow> tst_MainWindow::showWindow()
{
    auto window = std::make_unique<MainWindow>(*m_store, m_catalog, m_path);
    window->show();
    // Shortcuts with window context need an active window, as they do for a real user.
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window not active");
    return window;
}

qint64 tst_MainWindow::createThroughDialog(MainWindow &window, const QString &name)
{
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    auto *dialog = window.findChild<NewAssessmentDialog *>();
    if (!dialog)
        return 0;
    if (!QTest::qWaitFor([dialog] { return dialog->isVisible(); }, 2000))
        return 0;
    if (dialog->okButton()->isEnabled())
        return 0; // must wait for input
    QTest::keyClicks(dialog->nameEdit(), name);
    QTest::keyClicks(dialog->systemEdit(), u"Payments API"_s);
    QTest::keyClicks(dialog->releaseEdit(), u"2.4.0"_s);
    // Keep the test quick and independent of the set: only the first built-in template.
    const QList<ChecklistTemplate> templates = m_catalog.templates();
    for (int i = 1; i < templates.size(); ++i)
        dialog->setTemplateChecked(templates.at(i).id, false);
    if (!dialog->okButton()->isEnabled())
        return 0;
    const QPointer<NewAssessmentDialog> closing(dialog);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&closing] { return closing.isNull(); }, 2000))
        return 0;
    // Without a window manager nobody hands activation back to the main window.
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return 0;
    return window.currentAssessmentId().value_or(0);
}

QModelIndex tst_MainWindow::selectItem(MainWindow &window, const QString &key)
{
    ChecklistPage *page = window.checklistPage();
    const auto item = m_store->findItem(page->assessmentId(), key);
    if (!item)
        return {};
    const QModelIndex index = page->proxy()->mapFromSource(page->model()->indexOfItem(item->id));
    QTreeView *tree = page->tree();
    tree->scrollTo(index);
    const QRect rect = tree->visualRect(index);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    return index;
}

ItemRecord tst_MainWindow::storedItem(qint64 assessmentId, const QString &key) const
{
    auto item = m_store->findItem(assessmentId, key);
    return item ? item.value() : ItemRecord{};
}

void tst_MainWindow::emptyStoreShowsWelcomeAndCreatesNothing()
{
    auto window = showWindow();
    QVERIFY(window->isWelcomeShown());
    QVERIFY(window->welcomePage()->isVisible());
    QCOMPARE(m_store->assessments()->size(), 0);
    QVERIFY(!window->currentAssessmentId());
    QVERIFY(window->progressSummary()->text().isEmpty());
}

void tst_MainWindow::auditHistoryShowsTheCurrentItem()
{
    auto window = showWindow();
    QVERIFY(!window->historyAction()->isEnabled()); // no assessment yet
    const qint64 id = createThroughDialog(*window, u"Payments 2.4 go-live"_s);
    QVERIFY(window->historyAction()->isEnabled());
    const QList<ItemRecord> items = m_store->items(id).value();
    QVERIFY(selectItem(*window, items.at(0).key).isValid());
    ChecklistPage *page = window->checklistPage();
    page->tree()->setFocus();
    QTest::keyClick(page->tree(), Qt::Key_4, Qt::ControlModifier); // failed

    QTest::keyClick(page->tree(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = window->findChild<AuditHistoryDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isLoaded());
    QVERIFY(dialog->itemOnlyCheck()->isChecked());
    QCOMPARE(dialog->table()->model()->rowCount(), 1);
    const QModelIndex change = dialog->table()->model()->index(0, AuditHistoryModel::NewColumn);
    QCOMPARE(change.data().toString(), u"failed"_s);
    dialog->close();
}

void tst_MainWindow::createEditUndoAndReopen()
{
    auto window = showWindow();
    const qint64 id = createThroughDialog(*window, u"Payments 2.4 go-live"_s);
    QVERIFY(id > 0);
    QVERIFY(!window->isWelcomeShown());
    QCOMPARE(m_store->assessments()->size(), 1);
    QCOMPARE(window->assessmentModel()->rowCount(), 1);
    ChecklistPage *page = window->checklistPage();
    QVERIFY(page->model()->itemCount() > 3);
    QVERIFY(window->windowTitle().contains(u"Payments 2.4 go-live"_s));
    QCOMPARE(window->undoStack()->count(), 0);

    const QList<ItemRecord> items = m_store->items(id).value();
    const QString first = items.at(0).key;
    const QString second = items.at(1).key;
    const QString third = items.at(2).key;

    // Status through the combo (keyboard: Down twice = Passed).
    QVERIFY(selectItem(*window, first).isValid());
    ItemDetailPane *pane = page->detailPane();
    QCOMPARE(pane->itemId(), std::optional<qint64>(items.at(0).id));
    pane->statusCombo()->setFocus();
    QTest::keyClick(pane->statusCombo(), Qt::Key_Down);
    QTest::keyClick(pane->statusCombo(), Qt::Key_Down);
    QCOMPARE(storedItem(id, first).status, ItemStatus::Passed);
    QCOMPARE(page->model()->itemById(items.at(0).id)->status, ItemStatus::Passed);

    // Owner: type and press Enter.
    QTest::mouseClick(pane->ownerEdit(), Qt::LeftButton);
    QTest::keyClicks(pane->ownerEdit(), u"alice"_s);
    QTest::keyClick(pane->ownerEdit(), Qt::Key_Return);
    QCOMPARE(storedItem(id, first).owner, u"alice"_s);

    // Second item failed from the keyboard shortcut (Ctrl+4), with the tree focused.
    QVERIFY(selectItem(*window, second).isValid());
    page->tree()->setFocus();
    QTest::keyClick(page->tree(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(storedItem(id, second).status, ItemStatus::Failed);

    // Third: a note, stored after a pause in typing.
    QVERIFY(selectItem(*window, third).isValid());
    QTest::mouseClick(pane->noteEdit()->viewport(), Qt::LeftButton);
    QTest::keyClicks(pane->noteEdit(), u"waiting for the pen test report"_s);
    QElapsedTimer typing;
    typing.start();
    QTRY_COMPARE_WITH_TIMEOUT(
            storedItem(id, third).note, u"waiting for the pen test report"_s, 3000);
    // Not started -> In progress -> Passed (each combo step is stored), owner, failed, note.
    QVERIFY(typing.elapsed() >= ItemDetailPane::NoteIdleMs); // stored after the pause
    QCOMPARE(window->undoStack()->count(), 5);
    QCOMPARE(window->progressSummary()->text(),
             u"2 of %1 assessed · 1 passed · 1 failed · 0 n/a"_s.arg(items.size()));

    // Undo the note and the failed status, redo the status.
    page->tree()->setFocus();
    QTest::keyClick(page->tree(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(storedItem(id, third).note, QString());
    QTest::keyClick(page->tree(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(storedItem(id, second).status, ItemStatus::NotStarted);
    QCOMPARE(window->progressSummary()->text(),
             u"1 of %1 assessed · 1 passed · 0 failed · 0 n/a"_s.arg(items.size()));
    QTest::keyClick(page->tree(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(storedItem(id, second).status, ItemStatus::Failed);
    QCOMPARE(page->model()
                     ->indexOfItem(items.at(1).id, ChecklistModel::StatusColumn)
                     .data()
                     .toString(),
             u"Failed"_s);

    // Close, drop the store, reopen it in a new window: everything is as it was left.
    QVERIFY(window->close());
    window.reset();
    closeStore();
    openStore();
    window = showWindow();
    QCOMPARE(window->currentAssessmentId(), std::optional<qint64>(id));
    page = window->checklistPage();
    const auto statusText = [&](qint64 itemId) {
        return page->model()->indexOfItem(itemId, ChecklistModel::StatusColumn).data().toString();
    };
    QCOMPARE(statusText(items.at(0).id), u"Passed"_s);
    QCOMPARE(statusText(items.at(1).id), u"Failed"_s);
    QCOMPARE(statusText(items.at(2).id), u"Not started"_s);
    QCOMPARE(page->model()->itemById(items.at(0).id)->owner, u"alice"_s);
    QCOMPARE(page->model()->itemById(items.at(2).id)->note, QString());
    QCOMPARE(window->progressSummary()->text(),
             u"2 of %1 assessed · 1 passed · 1 failed · 0 n/a"_s.arg(items.size()));
    QCOMPARE(window->undoStack()->count(), 0);
    // Focus starts in the tree, on the first item.
    QVERIFY(page->tree()->hasFocus());
    QCOMPARE(page->detailPane()->itemId(), std::optional<qint64>(items.at(0).id));
}

void tst_MainWindow::restoresLastAssessmentAndFilters()
{
    auto window = showWindow();
    const qint64 older = createThroughDialog(*window, u"Older"_s);
    m_clock.advanceSeconds(60);
    const qint64 newer = createThroughDialog(*window, u"Newer"_s);
    QVERIFY(older > 0 && newer > older);
    QCOMPARE(window->currentAssessmentId(), std::optional<qint64>(newer));
    QCOMPARE(window->assessmentModel()->rowOf(newer), 0); // newest first

    // Pick the older one in the list with the keyboard.
    QListView *list = window->assessmentPanel()->view();
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(window->currentAssessmentId(), std::optional<qint64>(older));

    // Ctrl+F goes to the filter; typing narrows the tree to matching items.
    ChecklistPage *page = window->checklistPage();
    const ItemRecord target = m_store->items(older)->at(1);
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(page->filterBar()->searchField()->hasFocus());
    QTest::keyClicks(page->filterBar()->searchField(), target.key);
    QVERIFY(page->proxy()->isFiltering());
    const QModelIndex shown = page->proxy()->mapFromSource(page->model()->indexOfItem(target.id));
    QVERIFY(shown.isValid());
    const QString count = page->filterBar()->findChild<QLabel *>(u"matchCount"_s)->text();
    QVERIFY2(count.startsWith(u"Showing "_s)
                     && count.endsWith(u" of %1"_s.arg(page->model()->itemCount())),
             qPrintable(count));
    QVERIFY(count != u"Showing %1 of %1"_s.arg(page->model()->itemCount()));

    QVERIFY(window->close());
    window.reset();
    window = showWindow();
    QCOMPARE(window->currentAssessmentId(), std::optional<qint64>(older));
}

void tst_MainWindow::renameAndDeleteWithConfirmation()
{
    auto window = showWindow();
    const qint64 id = createThroughDialog(*window, u"First name"_s);
    QVERIFY(id > 0);

    window->assessmentPanel()->view()->setFocus();
    QTest::keyClick(window->assessmentPanel()->view(), Qt::Key_F2);
    auto *rename = window->findChild<QInputDialog *>(u"renameDialog"_s);
    QVERIFY(rename);
    rename->setTextValue(u"Second name"_s);
    rename->accept();
    QCOMPARE(m_store->assessment(id)->name, u"Second name"_s);
    QVERIFY(window->windowTitle().contains(u"Second name"_s));

    window->assessmentPanel()->view()->setFocus();
    QTest::keyClick(window->assessmentPanel()->view(), Qt::Key_Delete);
    auto *confirm = window->findChild<QMessageBox *>(u"deleteConfirmation"_s);
    QVERIFY(confirm);
    QVERIFY(confirm->text().contains(u"Second name"_s));
    QVERIFY(confirm->informativeText().contains(u"audit trail"_s));
    // Cancel first: nothing happens.
    confirm->button(QMessageBox::Cancel)->click();
    QCOMPARE(m_store->assessments()->size(), 1);

    QTest::keyClick(window->assessmentPanel()->view(), Qt::Key_Delete);
    QTRY_VERIFY(window->findChild<QMessageBox *>(u"deleteConfirmation"_s));
    confirm = window->findChild<QMessageBox *>(u"deleteConfirmation"_s);
    QAbstractButton *deleteButton = nullptr;
    for (QAbstractButton *button : confirm->buttons()) {
        if (confirm->buttonRole(button) == QMessageBox::DestructiveRole)
            deleteButton = button;
    }
    QVERIFY(deleteButton);
    deleteButton->click();
    QCOMPARE(m_store->assessments()->size(), 0);
    QVERIFY(window->isWelcomeShown());
    QVERIFY(!m_store->auditEvents(id)->isEmpty());
}

void tst_MainWindow::lockedStoreShowsErrorAndKeepsModel()
{
    Database::setBusyTimeoutOverride(50);
    closeStore();
    openStore();
    auto window = showWindow();
    const qint64 id = createThroughDialog(*window, u"Locked"_s);
    QVERIFY(id > 0);
    const ItemRecord item = m_store->items(id)->first();
    QVERIFY(selectItem(*window, item.key).isValid());
    ItemDetailPane *pane = window->checklistPage()->detailPane();

    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        other.setDatabaseName(m_path);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(u"BEGIN EXCLUSIVE"_s));

        pane->statusCombo()->setFocus();
        QTest::keyClick(pane->statusCombo(), Qt::Key_Down);
        QVERIFY(window->messageBar()->isVisible());
        QVERIFY(window->messageBar()->text().contains(u"not saved"_s));
        QCOMPARE(pane->statusCombo()->currentData().toInt(), int(ItemStatus::NotStarted));
        QCOMPARE(window->checklistPage()->model()->itemById(item.id)->status,
                 ItemStatus::NotStarted);
        QCOMPARE(window->undoStack()->count(), 0);

        QVERIFY(lock.exec(u"ROLLBACK"_s));
        other.close();
    }
    QSqlDatabase::removeDatabase(u"locker"_s);
    Database::setBusyTimeoutOverride(0);

    // Once the lock is gone the same edit goes through.
    QTest::keyClick(pane->statusCombo(), Qt::Key_Down);
    QCOMPARE(storedItem(id, item.key).status, ItemStatus::InProgress);
}

void tst_MainWindow::openDemoFromWelcomePage()
{
    auto window = showWindow();
    QVERIFY(window->isWelcomeShown());
    QTest::mouseClick(window->welcomePage()->openDemoButton(), Qt::LeftButton);
    QVERIFY2(!window->messageBar()->isVisible(), qPrintable(window->messageBar()->text()));
    QCOMPARE(m_store->assessments()->size(), 1);
    QVERIFY(!window->isWelcomeShown());
    QVERIFY(window->checklistPage()->model()->itemCount() >= 120);
    const auto progress = m_store->progress(*window->currentAssessmentId());
    QVERIFY(progress->assessed() > 0); // the demo comes with recorded progress
    QVERIFY(window->progressSummary()->text().startsWith(QString::number(progress->assessed())
                                                         + u" of "_s));
}

} // namespace greenlight

QTEST_MAIN(greenlight::tst_MainWindow)
#include "tst_MainWindow.moc"
