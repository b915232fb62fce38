#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

#include "domain/ItemStatus.h"
#include "domain/Severity.h"

namespace greenlight {

// Filters a ChecklistModel by text (key, title, owner, note, guidance), by a set of statuses
// and by a set of severities. Filters apply to items; template and section rows stay visible
// while any item below them matches (recursive filtering). An empty set means "any".
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
};

} // namespace greenlight
