#include "FindingsFilterProxyModel.h"

#include "FindingsModel.h"

namespace greenlight {

FindingsFilterProxyModel::FindingsFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FindingsModel::SortRole);
    // Live findings arrive while the user has a sort and filter set: keep both applied.
    setDynamicSortFilter(true);
}

void FindingsFilterProxyModel::setSeverityFilter(const QSet<Severity> &severities)
{
    if (severities == m_severities)
        return;
    m_severities = severities;
    refilter();
}

void FindingsFilterProxyModel::setRuleFilter(const QString &ruleId)
{
    const QString trimmed = ruleId.trimmed();
    if (trimmed == m_rule)
        return;
    m_rule = trimmed;
    refilter();
}

void FindingsFilterProxyModel::setPathFilter(const QString &fragment)
{
    const QString trimmed = fragment.trimmed();
    if (trimmed == m_path)
        return;
    m_path = trimmed;
    refilter();
}

void FindingsFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_words = trimmed.toCaseFolded().simplified().split(QChar(u' '), Qt::SkipEmptyParts);
    refilter();
}

bool FindingsFilterProxyModel::isFiltering() const
{
    return !m_severities.isEmpty() || !m_rule.isEmpty() || !m_path.isEmpty() || !m_text.isEmpty();
}

void FindingsFilterProxyModel::clearFilters()
{
    if (!isFiltering())
        return;
    m_severities.clear();
    m_rule.clear();
    m_path.clear();
    m_text.clear();
    m_words.clear();
    refilter();
}

void FindingsFilterProxyModel::refilter()
{
    invalidateFilter();
    emit filtersChanged();
}

bool FindingsFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                const QModelIndex &sourceParent) const
{
    const QModelIndex source = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_severities.isEmpty()
        && !m_severities.contains(Severity(source.data(FindingsModel::SeverityRole).toInt())))
        return false;
    if (!m_rule.isEmpty() && source.data(FindingsModel::RuleIdRole).toString() != m_rule)
        return false;
    if (!m_path.isEmpty()
        && !source.data(FindingsModel::PathRole).toString().contains(m_path, Qt::CaseInsensitive))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = source.data(FindingsModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace greenlight
