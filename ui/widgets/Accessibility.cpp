#include "Accessibility.h"

#include <QDialogButtonBox>
#include <QLayout>
#include <QWidget>

namespace greenlight::Accessibility {

void describe(QWidget *widget, const QString &name, const QString &description)
{
    widget->setAccessibleName(name);
    widget->setAccessibleDescription(description);
}

void tabThroughButtonsInLayoutOrder(QDialogButtonBox *buttons, QWidget *after)
{
    QWidget *previous = after;
    const QLayout *layout = buttons->layout();
    for (int i = 0; layout && i < layout->count(); ++i) {
        QWidget *button = layout->itemAt(i)->widget();
        if (!button)
            continue; // the stretch between the groups
        if (previous)
            QWidget::setTabOrder(previous, button);
        previous = button;
    }
}

} // namespace greenlight::Accessibility
