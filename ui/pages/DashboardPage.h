#pragma once

#include <QFuture>
#include <QWidget>

#include "itemmodels/ChecklistFilter.h"
#include "report/DashboardData.h"

class QAction;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QTimer;
class QTreeWidget;

namespace greenlight {

class AssessmentListModel;
class BurnUpChart;
class Clock;
class FindingsChart;
class ProgressChart;
class ReadinessPanel;

// Readiness at a glance (issue #5): the verdict with its reasons, progress per section or
// template, open findings by severity, the burn-up from the audit history, waivers that
// lapse soon and each sign-off role's state. Everything is read on a worker with its own
// connection (DashboardLoader); the GUI thread only draws. Edits elsewhere call
// scheduleRefresh(), which waits for a pause and, while the page is hidden, until it is
// shown again. Clicking a chart element emits itemsRequested() with exactly its items; so
// does an item picked in the comparison with another assessment (CompareDialog).
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RefreshDelayMs = 400;

    DashboardPage(QString databasePath, const Clock &clock, QWidget *parent = nullptr);
    ~DashboardPage() override;

    void loadAssessment(qint64 assessmentId);
    void clear();
    qint64 assessmentId() const { return m_assessmentId; }

    void refresh();         // reads now, on a worker
    void scheduleRefresh(); // reads after a pause in the edits (or when next shown)
    bool isRefreshing() const { return m_refreshing; }
    bool isStale() const { return m_stale; }
    const DashboardData &data() const { return m_data; }

    // File → Compare With…: enabled while an assessment is open and the list has another.
    void setAssessmentList(const AssessmentListModel *assessments);
    QAction *compareAction() const { return m_compareAction; }
    void showComparison();

    ReadinessPanel *readinessPanel() const { return m_readiness; }
    ProgressChart *progressChart() const { return m_progress; }
    QComboBox *groupingCombo() const { return m_grouping; }
    FindingsChart *findingsChart() const { return m_findings; }
    BurnUpChart *burnUpChart() const { return m_burnUp; }
    QTreeWidget *waiversView() const { return m_waivers; }
    QTreeWidget *signoffsView() const { return m_signoffs; }

signals:
    void itemsRequested(const greenlight::ChecklistFilter &filter);
    void refreshed(); // the page shows what the store held when the read began
    void errorOccurred(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showData(const DashboardData &data);
    void showWaivers(const DashboardData &data);
    void showSignoffs(const AssessmentSnapshot &snapshot);
    void showEmpty(const QString &message);
    void updateCompareAction();
    void fitProgress();

    QString m_path;
    const Clock &m_clock;
    qint64 m_assessmentId = 0;
    quint64 m_generation = 0; // drops a slower, older read that finishes after a newer one
    bool m_refreshing = false;
    bool m_stale = false;
    DashboardData m_data;
    QFuture<DashboardData> m_running;
    QTimer *m_debounce;
    const AssessmentListModel *m_assessments = nullptr;
    QAction *m_compareAction;

    QLabel *m_title;
    QLabel *m_updated;
    QPushButton *m_refresh;
    ReadinessPanel *m_readiness;
    QComboBox *m_grouping;
    ProgressChart *m_progress;
    QScrollArea *m_progressScroll;
    FindingsChart *m_findings;
    BurnUpChart *m_burnUp;
    QLabel *m_waiversTitle;
    QGroupBox *m_waiversBox = nullptr;
    QTreeWidget *m_waivers;
    QTreeWidget *m_signoffs;
};

} // namespace greenlight
