#include "AuditHistoryModel.h"

#include <algorithm>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace greenlight {

namespace {

// Old and new values may be long notes: the table shows one line, the tooltip all of it.
QString oneLine(const QString &value)
{
    QString line = value.section(u'\n', 0, 0);
    if (line.size() > 120)
        line = line.left(119) + u'…';
    else if (line.size() < value.size())
        line += u" …"_s;
    return line;
}

} // namespace

AuditHistoryModel::AuditHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int AuditHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditHistoryModel::changeText(const AuditEvent &event)
{
    if (event.action == "assessment.created"_L1)
        return tr("Assessment created");
    if (event.action == "assessment.renamed"_L1)
        return tr("Assessment renamed");
    if (event.action == "assessment.deleted"_L1)
        return tr("Assessment deleted");
    if (event.action == "scan.recorded"_L1)
        return tr("Scan recorded");
    if (event.action == "evidence.added"_L1)
        return tr("Evidence added");
    if (event.action == "evidence.removed"_L1)
        return tr("Evidence removed");
    if (event.action == "waiver.added"_L1)
        return tr("Waiver");
    if (event.action == "signoff.signed"_L1)
        return tr("Signed off");
    if (event.field == "status"_L1)
        return tr("Status");
    if (event.field == "owner"_L1)
        return tr("Owner");
    if (event.field == "note"_L1)
        return tr("Note");
    // Newer actions show by their key (and field) until they get a name here.
    return event.field.isEmpty() ? event.action : event.action + u" · "_s + event.field;
}

QVariant AuditHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEvent &event = m_events.at(index.row());
    const QString itemKey = event.itemId ? m_itemKeys.value(*event.itemId) : QString();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat);
        case ActorColumn:
            return event.actor;
        case ItemColumn:
            return itemKey;
        case ChangeColumn:
            return changeText(event);
        case OldColumn:
            return oneLine(event.oldValue);
        case NewColumn:
            return oneLine(event.newValue);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == OldColumn)
            return event.oldValue;
        if (index.column() == NewColumn)
            return event.newValue;
        if (index.column() == TimeColumn)
            return QLocale().toString(event.at.toLocalTime(), QLocale::LongFormat);
        if (index.column() == ChangeColumn)
            return event.action;
        return {};
    case SortRole:
        if (index.column() == TimeColumn)
            return event.id; // ids grow with time, and break ties within one transaction
        return data(index, Qt::DisplayRole);
    case EventIdRole:
        return event.id;
    case ItemIdRole:
        return event.itemId.value_or(0);
    case AtRole:
        return event.at;
    }
    return {};
}

QVariant AuditHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("When");
    case ActorColumn:
        return tr("Who");
    case ItemColumn:
        return tr("Item");
    case ChangeColumn:
        return tr("Change");
    case OldColumn:
        return tr("Old");
    case NewColumn:
        return tr("New");
    }
    return {};
}

void AuditHistoryModel::setEvents(QList<AuditEvent> events, QHash<qint64, QString> itemKeys)
{
    std::stable_sort(events.begin(), events.end(), [](const AuditEvent &a, const AuditEvent &b) {
        return a.id > b.id; // ids grow with time: newest first, whatever order they came in
    });
    beginResetModel();
    m_events = std::move(events);
    m_itemKeys = std::move(itemKeys);
    endResetModel();
}

void AuditHistoryModel::clear()
{
    setEvents({}, {});
}

} // namespace greenlight
