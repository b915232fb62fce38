#include "AssessmentListDelegate.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

#include "itemmodels/AssessmentListModel.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

constexpr int Padding = 6;

QFont nameFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

} // namespace

void AssessmentListDelegate::paint(QPainter *painter,
                                   const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QString name = index.data(AssessmentListModel::NameRole).toString();
    const QDateTime created = index.data(AssessmentListModel::CreatedAtRole).toDateTime();
    const QString details
            = tr("%1 %2 · %3")
                      .arg(index.data(AssessmentListModel::SystemRole).toString(),
                           index.data(AssessmentListModel::ReleaseRole).toString(),
                           QLocale().toString(created.toLocalTime().date(), QLocale::ShortFormat));

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QRect area = opt.rect.adjusted(Padding, Padding / 2, -Padding, -Padding / 2);
    const QFont bold = nameFont(opt.font);
    const QFontMetrics boldMetrics(bold);
    painter->save();
    painter->setFont(bold);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect nameRect(area.left(), area.top(), area.width(), boldMetrics.height());
    painter->drawText(nameRect,
                      Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(name, Qt::ElideRight, area.width()));
    painter->setFont(opt.font);
    QColor secondary
            = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    painter->setPen(secondary);
    const QRect detailsRect(
            area.left(), nameRect.bottom() + 2, area.width(), opt.fontMetrics.height());
    painter->drawText(detailsRect,
                      Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(details, Qt::ElideRight, area.width()));
    painter->restore();
}

QSize AssessmentListDelegate::sizeHint(const QStyleOptionViewItem &option,
                                       const QModelIndex &) const
{
    const QFontMetrics boldMetrics(nameFont(option.font));
    return QSize(160, boldMetrics.height() + option.fontMetrics.height() + 2 + 2 * Padding);
}

} // namespace greenlight
