#include "ScanPage.h"

#include <QAction>
#include <QDataStream>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "domain/Identity.h"
#include "itemmodels/FindingsFilterProxyModel.h"
#include "itemmodels/FindingsModel.h"
#include "itemmodels/ScanHistoryModel.h"
#include "scan/ScanJob.h"
#include "scan/ScanRecording.h"
#include "scan/ScanSetup.h"
#include "store/AssessmentStore.h"
#include "store/ScanStore.h"
#include "widgets/Accessibility.h"
#include "widgets/DetailLabels.h"
#include "widgets/FindingDetailView.h"
#include "widgets/FindingsDelegate.h"
#include "widgets/FindingsFilterBar.h"
#include "widgets/ScanControls.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

constexpr quint32 StateMagic = 0x474c5350; // "GLSP"
constexpr quint32 StateVersion = 1;

QTableView *newTable(QWidget *parent, const QString &objectName)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setShowGrid(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

} // namespace

ScanPage::ScanPage(AssessmentStore &store,
                   ScanStore &scanStore,
                   const TemplateCatalog *catalog,
                   QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_scanStore(scanStore)
    , m_catalog(catalog)
    , m_job(new ScanJob(this))
    , m_findings(new FindingsModel(this))
    , m_proxy(new FindingsFilterProxyModel(this))
    , m_history(new ScanHistoryModel(scanStore, this))
    , m_controls(new ScanControls(this))
    , m_filterBar(new FindingsFilterBar(*m_proxy, this))
    , m_detail(new FindingDetailView(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_leftSplitter(new QSplitter(Qt::Vertical, this))
    , m_startAction(new QAction(tr("&Start Scan"), this))
    , m_cancelAction(new QAction(tr("&Cancel Scan"), this))
{
    setObjectName(u"scanPage"_s);
    setAccessibleName(tr("Scan page"));
    m_proxy->setSourceModel(m_findings);
    m_startAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_cancelAction->setShortcut(QKeySequence::Cancel);
    // Escape cancels only while the user is on this page, never from the checklist.
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_cancelAction);

    m_leftSplitter->setObjectName(u"scanFindingsSplitter"_s);
    m_leftSplitter->addWidget(buildFindingsPanel());
    m_leftSplitter->addWidget(buildHistoryPanel());
    m_leftSplitter->setStretchFactor(0, 3);
    m_leftSplitter->setStretchFactor(1, 1);
    m_leftSplitter->setChildrenCollapsible(false);
    m_leftSplitter->setSizes({520, 170});
    m_splitter->setObjectName(u"scanSplitter"_s);
    m_splitter->addWidget(m_leftSplitter);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({760, 420});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(8);
    layout->addWidget(m_controls);
    layout->addWidget(m_splitter, 1);

    connect(m_startAction, &QAction::triggered, this, &ScanPage::startScan);
    connect(m_cancelAction, &QAction::triggered, this, &ScanPage::cancelScan);
    connect(m_controls, &ScanControls::startRequested, this, &ScanPage::startScan);
    connect(m_controls, &ScanControls::cancelRequested, this, &ScanPage::cancelScan);
    connect(m_controls->pathEdit(), &QLineEdit::textChanged, this, &ScanPage::updateActions);
    connect(m_job, &ScanJob::progressChanged, m_controls, &ScanControls::setProgress);
    connect(m_job, &ScanJob::findingsFound, this, &ScanPage::onFindingsFound);
    connect(m_job, &ScanJob::finished, this, &ScanPage::onScanFinished);
    connect(m_job, &ScanJob::failed, this, &ScanPage::onScanFailed);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &ScanPage::showCurrentFinding);
    connect(m_historyView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex &current) { showScanFindings(current.row()); });
    connect(m_proxy, &FindingsFilterProxyModel::filtersChanged, this, &ScanPage::updateCounts);
    connect(m_detail, &FindingDetailView::itemActivated, this, &ScanPage::itemActivated);
    clear();
}

ScanPage::~ScanPage() = default;

