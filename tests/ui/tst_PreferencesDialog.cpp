#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include "MainWindow.h"
#include "MockClock.h"
#include "PreferencesActions.h"
#include "approval/SignoffServices.h"
#include "core/AppPaths.h"
#include "core/Preferences.h"
#include "dialogs/PreferencesDialog.h"
#include "itemmodels/ChecklistFilterProxyModel.h"
#include "itemmodels/ChecklistModel.h"
#include "pages/ChecklistPage.h"
#include "pages/ScanPage.h"
#include "store/AssessmentStore.h"
#include "store/Database.h"
#include "templates/TemplateCatalog.h"
#include "widgets/EvidencePanel.h"
#include "widgets/ItemDetailPane.h"

using namespace Qt::StringLiterals;

namespace greenlight {

// Drives Edit → Preferences in the real window offscreen: the dialog's fields, OK, Cancel and
// Restore Defaults, then what Preferences::load() returns and what the window applied.
class tst_PreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shortcutOpensDialogWithSavedValues();
    void okSavesAndAppliesLimitsAndTheme();
    void cancelChangesNothing();
    void restoreDefaultsFillsInDefaultsUntilOk();
    void useDefaultShowsTheDefaultStore();
    void invalidStoreLocationRefusesOk_data();
    void invalidStoreLocationRefusesOk();
    void newStoreLocationWaitsForNextStart();
    void languageIsNamedInItselfAndWaitsForNextStart();
    void savedLimitsApplyAtStart();
    void evidenceOverTheNewLimitIsRefused();
    void scanSkipsFilesOverTheNewLimit();

private:
    std::unique_ptr<MainWindow> showWindow();
    PreferencesDialog *openDialog(MainWindow &window);
    static void setSpinValue(QSpinBox *box, int value);
    static void toggle(QCheckBox *box);
    static void chooseItem(QComboBox *box, const QString &text);
    qint64 createAssessment(const QString &repositoryPath = {});
    bool selectFirstItem(MainWindow &window);
    QString writeFile(const QString &name, qint64 bytes, char fill);

    QTemporaryDir m_dir;
    test::MockClock m_clock;
    TemplateCatalog m_catalog;
    QString m_path;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AssessmentStore> m_store;
};

void tst_PreferencesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"GreenlightTests"_s);
    QCoreApplication::setApplicationName(u"tst_PreferencesDialog"_s);
    qputenv("GREENLIGHT_USER", "tester");
    m_catalog.load({TemplateCatalog::builtInDirectory()});
    QVERIFY(!m_catalog.templates().isEmpty());
    QVERIFY(m_dir.isValid());
}

void tst_PreferencesDialog::init()
{
    QSettings().clear();
    static int n = 0;
    m_path = m_dir.filePath(u"store-%1.sqlite"_s.arg(++n));
    auto opened = Database::open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_database = std::move(opened).value();
    m_store = std::make_unique<AssessmentStore>(*m_database, m_clock);
}

void tst_PreferencesDialog::cleanup()
{
    m_store.reset();
    m_database.reset();
}

std::unique_ptr<MainWindow> tst_PreferencesDialog::showWindow()
{
    auto window = std::make_unique<MainWindow>(*m_store, m_catalog, m_path);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window not active");
    return window;
}

PreferencesDialog *tst_PreferencesDialog::openDialog(MainWindow &window)
{
    // Without a window manager nobody hands activation back after a dialog closed.
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return nullptr;
    // Ctrl+, as a user on Linux would press it.
    QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
    // The visible one: a dialog closed a moment ago may not be deleted yet.
    PreferencesDialog *shown = nullptr;
    (void)QTest::qWaitFor(
            [&] {
                for (PreferencesDialog *dialog : window.findChildren<PreferencesDialog *>()) {
                    if (dialog->isVisible())
                        shown = dialog;
                }
                return shown != nullptr;
            },
            2000);
    return shown;
}

void tst_PreferencesDialog::setSpinValue(QSpinBox *box, int value)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QString::number(value));
    QTest::keyClick(box, Qt::Key_Tab);
}

void tst_PreferencesDialog::toggle(QCheckBox *box)
{
    // The space bar: a click in the middle of a wide check box may miss its label.
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
}

void tst_PreferencesDialog::chooseItem(QComboBox *box, const QString &text)
{
    const int index = box->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    box->setFocus();
    // Keyboard first row, then down to the wanted one: as a user would.
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(box->currentText(), text);
}

