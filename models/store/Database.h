#pragma once

#include <functional>
#include <memory>

#include <QSqlDatabase>
#include <QString>

#include "domain/Result.h"

namespace greenlight {

// One open Greenlight store: the only place that knows it is SQLite (PRAGMAs, file checks,
// trigger syntax live here and in SqliteSchema). Everything else speaks portable SQL through
// connection(), so a PostgreSQL backend can slot in later.
//
// Thread affinity: a Database owns one uniquely named QSqlDatabase connection, usable only
// on the thread that opened it (Qt SQL's rule). Worker threads open their own Database on
// the same path; WAL lets them read while the GUI thread writes.
class Database
{
public:
    // The SQLite application_id that marks a file as a Greenlight store ("GLT1").
    static constexpr qint32 ApplicationId = 0x474C5431;
    static constexpr int BusyTimeoutMs = 5000;

    enum class Mode {
        CreateOrMigrate, // create the file if missing and migrate it to the latest schema
        ExistingOnly,    // refuse a missing file (worker threads, read-only tools)
    };

    // Opens (and if needed creates and migrates) the store at path. Refuses, without
    // writing a byte to it: a file that is not SQLite, fails PRAGMA quick_check, carries a
    // foreign application_id, or has a schema newer than this build knows.
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  Mode mode = Mode::CreateOrMigrate);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();

    // Runs fn inside BEGIN IMMEDIATE ... COMMIT; rolls back when fn returns an error.
    // Nested calls join the outer transaction.
    Result<void> transaction(const std::function<Result<void>()> &fn);
    // The same; operation names what the transaction does for errors of BEGIN/COMMIT, e.g.
    // "could not save item status" -> "could not save item status: database is locked".
    // A nested call that fails dooms the outer transaction even if the outer fn goes on.
    Result<void> transaction(const QString &operation, const std::function<Result<void>()> &fn);

    // How long a statement waits for another connection's lock before failing as Locked:
    // BusyTimeoutMs unless tests shortened it (ms <= 0 restores the default). Applies to
    // Databases opened afterwards.
    static int busyTimeoutMs();
    static void setBusyTimeoutOverride(int ms);

private:
    Database(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
};

} // namespace greenlight