QWidget *ScanPage::buildFindingsPanel()
{
    auto *panel = new QWidget(this);
    m_findingsHeading = DetailLabels::heading(tr("Findings"), panel);
    m_findingsHeading->setObjectName(u"findingsHeading"_s);
    m_table = newTable(panel, u"findingsTable"_s);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new FindingsDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FindingsModel::SeverityColumn, Qt::AscendingOrder);
    Accessibility::describe(m_table,
                            tr("Findings"),
                            tr("The findings of the selected scan, most severe first: severity, "
                               "state, rule, location and message. Select one to see where it "
                               "is and how to fix it."));
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->resizeSection(FindingsModel::SeverityColumn, 100);
    header->resizeSection(FindingsModel::StateColumn, 60);
    header->resizeSection(FindingsModel::RuleColumn, 230);
    header->resizeSection(FindingsModel::LocationColumn, 190);

    auto *top = new QHBoxLayout;
    top->addWidget(m_findingsHeading);
    top->addSpacing(12);
    top->addWidget(m_filterBar, 1);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    return panel;
}

QWidget *ScanPage::buildHistoryPanel()
{
    auto *panel = new QWidget(this);
    m_historyView = newTable(panel, u"scanHistoryTable"_s);
    m_historyView->setModel(m_history);
    Accessibility::describe(m_historyView,
                            tr("Scan history"),
                            tr("Every recorded scan of the assessment, newest first; select one "
                               "to see its findings"));
    QHeaderView *header = m_historyView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ScanHistoryModel::TimeColumn, QHeaderView::Stretch);
    m_detailsButton = new QToolButton(panel);
    m_detailsButton->setObjectName(u"scanDetailsButton"_s);
    m_detailsButton->setAutoRaise(true);
    Accessibility::describe(m_detailsButton,
                            tr("Skipped files"),
                            tr("Lists the files the last scan did not analyse, and why"));
    m_detailsButton->hide();
    connect(m_detailsButton, &QToolButton::clicked, this, &ScanPage::showScanDetails);

    auto *top = new QHBoxLayout;
    top->addWidget(DetailLabels::heading(tr("Scan history"), panel));
    top->addStretch(1);
    top->addWidget(m_detailsButton);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_historyView, 1);
    return panel;
}

Result<void> ScanPage::loadAssessment(qint64 assessmentId)
{
    auto info = m_store.assessment(assessmentId);
    if (!info) {
        clear();
        return info.error();
    }
    const bool sameAssessment = m_assessment && m_assessment->id == assessmentId;
    m_assessmentId = assessmentId;
    m_assessment = info.value();
    if (!sameAssessment && !isScanning())
        m_controls->setRepositoryPath(info->repositoryPath);
    QHash<QString, QString> titles;
    if (auto items = m_store.items(assessmentId)) {
        for (const ItemRecord &item : items.value())
            titles.insert(item.key, item.title);
    }
    m_detail->setItemTitles(titles);
    auto loaded = m_history->load(assessmentId);
    // The latest scan's findings, whether or not its row was already the current one.
    if (m_history->rowCount() > 0) {
        const QSignalBlocker blocker(m_historyView->selectionModel());
        m_historyView->selectRow(0);
    }
    showScanFindings(m_history->rowCount() > 0 ? 0 : -1);
    showIdleSummary();
    updateActions();
    return loaded;
}

void ScanPage::clear()
{
    m_assessmentId = 0;
    m_assessment.reset();
    m_history->clear();
    m_findings->clear();
    m_scanRoot.clear();
    m_controls->setRepositoryPath(QString());
    m_detail->clear(tr("Open an assessment to scan its repository."));
    showIdleSummary();
    updateCounts();
    updateActions();
}

bool ScanPage::isScanning() const
{
    return m_job->isRunning() || m_recording;
}

bool ScanPage::startScan()
{
    if (isScanning() || !m_assessment)
        return false;
    const QString root = m_controls->repositoryPath();
    if (root.isEmpty()) {
        emit errorOccurred(tr("Choose the repository folder to scan first."));
        return false;
    }
    auto items = m_store.items(m_assessmentId);
    if (!items) {
        emit errorOccurred(tr("Could not read the checklist items: %1").arg(items.errorMessage()));
        return false;
    }
    if (!m_job->start(ScanSetup::optionsFor(
                root, *m_assessment, items.value(), m_catalog, m_maxFileSize)))
        return false;
    m_scanAssessmentId = m_assessmentId;
    m_scanRoot = root;
    m_lastReport = {};
    m_detailsButton->hide();
    // The table now follows the running scan; its history row is selected once recorded.
    {
        const QSignalBlocker blocker(m_historyView->selectionModel());
        m_historyView->clearSelection();
        m_historyView->setCurrentIndex({});
    }
    m_findings->clear();
    m_findingsHeading->setText(tr("Findings (scanning…)"));
    m_detail->clear(tr("Findings appear here while the scan runs."));
    m_controls->setRunning(true);
    updateCounts();
    updateActions();
    emit scanStarted(m_scanAssessmentId);
    return true;
}

