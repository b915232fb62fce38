#pragma once

class QString;
class QWidget;

namespace greenlight::Accessibility {

// What a screen reader announces for widget: name says what it is ("Status filter"), the
// description what it does. Both translated by the caller; tst_Accessibility checks that every
// interactive widget of the window and the dialogs has both.
void describe(QWidget *widget, const QString &name, const QString &description);

} // namespace greenlight::Accessibility
