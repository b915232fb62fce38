#include "ChecklistItemDelegate.h"

#include <QApplication>
#include <QPainter>

#include "StatusIcons.h"
#include "StatusStyle.h"
#include "itemmodels/ChecklistModel.h"

namespace greenlight {
namespace {

ChecklistModel::NodeKind kindOf(const QModelIndex &index)
{
    return ChecklistModel::NodeKind(index.data(ChecklistModel::NodeKindRole).toInt());
}

} // namespace

void ChecklistItemDelegate::setEffectiveStatuses(const QHash<qint64, EffectiveStatus> &statuses)
{
    m_waived.clear();
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it) {
        if (it.value() == EffectiveStatus::Waived || it.value() == EffectiveStatus::WaiverExpired)
            m_waived.insert(it.key(), it.value());
    }
}

QString ChecklistItemDelegate::effectiveStatusText(EffectiveStatus status)
{
    switch (status) {
    case EffectiveStatus::Waived:
        return tr("Waived");
    case EffectiveStatus::WaiverExpired:
        return tr("Failed (waiver expired)");
    default:
        return {};
    }
}

void ChecklistItemDelegate::initStyleOption(QStyleOptionViewItem *option,
                                            const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto kind = kindOf(index);
    if (kind != ChecklistModel::NodeKind::Item) {
        option->font.setBold(true);
        if (kind == ChecklistModel::NodeKind::Template)
            option->font.setPointSizeF(option->font.pointSizeF() * 1.05);
        return;
    }
    switch (index.column()) {
    case ChecklistModel::StatusColumn: {
        const auto status = ItemStatus(index.data(ChecklistModel::StatusRole).toInt());
        option->icon = StatusIcons::status(status);
        option->features |= QStyleOptionViewItem::HasDecoration;
        if (status == ItemStatus::Failed)
            option->palette.setColor(QPalette::Text, StatusStyle::statusColor(status));
        const auto waived = m_waived.constFind(index.data(ChecklistModel::ItemIdRole).toLongLong());
        if (status == ItemStatus::Failed && waived != m_waived.cend()) {
            option->text = effectiveStatusText(*waived);
            option->icon = StatusIcons::effectiveStatus(*waived);
            option->palette.setColor(QPalette::Text, StatusStyle::effectiveStatusColor(*waived));
        }
        break;
    }
    case ChecklistModel::SeverityColumn: {
        const auto severity = Severity(index.data(ChecklistModel::SeverityRole).toInt());
        option->icon = StatusIcons::severity(severity);
        option->features |= QStyleOptionViewItem::HasDecoration;
        break;
    }
    default:
        break;
    }
}

void ChecklistItemDelegate::paint(QPainter *painter,
                                  const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    if (index.column() == ChecklistModel::StatusColumn
        && kindOf(index) != ChecklistModel::NodeKind::Item) {
        paintGroupProgress(painter, option, index);
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
}

void ChecklistItemDelegate::paintGroupProgress(QPainter *painter,
                                               const QStyleOptionViewItem &option,
                                               const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int total = index.data(ChecklistModel::TotalCountRole).toInt();
    const int assessed = index.data(ChecklistModel::AssessedCountRole).toInt();
    const int failed = index.data(ChecklistModel::FailedCountRole).toInt();
    const QRect area = opt.rect.adjusted(4, 0, -4, 0);
    const int textWidth = opt.fontMetrics.horizontalAdvance(text) + 8;
    const int barWidth = qMax(0, qMin(60, area.width() - textWidth));

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (barWidth >= 20 && total > 0) {
        const QRectF bar(area.left(), area.center().y() - 2.5, barWidth, 5);
        painter->setPen(Qt::NoPen);
        painter->setBrush(opt.palette.color(QPalette::Mid));
        painter->setOpacity(0.35);
        painter->drawRoundedRect(bar, 2.5, 2.5);
        painter->setOpacity(1.0);
        const qreal doneWidth = bar.width() * (assessed - failed) / total;
        const qreal failedWidth = bar.width() * failed / total;
        painter->setBrush(StatusStyle::statusColor(ItemStatus::Passed));
        painter->drawRoundedRect(QRectF(bar.left(), bar.top(), doneWidth, bar.height()), 2.5, 2.5);
        painter->setBrush(StatusStyle::statusColor(ItemStatus::Failed));
        painter->drawRoundedRect(
                QRectF(bar.left() + doneWidth, bar.top(), failedWidth, bar.height()), 2.5, 2.5);
    }
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    const QRect textRect = area.adjusted(barWidth >= 20 ? barWidth + 8 : 0, 0, 0, 0);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, text);
    painter->restore();
}

QSize ChecklistItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // A little air between rows makes a long checklist easier to scan.
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 10));
    return size;
}

} // namespace greenlight
