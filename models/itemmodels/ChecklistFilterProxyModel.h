#pragma once

#include <optional>

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

#include "domain/ItemStatus.h"
#include "domain/Severity.h"

namespace greenlight {

// Filters a ChecklistModel by text (key, title, owner, note, guidance), by a set of statuses
// by a set of severities and by an exact set of items (see ChecklistFilter). Filters apply to
// items; template and section rows stay visible while any item below them matches (recursive
// filtering). An empty set means "any".
class ChecklistFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ChecklistFilterProxyModel(QObject *parent = nullptr);

    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);

    QSet<ItemStatus> statusFilter() const { return m_statuses; }
    void setStatusFilter(const QSet<ItemStatus> &statuses);

    QSet<Severity> severityFilter() const { return m_severities; }
    void setSeverityFilter(const QSet<Severity> &severities);

    // Only these items ("template-id:KEY" or bare "KEY"); nullopt lifts the restriction.
    std::optional<QSet<QString>> itemFilter() const { return m_items; }
    QString itemFilterLabel() const { return m_itemsLabel; }
    void setItemFilter(const std::optional<QSet<QString>> &items, const QString &label = {});

    bool isFiltering() const;
    void clearFilters();

signals:
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool matchesText(const QModelIndex &source) const;
    void refilter();

    QString m_text;
    QStringList m_words;
    QSet<ItemStatus> m_statuses;
    QSet<Severity> m_severities;
    std::optional<QSet<QString>> m_items;
    QString m_itemsLabel;
};

} // namespace greenlight
