#include "DashboardStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPalette>

#include "theme/Theme.h"
#include "widgets/StatusStyle.h"

namespace greenlight::DashboardStyle {

QColor waivedColor()
{
    return StatusStyle::waivedColor(); // the checklist delegate's "Waived"
}

QColor urgentColor()
{
    return StatusStyle::statusColor(ItemStatus::Failed);
}

QColor columnColor(ProgressColumn column)
{
    switch (column) {
    case ProgressColumn::Pass:
        return StatusStyle::statusColor(ItemStatus::Passed);
    case ProgressColumn::Warning:
        // Passed, but look again: a paler green than passed, in either palette.
        return Theme::isDark() ? QColor(0xc5, 0xe1, 0xa5) : QColor(0x9c, 0xc1, 0x4a);
    case ProgressColumn::NotApplicable:
        return StatusStyle::statusColor(ItemStatus::NotApplicable);
    case ProgressColumn::Waived:
        return waivedColor();
    case ProgressColumn::Fail:
        return StatusStyle::statusColor(ItemStatus::Failed);
    case ProgressColumn::Open: {
        // Still to do recedes behind what is decided: paler on light, deeper on dark.
        const QColor open = StatusStyle::statusColor(ItemStatus::NotStarted);
        return Theme::isDark() ? open.darker(150) : open.lighter(125);
    }
    }
    return {};
}

QColor verdictColor(VerdictLevel level)
{
    switch (level) {
    case VerdictLevel::Ready:
        return StatusStyle::statusColor(ItemStatus::Passed);
    case VerdictLevel::ReadyWithFixes:
        return waivedColor();
    case VerdictLevel::NotReady:
        return StatusStyle::statusColor(ItemStatus::Failed);
    }
    return {};
}

QColor decisionColor(Decision decision)
{
    switch (decision) {
    case Decision::Approve:
        return StatusStyle::statusColor(ItemStatus::Passed);
    case Decision::Conditional:
        return waivedColor();
    case Decision::Reject:
        return StatusStyle::statusColor(ItemStatus::Failed);
    }
    return {};
}

void styleChart(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor muted = palette.color(QPalette::PlaceholderText);
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlphaF(0.45f);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    chart->legend()->setBrush(Qt::NoBrush);
    chart->legend()->setPen(Qt::NoPen);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(muted);
        axis->setGridLineColor(grid);
        axis->setShadesVisible(false);
    }
}

} // namespace greenlight::DashboardStyle
