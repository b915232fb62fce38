#pragma once

#include <QList>
#include <QPushButton>

class QAction;

namespace greenlight {

// A button with a menu of checkable choices that stays open while the user ticks
// several of them (mouse or keyboard); the button's label sums up the selection, and so does
// its accessible name ("Status filter: Failed, In progress").
class MultiSelectButton : public QPushButton
{
    Q_OBJECT

public:
    explicit MultiSelectButton(const QString &label, QWidget *parent = nullptr);

    QAction *addChoice(const QIcon &icon, const QString &text, int value);
    QList<int> selectedValues() const;
    void setSelectedValues(const QList<int> &values);
    void clearSelection();

signals:
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateLabel();

    QString m_label;
    QList<QAction *> m_choices;
};

} // namespace greenlight
