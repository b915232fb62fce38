#pragma once

#include <QHash>
#include <QStyledItemDelegate>

#include "store/WaiverStore.h"

namespace greenlight {

// Presentation of ChecklistModel rows that the Core-only model must not know about: status
// and severity icons and colours, bold group rows, and a small progress bar for the
// progress of templates and sections.
class ChecklistItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Waived and waiver-expired items (by item id) are shown as such, never as passed.
    void setEffectiveStatuses(const QHash<qint64, EffectiveStatus> &statuses);
    static QString effectiveStatusText(EffectiveStatus status);

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

    QHash<qint64, EffectiveStatus> m_waived; // only Waived and WaiverExpired entries
};

} // namespace greenlight
