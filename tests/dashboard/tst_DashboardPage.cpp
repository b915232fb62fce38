#include <QBarSet>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

#include "DashboardFixture.h"
#include "MainWindow.h"
#include "dashboard/BurnUpChart.h"
#include "dashboard/FindingsChart.h"
#include "dashboard/ProgressChart.h"
#include "dashboard/ReadinessPanel.h"
#include "itemmodels/ChecklistFilterProxyModel.h"
#include "pages/ChecklistPage.h"
#include "pages/DashboardPage.h"
#include "templates/TemplateCatalog.h"
#include "widgets/FilterBar.h"
#include "widgets/MultiSelectButton.h"

using namespace Qt::StringLiterals;

namespace greenlight {

// The dashboard offscreen: the page alone on the fixture's MockClock (numbers, verdict,
// waivers), then inside the real MainWindow, where a mouse click on a chart element must
// leave the checklist showing exactly that element's items.
class tst_DashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheAssessment();
    void groupsByTemplate();
    void clickingAFailedSegmentFiltersTheChecklist();
    void clickingASeverityBarShowsItsItems();
    void refreshesAfterEditsOnlyWhenSeen();
    void waiverDoubleClickShowsItsItem();

private:
    std::unique_ptr<MainWindow> openWindow();
    static bool waitForRefresh(DashboardPage *page);
    static int rowOf(const ProgressChart *chart, const QString &sectionId);
    static void groupBy(DashboardPage *page, ProgressChart::Grouping grouping);

    std::unique_ptr<test::StoreFixture> m_store;
    TemplateCatalog m_catalog;
    qint64 m_assessment = 0;
};

void tst_DashboardPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"GreenlightTests"_s);
    QCoreApplication::setApplicationName(u"tst_DashboardPage"_s);
}

void tst_DashboardPage::init()
{
    QSettings().clear();
    m_store = std::make_unique<test::StoreFixture>();
    QVERIFY(m_store->openFresh());
    auto created = test::DashboardFixture().create(*m_store);
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    m_assessment = created.value();
}

void tst_DashboardPage::cleanup()
{
    m_store.reset();
}

bool tst_DashboardPage::waitForRefresh(DashboardPage *page)
{
    return QTest::qWaitFor([page] { return !page->isRefreshing() && !page->isStale(); }, 10000)
           && page->data().snapshot.assessmentId > 0;
}

int tst_DashboardPage::rowOf(const ProgressChart *chart, const QString &sectionId)
{
    for (int row = 0; row < chart->rows().size(); ++row) {
        if (chart->rows().at(row).sectionId == sectionId)
            return row;
    }
    return -1;
}

void tst_DashboardPage::groupBy(DashboardPage *page, ProgressChart::Grouping grouping)
{
    QComboBox *combo = page->groupingCombo();
    combo->setCurrentIndex(combo->findData(int(grouping)));
}

