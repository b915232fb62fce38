#pragma once

#include <QStyledItemDelegate>

namespace greenlight {

// Presentation of FindingsModel rows the Core-only model must not know about: the
// severity icon, "New" in bold and findings a later scan fixed in a muted colour.
class FindingsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace greenlight
