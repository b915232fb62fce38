#include "FindingsChart.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include "DashboardStyle.h"
#include "widgets/StatusStyle.h"

using namespace Qt::StringLiterals;

namespace greenlight {

FindingsChart::FindingsChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(u"findingsChart"_s);
    setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    chart->setTitle(tr("Open findings by severity"));
    setChart(chart);
    setMinimumHeight(220);
    setAccessibleName(tr("Findings chart"));

    // One set per severity, each holding a value only at its own category: a stacked series
    // of such sets draws one bar per severity in that severity's colour (Qt 6.4 colours a
    // set, not a bar).
    m_series = new QStackedBarSeries;
    m_series->setBarWidth(0.6);
    QStringList categories;
    for (int s = 0; s < SeverityCount; ++s) {
        const auto severity = Severity(s);
        categories.append(severityDisplayName(severity));
        auto *set = new QBarSet(severityDisplayName(severity));
        for (int i = 0; i < SeverityCount; ++i)
            set->append(0);
        connect(set, &QBarSet::clicked, this, [this, severity](int index) {
            if (index == int(severity) && count(severity) > 0)
                emit itemsRequested(filterFor(severity));
        });
        connect(set, &QBarSet::hovered, this, [this, severity](bool on, int index) {
            if (!on || index != int(severity)) {
                QToolTip::hideText();
                return;
            }
            const ChecklistFilter filter = filterFor(severity);
            const int items = filter.items ? int(filter.items->size()) : 0;
            QToolTip::showText(QCursor::pos(),
                               tr("%n open %1 finding(s) on %2 item(s). Click to show the items.",
                                  nullptr,
                                  count(severity))
                                       .arg(severityDisplayName(severity).toLower())
                                       .arg(items),
                               this);
        });
        m_sets[std::size_t(s)] = set;
        m_series->append(set);
    }
    chart->addSeries(m_series);
    m_categories = new QBarCategoryAxis;
    m_categories->append(categories);
    m_categories->setTruncateLabels(false);
    m_values = new QValueAxis;
    m_values->setLabelFormat(u"%d"_s);
    chart->addAxis(m_categories, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    applyColors();
    rebuild();
}

void FindingsChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
}

void FindingsChart::applyColors()
{
    for (int s = 0; s < SeverityCount; ++s) {
        const QColor colour = StatusStyle::severityColor(Severity(s));
        m_sets[std::size_t(s)]->setColor(colour);
        m_sets[std::size_t(s)]->setBorderColor(colour);
    }
    DashboardStyle::styleChart(chart(), palette());
}

void FindingsChart::setSnapshot(const AssessmentSnapshot &snapshot)
{
    m_snapshot = snapshot;
    rebuild();
}

void FindingsChart::rebuild()
{
    m_counts.fill(0);
    for (const SnapshotFinding &finding : std::as_const(m_snapshot.findings))
        ++m_counts[std::size_t(finding.severity)];
    int most = 0;
    // The counts go into the category labels (the severity, the count below it): bar labels
    // of a stacked series would also print the zero segments.
    QStringList categories;
    for (int s = 0; s < SeverityCount; ++s) {
        const int n = m_counts[std::size_t(s)];
        m_sets[std::size_t(s)]->replace(s, n);
        most = std::max(most, n);
        categories.append(tr("%1<br>%2").arg(severityDisplayName(Severity(s))).arg(n));
    }
    m_categories->setCategories(categories);
    m_values->setRange(0, std::max(most, 4));
    m_values->applyNiceNumbers();
    m_values->setLabelFormat(u"%d"_s);
    chart()->setTitle(m_snapshot.scan.present || !m_snapshot.findings.isEmpty()
                              ? tr("Open findings by severity")
                              : tr("Open findings by severity (not scanned yet)"));
    QStringList counts; // what a screen reader reads instead of the bars
    for (int s = 0; s < SeverityCount; ++s)
        counts.append(
                tr("%1 %2").arg(severityDisplayName(Severity(s))).arg(m_counts[std::size_t(s)]));
    setAccessibleDescription(tr("%1: %2.").arg(chart()->title(), counts.join(u", "_s)));
}

ChecklistFilter FindingsChart::filterFor(Severity severity) const
{
    QSet<QString> items;
    for (const SnapshotFinding &finding : std::as_const(m_snapshot.findings)) {
        if (finding.severity != severity)
            continue;
        for (const QString &key : finding.itemKeys)
            items.insert(key); // bare template item ids: the proxy matches them too
    }
    ChecklistFilter filter;
    filter.items = items;
    filter.itemsLabel = tr("Open %1 findings").arg(severityDisplayName(severity).toLower());
    return filter;
}

QPoint FindingsChart::barCentre(Severity severity) const
{
    const QPointF inChart = chart()->mapToPosition(
            QPointF(int(severity), m_counts[std::size_t(severity)] / 2.0), m_series);
    return mapFromScene(chart()->mapToScene(inChart));
}

} // namespace greenlight