std::unique_ptr<MainWindow> tst_DashboardPage::openWindow()
{
    auto window = std::make_unique<MainWindow>(m_store->store(), m_catalog, m_store->path());
    window->resize(1360, 860);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

void tst_DashboardPage::showsTheAssessment()
{
    DashboardPage page(m_store->path(), m_store->clock());
    page.resize(1100, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy refreshed(&page, &DashboardPage::refreshed);
    page.loadAssessment(m_assessment);
    QVERIFY(waitForRefresh(&page));
    QCOMPARE(refreshed.count(), 1);

    const DashboardData &data = page.data();
    QVERIFY2(data.ok(), qPrintable(data.error));
    // A high item is failed without a waiver: not ready, and the panel says why.
    ReadinessPanel *panel = page.readinessPanel();
    QCOMPARE(panel->verdictLabel()->text(), verdictDisplayName(VerdictLevel::NotReady));
    QCOMPARE(panel->reasonsList()->count(),
             int(data.snapshot.verdict.blockers.size() + data.snapshot.verdict.fixes.size()
                 + data.snapshot.verdict.pendingSignoffs.size()));
    QCOMPARE(panel->reasonsList()->item(0)->text(), data.snapshot.verdict.blockers.first());
    QCOMPARE(panel->progressBar()->value(), 4); // B-002, A-003 (waived)
    QCOMPARE(panel->progressBar()->maximum(), 7);

    // By template first; three sections, top to bottom in checklist order, by section.
    ProgressChart *progress = page.progressChart();
    QCOMPARE(progress->grouping(), ProgressChart::Grouping::ByTemplate);
    QCOMPARE(progress->rows().size(), 2);
    groupBy(&page, ProgressChart::Grouping::BySection);
    QCOMPARE(progress->rows().size(), 3);
    const int first = rowOf(progress, progress->rows().first().sectionId);
    QCOMPARE(first, 0);
    const ProgressChart::Row &secrets = progress->rows().at(0);
    QCOMPARE(secrets.total, 3);
    QCOMPARE(secrets.counts[std::size_t(ProgressColumn::Fail)], 1);
    QCOMPARE(secrets.counts[std::size_t(ProgressColumn::Waived)], 1);
    // A-001 passed but has an open finding: a warning, not a pass.
    QCOMPARE(secrets.counts[std::size_t(ProgressColumn::Warning)]
                     + secrets.counts[std::size_t(ProgressColumn::Pass)],
             1);
    // Bars are drawn bottom-up: the top row is the set's last value.
    QBarSet *fail = progress->barSet(ProgressColumn::Fail);
    QCOMPARE(fail->count(), 3);
    QCOMPARE(fail->at(2), 1.0);
    QCOMPARE(progress->barSet(ProgressColumn::Waived)->at(2), 1.0);

    FindingsChart *findings = page.findingsChart();
    QCOMPARE(findings->count(Severity::High), 1);
    QCOMPARE(findings->count(Severity::Medium), 1);
    QCOMPARE(findings->count(Severity::Critical), 0);
    QCOMPARE(findings->barSet(Severity::High)->at(int(Severity::High)), 1.0);

    // Burn-up: the fixture did everything within the last minutes.
    QLineSeries *done = page.burnUpChart()->doneSeries();
    QVERIFY(done->count() >= 1);
    QCOMPARE(done->at(done->count() - 1).y(), 4.0);
    QCOMPARE(page.burnUpChart()->totalSeries()->at(done->count() - 1).y(), 7.0);

    // The waiver lapses in 5 days: listed. Sign-off roles all listed.
    QCOMPARE(page.waiversView()->topLevelItemCount(), 1);
    QVERIFY(page.waiversView()->topLevelItem(0)->text(0).startsWith(u"A-003"_s));
    QCOMPARE(page.signoffsView()->topLevelItemCount(), int(data.snapshot.signoffs.size()));
}

void tst_DashboardPage::groupsByTemplate()
{
    DashboardPage page(m_store->path(), m_store->clock());
    page.show();
    page.loadAssessment(m_assessment);
    QVERIFY(waitForRefresh(&page));
    groupBy(&page, ProgressChart::Grouping::BySection);
    groupBy(&page, ProgressChart::Grouping::ByTemplate);
    ProgressChart *progress = page.progressChart();
    QCOMPARE(progress->grouping(), ProgressChart::Grouping::ByTemplate);
    QCOMPARE(progress->rows().size(), 2);
    QCOMPARE(progress->rows().at(0).templateId, u"alpha"_s);
    QCOMPARE(progress->rows().at(0).total, 5);
    QCOMPARE(progress->rows().at(1).total, 2);
    // Done, but with open findings: A-001 (passed) and A-004 (not applicable) are warnings.
    ChecklistFilter filter = progress->filterFor(0, ProgressColumn::Warning);
    QVERIFY(filter.items);
    QCOMPARE(*filter.items, (QSet<QString>{u"alpha:A-001"_s, u"alpha:A-004"_s}));
    QCOMPARE(filter.statuses, (QSet<ItemStatus>{ItemStatus::Passed, ItemStatus::NotApplicable}));
    filter = progress->filterFor(1, ProgressColumn::Pass);
    QCOMPARE(*filter.items, QSet<QString>{u"beta:B-002"_s});
    QCOMPARE(filter.statuses, QSet<ItemStatus>{ItemStatus::Passed});
    filter = progress->filterFor(0, ProgressColumn::NotApplicable);
    QVERIFY(filter.items->isEmpty());
}

void tst_DashboardPage::clickingAFailedSegmentFiltersTheChecklist()
{
    auto window = openWindow();
    DashboardPage *page = window->dashboardPage();
    QCOMPARE(window->pageTabs()->currentWidget(), page);
    QVERIFY(waitForRefresh(page));

    groupBy(page, ProgressChart::Grouping::BySection);
    ProgressChart *chart = page->progressChart();
    const int row = 0; // alpha's first section: A-002 failed, A-003 waived
    const QPoint at = chart->segmentCentre(row, ProgressColumn::Fail);
    QVERIFY2(chart->viewport()->rect().contains(at), "the segment is off screen");
    QSignalSpy requested(page, &DashboardPage::itemsRequested);
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(requested.count(), 1);

    ChecklistPage *checklist = window->checklistPage();
    QCOMPARE(window->pageTabs()->currentWidget(), checklist);
    // Exactly the failed item: the waived one, also stored as failed, stays out.
    QCOMPARE(test::DashboardFixture::visibleItems(*checklist->proxy()),
             QStringList{u"alpha:A-002"_s});
    QCOMPARE(checklist->filterBar()->statusButton()->selectedValues(),
             QList<int>{int(ItemStatus::Failed)});
    QVERIFY(checklist->filterBar()->itemsChip()->isVisible());
    QVERIFY(checklist->filterBar()->itemsChip()->text().contains(chart->rows().at(row).label));
    QCOMPARE(checklist->currentItem()->key, u"A-002"_s);

    // The waived segment next: the other failed item, alone.
    window->pageTabs()->setCurrentWidget(page);
    QTest::mouseClick(chart->viewport(),
                      Qt::LeftButton,
                      {},
                      chart->segmentCentre(row, ProgressColumn::Waived));
    QCOMPARE(test::DashboardFixture::visibleItems(*checklist->proxy()),
             QStringList{u"alpha:A-003"_s});

    // The chip lifts the item set and keeps the status filter.
    QTest::mouseClick(checklist->filterBar()->itemsChip(), Qt::LeftButton);
    QCOMPARE(test::DashboardFixture::visibleItems(*checklist->proxy()),
             (QStringList{u"alpha:A-002"_s, u"alpha:A-003"_s}));
    QVERIFY(!checklist->filterBar()->itemsChip()->isVisible());
}

void tst_DashboardPage::clickingASeverityBarShowsItsItems()
{
    auto window = openWindow();
    DashboardPage *page = window->dashboardPage();
    QVERIFY(waitForRefresh(page));
    FindingsChart *chart = page->findingsChart();

    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, chart->barCentre(Severity::High));
    ChecklistPage *checklist = window->checklistPage();
    QCOMPARE(window->pageTabs()->currentWidget(), checklist);
    QCOMPARE(test::DashboardFixture::visibleItems(*checklist->proxy()),
             QStringList{u"alpha:A-004"_s});

    // The medium finding names A-001, which both templates have.
    window->pageTabs()->setCurrentWidget(page);
    QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, chart->barCentre(Severity::Medium));
    QCOMPARE(test::DashboardFixture::visibleItems(*checklist->proxy()),
             (QStringList{u"alpha:A-001"_s, u"beta:A-001"_s}));

    // A severity without findings has no bar to click: nothing changes.
    window->pageTabs()->setCurrentWidget(page);
    QSignalSpy requested(page, &DashboardPage::itemsRequested);
    emit chart->barSet(Severity::Critical)->clicked(int(Severity::Critical));
    QCOMPARE(requested.count(), 0);
}

