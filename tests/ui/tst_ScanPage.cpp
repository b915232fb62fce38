#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTreeView>
#include <QUndoStack>

#include "StoreFixture.h"
#include "TemplateFixtures.h"
#include "TreeBuilder.h"
#include "itemmodels/FindingsFilterProxyModel.h"
#include "itemmodels/FindingsModel.h"
#include "itemmodels/ScanHistoryModel.h"
#include "pages/ChecklistPage.h"
#include "pages/ScanPage.h"
#include "store/ScanStore.h"
#include "widgets/FindingDetailView.h"
#include "widgets/FindingsFilterBar.h"
#include "widgets/ItemDetailPane.h"
#include "widgets/ScanControls.h"
#include "widgets/ScanEvidencePanel.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

const QString CopyRule = u"docker.copy-without-dockerignore"_s;
constexpr int ScanTimeoutMs = 60000;

// Seed 001's mistake: the whole build context, .git and .env included, copied into the
// image because there is no .dockerignore.
const QByteArray Dockerfile = "FROM python:3.12-slim\n"
                              "WORKDIR /app\n"
                              "COPY . .\n"
                              "USER app\n"
                              "CMD [\"python\", \"app.py\"]\n";

} // namespace

// Drives the real Scan page offscreen: the Start and Cancel buttons, the progress UI, the
// findings table, the detail view and the history, over a real store and a real scan of a
// fixture repository; and the checklist's side: suggestion, Apply, back-links.
class tst_ScanPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void startsWithRepositoryOfAssessment();
    void scanFindsDockerfileFindingAndRecordsIt();
    void rescanAfterFixMarksFindingFixed();
    void detailShowsContextAndLinksToItems();
    void filtersNarrowTheTable();
    void cancelReturnsToIdleQuickly();
    void missingRepositoryIsAnError();
    void checklistShowsSuggestionAndAppliesIt();

private:
    bool runScan(ScanPage &page);
    int rowOfRule(const ScanPage &page, const QString &ruleId) const;
    std::unique_ptr<ScanPage> makePage();

    std::unique_ptr<test::StoreFixture> m_fixture;
    std::unique_ptr<ScanStore> m_scans;
    std::unique_ptr<test::TreeBuilder> m_tree;
    qint64 m_assessment = 0;
};

void tst_ScanPage::init()
{
    m_fixture = std::make_unique<test::StoreFixture>();
    QVERIFY(m_fixture->openFresh().ok());
    m_scans = std::make_unique<ScanStore>(m_fixture->db(), m_fixture->clock());
    m_tree = std::make_unique<test::TreeBuilder>();
    QVERIFY(m_tree->write({{u"Dockerfile"_s, Dockerfile},
                           {u"app.py"_s, "print('ready')\n"},
                           {u"README.md"_s, "# Orders\n"}}));

    NewAssessment assessment = test::StoreFixture::payments(u"Orders 1.0"_s, false);
    assessment.repositoryPath = m_tree->root();
    // A-005 is the checklist item the .dockerignore rule bears on.
    for (TemplateSection &section : assessment.templates.first().sections) {
        for (TemplateItem &item : section.items) {
            if (item.id == u"A-005"_s)
                item.checks = {CopyRule};
        }
    }
    auto created = m_fixture->store().createAssessment(assessment, u"alice"_s);
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    m_assessment = created.value();
}

void tst_ScanPage::cleanup()
{
    m_tree.reset();
    m_scans.reset();
    m_fixture.reset();
}

std::unique_ptr<ScanPage> tst_ScanPage::makePage()
{
    auto page = std::make_unique<ScanPage>(m_fixture->store(), *m_scans, nullptr);
    page->resize(1200, 800);
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()))
        qWarning("page not exposed");
    if (auto loaded = page->loadAssessment(m_assessment); !loaded)
        qWarning("%s", qPrintable(loaded.errorMessage()));
    return page;
}

bool tst_ScanPage::runScan(ScanPage &page)
{
    QSignalSpy recorded(&page, &ScanPage::scanRecorded);
    QPushButton *start = page.controls()->startButton();
    if (!start->isEnabled())
        return false;
    QTest::mouseClick(start, Qt::LeftButton);
    if (!page.isScanning() || page.controls()->startButton()->isEnabled()
        || !page.controls()->cancelButton()->isEnabled())
        return false;
    return recorded.wait(ScanTimeoutMs) || recorded.size() == 1;
}

