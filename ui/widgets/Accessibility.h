#pragma once

class QDialogButtonBox;
class QString;
class QWidget;

namespace greenlight::Accessibility {

// What a screen reader announces for widget: name says what it is ("Status filter"), the
// description what it does. Both translated by the caller; tst_Accessibility checks that every
// interactive widget of the window and the dialogs has both.
void describe(QWidget *widget, const QString &name, const QString &description);

// Qt chains a button box's buttons in the order they were made but lays them out in the
// platform's order (Cancel before OK on GNOME, Restore Defaults on the far left): Tab should
// follow what the user sees. With after, the buttons also come right after that widget.
void tabThroughButtonsInLayoutOrder(QDialogButtonBox *buttons, QWidget *after = nullptr);

} // namespace greenlight::Accessibility
