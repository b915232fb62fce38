#include "AuditLog.h"

#include <QCoreApplication>

#include "AuditChain.h"
#include "SqlQuery.h"
#include "StoreCodec.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::AssessmentStore)
};

} // namespace

AuditLog::AuditLog(QSqlDatabase connection)
    : m_connection(std::move(connection))
{}

Result<void> AuditLog::append(const AuditEvent &event, const QString &operation)
{
    // The caller's transaction (BEGIN IMMEDIATE) holds the write lock, so the last row read
    // here stays the last row until this insert commits: the id and link cannot race.
    SqlQuery last(m_connection,
                  u"SELECT id, entry_hash FROM audit_event ORDER BY id DESC LIMIT 1"_s);
    if (auto read = last.exec(operation); !read)
        return read;
    AuditChain::Row row;
    row.prevHash = AuditChain::genesisHash();
    row.id = 1;
    if (last.next()) {
        row.id = last.int64(0) + 1;
        row.prevHash = last.text(1);
    }
    last.finish();

    row.assessmentId = event.assessmentId;
    row.itemId = event.itemId ? QVariant(*event.itemId) : QVariant();
    row.occurredAt = StoreCodec::timestampText(event.at);
    row.actor = event.actor;
    row.action = event.action;
    row.field = event.field;
    // Values that do not apply (the "old" name of a new assessment) are NULL, not "".
    row.oldValue = event.oldValue.isNull() ? QVariant() : QVariant(event.oldValue);
    row.newValue = event.newValue.isNull() ? QVariant() : QVariant(event.newValue);
    row.entryHash = AuditChain::computeHash(row);

    SqlQuery insert(m_connection,
                    u"INSERT INTO audit_event (id, assessment_id, item_id, occurred_at, actor, "
                    "action, field, old_value, new_value, prev_hash, entry_hash)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.bind(row.id).bind(row.assessmentId);
    if (event.itemId)
        insert.bind(*event.itemId);
    else
        insert.bindNull();
    insert.bind(row.occurredAt).bind(row.actor).bind(row.action).bind(row.field);
    for (const QVariant &value : {row.oldValue, row.newValue}) {
        if (value.isNull())
            insert.bindNull();
        else
            insert.bind(value);
    }
    insert.bind(row.prevHash).bind(row.entryHash);
    return insert.exec(operation);
}

Result<QList<AuditEvent>> AuditLog::events(qint64 assessmentId, std::optional<qint64> itemId) const
{
    QString sql = u"SELECT "_s + StoreCodec::auditColumns()
                  + u" FROM audit_event WHERE assessment_id = ?"_s;
    if (itemId)
        sql += u" AND item_id = ?"_s;
    // Insertion order is the true order: a clock may step backwards, ids never do.
    sql += u" ORDER BY id"_s;

    SqlQuery select(m_connection, sql);
    select.bind(assessmentId);
    if (itemId)
        select.bind(*itemId);
    auto executed = select.exec(Text::tr("could not load the audit trail"));
    if (!executed)
        return executed.error();
    QList<AuditEvent> events;
    while (select.next())
        events.append(StoreCodec::auditFromRow(select));
    return events;
}

} // namespace greenlight