int tst_ScanPage::rowOfRule(const ScanPage &page, const QString &ruleId) const
{
    const FindingsModel *model = page.findingsModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->recordAt(row).finding.ruleId == ruleId)
            return row;
    }
    return -1;
}

void tst_ScanPage::startsWithRepositoryOfAssessment()
{
    auto page = makePage();
    QCOMPARE(page->controls()->repositoryPath(), QDir::cleanPath(m_tree->root()));
    QVERIFY(page->controls()->startButton()->isEnabled());
    QVERIFY(!page->controls()->cancelButton()->isEnabled());
    QVERIFY(page->startAction()->isEnabled());
    QCOMPARE(page->historyModel()->rowCount(), 0);
    QCOMPARE(page->findingsModel()->rowCount(), 0);

    page->clear();
    QVERIFY(!page->controls()->startButton()->isEnabled());
    QVERIFY(!page->startScan());
}

void tst_ScanPage::scanFindsDockerfileFindingAndRecordsIt()
{
    auto page = makePage();
    QSignalSpy started(page.get(), &ScanPage::scanStarted);
    QVERIFY(runScan(*page));
    QCOMPARE(started.size(), 1);
    QVERIFY(!page->isScanning());

    // Idle again, progress complete, summary in place of the live counts.
    QVERIFY(page->controls()->startButton()->isEnabled());
    QVERIFY(!page->controls()->cancelButton()->isEnabled());
    const QProgressBar *bar = page->controls()->progressBar();
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY2(page->controls()->countsLabel()->text().contains(u"1 new"_s)
                     || page->controls()->countsLabel()->text().contains(u" new"_s),
             qPrintable(page->controls()->countsLabel()->text()));

    // The finding, recorded: state New, linked to the checklist item.
    const int row = rowOfRule(*page, CopyRule);
    QVERIFY2(row >= 0, "the .dockerignore finding is in the table");
    QVERIFY(page->findingsModel()->isRecorded());
    const FindingRecord &record = page->findingsModel()->recordAt(row);
    QCOMPARE(record.state, FindingState::New);
    QCOMPARE(record.finding.location.path, u"Dockerfile"_s);
    QCOMPARE(record.finding.location.line, 3);
    QVERIFY(record.finding.itemKeys.contains(u"A-005"_s));
    QCOMPARE(page->findingsView()->model()->rowCount(), page->findingsModel()->rowCount());

    // History: one scan with the counts.
    const ScanHistoryModel *history = page->historyModel();
    QCOMPARE(history->rowCount(), 1);
    const ScanRecord scan = *history->scanAt(0);
    QCOMPARE(scan.newCount, page->findingsModel()->rowCount());
    QCOMPARE(scan.fixedCount, 0);
    QCOMPARE(scan.metadata.filesScanned, 3);
    QVERIFY(!scan.metadata.cancelled);
    QCOMPARE(page->historyView()->currentIndex().row(), 0);
}

void tst_ScanPage::rescanAfterFixMarksFindingFixed()
{
    auto page = makePage();
    QVERIFY(runScan(*page));
    QVERIFY(rowOfRule(*page, CopyRule) >= 0);

    QVERIFY(m_tree->writeFile(u".dockerignore"_s, ".git\n.env\n"));
    QVERIFY(runScan(*page));
    const int row = rowOfRule(*page, CopyRule);
    QVERIFY2(row >= 0, "a fixed finding stays listed, marked Fixed");
    QCOMPARE(page->findingsModel()->recordAt(row).state, FindingState::Fixed);
    QCOMPARE(page->findingsModel()->index(row, FindingsModel::StateColumn).data().toString(),
             findingStateDisplayName(FindingState::Fixed));

    QCOMPARE(page->historyModel()->rowCount(), 2);
    const ScanRecord latest = *page->historyModel()->scanAt(0);
    QVERIFY(latest.fixedCount >= 1);
    QCOMPARE(latest.newCount, 0);

    // The first scan's own findings, from the history.
    page->historyView()->selectRow(1);
    const int old = rowOfRule(*page, CopyRule);
    QVERIFY(old >= 0);
    QVERIFY(page->findingsModel()->rowCount() >= 1);

    // A reloaded page shows the same: latest scan first, the fix included.
    auto reloaded = makePage();
    QCOMPARE(reloaded->historyModel()->rowCount(), 2);
    QCOMPARE(reloaded->findingsModel()->recordAt(rowOfRule(*reloaded, CopyRule)).state,
             FindingState::Fixed);
}

