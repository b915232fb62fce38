#include "SqliteSchema.h"

#include <array>

#include <spdlog/spdlog.h>

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include "AuditChain.h"
#include "Database.h"
#include "SqlError.h"
#include "SqlQuery.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::Database)
};

Result<void> execAll(const QSqlDatabase &connection,
                     const QStringList &statements,
                     const QString &operation)
{
    for (const QString &sql : statements) {
        QSqlQuery query(connection);
        if (!query.exec(sql))
            return sqlError(query.lastError(), operation);
    }
    return {};
}

// Schema 1: assessments, their chosen templates, snapshotted items and the audit trail.
// Column names avoid words reserved in standard SQL or PostgreSQL (system, release, at,
// references) so the queries in AssessmentStore run unchanged on another engine. Enum
// columns hold stable keys without CHECK constraints: later schemas add statuses (waived)
// and SQLite cannot alter a CHECK without rebuilding the table; the C++ side validates.
// assessment_template.signoff_roles_json snapshots the sign-off roles now, so the sign-off
// issue finds them for assessments created before it. Later schemas (waivers, evidence,
// scans, findings, signatures, audit hash chain) append migrations; a migration that must
// backfill audit_event drops and recreates the append-only triggers in its transaction.
Result<void> migrateToVersion1(const QSqlDatabase &connection, const QString &operation)
{
    const QStringList statements = {
            u"CREATE TABLE assessment ("
            " id INTEGER PRIMARY KEY,"
            " name TEXT NOT NULL,"
            " system_name TEXT NOT NULL,"
            " release_name TEXT NOT NULL,"
            " repo_path TEXT NOT NULL DEFAULT '',"
            " created_at TEXT NOT NULL,"
            " created_by TEXT NOT NULL,"
            " deleted_at TEXT,"
            " deleted_by TEXT)"_s,
            u"CREATE INDEX assessment_by_created ON assessment (created_at, id)"_s,
            u"CREATE INDEX assessment_by_name ON assessment (name)"_s,

            u"CREATE TABLE assessment_template ("
            " assessment_id INTEGER NOT NULL REFERENCES assessment (id),"
            " position INTEGER NOT NULL,"
            " template_id TEXT NOT NULL,"
            " template_version TEXT NOT NULL,"
            " title TEXT NOT NULL,"
            " signoff_roles_json TEXT NOT NULL DEFAULT '[]',"
            " PRIMARY KEY (assessment_id, position),"
            " UNIQUE (assessment_id, template_id))"_s,

            u"CREATE TABLE item ("
            " id INTEGER PRIMARY KEY,"
            " assessment_id INTEGER NOT NULL REFERENCES assessment (id),"
            " template_id TEXT NOT NULL,"
            " template_version TEXT NOT NULL,"
            " section_id TEXT NOT NULL,"
            " section_title TEXT NOT NULL,"
            " item_key TEXT NOT NULL,"
            " title TEXT NOT NULL,"
            " guidance TEXT NOT NULL DEFAULT '',"
            " severity TEXT NOT NULL,"
            " evidence TEXT NOT NULL,"
            " checks_json TEXT NOT NULL DEFAULT '[]',"
            " references_json TEXT NOT NULL DEFAULT '[]',"
            " tags_json TEXT NOT NULL DEFAULT '[]',"
            " position INTEGER NOT NULL,"
            " status TEXT NOT NULL DEFAULT 'not_started',"
            " owner TEXT NOT NULL DEFAULT '',"
            " note TEXT NOT NULL DEFAULT '',"
            " updated_at TEXT,"
            " updated_by TEXT NOT NULL DEFAULT '',"
            " UNIQUE (assessment_id, template_id, item_key))"_s,
            u"CREATE UNIQUE INDEX item_by_position ON item (assessment_id, position)"_s,
            u"CREATE INDEX item_by_key ON item (assessment_id, item_key)"_s,

            u"CREATE TABLE audit_event ("
            " id INTEGER PRIMARY KEY,"
            " assessment_id INTEGER NOT NULL REFERENCES assessment (id),"
            " item_id INTEGER REFERENCES item (id),"
            " occurred_at TEXT NOT NULL,"
            " actor TEXT NOT NULL,"
            " action TEXT NOT NULL,"
            " field TEXT NOT NULL DEFAULT '',"
            " old_value TEXT,"
            " new_value TEXT)"_s,
            u"CREATE INDEX audit_by_assessment ON audit_event (assessment_id, id)"_s,
            u"CREATE INDEX audit_by_item ON audit_event (item_id, id)"_s,
            u"CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event"
            " BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"_s,
            u"CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event"
            " BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"_s,

            // Marks the file as ours in the same transaction that creates the schema.
            u"PRAGMA application_id = %1"_s.arg(Database::ApplicationId),
    };
    return execAll(connection, statements, operation);
}

