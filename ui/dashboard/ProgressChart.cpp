#include "ProgressChart.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHash>
#include <QHorizontalStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include "DashboardStyle.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

constexpr std::array<ProgressColumn, ProgressColumnCount> Columns = {ProgressColumn::Pass,
                                                                     ProgressColumn::Warning,
                                                                     ProgressColumn::NotApplicable,
                                                                     ProgressColumn::Waived,
                                                                     ProgressColumn::Fail,
                                                                     ProgressColumn::Open};

// The stored statuses an item counted in column can have: what the filter bar shows.
QSet<ItemStatus> storedStatuses(ProgressColumn column)
{
    switch (column) {
    case ProgressColumn::Pass:
        return {ItemStatus::Passed};
    case ProgressColumn::Warning:
        return {ItemStatus::Passed, ItemStatus::NotApplicable};
    case ProgressColumn::NotApplicable:
        return {ItemStatus::NotApplicable};
    case ProgressColumn::Waived: // waived items stay failed in the store
    case ProgressColumn::Fail:
        return {ItemStatus::Failed};
    case ProgressColumn::Open:
        return {ItemStatus::NotStarted, ItemStatus::InProgress};
    }
    return {};
}

} // namespace

ProgressChart::ProgressChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(u"progressChart"_s);
    setRenderHint(QPainter::Antialiasing);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignTop); // stays in view while the rows scroll
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    setChart(chart);
    setMinimumHeight(220);
    setAccessibleName(tr("Progress chart"));
    rebuild();
}

void ProgressChart::setSnapshot(const AssessmentSnapshot &snapshot)
{
    m_snapshot = snapshot;
    rebuild();
}

void ProgressChart::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    rebuild();
}

QBarSet *ProgressChart::barSet(ProgressColumn column) const
{
    return m_sets[std::size_t(column)];
}

int ProgressChart::rowOfBar(int barIndex) const
{
    return int(m_rows.size()) - 1 - barIndex;
}

int ProgressChart::preferredHeight() const
{
    return std::max(200, int(m_rows.size()) * 24 + 96);
}

void ProgressChart::rebuild()
{
    m_rows.clear();
    QHash<QString, int> templateRow;
    for (const SnapshotCategory &category : std::as_const(m_snapshot.categories)) {
        Row *row = nullptr;
        if (m_grouping == Grouping::ByTemplate) {
            const auto found = templateRow.constFind(category.templateId);
            if (found == templateRow.cend()) {
                templateRow.insert(category.templateId, int(m_rows.size()));
                Row added;
                added.templateId = category.templateId;
                added.label = category.templateTitle;
                m_rows.append(added);
                row = &m_rows.last();
            } else {
                row = &m_rows[*found];
            }
        } else {
            Row added;
            added.templateId = category.templateId;
            added.sectionId = category.sectionId;
            added.label = category.sectionTitle;
            m_rows.append(added);
            row = &m_rows.last();
        }
        for (const ProgressColumn column : Columns)
            row->counts[std::size_t(column)] += progressColumnCount(category, column);
        row->total += category.total;
    }
    // Category labels must be unique: sections of the same name in two templates are told
    // apart by their template.
    QHash<QString, int> seen;
    for (const Row &row : std::as_const(m_rows))
        ++seen[row.label];
    QHash<QString, QString> templateTitles;
    for (const TemplateRef &ref : std::as_const(m_snapshot.templates))
        templateTitles.insert(ref.id, ref.title);
    for (Row &row : m_rows) {
        if (seen.value(row.label) > 1)
            row.label = tr("%1 › %2").arg(templateTitles.value(row.templateId, row.templateId),
                                          row.label);
    }

    QChart *chart = this->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(m_grouping == Grouping::ByTemplate ? tr("Progress by template")
                                                       : tr("Progress by section"));

    m_series = new QHorizontalStackedBarSeries;
    m_series->setBarWidth(0.7);
    QStringList categories;
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it)
        categories.append(it->label);
    for (const ProgressColumn column : Columns) {
        auto *set = new QBarSet(progressColumnName(column));
        for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it)
            set->append(it->counts[std::size_t(column)]);
        connect(set, &QBarSet::clicked, this, [this, column](int index) {
            segmentClicked(column, index);
        });
        connect(set, &QBarSet::hovered, this, [this, column](bool on, int index) {
            const int row = rowOfBar(index);
            if (!on || row < 0 || row >= m_rows.size()) {
                QToolTip::hideText();
                return;
            }
            const Row &r = m_rows.at(row);
            QToolTip::showText(QCursor::pos(),
                               tr("%1: %2 of %3 items %4. Click to show them.")
                                       .arg(r.label)
                                       .arg(r.counts[std::size_t(column)])
                                       .arg(r.total)
                                       .arg(progressColumnName(column).toLower()),
                               this);
        });
        m_sets[std::size_t(column)] = set;
        m_series->append(set);
    }
    chart->addSeries(m_series);

    auto *groups = new QBarCategoryAxis;
    groups->append(categories);
    groups->setTruncateLabels(true);
    auto *counts = new QValueAxis;
    counts->setLabelFormat(u"%d"_s);
    int widest = 0;
    for (const Row &row : std::as_const(m_rows))
        widest = std::max(widest, row.total);
    counts->setRange(0, std::max(widest, 1));
    counts->applyNiceNumbers();
    counts->setLabelFormat(u"%d"_s);
    chart->addAxis(groups, Qt::AlignLeft);
    chart->addAxis(counts, Qt::AlignBottom);
    m_series->attachAxis(groups);
    m_series->attachAxis(counts);
    applyColors();
    setMinimumHeight(preferredHeight());
    describeRows();
}

