#pragma once

#include <QSqlDatabase>
#include <QString>

#include "domain/Result.h"

namespace greenlight {

class Database;

// Everything that knows the store is SQLite, besides Database's file handling: connection
// PRAGMAs, the integrity and identity checks, and the numbered migrations with their
// SQLite DDL (trigger syntax, INTEGER PRIMARY KEY, user_version/application_id).
class SqliteSchema
{
public:
    // What the file's header says it is.
    struct Identity
    {
        qint32 applicationId = 0;
        int userVersion = 0;
        int objectCount = 0; // tables, indexes, triggers, views
    };

    static int latestVersion();

    static Result<void> configure(const QSqlDatabase &connection, int busyTimeoutMs);
    static Result<void> quickCheck(const QSqlDatabase &connection, const QString &path);
    static Result<Identity> readIdentity(const QSqlDatabase &connection, const QString &path);
    // Refuses foreign and newer files; accepts a Greenlight store or a brand-new empty file.
    static Result<void> checkIdentity(const Identity &identity, const QString &path);
    static Result<int> userVersion(const QSqlDatabase &connection);
    // Applies every migration above the file's user_version, one transaction each.
    static Result<void> migrate(Database &database);
};

} // namespace greenlight