void tst_ScanPage::detailShowsContextAndLinksToItems()
{
    auto page = makePage();
    QVERIFY(runScan(*page));
    FindingDetailView *detail = page->detailView();
    QSignalSpy shown(detail, &FindingDetailView::contextShown);
    QVERIFY(page->showFinding(
            page->findingsModel()->recordAt(rowOfRule(*page, CopyRule)).finding.fingerprint));
    QVERIFY(detail->hasFinding());
    QVERIFY(shown.wait(5000) || shown.size() == 1);
    QVERIFY(!detail->isLoadingContext());
    QCOMPARE(detail->locationLabel()->text(), u"Dockerfile:3"_s);
    const QString context = detail->contextView()->toPlainText();
    QVERIFY2(context.contains(u"1  FROM python:3.12-slim"_s), qPrintable(context));
    QVERIFY2(context.contains(u"3  COPY . ."_s), qPrintable(context));
    QVERIFY(context.contains(u"5  CMD"_s));
    // The finding's line is highlighted (besides the muted line numbers).
    bool highlighted = false;
    for (const QTextEdit::ExtraSelection &selection : detail->contextView()->extraSelections()) {
        if (selection.format.property(QTextFormat::FullWidthSelection).toBool())
            highlighted = selection.cursor.block().text().contains(u"COPY . ."_s);
    }
    QVERIFY(highlighted);

    QVERIFY(detail->itemsLabel()->text().contains(u"A-005"_s));
    QVERIFY(detail->itemsLabel()->text().contains(u"dockerignore excludes"_s)); // the title
    QSignalSpy activated(page.get(), &ScanPage::itemActivated);
    emit detail->itemsLabel()->linkActivated(u"A-005"_s);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), u"A-005"_s);
}

void tst_ScanPage::filtersNarrowTheTable()
{
    QVERIFY(m_tree->writeFile(u"worker/Dockerfile"_s, "FROM alpine\nCOPY . .\n"));
    auto page = makePage();
    QVERIFY(runScan(*page));
    const int total = page->findingsModel()->rowCount();
    QVERIFY(total >= 2);
    QAbstractItemModel *shown = page->findingsView()->model();

    FindingsFilterBar *bar = page->filterBar();
    QTest::keyClicks(bar->pathField(), u"worker/"_s);
    QVERIFY(shown->rowCount() >= 1);
    QVERIFY(shown->rowCount() < total);
    for (int row = 0; row < shown->rowCount(); ++row)
        QVERIFY(shown->index(row, 0)
                        .data(FindingsModel::PathRole)
                        .toString()
                        .startsWith(u"worker/"_s));
    bar->clearFilters();
    QCOMPARE(shown->rowCount(), total);

    const int rule = bar->ruleCombo()->findData(CopyRule);
    QVERIFY(rule > 0);
    bar->ruleCombo()->setCurrentIndex(rule);
    QCOMPARE(shown->rowCount(), 2); // both Dockerfiles
    QVERIFY(bar->countLabel()->text().contains(u"2 of"_s));

    QTest::keyClicks(bar->searchField(), u"no-such-words"_s);
    QCOMPARE(shown->rowCount(), 0);
    bar->clearFilters();
    QCOMPARE(shown->rowCount(), total);
}

void tst_ScanPage::cancelReturnsToIdleQuickly()
{
    // Enough files that the scan is still walking when Cancel is clicked.
    test::TreeBuilder::Tree big;
    for (int i = 0; i < 4000; ++i) {
        big.insert(u"src/pkg%1/module%2.py"_s.arg(i % 40).arg(i),
                   QByteArray("import os\n").repeated(40));
    }
    QVERIFY(m_tree->write(big));
    auto page = makePage();
    QSignalSpy ended(page.get(), &ScanPage::scanEnded);
    QSignalSpy recorded(page.get(), &ScanPage::scanRecorded);
    QTest::mouseClick(page->controls()->startButton(), Qt::LeftButton);
    QVERIFY(page->isScanning());
    QTest::mouseClick(page->controls()->cancelButton(), Qt::LeftButton);
    QElapsedTimer sinceCancel;
    sinceCancel.start();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isScanning(), 1000);
    QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, 1000);
    QVERIFY2(sinceCancel.elapsed() < 1000, qPrintable(QString::number(sinceCancel.elapsed())));
    QVERIFY(page->controls()->startButton()->isEnabled());
    QVERIFY(!page->controls()->cancelButton()->isEnabled());
    QVERIFY(!page->controls()->pathEdit()->isReadOnly());

    // A cancelled scan is recorded as such: it saw only part of the tree.
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(page->historyModel()->rowCount(), 1);
    QVERIFY(page->historyModel()->scanAt(0)->metadata.cancelled);
    QVERIFY(page->controls()->countsLabel()->text().contains(u"cancelled"_s));
}

