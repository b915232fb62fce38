#pragma once

#include <QSqlDatabase>
#include <QString>

#include "domain/Result.h"

namespace greenlight {

// What ChainVerifier found. intact is false from the first broken row on; later rows are not
// judged (once a link is broken everything after it is unanchored).
struct ChainReport
{
    bool intact = true;
    qint64 eventsChecked = 0;
    qint64 firstBrokenId = 0; // audit_event.id of the first row that fails, 0 when intact
    QString problem;          // why that row fails, fit to print
    QString headHash;         // entry_hash of the last row (the chain head), genesis if empty
};

// Walks audit_event in id order and recomputes every link (see AuditChain). Reads only; a
// caller shows the head hash in the UI and reports.
class ChainVerifier
{
public:
    static Result<ChainReport> verify(const QSqlDatabase &connection);
    // The current chain head without verifying (cheap: one row).
    static Result<QString> head(const QSqlDatabase &connection);
};

} // namespace greenlight
