#pragma once

#include <optional>

#include <QDialog>
#include <QFuture>

#include "domain/Result.h"
#include "report/AssessmentComparison.h"
#include "store/StoreRecords.h"

class QComboBox;
class QLabel;
class QTabWidget;
class QTreeWidget;

namespace greenlight {

class AssessmentListModel;
class Clock;

// File → Compare With…: this assessment against another (typically the last release's):
// items whose status moved, findings new since then and findings fixed since then, with both
// verdicts and done counts. The comparison is read and computed on a worker
// (DashboardLoader::compare); the dialog only shows it.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    // Offers every other assessment of the list to compare currentId with.
    CompareDialog(QString databasePath,
                  const Clock &clock,
                  const AssessmentListModel &assessments,
                  qint64 currentId,
                  QWidget *parent = nullptr);
    ~CompareDialog() override;

    QComboBox *baseCombo() const { return m_base; }
    QLabel *summaryLabel() const { return m_summary; }
    QTreeWidget *itemsView() const { return m_items; }
    QTreeWidget *newFindingsView() const { return m_newFindings; }
    QTreeWidget *fixedFindingsView() const { return m_fixedFindings; }
    QTabWidget *tabs() const { return m_tabs; }
    bool isComparing() const { return m_comparing; }
    const std::optional<AssessmentComparison> &comparison() const { return m_comparison; }

    // The assessment a new comparison starts with: the newest other one of the same system,
    // else the newest other one.
    static int defaultBaseIndex(const AssessmentInfo &current, const QList<AssessmentInfo> &others);

signals:
    void itemActivated(const QString &qualifiedKey); // "template-id:ITEM-KEY"
    void compared();                                 // a comparison (or its error) is shown

private:
    void compare();
    void showResult(const Result<AssessmentComparison> &result);
    void showItems(const AssessmentComparison &comparison);

    QString m_path;
    const Clock &m_clock;
    AssessmentInfo m_current;
    QList<AssessmentInfo> m_others;
    quint64 m_generation = 0;
    bool m_comparing = false;
    std::optional<AssessmentComparison> m_comparison;
    QFuture<Result<AssessmentComparison>> m_running;

    QComboBox *m_base;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QTreeWidget *m_items;
    QTreeWidget *m_newFindings;
    QTreeWidget *m_fixedFindings;
};

} // namespace greenlight