void tst_ScanPage::missingRepositoryIsAnError()
{
    auto page = makePage();
    QSignalSpy errors(page.get(), &ScanPage::errorOccurred);
    QSignalSpy ended(page.get(), &ScanPage::scanEnded);
    page->controls()->setRepositoryPath(m_tree->filePath(u"does-not-exist"_s));
    QTest::mouseClick(page->controls()->startButton(), Qt::LeftButton);
    QVERIFY(ended.wait(ScanTimeoutMs) || ended.size() == 1);
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().first().toString().contains(u"does-not-exist"_s));
    QVERIFY(!page->isScanning());
    QCOMPARE(page->historyModel()->rowCount(), 0);
    QVERIFY(page->controls()->startButton()->isEnabled());
}

void tst_ScanPage::checklistShowsSuggestionAndAppliesIt()
{
    auto page = makePage();
    QVERIFY(runScan(*page));

    QUndoStack undo;
    ChecklistPage checklist(m_fixture->store(), undo);
    checklist.resize(1200, 800);
    checklist.show();
    QVERIFY(checklist.loadAssessment(m_assessment).ok());
    checklist.setScanStore(m_scans.get());
    QVERIFY(checklist.selectItemByKey(u"A-005"_s));

    ScanEvidencePanel *panel = checklist.detailPane()->scanEvidencePanel();
    QVERIFY(panel->isVisible());
    QVERIFY2(panel->summaryLabel()->text().contains(u"Scan suggests"_s),
             qPrintable(panel->summaryLabel()->text()));
    QVERIFY(panel->summaryLabel()->text().contains(itemStatusDisplayName(ItemStatus::Failed)));
    QVERIFY(panel->summaryLabel()->text().contains(CopyRule));
    QVERIFY(panel->applyButton()->isVisible());
    QCOMPARE(panel->findingsList()->count(), 1);
    QVERIFY(panel->findingsList()->item(0)->text().startsWith(u"Dockerfile:3"_s));

    // Double-click on the finding: the window opens it on the Scan page.
    QSignalSpy opened(&checklist, &ChecklistPage::findingActivated);
    emit panel->findingsList()->itemActivated(panel->findingsList()->item(0));
    QCOMPARE(opened.size(), 1);
    QVERIFY(page->showFinding(opened.first().first().toString()));
    QCOMPARE(page->detailView()->fingerprint(), opened.first().first().toString());

    // Apply: one audited, undoable edit of status and note.
    QTest::mouseClick(panel->applyButton(), Qt::LeftButton);
    const ItemRecord applied = m_fixture->itemByKey(m_assessment, u"A-005"_s);
    QCOMPARE(applied.status, ItemStatus::Failed);
    QVERIFY2(applied.note.contains(CopyRule + u" Dockerfile:3"_s), qPrintable(applied.note));
    QCOMPARE(undo.count(), 1);
    QVERIFY(!panel->applyButton()->isVisible());
    QVERIFY(panel->summaryLabel()->text().contains(u"Scan agrees"_s));

    undo.undo();
    QCOMPARE(m_fixture->itemByKey(m_assessment, u"A-005"_s).status, ItemStatus::NotStarted);
    QVERIFY(panel->applyButton()->isVisible());

    // Items without checks show no scan panel; fixing the finding flips the suggestion.
    QVERIFY(checklist.selectItemByKey(u"A-001"_s));
    QVERIFY(!panel->isVisible());
    QVERIFY(m_tree->writeFile(u".dockerignore"_s, ".git\n.env\n"));
    QVERIFY(runScan(*page));
    checklist.refreshScanEvidence();
    QVERIFY(checklist.selectItemByKey(u"A-005"_s));
    QVERIFY(panel->summaryLabel()->text().contains(itemStatusDisplayName(ItemStatus::Passed)));
    QCOMPARE(panel->findingsList()->count(), 0);
}

} // namespace greenlight

QTEST_MAIN(greenlight::tst_ScanPage)
#include "tst_ScanPage.moc"
