#pragma once

#include <optional>

#include <QList>
#include <QSqlDatabase>

#include "StoreRecords.h"
#include "domain/Result.h"

namespace greenlight {

// The append-only audit trail. Appends run inside the caller's transaction, so a change and
// its event commit (or vanish) together; the schema's triggers refuse UPDATE and DELETE.
// Since schema 3 every append also links the event into the hash chain (AuditChain): it
// takes the next id itself so the id is part of the hashed content. ChainVerifier checks it.
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase connection);

    // event.id is ignored (assigned by the database).
    Result<void> append(const AuditEvent &event, const QString &operation);
    Result<QList<AuditEvent>> events(qint64 assessmentId, std::optional<qint64> itemId) const;

private:
    QSqlDatabase m_connection;
};

} // namespace greenlight