void ScanPage::cancelScan()
{
    if (isScanning())
        m_job->cancel();
}

void ScanPage::onFindingsFound(const QList<Finding> &findings)
{
    if (m_scanAssessmentId != m_assessmentId)
        return;
    m_findings->appendFindings(findings);
    updateCounts();
}

void ScanPage::onScanFinished(const ScanReport &report)
{
    const qint64 assessmentId = std::exchange(m_scanAssessmentId, 0);
    m_lastReport = report;
    m_recording = true; // Start stays disabled until the scan is stored
    m_controls->setRunning(false);
    m_controls->setSummary(tr("Saving the scan…"), false);
    auto *watcher = new QFutureWatcher<RecordedScan>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, assessmentId] {
        watcher->deleteLater();
        onScanRecorded(assessmentId, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&ScanRecording::record,
                                         m_scanStore.databasePath(),
                                         std::cref(m_scanStore.clock()),
                                         assessmentId,
                                         report,
                                         currentActor()));
}

void ScanPage::onScanRecorded(qint64 assessmentId, const RecordedScan &recorded)
{
    m_recording = false;
    if (!recorded.record) {
        emit errorOccurred(tr("The scan finished but could not be saved: %1").arg(recorded.error));
    } else {
        if (!recorded.error.isEmpty())
            emit errorOccurred(recorded.error);
        if (assessmentId == m_assessmentId) {
            m_history->addScan(*recorded.record);
            // Select the new scan without re-reading what the worker just read.
            {
                const QSignalBlocker blocker(m_historyView->selectionModel());
                m_historyView->selectRow(m_history->rowOf(recorded.record->id));
            }
            if (recorded.error.isEmpty())
                showRecords(recorded.findings, recorded.record->metadata.root, tr("Findings"));
        }
    }
    showIdleSummary();
    updateActions();
    if (recorded.record)
        emit scanRecorded(assessmentId, recorded.record->id);
    emit scanEnded();
}

void ScanPage::onScanFailed(const QString &message)
{
    m_scanAssessmentId = 0;
    m_controls->setRunning(false);
    if (m_assessment)
        loadAssessment(m_assessment->id); // back to the stored findings
    m_controls->setSummary(tr("The scan failed: %1").arg(message), false);
    emit errorOccurred(tr("The scan failed: %1").arg(message));
    updateActions();
    emit scanEnded();
}

void ScanPage::showScanFindings(int historyRow)
{
    if (isScanning() && m_scanAssessmentId == m_assessmentId)
        return; // the table belongs to the running scan
    const auto scan = m_history->scanAt(historyRow);
    Result<QList<FindingRecord>> records = QList<FindingRecord>();
    QString heading = tr("Findings");
    if (scan && historyRow > 0) {
        records = m_scanStore.findingsOfScan(scan->id);
        heading = tr("Findings of the scan of %1")
                          .arg(QLocale().toString(scan->metadata.startedAt.toLocalTime(),
                                                  QLocale::ShortFormat));
    } else if (m_assessmentId > 0) {
        // The latest scan: what is open now, plus what it fixed.
        records = m_scanStore.findings(m_assessmentId, true);
    }
    if (!records) {
        emit errorOccurred(tr("Could not read the findings: %1").arg(records.errorMessage()));
        records = QList<FindingRecord>();
    }
    showRecords(records.value(), scan ? scan->metadata.root : QString(), heading);
}

void ScanPage::showRecords(const QList<FindingRecord> &records,
                           const QString &scanRoot,
                           const QString &heading)
{
    const QString selected = m_detail->hasFinding() ? m_detail->fingerprint() : QString();
    m_findingsHeading->setText(heading);
    m_scanRoot = scanRoot;
    m_findings->setRecords(records);
    QStringList rules;
    for (const FindingRecord &record : records)
        rules.append(record.finding.ruleId);
    m_filterBar->setRuleIds(rules);
    updateCounts();
    if (selected.isEmpty() || !showFinding(selected)) {
        m_detail->clear(m_history->rowCount() == 0
                                ? tr("No scan yet. Check the repository folder above and press "
                                     "Start Scan (Ctrl+R).")
                                : tr("Select a finding to see where it is and how to fix it."));
    }
}