// Schema 2: repository scans and their findings. A finding is one row per (assessment,
// fingerprint) that moves between new / open / fixed as scans are recorded (ScanStore), so
// the fingerprint, not the row of one scan, is the identity; scan_finding keeps which
// findings each scan saw or fixed. Snippets arrive redacted and a secret is only ever kept
// as its hash. Booleans are 0/1 integers and string lists JSON text, as in schema 1, so the
// SQL stays portable.
Result<void> migrateToVersion2(const QSqlDatabase &connection, const QString &operation)
{
    const QStringList statements = {
            u"CREATE TABLE scan ("
            " id INTEGER PRIMARY KEY,"
            " assessment_id INTEGER NOT NULL REFERENCES assessment (id),"
            " root TEXT NOT NULL,"
            " is_git INTEGER NOT NULL DEFAULT 0,"
            " git_head TEXT NOT NULL DEFAULT '',"
            " git_branch TEXT NOT NULL DEFAULT '',"
            " git_dirty INTEGER NOT NULL DEFAULT 0,"
            " started_at TEXT NOT NULL,"
            " finished_at TEXT NOT NULL,"
            " recorded_at TEXT NOT NULL,"
            " recorded_by TEXT NOT NULL,"
            " ruleset_version TEXT NOT NULL DEFAULT '',"
            " rules_run_json TEXT NOT NULL DEFAULT '[]',"
            " files_scanned INTEGER NOT NULL DEFAULT 0,"
            " bytes_scanned INTEGER NOT NULL DEFAULT 0,"
            " files_skipped INTEGER NOT NULL DEFAULT 0,"
            " cancelled INTEGER NOT NULL DEFAULT 0,"
            " new_count INTEGER NOT NULL DEFAULT 0,"
            " open_count INTEGER NOT NULL DEFAULT 0,"
            " fixed_count INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX scan_by_assessment ON scan (assessment_id, id)"_s,

            u"CREATE TABLE finding ("
            " id INTEGER PRIMARY KEY,"
            " assessment_id INTEGER NOT NULL REFERENCES assessment (id),"
            " fingerprint TEXT NOT NULL,"
            " rule_id TEXT NOT NULL,"
            " severity TEXT NOT NULL,"
            " title TEXT NOT NULL DEFAULT '',"
            " message TEXT NOT NULL DEFAULT '',"
            " path TEXT NOT NULL DEFAULT '',"
            " line INTEGER NOT NULL DEFAULT 0,"
            " col INTEGER NOT NULL DEFAULT 0,"
            " end_line INTEGER NOT NULL DEFAULT 0,"
            " end_col INTEGER NOT NULL DEFAULT 0,"
            " snippet TEXT NOT NULL DEFAULT '',"
            " fix TEXT NOT NULL DEFAULT '',"
            " item_keys_json TEXT NOT NULL DEFAULT '[]',"
            " secret_hash TEXT NOT NULL DEFAULT '',"
            " state TEXT NOT NULL,"
            " first_scan_id INTEGER NOT NULL REFERENCES scan (id),"
            " last_seen_scan_id INTEGER NOT NULL REFERENCES scan (id),"
            " fixed_in_scan_id INTEGER REFERENCES scan (id),"
            " UNIQUE (assessment_id, fingerprint))"_s,
            // Findings are read per assessment and state (open ones, counted per rule); a
            // scan's own list comes through scan_finding's primary key.
            u"CREATE INDEX finding_by_state ON finding (assessment_id, state, rule_id)"_s,

            // What each scan saw (new, open) or fixed, so the history can show an older
            // scan's findings as that scan classified them.
            u"CREATE TABLE scan_finding ("
            " scan_id INTEGER NOT NULL REFERENCES scan (id),"
            " finding_id INTEGER NOT NULL REFERENCES finding (id),"
            " state TEXT NOT NULL,"
            " PRIMARY KEY (scan_id, finding_id))"_s,
    };
    return execAll(connection, statements, operation);
}

const QStringList &auditTriggers()
{
    static const QStringList triggers = {
            u"CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event"
            " BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"_s,
            u"CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event"
            " BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"_s,
    };
    return triggers;
}

