#pragma once

#include <array>

#include <QChartView>

#include "itemmodels/ChecklistFilter.h"
#include "report/AssessmentSnapshot.h"

class QBarCategoryAxis;
class QBarSet;
class QStackedBarSeries;
class QValueAxis;

namespace greenlight {

// Open scan findings by severity, one bar per severity in its colour. Clicking a bar asks
// for the checklist items those findings bear on (the items a reviewer must look at again),
// whatever their own severity; findings that name no item (repository-wide) only count.
class FindingsChart : public QChartView
{
    Q_OBJECT

public:
    explicit FindingsChart(QWidget *parent = nullptr);

    void setSnapshot(const AssessmentSnapshot &snapshot);

    int count(Severity severity) const { return m_counts[std::size_t(severity)]; }
    QBarSet *barSet(Severity severity) const { return m_sets[std::size_t(severity)]; }
    ChecklistFilter filterFor(Severity severity) const;
    QPoint barCentre(Severity severity) const; // viewport coordinates

signals:
    void itemsRequested(const greenlight::ChecklistFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyColors(); // series and chrome in the current palette's shade

    AssessmentSnapshot m_snapshot;
    std::array<int, SeverityCount> m_counts{};
    std::array<QBarSet *, SeverityCount> m_sets{};
    QStackedBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_categories = nullptr;
    QValueAxis *m_values = nullptr;
};

} // namespace greenlight