bool ScanPage::showFinding(const QString &fingerprint)
{
    int row = m_findings->rowOfFingerprint(fingerprint);
    if (row < 0 && m_history->rowCount() > 0 && m_historyView->currentIndex().row() != 0) {
        m_historyView->selectRow(0); // the item view links to currently open findings
        row = m_findings->rowOfFingerprint(fingerprint);
    }
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_findings->index(row, 0));
    if (!index.isValid()) {
        m_filterBar->clearFilters();
        index = m_proxy->mapFromSource(m_findings->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void ScanPage::showCurrentFinding()
{
    const QModelIndex source = m_proxy->mapToSource(m_table->currentIndex());
    if (!source.isValid()) {
        if (m_findings->rowCount() > 0)
            m_detail->clear();
        return;
    }
    m_detail->setFinding(m_findings->recordAt(source.row()), m_scanRoot);
}

void ScanPage::updateCounts()
{
    m_filterBar->setMatchCount(m_proxy->rowCount(), m_findings->rowCount());
    if (!m_findings->isRecorded()) {
        QStringList rules;
        for (int row = 0; row < m_findings->rowCount(); ++row)
            rules.append(m_findings->recordAt(row).finding.ruleId);
        m_filterBar->setRuleIds(rules);
    }
}

void ScanPage::updateActions()
{
    const bool running = isScanning();
    const bool canStart = !running && m_assessment && !m_controls->repositoryPath().isEmpty();
    m_controls->setStartEnabled(m_assessment.has_value());
    m_startAction->setEnabled(canStart);
    m_cancelAction->setEnabled(running);
}

QString ScanPage::scanSummary(const ScanRecord &scan) const
{
    const QLocale locale;
    const QString counts = tr("%1 files · %2 new, %3 open, %4 fixed")
                                   .arg(locale.toString(scan.metadata.filesScanned),
                                        locale.toString(scan.newCount),
                                        locale.toString(scan.openCount),
                                        locale.toString(scan.fixedCount));
    const QString when
            = locale.toString(scan.metadata.startedAt.toLocalTime(), QLocale::ShortFormat);
    return scan.metadata.cancelled ? tr("Last scan %1 (cancelled): %2").arg(when, counts)
                                   : tr("Last scan %1: %2").arg(when, counts);
}

void ScanPage::showIdleSummary()
{
    if (isScanning())
        return;
    const auto latest = m_history->scanAt(0);
    if (!latest)
        m_controls->setSummary(m_assessment ? tr("Not scanned yet") : QString(), false);
    else
        m_controls->setSummary(scanSummary(*latest), !latest->metadata.cancelled);
    const qsizetype extra = m_lastReport.skipped.size() + m_lastReport.notes.size();
    m_detailsButton->setText(tr("%1 skipped or passed over…").arg(QLocale().toString(extra)));
    m_detailsButton->setVisible(extra > 0);
}

void ScanPage::showScanDetails()
{
    QStringList lines;
    for (const SkippedPath &skipped : std::as_const(m_lastReport.skipped))
        lines.append(tr("skipped %1: %2").arg(skipped.path, skipped.detail));
    for (const QString &note : std::as_const(m_lastReport.notes))
        lines.append(note);
    QMessageBox box(QMessageBox::Information,
                    tr("Scan Details"),
                    tr("%1 files were not analyzed or were passed over by a rule.")
                            .arg(QLocale().toString(lines.size())),
                    QMessageBox::Close,
                    this);
    box.setDetailedText(lines.join(u'\n'));
    box.exec();
}

QByteArray ScanPage::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << StateMagic << StateVersion << m_splitter->saveState() << m_leftSplitter->saveState()
        << m_table->horizontalHeader()->saveState();
    return state;
}

void ScanPage::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 magic = 0;
    quint32 version = 0;
    QByteArray splitter;
    QByteArray left;
    QByteArray header;
    in >> magic >> version >> splitter >> left >> header;
    if (in.status() != QDataStream::Ok || magic != StateMagic || version != StateVersion)
        return;
    m_splitter->restoreState(splitter);
    m_leftSplitter->restoreState(left);
    m_table->horizontalHeader()->restoreState(header);
}

} // namespace greenlight