// Links the rows written before schema 3 into the chain, oldest first, in the migration's
// transaction; the append-only triggers are lifted only for as long as that takes.
Result<void> chainExistingAuditRows(const QSqlDatabase &connection, const QString &operation)
{
    auto dropped = execAll(
            connection,
            {u"DROP TRIGGER audit_event_no_update"_s, u"DROP TRIGGER audit_event_no_delete"_s},
            operation);
    if (!dropped)
        return dropped;
    QList<AuditChain::Row> rows;
    {
        SqlQuery select(connection,
                        u"SELECT "_s + AuditChain::columns() + u" FROM audit_event ORDER BY id"_s);
        if (auto read = select.exec(operation); !read)
            return read;
        while (select.next())
            rows.append(AuditChain::rowFromQuery(select)); // hashes empty: not chained yet
    }
    QString previous = AuditChain::genesisHash();
    SqlQuery update(connection,
                    u"UPDATE audit_event SET prev_hash = ?, entry_hash = ? WHERE id = ?"_s);
    for (AuditChain::Row &row : rows) {
        row.prevHash = previous;
        row.entryHash = AuditChain::computeHash(row);
        update.bind(row.prevHash).bind(row.entryHash).bind(row.id);
        if (auto written = update.exec(operation); !written)
            return written;
        previous = row.entryHash;
    }
    return execAll(connection, auditTriggers(), operation);
}

// Schema 3 (issue #4): the audit hash chain, evidence, waivers and signatures.
//  - audit_event gains prev_hash/entry_hash (AuditChain); existing rows are chained here.
//  - evidence: one row per attachment. Files and captured command output live in the vault
//    (EvidenceVault, content-addressed by content_hash); notes, URLs, repository references
//    and finding references are hashed from their text. Only removed_at/removed_by may ever
//    change (a soft delete); a trigger refuses edits of anything else and any DELETE.
//  - waiver: append-only; the newest waiver of an item is its current one.
//  - signature: append-only and bound to its assessment (no UPDATE, so it cannot move);
//    snapshot_json keeps the canonical content that content_hash covers, for the stale diff.
Result<void> migrateToVersion3(const QSqlDatabase &connection, const QString &operation)
{
    const auto appendOnly = [](const QString &table, const QString &what) {
        return QStringList{
                u"CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1"
                " BEGIN SELECT RAISE(ABORT, '%2 are append-only'); END"_s.arg(table, what),
                u"CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1"
                " BEGIN SELECT RAISE(ABORT, '%2 are append-only'); END"_s.arg(table, what),
        };
    };
    QStringList statements = {
            u"ALTER TABLE audit_event ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE audit_event ADD COLUMN entry_hash TEXT NOT NULL DEFAULT ''"_s,

            u"CREATE TABLE evidence ("
            " id INTEGER PRIMARY KEY,"
            " assessment_id INTEGER NOT NULL REFERENCES assessment (id),"
            " item_id INTEGER NOT NULL REFERENCES item (id),"
            " kind TEXT NOT NULL,"
            " original_name TEXT NOT NULL DEFAULT '',"
            " content_hash TEXT NOT NULL,"
            " size_bytes INTEGER NOT NULL DEFAULT 0,"
            " mime_type TEXT NOT NULL DEFAULT '',"
            " in_vault INTEGER NOT NULL DEFAULT 0,"
            " locator TEXT NOT NULL DEFAULT '',"
            " line_from INTEGER NOT NULL DEFAULT 0,"
            " line_to INTEGER NOT NULL DEFAULT 0,"
            " body TEXT NOT NULL DEFAULT '',"
            " exit_code INTEGER,"
            " working_dir TEXT NOT NULL DEFAULT '',"
            " ran_at TEXT,"
            " valid_until TEXT,"
            " created_at TEXT NOT NULL,"
            " created_by TEXT NOT NULL,"
            " removed_at TEXT,"
            " removed_by TEXT)"_s,
            u"CREATE INDEX evidence_by_item ON evidence (assessment_id, item_id, id)"_s,
            u"CREATE INDEX evidence_by_hash ON evidence (content_hash)"_s,
            u"CREATE TRIGGER evidence_immutable BEFORE UPDATE OF id, assessment_id, item_id,"
            " kind, original_name, content_hash, size_bytes, mime_type, in_vault, locator,"
            " line_from, line_to, body, exit_code, working_dir, ran_at, valid_until,"
            " created_at, created_by ON evidence"
            " BEGIN SELECT RAISE(ABORT, 'evidence records are immutable'); END"_s,
            u"CREATE TRIGGER evidence_no_delete BEFORE DELETE ON evidence"
            " BEGIN SELECT RAISE(ABORT, 'evidence records are never deleted'); END"_s,

            u"CREATE TABLE waiver ("
            " id INTEGER PRIMARY KEY,"
            " assessment_id INTEGER NOT NULL REFERENCES assessment (id),"
            " item_id INTEGER NOT NULL REFERENCES item (id),"
            " justification TEXT NOT NULL,"
            " accepted_by TEXT NOT NULL,"
            " expires_on TEXT NOT NULL,"
            " ticket_url TEXT NOT NULL DEFAULT '',"
            " created_at TEXT NOT NULL,"
            " created_by TEXT NOT NULL)"_s,
            u"CREATE INDEX waiver_by_item ON waiver (assessment_id, item_id, id)"_s,

            u"CREATE TABLE signature ("
            " id INTEGER PRIMARY KEY,"
            " assessment_id INTEGER NOT NULL REFERENCES assessment (id),"
            " role_id TEXT NOT NULL,"
            " role_title TEXT NOT NULL,"
            " meaning TEXT NOT NULL,"
            " signer_name TEXT NOT NULL,"
            " decision TEXT NOT NULL,"
            " comment TEXT NOT NULL DEFAULT '',"
            " signed_at TEXT NOT NULL,"
            " signed_by TEXT NOT NULL,"
            " content_hash TEXT NOT NULL,"
            " snapshot_json TEXT NOT NULL,"
            " public_key TEXT NOT NULL DEFAULT '',"
            " crypto_signature TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX signature_by_assessment ON signature (assessment_id, role_id, id)"_s,
    };
    statements += appendOnly(u"waiver"_s, u"waivers"_s);
    statements += appendOnly(u"signature"_s, u"signatures"_s);
    if (auto created = execAll(connection, statements, operation); !created)
        return created;
    return chainExistingAuditRows(connection, operation);
}

