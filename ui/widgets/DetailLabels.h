#pragma once

class QLabel;
class QString;
class QWidget;

namespace greenlight {

// The few label styles the detail panes and pages share, so they look alike everywhere.
namespace DetailLabels {

// A bold section heading ("How to fix", "Findings").
QLabel *heading(const QString &text, QWidget *parent);
// A selectable, word-wrapped body label.
QLabel *wrapping(QWidget *parent, const QString &objectName);
// The centred grey text a pane shows when nothing is selected.
QLabel *placeholder(QWidget *parent);

} // namespace DetailLabels
} // namespace greenlight