qint64 tst_PreferencesDialog::createAssessment(const QString &repositoryPath)
{
    NewAssessment assessment;
    assessment.name = u"Payments 2.4"_s;
    assessment.system = u"Payments API"_s;
    assessment.release = u"2.4.0"_s;
    assessment.repositoryPath = repositoryPath;
    assessment.templates = {m_catalog.templates().first()};
    auto created = m_store->createAssessment(assessment, u"tester"_s);
    return created ? created.value() : 0;
}

bool tst_PreferencesDialog::selectFirstItem(MainWindow &window)
{
    ChecklistPage *page = window.checklistPage();
    const auto items = m_store->items(page->assessmentId());
    if (!items || items->isEmpty())
        return false;
    const QModelIndex index
            = page->proxy()->mapFromSource(page->model()->indexOfItem(items->first().id));
    page->tree()->scrollTo(index);
    QTest::mouseClick(
            page->tree()->viewport(), Qt::LeftButton, {}, page->tree()->visualRect(index).center());
    return page->detailPane()->itemId() == std::optional<qint64>(items->first().id);
}

QString tst_PreferencesDialog::writeFile(const QString &name, qint64 bytes, char fill)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray line(127, fill);
    line.append('\n');
    for (qint64 written = 0; written < bytes; written += line.size())
        file.write(line);
    return path;
}

void tst_PreferencesDialog::shortcutOpensDialogWithSavedValues()
{
    Preferences saved;
    saved.evidenceMaxBytes = 20 * Preferences::MiB;
    saved.scanMaxFileBytes = 8 * Preferences::MiB;
    saved.language = u"fr"_s;
    saved.theme = ThemeChoice::Light;
    saved.save();

    auto window = showWindow();
    PreferencesDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    QVERIFY(dialog->isModal() || dialog->windowModality() != Qt::NonModal);
    QVERIFY(dialog->useDefaultStoreCheck()->isChecked());
    QCOMPARE(dialog->evidenceLimitBox()->value(), 20);
    QCOMPARE(dialog->scanLimitBox()->value(), 8);
    QCOMPARE(dialog->evidenceLimitBox()->suffix(), u" MiB"_s);
    QCOMPARE(dialog->languageBox()->currentText(), u"Français"_s);
    QCOMPARE(dialog->themeBox()->currentText(), u"Light"_s);
    QVERIFY(dialog->okButton()->isEnabled());
    // Every field can be found by a screen reader.
    for (QWidget *field : std::initializer_list<QWidget *>{dialog->useDefaultStoreCheck(),
                                                           dialog->storePathEdit(),
                                                           dialog->browseButton(),
                                                           dialog->evidenceLimitBox(),
                                                           dialog->scanLimitBox(),
                                                           dialog->languageBox(),
                                                           dialog->themeBox(),
                                                           dialog->restoreDefaultsButton()}) {
        QVERIFY2(!field->accessibleName().isEmpty() || field == dialog->restoreDefaultsButton(),
                 qPrintable(field->objectName()));
        QVERIFY2(!field->accessibleDescription().isEmpty(), qPrintable(field->objectName()));
    }
    dialog->reject();
}

void tst_PreferencesDialog::okSavesAndAppliesLimitsAndTheme()
{
    auto window = showWindow();
    QSignalSpy themes(window.get(), &MainWindow::themeChosen);
    PreferencesDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    setSpinValue(dialog->evidenceLimitBox(), 3);
    setSpinValue(dialog->scanLimitBox(), 12);
    chooseItem(dialog->themeBox(), u"Dark"_s);
    const QPointer<PreferencesDialog> closing(dialog);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(closing.isNull()); // deleted on close

    const Preferences saved = Preferences::load();
    QCOMPARE(saved.evidenceMaxBytes, 3 * Preferences::MiB);
    QCOMPARE(saved.scanMaxFileBytes, 12 * Preferences::MiB);
    QCOMPARE(saved.theme, ThemeChoice::Dark);
    QVERIFY(saved.databasePath.isEmpty());
    QVERIFY(saved.language.isEmpty());

    QCOMPARE(window->signoffServices()->maxEvidenceBytes(), 3 * Preferences::MiB);
    QCOMPARE(window->scanPage()->maxFileSize(), 12 * Preferences::MiB);
    QCOMPARE(window->preferencesActions()->current(), saved);
    QCOMPARE(themes.size(), 1);
    QCOMPARE(themes.first().first().value<ThemeChoice>(), ThemeChoice::Dark);

    // Saving again with the same theme announces no theme change.
    dialog = openDialog(*window);
    QVERIFY(dialog);
    QCOMPARE(dialog->themeBox()->currentText(), u"Dark"_s);
    setSpinValue(dialog->evidenceLimitBox(), 4);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(window->signoffServices()->maxEvidenceBytes(), 4 * Preferences::MiB);
    QCOMPARE(themes.size(), 1);
}

