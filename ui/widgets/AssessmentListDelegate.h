#pragma once

#include <QStyledItemDelegate>

namespace greenlight {

// Two lines per assessment in the side list: the name in bold, then system, release and
// creation date, both elided to the list's width rather than scrolled sideways.
class AssessmentListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace greenlight
