#pragma once

#include <optional>

#include <QWidget>

#include "domain/Result.h"
#include "scan/ScanOptions.h"
#include "scan/ScanReport.h"
#include "store/ScanRecords.h"
#include "store/StoreRecords.h"

class QAction;
class QLabel;
class QSplitter;
class QTableView;
class QToolButton;

namespace greenlight {

class AssessmentStore;
class FindingDetailView;
class FindingsFilterBar;
class FindingsFilterProxyModel;
class FindingsModel;
class ScanControls;
class ScanHistoryModel;
class ScanJob;
struct RecordedScan;
class ScanStore;
class TemplateCatalog;

// The Scan page of one assessment: which repository, Start/Cancel with live progress, the
// findings table (streaming in while the scan runs, then New/Open/Fixed once recorded),
// the detail of the selected finding, and the scan history. Only the ScanJob touches the
// file tree; the page records the finished scan through the ScanStore and tells the
// window (scanRecorded) so the checklist can refresh its suggestions.
class ScanPage : public QWidget
{
    Q_OBJECT

public:
    ScanPage(AssessmentStore &store,
             ScanStore &scanStore,
             const TemplateCatalog *catalog,
             QWidget *parent = nullptr);
    ~ScanPage() override;

    Result<void> loadAssessment(qint64 assessmentId);
    void clear();
    qint64 assessmentId() const { return m_assessmentId; }

    bool startScan();
    void cancelScan();
    bool isScanning() const;
    // Selects the finding (clearing filters that hide it); false when it is not listed.
    bool showFinding(const QString &fingerprint);

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

    // Files larger than this are skipped (and listed) by scans started from now on.
    void setMaxFileSize(qint64 bytes) { m_maxFileSize = bytes; }
    qint64 maxFileSize() const { return m_maxFileSize; }
    // What this session's last scan skipped or passed over (the "… skipped" details).
    const ScanReport &lastReport() const { return m_lastReport; }

    QAction *startAction() const { return m_startAction; }
    QAction *cancelAction() const { return m_cancelAction; }
    ScanControls *controls() const { return m_controls; }
    FindingsModel *findingsModel() const { return m_findings; }
    FindingsFilterProxyModel *findingsProxy() const { return m_proxy; }
    FindingsFilterBar *filterBar() const { return m_filterBar; }
    QTableView *findingsView() const { return m_table; }
    FindingDetailView *detailView() const { return m_detail; }
    ScanHistoryModel *historyModel() const { return m_history; }
    QTableView *historyView() const { return m_historyView; }
    QToolButton *detailsButton() const { return m_detailsButton; }

signals:
    void scanStarted(qint64 assessmentId);
    void scanRecorded(qint64 assessmentId, qint64 scanId);
    void scanEnded(); // finished, failed or cancelled: the page is idle again
    void itemActivated(const QString &itemKey);
    void errorOccurred(const QString &message);

private:
    QWidget *buildFindingsPanel();
    QWidget *buildHistoryPanel();
    void onFindingsFound(const QList<Finding> &findings);
    void onScanFinished(const ScanReport &report);
    void onScanRecorded(qint64 assessmentId, const RecordedScan &recorded);
    void onScanFailed(const QString &message);
    void showScanFindings(int historyRow);
    void showRecords(const QList<FindingRecord> &records,
                     const QString &scanRoot,
                     const QString &heading);
    void showCurrentFinding();
    void updateCounts();
    void updateActions();
    void showIdleSummary();
    void showScanDetails();
    QString scanSummary(const ScanRecord &scan) const;

    AssessmentStore &m_store;
    ScanStore &m_scanStore;
    const TemplateCatalog *m_catalog;
    qint64 m_assessmentId = 0;
    std::optional<AssessmentInfo> m_assessment;
    // The scan in flight belongs to the assessment it started for, even if the user
    // opens another one meanwhile.
    qint64 m_scanAssessmentId = 0;
    bool m_recording = false; // a finished scan is being stored by a worker
    QString m_scanRoot;       // root of the scan whose findings the table shows
    ScanReport m_lastReport;  // skipped files and notes of this session's last scan
    qint64 m_maxFileSize = ScanOptions().maxFileSize;

    ScanJob *m_job;
    FindingsModel *m_findings;
    FindingsFilterProxyModel *m_proxy;
    ScanHistoryModel *m_history;
    ScanControls *m_controls;
    FindingsFilterBar *m_filterBar;
    QLabel *m_findingsHeading = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_historyView = nullptr;
    QToolButton *m_detailsButton = nullptr;
    FindingDetailView *m_detail;
    QSplitter *m_splitter;
    QSplitter *m_leftSplitter;
    QAction *m_startAction;
    QAction *m_cancelAction;
};

} // namespace greenlight