void tst_PreferencesDialog::cancelChangesNothing()
{
    Preferences before;
    before.evidenceMaxBytes = 50 * Preferences::MiB;
    before.save();
    auto window = showWindow();
    QSignalSpy themes(window.get(), &MainWindow::themeChosen);
    PreferencesDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    setSpinValue(dialog->evidenceLimitBox(), 2);
    setSpinValue(dialog->scanLimitBox(), 2);
    chooseItem(dialog->themeBox(), u"Dark"_s);
    chooseItem(dialog->languageBox(), u"Deutsch"_s);
    toggle(dialog->useDefaultStoreCheck());
    dialog->storePathEdit()->clear();
    QTest::keyClicks(dialog->storePathEdit(), m_dir.filePath(u"elsewhere.sqlite"_s));
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);

    QCOMPARE(Preferences::load(), before);
    QCOMPARE(window->signoffServices()->maxEvidenceBytes(), 50 * Preferences::MiB);
    QCOMPARE(window->scanPage()->maxFileSize(), Preferences::DefaultScanMaxFileBytes);
    QCOMPARE(themes.size(), 0);
}

void tst_PreferencesDialog::restoreDefaultsFillsInDefaultsUntilOk()
{
    Preferences custom;
    custom.databasePath = m_dir.filePath(u"team.sqlite"_s);
    custom.evidenceMaxBytes = 7 * Preferences::MiB;
    custom.scanMaxFileBytes = 9 * Preferences::MiB;
    custom.language = u"de"_s;
    custom.theme = ThemeChoice::Dark;
    custom.save();
    auto window = showWindow();
    PreferencesDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    QVERIFY(!dialog->useDefaultStoreCheck()->isChecked());
    QCOMPARE(dialog->storePathEdit()->text(), QDir::toNativeSeparators(custom.databasePath));

    QTest::mouseClick(dialog->restoreDefaultsButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible()); // only the fields change
    QCOMPARE(dialog->preferences(), Preferences{});
    QVERIFY(dialog->useDefaultStoreCheck()->isChecked());
    QCOMPARE(dialog->evidenceLimitBox()->value(), 100);
    QCOMPARE(dialog->scanLimitBox()->value(), 5);
    QCOMPARE(dialog->languageBox()->currentText(), u"System default"_s);
    QCOMPARE(dialog->themeBox()->currentText(), u"System"_s);
    QCOMPARE(Preferences::load(), custom); // nothing saved yet

    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(Preferences::load(), Preferences{});
    QCOMPARE(window->signoffServices()->maxEvidenceBytes(), Preferences::DefaultEvidenceMaxBytes);
}

void tst_PreferencesDialog::useDefaultShowsTheDefaultStore()
{
    auto window = showWindow();
    PreferencesDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    const QString defaultPath = QDir::toNativeSeparators(AppPaths::defaultDatabasePath());
    QVERIFY(dialog->useDefaultStoreCheck()->isChecked());
    QCOMPARE(dialog->storePathEdit()->text(), defaultPath);
    QVERIFY(!dialog->storePathEdit()->isEnabled());
    QVERIFY(!dialog->browseButton()->isEnabled());

    // Unchecked, the field starts from the default and becomes editable.
    toggle(dialog->useDefaultStoreCheck());
    QVERIFY(dialog->storePathEdit()->isEnabled());
    QVERIFY(dialog->browseButton()->isEnabled());
    QCOMPARE(dialog->storePathEdit()->text(), defaultPath);
    QTest::keyClicks(dialog->storePathEdit(), u".bak"_s);
    // Checked again: the default is shown and chosen; unchecked: the typed path comes back.
    toggle(dialog->useDefaultStoreCheck());
    QCOMPARE(dialog->storePathEdit()->text(), defaultPath);
    QVERIFY(dialog->preferences().databasePath.isEmpty());
    toggle(dialog->useDefaultStoreCheck());
    QCOMPARE(dialog->storePathEdit()->text(), defaultPath + u".bak"_s);
    dialog->reject();
}

