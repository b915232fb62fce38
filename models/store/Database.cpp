#include "Database.h"

#include <atomic>

#include <spdlog/spdlog.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include "SqlError.h"
#include "SqliteSchema.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::Database)
};

std::atomic<quint64> s_connectionCounter{0};
std::atomic<int> s_busyTimeoutOverride{0};

const QString DriverName = u"QSQLITE"_s;

// Qt SQL keys connections by name process-wide; counter + thread keeps every Database's
// connection its own even when two threads open the same file.
QString nextConnectionName()
{
    return u"greenlight-%1-%2"_s.arg(++s_connectionCounter)
            .arg(quintptr(QThread::currentThreadId()), 0, 16);
}

// Stores this process has open, by absolute path. POSIX drops every lock a process holds on
// a file as soon as the process closes *any* descriptor of it, so reading the header of a
// store that one of our SQLite connections has open would silently release SQLite's locks:
// another process (greenlight-cli beside the app) could then checkpoint and delete the WAL
// under us and corrupt the file. SQLite's "How To Corrupt An SQLite Database File", 2.2.
class OpenStores
{
public:
    static void add(const QString &path)
    {
        const QMutexLocker lock(&mutex());
        ++counts()[path];
    }
    static void remove(const QString &path)
    {
        const QMutexLocker lock(&mutex());
        if (--counts()[path] <= 0)
            counts().remove(path);
    }
    static bool contains(const QString &path)
    {
        const QMutexLocker lock(&mutex());
        return counts().contains(path);
    }

private:
    static QMutex &mutex()
    {
        static QMutex instance;
        return instance;
    }
    static QHash<QString, int> &counts()
    {
        static QHash<QString, int> instance;
        return instance;
    }
};

enum class FileState { Missing, Empty, HasContent };

// Looks at the file before SQLite does: SQLite would happily treat an unrelated file as a
// database it may write to, so anything without SQLite's magic header is refused here.
Result<FileState> checkFile(const QString &path, Database::Mode mode)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (mode == Database::Mode::ExistingOnly) {
            return Error::make(Error::Code::NotFound,
                               Text::tr("the database %1 does not exist").arg(path));
        }
        if (!QDir().mkpath(info.absolutePath())) {
            return Error::make(Error::Code::Io,
                               Text::tr("could not create the folder %1 for the database %2")
                                       .arg(info.absolutePath(), path));
        }
        return FileState::Missing;
    }
    if (info.isDir()) {
        return Error::make(Error::Code::InvalidArgument,
                           Text::tr("%1 is a folder, not a Greenlight database").arg(path));
    }
    if (info.size() == 0)
        return FileState::Empty;
    // Already open here, so already known to be an SQLite file: never touch it outside SQLite.
    if (OpenStores::contains(path))
        return FileState::HasContent;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(Error::Code::Io,
                           Text::tr("could not read %1: %2").arg(path, file.errorString()));
    }
    static constexpr char Magic[] = "SQLite format 3"; // plus its terminating NUL: 16 bytes
    if (file.read(sizeof(Magic)) != QByteArray(Magic, sizeof(Magic))) {
        return Error::make(Error::Code::NotAGreenlightStore,
                           Text::tr("%1 is not a Greenlight database (not an SQLite file); it "
                                    "was left untouched")
                                   .arg(path));
    }
    return FileState::HasContent;
}

Error openError(const QSqlError &error, const QString &path)
{
    return sqlError(error, Text::tr("could not open the database %1").arg(path));
}

// Every failure while opening names the file; a lock gets advice instead of SQLite's terse
// "database is locked" (whichever statement met it).
Error explainOpenFailure(const Error &error, const QString &path)
{
    if (error.code != Error::Code::Locked)
        return error;
    return Error::make(Error::Code::Locked,
                       Text::tr("the database %1 is locked by another program (gave up after "
                                "%2 ms); close the other Greenlight or try again")
                               .arg(path)
                               .arg(Database::busyTimeoutMs()));
}

