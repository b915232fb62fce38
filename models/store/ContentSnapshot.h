#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "domain/Result.h"

namespace greenlight {

// The canonical serialisation a signature covers: the assessment's identity, every item
// (key, status, owner, note, the hashes of its shown evidence, its current waiver) and the
// scan findings (fingerprint, state, severity). Compact JSON with sorted object keys and
// sorted lists, so equal content gives equal bytes on every machine and after reopening.
// Nothing time-dependent goes in (a waiver's expiry date does, not whether it has expired),
// so a signature only goes stale when stored content changes.
class ContentSnapshot
{
public:
    static Result<QByteArray> canonicalJson(const QSqlDatabase &connection, qint64 assessmentId);
    static QString hash(const QByteArray &canonicalJson); // lower-case hex SHA-256

    // What changed from before to after, one line each ("SEC-012: status failed -> passed",
    // "SEC-003: evidence added ab12cd34", "finding 9f3e...: open -> fixed").
    static QStringList diff(const QByteArray &before, const QByteArray &after);
};

} // namespace greenlight