void tst_PreferencesDialog::invalidStoreLocationRefusesOk_data()
{
    QTest::addColumn<QString>("typed"); // %1 = the temporary folder
    QTest::addColumn<QString>("message");

    QTest::newRow("a folder") << u"%1"_s << u"is a folder"_s;
    QTest::newRow("a missing folder") << u"%1/no/such/team.sqlite"_s << u"does not exist"_s;
    QTest::newRow("a relative path") << u"team.sqlite"_s << u"full path"_s;
    QTest::newRow("nothing") << QString() << u"Enter the store file"_s;
    QTest::newRow("not a store") << u"%1/notes.txt"_s << u"not a Greenlight store"_s;
}

void tst_PreferencesDialog::invalidStoreLocationRefusesOk()
{
    QFETCH(QString, typed);
    QFETCH(QString, message);
    QFile notes(m_dir.filePath(u"notes.txt"_s));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("release notes\n");
    notes.close();

    auto window = showWindow();
    PreferencesDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    toggle(dialog->useDefaultStoreCheck());
    QLineEdit *path = dialog->storePathEdit();
    path->selectAll();
    QTest::keyClick(path, Qt::Key_Backspace);
    QTest::keyClicks(path, typed.contains(u"%1"_s) ? typed.arg(m_dir.path()) : typed);

    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(dialog->storeProblemLabel()->isVisible());
    QVERIFY2(dialog->storeProblemLabel()->text().contains(message),
             qPrintable(dialog->storeProblemLabel()->text()));
    QVERIFY(!dialog->storeNoteLabel()->isVisible());
    // Enter (the default button's key) and accept() are refused too.
    QTest::keyClick(path, Qt::Key_Return);
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QCOMPARE(Preferences::load(), Preferences{});

    // Fixing the path clears the message and enables OK.
    path->selectAll();
    QTest::keyClicks(path, m_dir.filePath(u"fine.sqlite"_s));
    QVERIFY(dialog->okButton()->isEnabled());
    QVERIFY(!dialog->storeProblemLabel()->isVisible());
    dialog->reject();
}

void tst_PreferencesDialog::newStoreLocationWaitsForNextStart()
{
    // The preference names the store this window has open: nothing waits for a restart.
    Preferences current;
    current.databasePath = m_path;
    current.save();
    auto window = showWindow();
    PreferencesDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    QVERIFY(!dialog->useDefaultStoreCheck()->isChecked());
    QVERIFY(!dialog->storeNoteLabel()->isVisible());

    // The default store is another one (this window runs on m_path, as with --db).
    toggle(dialog->useDefaultStoreCheck());
    QVERIFY(dialog->storeNoteLabel()->isVisible());
    QVERIFY2(dialog->storeNoteLabel()->text().contains(u"next start"_s),
             qPrintable(dialog->storeNoteLabel()->text()));
    toggle(dialog->useDefaultStoreCheck());
    QVERIFY(!dialog->storeNoteLabel()->isVisible());

    QLineEdit *path = dialog->storePathEdit();
    path->selectAll();
    const QString team = m_dir.filePath(u"team.sqlite"_s);
    QTest::keyClicks(path, team);
    QVERIFY(dialog->storeNoteLabel()->isVisible());
    const QString note = dialog->storeNoteLabel()->text();
    QVERIFY2(note.contains(u"next start"_s) && note.contains(u"creates an empty one"_s),
             qPrintable(note));
    QVERIFY2(note.contains(QDir::toNativeSeparators(m_path)), qPrintable(note));

    // The store this window has open needs no note, whatever the preference says.
    path->selectAll();
    QTest::keyClicks(path, m_path);
    QVERIFY(!dialog->storeNoteLabel()->isVisible());

    path->selectAll();
    QTest::keyClicks(path, team);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(Preferences::load().databasePath, team);
    QCOMPARE(Preferences::load().effectiveDatabasePath(), team);
    QVERIFY(!QFileInfo::exists(team)); // created by the next start, not now
}

