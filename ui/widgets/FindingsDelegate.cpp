#include "FindingsDelegate.h"

#include "StatusIcons.h"
#include "itemmodels/FindingsModel.h"

namespace greenlight {

void FindingsDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int state = index.data(FindingsModel::StateRole).toInt();
    switch (FindingsModel::Column(index.column())) {
    case FindingsModel::SeverityColumn: {
        const auto severity = Severity(index.data(FindingsModel::SeverityRole).toInt());
        option->icon = StatusIcons::severity(severity);
        option->features |= QStyleOptionViewItem::HasDecoration;
        break;
    }
    case FindingsModel::StateColumn:
        if (state == int(FindingState::New))
            option->font.setBold(true);
        break;
    case FindingsModel::LocationColumn:
        // Paths are long at the front ("services/payments/...") and telling at the end.
        option->textElideMode = Qt::ElideLeft;
        break;
    default:
        break;
    }
    if (state == int(FindingState::Fixed)) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
}

} // namespace greenlight
