#include "AuditLog.h"

#include <QCoreApplication>

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
    SqlQuery insert(m_connection,
                    u"INSERT INTO audit_event (assessment_id, item_id, occurred_at, actor, action, "
                    "field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.bind(event.assessmentId);
    if (event.itemId)
        insert.bind(*event.itemId);
    else
        insert.bindNull();
    insert.bind(StoreCodec::timestampText(event.at))
            .bind(event.actor)
            .bind(event.action)
            .bind(event.field);
    // Values that do not apply (the "old" name of a new assessment) are NULL, not "".
    for (const QString &value : {event.oldValue, event.newValue}) {
        if (value.isNull())
            insert.bindNull();
        else
            insert.bind(value);
    }
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
