#pragma once

#include <QColor>

#include "report/DashboardData.h"

namespace greenlight::DashboardStyle {

// The dashboard's colours, derived from StatusStyle so a chart segment looks like the
// status it counts in the checklist (waived in the tree's amber, failed in its red).
QColor columnColor(ProgressColumn column);
QColor verdictColor(VerdictLevel level);
QColor decisionColor(Decision decision);
QColor waivedColor();
QColor urgentColor();

} // namespace greenlight::DashboardStyle