void tst_DashboardPage::refreshesAfterEditsOnlyWhenSeen()
{
    auto window = openWindow();
    DashboardPage *page = window->dashboardPage();
    QVERIFY(waitForRefresh(page));
    QCOMPARE(page->data().snapshot.summary.failed, 1);

    // Edited on the checklist while the dashboard is hidden: marked stale, not read.
    ChecklistPage *checklist = window->checklistPage();
    window->pageTabs()->setCurrentWidget(checklist);
    QVERIFY(checklist->selectItemByKey(u"alpha:A-002"_s));
    QSignalSpy refreshed(page, &DashboardPage::refreshed);
    QVERIFY(checklist->setCurrentItemStatus(ItemStatus::Passed));
    QVERIFY(page->isStale());
    QTest::qWait(DashboardPage::RefreshDelayMs + 100);
    QCOMPARE(refreshed.count(), 0);

    // Shown again: read once, with the edit.
    window->pageTabs()->setCurrentWidget(page);
    QVERIFY(waitForRefresh(page));
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(page->data().snapshot.summary.failed, 0);
    QCOMPARE(page->readinessPanel()->progressBar()->value(), 5);

    // Visible: a burst of edits is read once, after the pause.
    page->scheduleRefresh();
    page->scheduleRefresh();
    page->scheduleRefresh();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 2, 5000);
    QTest::qWait(DashboardPage::RefreshDelayMs + 100);
    QCOMPARE(refreshed.count(), 2);
}

void tst_DashboardPage::waiverDoubleClickShowsItsItem()
{
    DashboardPage page(m_store->path(), m_store->clock());
    page.show();
    page.loadAssessment(m_assessment);
    QVERIFY(waitForRefresh(&page));
    QSignalSpy requested(&page, &DashboardPage::itemsRequested);
    QTreeWidget *waivers = page.waiversView();
    QCOMPARE(waivers->topLevelItemCount(), 1);
    emit waivers->itemActivated(waivers->topLevelItem(0), 0);
    QCOMPARE(requested.count(), 1);
    const auto filter = requested.first().first().value<ChecklistFilter>();
    QVERIFY(filter.items);
    QCOMPARE(*filter.items, QSet<QString>{u"A-003"_s});
}

} // namespace greenlight

QTEST_MAIN(greenlight::tst_DashboardPage)
#include "tst_DashboardPage.moc"