// Integrity and identity checks on a read-only connection: a file we end up refusing is
// never opened for writing, so not even a WAL checkpoint can touch it.
Result<void> inspect(const QString &path)
{
    const QString name = nextConnectionName() + u"-inspect"_s;
    Result<void> result;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(DriverName, name);
        connection.setDatabaseName(path);
        connection.setConnectOptions(
                u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(Database::busyTimeoutMs()));
        if (!connection.open()) {
            result = openError(connection.lastError(), path);
        } else {
            result = SqliteSchema::quickCheck(connection, path);
            if (result) {
                auto identity = SqliteSchema::readIdentity(connection, path);
                result = identity ? SqliteSchema::checkIdentity(*identity, path)
                                  : Result<void>(identity.error());
            }
            connection.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
    OpenStores::add(m_path);
}

Database::~Database()
{
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        if (connection.isOpen())
            connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    OpenStores::remove(m_path);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    if (path.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidArgument, Text::tr("no database path given"));
    const QString absolutePath = QFileInfo(path).absoluteFilePath();

    auto state = checkFile(absolutePath, mode);
    if (!state)
        return state.error();
    if (*state == FileState::HasContent) {
        auto inspected = inspect(absolutePath);
        if (!inspected)
            return explainOpenFailure(inspected.error(), absolutePath);
    }

    std::unique_ptr<Database> database(new Database(absolutePath, nextConnectionName()));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(DriverName, database->m_connectionName);
        if (!connection.isValid()) {
            return Error::make(Error::Code::Database,
                               Text::tr("the Qt SQLite driver (QSQLITE) is not installed"));
        }
        connection.setDatabaseName(absolutePath);
        connection.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs()));
        if (!connection.open())
            return explainOpenFailure(openError(connection.lastError(), absolutePath),
                                      absolutePath);
    }

    const QSqlDatabase connection = database->connection();
    auto configured = SqliteSchema::configure(connection, busyTimeoutMs());
    if (!configured)
        return explainOpenFailure(configured.error(), absolutePath);
    // Checked again on the writable connection: an empty or new file had no inspection, and
    // another process may have written the file since.
    auto identity = SqliteSchema::readIdentity(connection, absolutePath);
    if (!identity)
        return explainOpenFailure(identity.error(), absolutePath);
    auto accepted = SqliteSchema::checkIdentity(*identity, absolutePath);
    if (!accepted)
        return accepted.error();
    auto migrated = SqliteSchema::migrate(*database);
    if (!migrated)
        return explainOpenFailure(migrated.error(), absolutePath);

    spdlog::debug("opened database {} (schema {})",
                  absolutePath.toStdString(),
                  database->schemaVersion());
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    auto version = SqliteSchema::userVersion(connection());
    return version ? *version : -1;
}

int Database::latestSchemaVersion()
{
    return SqliteSchema::latestVersion();
}

int Database::busyTimeoutMs()
{
    const int override = s_busyTimeoutOverride.load();
    return override > 0 ? override : BusyTimeoutMs;
}

void Database::setBusyTimeoutOverride(int ms)
{
    s_busyTimeoutOverride.store(ms > 0 ? ms : 0);
}

Result<void> Database::transaction(const std::function<Result<void>()> &fn)
{
    return transaction(Text::tr("could not save the changes"), fn);
}

Result<void> Database::transaction(const QString &operation,
                                   const std::function<Result<void>()> &fn)
{
    // A full disk or an unwritable file is only actionable when the user knows which file.
    auto withPath = [this](Error error) {
        if (error.code == Error::Code::Io && !error.message.contains(m_path))
            error.message += Text::tr(" (database %1)").arg(m_path);
        return error;
    };

    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Result<void> result = fn();
        --m_transactionDepth;
        if (!result)
            m_rollbackOnly = true;
        return result;
    }

    const QSqlDatabase connection = this->connection();
    auto rollback = [&] {
        QSqlQuery query(connection);
        // SQLite may already have rolled back after an I/O error; then this fails harmlessly.
        if (!query.exec(u"ROLLBACK"_s))
            spdlog::debug("rollback: {}", sqlErrorReason(query.lastError()).toStdString());
    };

    {
        // IMMEDIATE takes the write lock up front: a transaction that reads and then writes
        // can never fail half-way with SQLITE_BUSY because another writer got in between.
        QSqlQuery begin(connection);
        if (!begin.exec(u"BEGIN IMMEDIATE"_s))
            return withPath(sqlError(begin.lastError(), operation));
    }
    m_transactionDepth = 1;
    m_rollbackOnly = false;
    Result<void> result;
    try {
        result = fn();
    } catch (...) {
        m_transactionDepth = 0;
        rollback();
        throw;
    }
    m_transactionDepth = 0;
    if (result && m_rollbackOnly) {
        result = Error::make(
                Error::Code::Database,
                Text::tr("%1: a nested step failed, nothing was saved").arg(operation));
    }
    if (!result) {
        rollback();
        return withPath(result.error());
    }
    QSqlQuery commit(connection);
    if (!commit.exec(u"COMMIT"_s)) {
        const Error error = sqlError(commit.lastError(), operation);
        rollback();
        return withPath(error);
    }
    return {};
}

} // namespace greenlight
