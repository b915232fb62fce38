#pragma once

#include <QColor>

#include "report/DashboardData.h"

class QChart;
class QPalette;

namespace greenlight::DashboardStyle {

// The dashboard's colours, derived from StatusStyle (so from the theme in use) so a chart segment
// looks like the status it counts in the checklist (waived in the tree's amber, failed in its red).
QColor columnColor(ProgressColumn column);
QColor verdictColor(VerdictLevel level);
QColor decisionColor(Decision decision);
QColor waivedColor();
QColor urgentColor();

// The chart's chrome (background, title, legend, axes, grid) in the palette's colours:
// QtCharts' own themes know nothing of the application palette. Call it again after adding
// axes and on QEvent::PaletteChange; series colours are the chart's own business.
void styleChart(QChart *chart, const QPalette &palette);

} // namespace greenlight::DashboardStyle
