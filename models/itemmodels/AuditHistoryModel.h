#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "store/StoreRecords.h"

namespace greenlight {

// The audit trail of one assessment as a table, newest first: when, who, which item (its
// template key, e.g. SEC-012; empty for assessment-level events), what changed and old ->
// new. Read-only: the trail is append-only and this model only shows it.
class AuditHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        ActorColumn,
        ItemColumn,
        ChangeColumn,
        OldColumn,
        NewColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        EventIdRole = Qt::UserRole + 1, // qint64
        ItemIdRole,                     // qint64, 0 for assessment-level events
        AtRole,                         // QDateTime, UTC
        SortRole,                       // the column's value for sorting (time: event id)
    };
    Q_ENUM(Role)

    explicit AuditHistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // itemKeys maps item row ids to their template keys, for the Item column.
    void setEvents(QList<AuditEvent> events, QHash<qint64, QString> itemKeys);
    void clear();
    const AuditEvent &event(int row) const { return m_events.at(row); }

    // "Status", "Owner", "Assessment renamed": a readable name for the event's action and,
    // for item edits, its field.
    static QString changeText(const AuditEvent &event);

private:
    QList<AuditEvent> m_events; // newest first
    QHash<qint64, QString> m_itemKeys;
};

} // namespace greenlight
