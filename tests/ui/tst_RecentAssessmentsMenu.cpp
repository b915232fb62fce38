#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "MainWindow.h"
#include "MockClock.h"
#include "RecentAssessmentsMenu.h"
#include "core/RecentAssessments.h"
#include "itemmodels/AssessmentListModel.h"
#include "pages/WelcomePage.h"
#include "store/AssessmentStore.h"
#include "store/Database.h"
#include "templates/TemplateCatalog.h"
#include "widgets/MessageBar.h"

using namespace Qt::StringLiterals;

namespace greenlight {

using Entry = RecentAssessments::Entry;

// File → Open Recent and the welcome page's Recent list, driven in the real window offscreen.
// Starting another Greenlight is recorded by a launcher the test installs instead.
class tst_RecentAssessmentsMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void openedAssessmentsAreListedMostRecentFirst();
    void entryOfThisStoreSelectsIt();
    void entryOfAnotherStoreStartsGreenlightOnIt();
    void deletedAssessmentLeavesTheListWithAMessage();
    void missingStoreLeavesTheListWithAMessage();
    void deletingInThisWindowDropsTheEntry();
    void clearMenuEmptiesTheList();
    void welcomePageListsRecentAssessments();
    void openByIdAtStart();

private:
    struct Launch
    {
        QString program;
        QStringList arguments;
    };

    std::unique_ptr<MainWindow> showWindow();
    qint64 createAssessment(AssessmentStore &store, const QString &system, const QString &release);
    // The menu as a user sees it when opening File → Open Recent.
    QList<QAction *> menuEntries(MainWindow &window);
    QString otherStore(qint64 *assessmentId); // a second store with one assessment

    QTemporaryDir m_dir;
    test::MockClock m_clock;
    TemplateCatalog m_catalog;
    QString m_path;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AssessmentStore> m_store;
    QList<Launch> m_launches;
};

void tst_RecentAssessmentsMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"GreenlightTests"_s);
    QCoreApplication::setApplicationName(u"tst_RecentAssessmentsMenu"_s);
    qputenv("GREENLIGHT_USER", "tester");
    m_catalog.load({TemplateCatalog::builtInDirectory()});
    QVERIFY(!m_catalog.templates().isEmpty());
    QVERIFY(m_dir.isValid());
}

void tst_RecentAssessmentsMenu::init()
{
    QSettings().clear();
    m_launches.clear();
    static int n = 0;
    m_path = m_dir.filePath(u"store-%1.sqlite"_s.arg(++n));
    auto opened = Database::open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_database = std::move(opened).value();
    m_store = std::make_unique<AssessmentStore>(*m_database, m_clock);
}

void tst_RecentAssessmentsMenu::cleanup()
{
    m_store.reset();
    m_database.reset();
}

std::unique_ptr<MainWindow> tst_RecentAssessmentsMenu::showWindow()
{
    auto window = std::make_unique<MainWindow>(*m_store, m_catalog, m_path);
    window->recentAssessments()->setLauncher(
            [this](const QString &program, const QStringList &arguments) {
                m_launches.append({program, arguments});
                return true;
            });
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window not active");
    return window;
}

qint64 tst_RecentAssessmentsMenu::createAssessment(AssessmentStore &store,
                                                   const QString &system,
                                                   const QString &release)
{
    NewAssessment assessment;
    assessment.name = system + u' ' + release;
    assessment.system = system;
    assessment.release = release;
    assessment.templates = {m_catalog.templates().first()};
    m_clock.advanceSeconds(60); // the list shows the newest first
    auto created = store.createAssessment(assessment, u"tester"_s);
    return created ? created.value() : 0;
}

QList<QAction *> tst_RecentAssessmentsMenu::menuEntries(MainWindow &window)
{
    QMenu *menu = window.recentAssessments()->menu();
    emit menu->aboutToShow(); // re-reads the list, as opening the menu does
    QList<QAction *> entries;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator() && action != window.recentAssessments()->clearAction())
            entries.append(action);
    }
    return entries;
}

QString tst_RecentAssessmentsMenu::otherStore(qint64 *assessmentId)
{
    static int n = 0;
    const QString path = m_dir.filePath(u"other-%1.sqlite"_s.arg(++n));
    auto opened = Database::open(path);
    if (!opened)
        return {};
    AssessmentStore store(*opened.value(), m_clock);
    *assessmentId = createAssessment(store, u"Search"_s, u"3.1"_s);
    return path;
}

