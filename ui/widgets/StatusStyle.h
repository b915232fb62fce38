#pragma once

#include <QColor>
#include <QIcon>

#include "domain/ItemStatus.h"
#include "domain/Severity.h"

namespace greenlight::StatusStyle {

// One place for the colours and icons of statuses and severities, so the tree, the detail
// pane, the filter bar and the status bar agree. Icons are painted, not loaded, so they
// stay crisp at any device pixel ratio and need no image plugin.
QColor statusColor(ItemStatus status);
QIcon statusIcon(ItemStatus status);
QColor severityColor(Severity severity);
QIcon severityIcon(Severity severity);

} // namespace greenlight::StatusStyle
