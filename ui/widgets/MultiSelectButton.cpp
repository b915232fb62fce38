#include "MultiSelectButton.h"

#include <QAction>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>

namespace greenlight {

MultiSelectButton::MultiSelectButton(const QString &label, QWidget *parent)
    : QPushButton(parent)
    , m_label(label)
{
    auto *menu = new QMenu(this);
    menu->installEventFilter(this);
    setMenu(menu);
    setAutoDefault(false);
    updateLabel();
}

QAction *MultiSelectButton::addChoice(const QIcon &icon, const QString &text, int value)
{
    QAction *action = menu()->addAction(icon, text);
    action->setCheckable(true);
    action->setData(value);
    connect(action, &QAction::toggled, this, [this] {
        updateLabel();
        emit selectionChanged();
    });
    m_choices.append(action);
    return action;
}

QList<int> MultiSelectButton::selectedValues() const
{
    QList<int> values;
    for (const QAction *action : m_choices) {
        if (action->isChecked())
            values.append(action->data().toInt());
    }
    return values;
}

void MultiSelectButton::setSelectedValues(const QList<int> &values)
{
    QSignalBlocker blocker(this);
    for (QAction *action : m_choices) {
        const QSignalBlocker actionBlocker(action);
        action->setChecked(values.contains(action->data().toInt()));
    }
    updateLabel();
    blocker.unblock();
    emit selectionChanged();
}

void MultiSelectButton::clearSelection()
{
    setSelectedValues({});
}

bool MultiSelectButton::eventFilter(QObject *watched, QEvent *event)
{
    // QMenu closes on every triggered action; for a multi-select that is one click too many.
    auto *popup = qobject_cast<QMenu *>(watched);
    if (popup && popup == menu()) {
        QAction *action = nullptr;
        if (event->type() == QEvent::MouseButtonRelease) {
            action = popup->actionAt(static_cast<QMouseEvent *>(event)->position().toPoint());
        } else if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter)
                action = popup->activeAction();
        }
        if (action && action->isCheckable() && action->isEnabled()) {
            action->toggle();
            return true;
        }
    }
    return QPushButton::eventFilter(watched, event);
}

void MultiSelectButton::updateLabel()
{
    QStringList names;
    for (const QAction *action : m_choices) {
        if (action->isChecked())
            names.append(action->text());
    }
    QString summary;
    if (names.isEmpty())
        summary = tr("any");
    else if (names.size() <= 2)
        summary = names.join(tr(", "));
    else
        summary = tr("%1 selected").arg(names.size());
    //: Filter button: "Status: any", "Severity: Critical, High"
    setText(tr("%1: %2").arg(m_label, summary));
    //: Accessible name of a filter button: "Status filter: any"
    setAccessibleName(tr("%1 filter: %2").arg(m_label, summary));
}

} // namespace greenlight