void tst_RecentAssessmentsMenu::openedAssessmentsAreListedMostRecentFirst()
{
    const qint64 payments = createAssessment(*m_store, u"Payments API"_s, u"2.4.0"_s);
    const qint64 orders = createAssessment(*m_store, u"Orders & Billing"_s, u"1.0"_s);
    auto window = showWindow();
    QCOMPARE(window->currentAssessmentId(), std::optional<qint64>(orders)); // newest first
    window->selectAssessment(payments);

    const QList<Entry> entries = window->recentAssessments()->entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0), (Entry{m_path, payments, u"Payments API — 2.4.0"_s}));
    QCOMPARE(entries.at(1), (Entry{m_path, orders, u"Orders & Billing — 1.0"_s}));
    const QList<QAction *> actions = menuEntries(*window);
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions.at(0)->text(), u"&1 Payments API — 2.4.0"_s);
    QCOMPARE(actions.at(1)->text(), u"&2 Orders && Billing — 1.0"_s); // "&" is no mnemonic
    QCOMPARE(actions.at(0)->toolTip(), QDir::toNativeSeparators(m_path));
    QVERIFY(window->recentAssessments()->clearAction()->isEnabled());
}

void tst_RecentAssessmentsMenu::entryOfThisStoreSelectsIt()
{
    const qint64 payments = createAssessment(*m_store, u"Payments API"_s, u"2.4.0"_s);
    const qint64 orders = createAssessment(*m_store, u"Orders"_s, u"1.0"_s);
    auto window = showWindow();
    window->selectAssessment(payments);
    window->selectAssessment(orders);
    QList<QAction *> actions = menuEntries(*window);
    QCOMPARE(actions.at(1)->text(), u"&2 Payments API — 2.4.0"_s);
    actions.at(1)->trigger();
    QCOMPARE(window->currentAssessmentId(), std::optional<qint64>(payments));
    QVERIFY(m_launches.isEmpty());
    // Opening it moved it to the top.
    QCOMPARE(menuEntries(*window).first()->text(), u"&1 Payments API — 2.4.0"_s);
}

void tst_RecentAssessmentsMenu::entryOfAnotherStoreStartsGreenlightOnIt()
{
    const qint64 here = createAssessment(*m_store, u"Payments API"_s, u"2.4.0"_s);
    qint64 there = 0;
    const QString other = otherStore(&there);
    QVERIFY(!other.isEmpty() && there > 0);
    RecentAssessments recent = RecentAssessments::load();
    recent.touch({other, there, u"Search — 3.1"_s});
    recent.save();

    auto window = showWindow();
    const QList<QAction *> actions = menuEntries(*window);
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions.at(0)->text(), u"&1 Payments API — 2.4.0"_s);
    QCOMPARE(actions.at(1)->text(), u"&2 Search — 3.1 (%1)"_s.arg(QFileInfo(other).fileName()));
    actions.at(1)->trigger();

    QCOMPARE(m_launches.size(), 1);
    QCOMPARE(m_launches.first().program, QCoreApplication::applicationFilePath());
    QCOMPARE(m_launches.first().arguments,
             (QStringList{u"--db"_s, other, u"--assessment"_s, QString::number(there)}));
    QCOMPARE(window->currentAssessmentId(), std::optional<qint64>(here)); // this window stays
    QVERIFY(!window->messageBar()->isVisible());
}

void tst_RecentAssessmentsMenu::deletedAssessmentLeavesTheListWithAMessage()
{
    const qint64 payments = createAssessment(*m_store, u"Payments API"_s, u"2.4.0"_s);
    const qint64 orders = createAssessment(*m_store, u"Orders"_s, u"1.0"_s);
    auto window = showWindow();
    window->selectAssessment(payments);
    window->selectAssessment(orders);
    // Another Greenlight window deletes Payments meanwhile (a connection of its own).
    {
        auto opened = Database::open(m_path);
        QVERIFY(opened.ok());
        AssessmentStore elsewhere(*opened.value(), m_clock);
        QVERIFY(elsewhere.deleteAssessment(payments, u"someone"_s).ok());
    }
    QList<QAction *> actions = menuEntries(*window);
    QCOMPARE(actions.size(), 2);
    actions.at(1)->trigger();

    QVERIFY(window->messageBar()->isVisible());
    QCOMPARE(window->messageBar()->kind(), MessageBar::Kind::Warning);
    QVERIFY2(window->messageBar()->text().contains(u"“Payments API — 2.4.0” no longer exists"_s),
             qPrintable(window->messageBar()->text()));
    QCOMPARE(window->currentAssessmentId(), std::optional<qint64>(orders));
    QCOMPARE(window->assessmentModel()->rowOf(payments), -1); // the list caught up too
    actions = menuEntries(*window);
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions.first()->text(), u"&1 Orders — 1.0"_s);
    QVERIFY(m_launches.isEmpty());
}