// Schema 4 (issue #5): the dashboard's burn-up sums status changes per day over the whole
// audit trail (BurnUpHistory). A partial index on exactly those rows, keyed by the day,
// holds every column the query reads and is already in day order, so the database neither
// visits the table nor sorts: three times faster on 100,000 events. Expression and partial
// indexes exist in PostgreSQL too.
Result<void> migrateToVersion4(const QSqlDatabase &connection, const QString &operation)
{
    return execAll(connection,
                   {u"CREATE INDEX audit_status_by_day ON audit_event"
                    " (assessment_id, SUBSTR(occurred_at, 1, 10), old_value, new_value)"
                    " WHERE action = 'item.updated' AND field = 'status'"_s},
                   operation);
}

// SQLite reports a damaged file as SQLITE_CORRUPT or SQLITE_NOTADB on the first statement
// that reads the bad page; say what that means for the user.
Error inspectionError(const QSqlError &error, const QString &path, const QString &operation)
{
    Error result = sqlError(error, operation);
    if (result.code == Error::Code::Corrupt) {
        result.message = Text::tr("%1 is corrupt (%2); it was left untouched. Restore it from a "
                                  "backup.")
                                 .arg(path, sqlErrorReason(error));
    }
    return result;
}

struct Migration
{
    int version;
    Result<void> (*apply)(const QSqlDatabase &connection, const QString &operation);
};

// Append only: a released migration never changes. Schema N+1 is a function
// migrateToVersionN+1(connection, operation) appended here; migrate() runs each in its own
// transaction and bumps user_version, and latestVersion() follows by itself.
constexpr std::array Migrations{
        Migration{1, &migrateToVersion1},
        Migration{2, &migrateToVersion2},
        Migration{3, &migrateToVersion3},
        Migration{4, &migrateToVersion4},
};

// path names the file for corruption messages (inspection); empty for other uses.
Result<QVariant> pragmaValue(const QSqlDatabase &connection,
                             const QString &pragma,
                             const QString &operation,
                             const QString &path = {})
{
    QSqlQuery query(connection);
    if (query.exec(u"PRAGMA "_s + pragma) && query.next())
        return query.value(0);
    if (!query.lastError().isValid())
        return QVariant();
    return path.isEmpty() ? sqlError(query.lastError(), operation)
                          : inspectionError(query.lastError(), path, operation);
}

} // namespace

int SqliteSchema::latestVersion()
{
    return Migrations.back().version;
}

