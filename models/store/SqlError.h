#pragma once

#include <QString>

#include "domain/Result.h"

class QSqlError;

namespace greenlight {

// Turns a Qt SQL driver error into an Error fit to show: "<operation>: <reason>", e.g.
// "could not save item status: database is locked", with a Code callers can act on.
// This is the one place that decodes SQLite result codes; a PostgreSQL backend would map
// SQLSTATEs here as well.
Error sqlError(const QSqlError &error, const QString &operation);

// The driver's own reason ("database is locked"), without Qt's generic prefix.
QString sqlErrorReason(const QSqlError &error);

} // namespace greenlight
