#pragma once

#include <array>

#include <QChartView>
#include <QList>

#include "itemmodels/ChecklistFilter.h"
#include "report/DashboardData.h"

class QBarSet;
class QHorizontalStackedBarSeries;

namespace greenlight {

// Progress per template or per section as horizontal stacked bars, one segment per summary
// column (pass, warning, N/A, waived, fail, open) in the checklist's colours. Clicking a
// segment asks for exactly the items it counts (itemsRequested), with a status filter that
// says the same thing in the checklist's own terms.
class ProgressChart : public QChartView
{
    Q_OBJECT

public:
    enum class Grouping { BySection, ByTemplate };

    explicit ProgressChart(QWidget *parent = nullptr);

    void setSnapshot(const AssessmentSnapshot &snapshot);
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }

    // What the chart shows: one row per group, top to bottom, with a count per column.
    struct Row
    {
        QString templateId;
        QString sectionId; // empty when grouped by template
        QString label;
        std::array<int, ProgressColumnCount> counts{};
        int total = 0;
    };
    const QList<Row> &rows() const { return m_rows; }
    QBarSet *barSet(ProgressColumn column) const;
    // The on-screen centre of a row's segment (viewport coordinates), for tests and hints.
    QPoint segmentCentre(int row, ProgressColumn column) const;
    // The filter a click on row/column requests.
    ChecklistFilter filterFor(int row, ProgressColumn column) const;
    // The height that shows every row legibly: the page scrolls rather than squash bars.
    int preferredHeight() const;

signals:
    void itemsRequested(const greenlight::ChecklistFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyColors(); // series and chrome in the current palette's shade
    void describeRows();
    void segmentClicked(ProgressColumn column, int barIndex);
    int rowOfBar(int barIndex) const; // bars are drawn bottom-up; rows read top-down

    AssessmentSnapshot m_snapshot;
    Grouping m_grouping = Grouping::ByTemplate;
    QList<Row> m_rows;
    QHorizontalStackedBarSeries *m_series = nullptr;
    std::array<QBarSet *, ProgressColumnCount> m_sets{};
};

} // namespace greenlight
