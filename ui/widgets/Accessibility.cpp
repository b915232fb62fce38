#include "Accessibility.h"

#include <QWidget>

namespace greenlight::Accessibility {

void describe(QWidget *widget, const QString &name, const QString &description)
{
    widget->setAccessibleName(name);
    widget->setAccessibleDescription(description);
}

} // namespace greenlight::Accessibility
