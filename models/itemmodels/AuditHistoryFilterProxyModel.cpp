#include "AuditHistoryFilterProxyModel.h"

#include "AuditHistoryModel.h"

namespace greenlight {

AuditHistoryFilterProxyModel::AuditHistoryFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AuditHistoryModel::SortRole);
}

void AuditHistoryFilterProxyModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void AuditHistoryFilterProxyModel::setItemId(std::optional<qint64> itemId)
{
    if (itemId == m_itemId)
        return;
    m_itemId = itemId;
    invalidateFilter();
}

bool AuditHistoryFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                    const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_itemId) {
        const QModelIndex first = model->index(sourceRow, 0, sourceParent);
        if (first.data(AuditHistoryModel::ItemIdRole).toLongLong() != *m_itemId)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column = AuditHistoryModel::ActorColumn; column < AuditHistoryModel::ColumnCount;
         ++column) {
        const QModelIndex index = model->index(sourceRow, column, sourceParent);
        // The full value (tooltip) for old/new, so a match deep in a long note counts.
        const QString value
                = column == AuditHistoryModel::OldColumn || column == AuditHistoryModel::NewColumn
                          ? index.data(Qt::ToolTipRole).toString()
                          : index.data(Qt::DisplayRole).toString();
        if (value.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace greenlight
