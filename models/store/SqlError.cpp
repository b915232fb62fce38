#include "SqlError.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

// SQLite primary result codes (the low byte of extended codes, which Qt enables).
enum SqliteCode {
    SqliteReadOnly = 8,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADb = 26,
};

Error::Code codeFor(const QSqlError &error)
{
    bool numeric = false;
    const int native = error.nativeErrorCode().toInt(&numeric);
    if (!numeric)
        return Error::Code::Database;
    switch (native & 0xff) {
    case SqliteBusy:
    case SqliteLocked:
        return Error::Code::Locked;
    case SqliteCorrupt:
    case SqliteNotADb:
        return Error::Code::Corrupt;
    case SqliteReadOnly:
    case SqliteIoErr:
    case SqliteFull:
    case SqliteCantOpen:
        return Error::Code::Io;
    case SqliteConstraint:
        return Error::Code::InvalidArgument;
    default:
        return Error::Code::Database;
    }
}

} // namespace

QString sqlErrorReason(const QSqlError &error)
{
    QString reason = error.databaseText().trimmed();
    if (reason.isEmpty())
        reason = error.driverText().trimmed();
    if (reason.isEmpty())
        reason = u"unknown database error"_s;
    return reason;
}

Error sqlError(const QSqlError &error, const QString &operation)
{
    return Error::make(codeFor(error), operation + u": "_s + sqlErrorReason(error));
}

} // namespace greenlight
