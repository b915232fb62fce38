#include "ChecklistFilterProxyModel.h"

#include "ChecklistModel.h"

namespace greenlight {

ChecklistFilterProxyModel::ChecklistFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(ChecklistModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // Status and owner edits must re-evaluate the filter (an item set to "passed" leaves a
    // "failed only" view).
    setDynamicSortFilter(true);
}

void ChecklistFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_words = trimmed.simplified().split(QChar(u' '), Qt::SkipEmptyParts);
    refilter();
}

void ChecklistFilterProxyModel::setStatusFilter(const QSet<ItemStatus> &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    refilter();
}

void ChecklistFilterProxyModel::setSeverityFilter(const QSet<Severity> &severities)
{
    if (severities == m_severities)
        return;
    m_severities = severities;
    refilter();
}

void ChecklistFilterProxyModel::setItemFilter(const std::optional<QSet<QString>> &items,
                                              const QString &label)
{
    const QString newLabel = items ? label : QString();
    if (items == m_items && newLabel == m_itemsLabel)
        return;
    m_items = items;
    m_itemsLabel = newLabel;
    refilter();
}

bool ChecklistFilterProxyModel::isFiltering() const
{
    return !m_text.isEmpty() || !m_statuses.isEmpty() || !m_severities.isEmpty()
           || m_items.has_value();
}

void ChecklistFilterProxyModel::clearFilters()
{
    if (!isFiltering())
        return;
    m_text.clear();
    m_words.clear();
    m_statuses.clear();
    m_severities.clear();
    m_items.reset();
    m_itemsLabel.clear();
    refilter();
}

void ChecklistFilterProxyModel::refilter()
{
    invalidateFilter();
    emit filtersChanged();
}

bool ChecklistFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                 const QModelIndex &sourceParent) const
{
    const QModelIndex source = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = ChecklistModel::NodeKind(source.data(ChecklistModel::NodeKindRole).toInt());
    if (kind != ChecklistModel::NodeKind::Item) {
        // Groups are shown through their items (recursive filtering) once a filter is set.
        return !isFiltering();
    }
    if (!m_statuses.isEmpty()
        && !m_statuses.contains(ItemStatus(source.data(ChecklistModel::StatusRole).toInt())))
        return false;
    if (!m_severities.isEmpty()
        && !m_severities.contains(Severity(source.data(ChecklistModel::SeverityRole).toInt())))
        return false;
    if (m_items) {
        const QString key = source.data(ChecklistModel::ItemKeyRole).toString();
        const QString qualified
                = source.data(ChecklistModel::TemplateIdRole).toString() + u':' + key;
        if (!m_items->contains(qualified) && !m_items->contains(key))
            return false;
    }
    return m_text.isEmpty() || matchesText(source);
}

bool ChecklistFilterProxyModel::matchesText(const QModelIndex &source) const
{
    QString haystack;
    for (const int role : {ChecklistModel::ItemKeyRole,
                           ChecklistModel::TitleRole,
                           ChecklistModel::OwnerRole,
                           ChecklistModel::NoteRole,
                           ChecklistModel::GuidanceRole}) {
        haystack += source.data(role).toString();
        haystack += QChar(u'\n');
    }
    // Every word must occur somewhere, so "rollback runbook" narrows rather than widens.
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace greenlight