void tst_RecentAssessmentsMenu::missingStoreLeavesTheListWithAMessage()
{
    createAssessment(*m_store, u"Payments API"_s, u"2.4.0"_s);
    qint64 there = 0;
    const QString other = otherStore(&there);
    auto window = showWindow();
    const Entry entry{other, there, u"Search — 3.1"_s};
    RecentAssessments recent = RecentAssessments::load();
    recent.touch(entry);
    recent.save();
    QCOMPARE(menuEntries(*window).size(), 2);

    // Moved away after the menu was built: choosing it starts nothing (Greenlight would create
    // an empty store there) and says why it went.
    QVERIFY(QFile::rename(other, other + u".moved"_s));
    window->recentAssessments()->open(entry);
    QVERIFY(m_launches.isEmpty());
    QVERIFY2(window->messageBar()->text().contains(u"no longer exists"_s),
             qPrintable(window->messageBar()->text()));
    QCOMPARE(window->recentAssessments()->entries().size(), 1);

    // Entries of stores that went away are not offered at all.
    recent = RecentAssessments::load();
    recent.touch(entry);
    recent.save();
    QCOMPARE(menuEntries(*window).size(), 1);
}

void tst_RecentAssessmentsMenu::deletingInThisWindowDropsTheEntry()
{
    const qint64 payments = createAssessment(*m_store, u"Payments API"_s, u"2.4.0"_s);
    const qint64 orders = createAssessment(*m_store, u"Orders"_s, u"1.0"_s);
    auto window = showWindow();
    window->selectAssessment(payments);
    QCOMPARE(window->recentAssessments()->entries().size(), 2);
    QVERIFY(window->assessmentModel()->deleteAssessment(payments, u"tester"_s).ok());
    const QList<Entry> entries = window->recentAssessments()->entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().assessmentId, orders);
    QVERIFY(!window->messageBar()->isVisible()); // the user did it: nothing to report
}

void tst_RecentAssessmentsMenu::clearMenuEmptiesTheList()
{
    createAssessment(*m_store, u"Payments API"_s, u"2.4.0"_s);
    auto window = showWindow();
    QCOMPARE(menuEntries(*window).size(), 1);
    window->recentAssessments()->clearAction()->trigger();
    QVERIFY(RecentAssessments::load().isEmpty());
    const QList<QAction *> actions = menuEntries(*window);
    QCOMPARE(actions.size(), 1);
    QCOMPARE(actions.first()->text(), u"No Recent Assessments"_s);
    QVERIFY(!actions.first()->isEnabled());
    QVERIFY(!window->recentAssessments()->clearAction()->isEnabled());
    QCOMPARE(m_store->assessments()->size(), 1); // nothing was deleted
}

void tst_RecentAssessmentsMenu::welcomePageListsRecentAssessments()
{
    qint64 there = 0;
    const QString other = otherStore(&there);
    auto window = showWindow();
    QVERIFY(window->isWelcomeShown());
    QListWidget *list = window->welcomePage()->recentList();
    QVERIFY(!list->isVisible()); // nothing recent yet

    RecentAssessments recent = RecentAssessments::load();
    recent.touch({other, there, u"Search — 3.1"_s});
    recent.save();
    emit window->recentAssessments()->menu()->aboutToShow();
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), u"Search — 3.1 (%1)"_s.arg(QFileInfo(other).fileName()));
    QVERIFY(!list->accessibleName().isEmpty());
    QVERIFY(!list->accessibleDescription().isEmpty());

    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(m_launches.size(), 1);
    QCOMPARE(m_launches.first().arguments,
             (QStringList{u"--db"_s, other, u"--assessment"_s, QString::number(there)}));
}

void tst_RecentAssessmentsMenu::openByIdAtStart()
{
    const qint64 payments = createAssessment(*m_store, u"Payments API"_s, u"2.4.0"_s);
    const qint64 orders = createAssessment(*m_store, u"Orders"_s, u"1.0"_s);
    auto window = showWindow();
    QCOMPARE(window->currentAssessmentId(), std::optional<qint64>(orders));
    QVERIFY(window->openAssessmentById(payments));
    QCOMPARE(window->currentAssessmentId(), std::optional<qint64>(payments));
    QCOMPARE(window->recentAssessments()->entries().first().assessmentId, payments);

    QVERIFY(!window->openAssessmentById(9999));
    QCOMPARE(window->currentAssessmentId(), std::optional<qint64>(payments));
    QVERIFY2(window->messageBar()->text().contains(u"no assessment 9999"_s),
             qPrintable(window->messageBar()->text()));
}

} // namespace greenlight

QTEST_MAIN(greenlight::tst_RecentAssessmentsMenu)
#include "tst_RecentAssessmentsMenu.moc"
