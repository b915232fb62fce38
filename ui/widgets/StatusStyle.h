#pragma once

#include <QColor>
#include <QString>

#include "domain/ItemStatus.h"
#include "domain/Severity.h"
#include "report/ReportPalette.h"
#include "store/WaiverStore.h"

namespace greenlight::StatusStyle {

// One place for the colours of statuses and severities, so the tree, the detail pane, the
// filter bar, the dashboard and the sign-off page agree. They come from ReportPalette, in
// the shade that suits the palette in use (Theme::isDark()), so read them when painting,
// not once at construction. Icons: StatusIcons.
QColor statusColor(ItemStatus status);
QColor effectiveStatusColor(EffectiveStatus status); // waived in amber, expired as failed
QColor severityColor(Severity severity);
QColor waivedColor();
QColor cautionColor(); // look again: stale evidence, conditions (waived's amber)
QColor errorColor();   // error messages and stale signatures (a deep red)
// The same in a given shade, whatever the palette in use (the icons need both).
QColor effectiveStatusColor(EffectiveStatus status, ReportPalette::Shade shade);

// Text that stays readable on a filled badge of colour background (black or white).
QColor textOn(const QColor &background);

// Rich text whose colours are written into translated strings ("<span style=
// 'color:#c0392b'>"): the light-theme literals are swapped for the current shade, so the
// translations stay valid and the dark palette still gets readable colours.
QString themedHtml(QString html);

} // namespace greenlight::StatusStyle
