#pragma once

#include <QStyledItemDelegate>

namespace greenlight {

// Presentation of ChecklistModel rows that the Core-only model must not know about: status
// and severity icons and colours, bold group rows, and a small progress bar for the
// progress of templates and sections.
class ChecklistItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintGroupProgress(QPainter *painter,
                            const QStyleOptionViewItem &option,
                            const QModelIndex &index) const;
};

} // namespace greenlight