void tst_PreferencesDialog::languageIsNamedInItselfAndWaitsForNextStart()
{
    auto window = showWindow();
    PreferencesDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    QComboBox *language = dialog->languageBox();
    QCOMPARE(language->count(), 4);
    QCOMPARE(language->itemText(1), u"English"_s);
    QCOMPARE(language->itemText(2), u"Deutsch"_s);
    QCOMPARE(language->itemText(3), u"Français"_s);
    QVERIFY(!dialog->languageNoteLabel()->isVisible());
    chooseItem(language, u"Deutsch"_s);
    QVERIFY(dialog->languageNoteLabel()->isVisible());
    QVERIFY(dialog->languageNoteLabel()->text().contains(u"next start"_s));
    chooseItem(language, u"System default"_s);
    QVERIFY(!dialog->languageNoteLabel()->isVisible());
    chooseItem(language, u"Deutsch"_s);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(Preferences::load().language, u"de"_s);

    // Still not in effect in this process: reopened, the dialog says so again.
    dialog = openDialog(*window);
    QVERIFY(dialog);
    QCOMPARE(dialog->languageBox()->currentText(), u"Deutsch"_s);
    QVERIFY(dialog->languageNoteLabel()->isVisible());
    dialog->reject();
}

void tst_PreferencesDialog::savedLimitsApplyAtStart()
{
    Preferences saved;
    saved.evidenceMaxBytes = 2 * Preferences::MiB;
    saved.scanMaxFileBytes = 64 * Preferences::MiB;
    saved.save();
    auto window = showWindow();
    QCOMPARE(window->signoffServices()->maxEvidenceBytes(), 2 * Preferences::MiB);
    QCOMPARE(window->scanPage()->maxFileSize(), 64 * Preferences::MiB);
}

void tst_PreferencesDialog::evidenceOverTheNewLimitIsRefused()
{
    QVERIFY(createAssessment() > 0);
    auto window = showWindow();
    QVERIFY(selectFirstItem(*window));
    EvidencePanel *panel = window->checklistPage()->detailPane()->evidencePanel();

    PreferencesDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    setSpinValue(dialog->evidenceLimitBox(), 1);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);

    const QString big = writeFile(u"restore-drill.log"_s, 2 * Preferences::MiB, 'x');
    QSignalSpy failed(window->signoffServices(), &SignoffServices::evidenceFailed);
    panel->addFiles({big});
    QVERIFY(failed.wait(10000));
    QCOMPARE(panel->records().size(), 0);
    const QString status = panel->statusLabel()->text();
    QVERIFY2(status.startsWith(u"Not added"_s) && status.contains(u"limit of 1.0 MiB"_s),
             qPrintable(status));

    // A file under the limit still goes in.
    const QString small = writeFile(u"smoke-test.log"_s, 512 * 1024, 'y');
    QSignalSpy added(window->signoffServices(), &SignoffServices::evidenceAdded);
    panel->addFiles({small});
    QVERIFY(added.wait(10000));
    QCOMPARE(panel->records().size(), 1);
}

void tst_PreferencesDialog::scanSkipsFilesOverTheNewLimit()
{
    writeFile(u"repo/app.py"_s, 2 * 1024, 'a');
    writeFile(u"repo/generated.py"_s, 2 * Preferences::MiB, 'b');
    QVERIFY(createAssessment(m_dir.filePath(u"repo"_s)) > 0);
    auto window = showWindow();
    ScanPage *scan = window->scanPage();
    QVERIFY(scan);

    PreferencesDialog *dialog = openDialog(*window);
    QVERIFY(dialog);
    setSpinValue(dialog->scanLimitBox(), 1);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QCOMPARE(scan->maxFileSize(), Preferences::MiB);

    QSignalSpy ended(scan, &ScanPage::scanEnded);
    QVERIFY(scan->startScan());
    QVERIFY(ended.wait(60000));
    const QList<SkippedPath> skipped = scan->lastReport().skipped;
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(skipped.first().path, u"generated.py"_s);
    QCOMPARE(skipped.first().reason, SkipReason::TooLarge);
    QVERIFY2(skipped.first().detail.endsWith(u"limit 1 MiB"_s), qPrintable(skipped.first().detail));
}

} // namespace greenlight

QTEST_MAIN(greenlight::tst_PreferencesDialog)
#include "tst_PreferencesDialog.moc"