void ProgressChart::describeRows()
{
    // What a screen reader reads instead of the bars: every row's counts.
    QStringList rows;
    for (const Row &row : std::as_const(m_rows)) {
        const int failed = row.counts[std::size_t(ProgressColumn::Fail)];
        const int open = row.counts[std::size_t(ProgressColumn::Open)];
        rows.append(tr("%1: %2 of %3 done, %4 failed, %5 open")
                            .arg(row.label)
                            .arg(row.total - failed - open)
                            .arg(row.total)
                            .arg(failed)
                            .arg(open));
    }
    setAccessibleDescription(rows.isEmpty()
                                     ? tr("No assessment is open.")
                                     : tr("%1. %2.").arg(chart()->title(), rows.join(u"; "_s)));
}

void ProgressChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_series)
        applyColors();
}

void ProgressChart::applyColors()
{
    // Segments are parted by a line of the background, so they read as separate in print
    // and in either palette.
    const QColor gap = palette().color(QPalette::Base);
    for (const ProgressColumn column : Columns) {
        QBarSet *set = m_sets[std::size_t(column)];
        set->setColor(DashboardStyle::columnColor(column));
        set->setBorderColor(gap);
    }
    DashboardStyle::styleChart(chart(), palette());
}

void ProgressChart::segmentClicked(ProgressColumn column, int barIndex)
{
    const int row = rowOfBar(barIndex);
    if (row < 0 || row >= m_rows.size())
        return;
    emit itemsRequested(filterFor(row, column));
}

ChecklistFilter ProgressChart::filterFor(int row, ProgressColumn column) const
{
    ChecklistFilter filter;
    if (row < 0 || row >= m_rows.size())
        return filter;
    const Row &r = m_rows.at(row);
    QSet<QString> items;
    for (const SnapshotItem &item : std::as_const(m_snapshot.items)) {
        if (item.templateId != r.templateId
            || (!r.sectionId.isEmpty() && item.sectionId != r.sectionId))
            continue;
        if (progressColumnOf(item) == column)
            items.insert(item.templateId + u':' + item.key);
    }
    filter.statuses = storedStatuses(column);
    filter.items = items;
    filter.itemsLabel = tr("%1: %2").arg(r.label, progressColumnName(column));
    return filter;
}

QPoint ProgressChart::segmentCentre(int row, ProgressColumn column) const
{
    if (row < 0 || row >= m_rows.size() || !m_series)
        return {};
    const Row &r = m_rows.at(row);
    double before = 0;
    for (const ProgressColumn c : Columns) {
        if (c == column)
            break;
        before += r.counts[std::size_t(c)];
    }
    const double middle = before + r.counts[std::size_t(column)] / 2.0;
    const QPointF inChart
            = chart()->mapToPosition(QPointF(middle, int(m_rows.size()) - 1 - row), m_series);
    return mapFromScene(chart()->mapToScene(inChart));
}

} // namespace greenlight