Result<void> SqliteSchema::configure(const QSqlDatabase &connection, int busyTimeoutMs)
{
    const QString operation = Text::tr("could not configure the database connection");
    // synchronous=FULL: in WAL mode NORMAL already survives a crash of the process, but a
    // power loss can drop the last commits. Greenlight is an audit tool whose edits come at
    // human speed, so one fsync per commit is cheap insurance that "saved" means saved.
    auto configured = execAll(connection,
                              {u"PRAGMA busy_timeout = %1"_s.arg(busyTimeoutMs),
                               u"PRAGMA foreign_keys = ON"_s,
                               u"PRAGMA synchronous = FULL"_s},
                              operation);
    if (!configured)
        return configured;

    // WAL lets worker threads and a second instance read while one writer commits.
    auto mode = pragmaValue(connection, u"journal_mode = WAL"_s, operation);
    if (!mode)
        return mode.error();
    if (mode->toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        // Some file systems (network shares) cannot do WAL; SQLite then keeps its rollback
        // journal, which is still transactional, only less concurrent.
        spdlog::warn("database {}: WAL unavailable, journal mode is {}",
                     connection.databaseName().toStdString(),
                     mode->toString().toStdString());
    }
    return {};
}

Result<void> SqliteSchema::quickCheck(const QSqlDatabase &connection, const QString &path)
{
    QSqlQuery query(connection);
    const QString operation = Text::tr("could not check %1").arg(path);
    if (!query.exec(u"PRAGMA quick_check"_s))
        return inspectionError(query.lastError(), path, operation);
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != "ok"_L1 && problems.size() < 3)
            problems.append(line);
    }
    if (query.lastError().isValid())
        return inspectionError(query.lastError(), path, operation);
    if (problems.isEmpty())
        return {};
    return Error::make(Error::Code::Corrupt,
                       Text::tr("%1 is corrupt (integrity check: %2); it was left untouched. "
                                "Restore it from a backup.")
                               .arg(path, problems.join(u"; "_s)));
}

Result<SqliteSchema::Identity> SqliteSchema::readIdentity(const QSqlDatabase &connection,
                                                          const QString &path)
{
    const QString operation = Text::tr("could not read %1").arg(path);
    Identity identity;
    auto applicationId = pragmaValue(connection, u"application_id"_s, operation, path);
    if (!applicationId)
        return applicationId.error();
    auto version = pragmaValue(connection, u"user_version"_s, operation, path);
    if (!version)
        return version.error();
    QSqlQuery count(connection);
    if (!count.exec(u"SELECT COUNT(*) FROM sqlite_master"_s) || !count.next())
        return inspectionError(count.lastError(), path, operation);
    identity.applicationId = applicationId->toInt();
    identity.userVersion = version->toInt();
    identity.objectCount = count.value(0).toInt();
    return identity;
}

Result<void> SqliteSchema::checkIdentity(const Identity &identity, const QString &path)
{
    const bool brandNew
            = identity.applicationId == 0 && identity.userVersion == 0 && identity.objectCount == 0;
    if (!brandNew && identity.applicationId != Database::ApplicationId) {
        return Error::make(Error::Code::NotAGreenlightStore,
                           Text::tr("%1 is not a Greenlight database (it is an SQLite file of "
                                    "another application); it was left untouched")
                                   .arg(path));
    }
    if (identity.userVersion > latestVersion()) {
        return Error::make(Error::Code::NewerSchema,
                           Text::tr("%1 was written by a newer Greenlight (schema %2); this "
                                    "build understands up to %3. It was left untouched.")
                                   .arg(path)
                                   .arg(identity.userVersion)
                                   .arg(latestVersion()));
    }
    return {};
}

Result<int> SqliteSchema::userVersion(const QSqlDatabase &connection)
{
    auto version = pragmaValue(
            connection, u"user_version"_s, Text::tr("could not read the schema version"));
    if (!version)
        return version.error();
    return version->toInt();
}

Result<void> SqliteSchema::migrate(Database &database)
{
    const QSqlDatabase connection = database.connection();
    auto initial = userVersion(connection);
    if (!initial)
        return initial.error();
    for (const Migration &migration : Migrations) {
        // An up-to-date store takes no write lock, so opening it never waits for a writer.
        if (migration.version <= *initial)
            continue;
        const QString operation = Text::tr("could not upgrade %1 to schema %2")
                                          .arg(database.path())
                                          .arg(migration.version);
        auto applied = database.transaction(operation, [&]() -> Result<void> {
            // Re-read inside the write lock: another process may have migrated meanwhile.
            auto current = userVersion(connection);
            if (!current)
                return current.error();
            if (*current >= migration.version)
                return {};
            auto result = migration.apply(connection, operation);
            if (!result)
                return result;
            return execAll(
                    connection, {u"PRAGMA user_version = %1"_s.arg(migration.version)}, operation);
        });
        if (!applied)
            return applied;
        // Creating a store is routine; upgrading an existing one is worth a line in the log.
        spdlog::log(*initial > 0 ? spdlog::level::info : spdlog::level::debug,
                    "database {}: upgraded to schema {}",
                    database.path().toStdString(),
                    migration.version);
    }
    return {};
}

} // namespace greenlight
