#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

#include "domain/Severity.h"

namespace greenlight {

// Filters a FindingsModel by a set of severities, one rule id, a path fragment and free
// text (every word must occur in the rule, title, message, path or snippet). Empty filters
// mean "any". Sorts by FindingsModel::SortRole, so severity sorts by rank, not by name.
class FindingsFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FindingsFilterProxyModel(QObject *parent = nullptr);

    QSet<Severity> severityFilter() const { return m_severities; }
    void setSeverityFilter(const QSet<Severity> &severities);

    QString ruleFilter() const { return m_rule; } // exact rule id
    void setRuleFilter(const QString &ruleId);

    QString pathFilter() const { return m_path; } // case-insensitive fragment of the path
    void setPathFilter(const QString &fragment);

    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);

    bool isFiltering() const;
    void clearFilters();

signals:
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QSet<Severity> m_severities;
    QString m_rule;
    QString m_path;
    QString m_text;
    QStringList m_words; // case-folded
};

} // namespace greenlight
