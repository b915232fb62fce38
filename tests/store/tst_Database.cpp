#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "MockClock.h"
#include "StoreTestUtils.h"
#include "TemplateFixtures.h"
#include "store/AssessmentStore.h"
#include "store/Database.h"
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace greenlight;
using namespace greenlight::test;

namespace {

// A store with enough rows to span many pages, so a test can damage one in the middle.
void fillStore(const QString &path, int assessments)
{
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.errorMessage()));
    MockClock clock;
    AssessmentStore store(**db, clock);
    for (int i = 0; i < assessments; ++i) {
        NewAssessment assessment{u"Release %1"_s.arg(i),
                                 u"payments"_s,
                                 u"1.%1"_s.arg(i),
                                 {},
                                 {alphaTemplate(), betaTemplate()}};
        auto id = store.createAssessment(assessment, u"tester"_s);
        QVERIFY2(id, qPrintable(id.errorMessage()));
    }
}

QStringList tableNames(QSqlDatabase connection)
{
    return rawQuery(connection,
                    u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
}

} // namespace

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void migratesAnEmptyStore_data();
    void migratesAnEmptyStore();
    void reopenKeepsSchemaAndData();
    void refusesFilesUntouched_data();
    void refusesFilesUntouched();
    void existingOnlyRefusesMissingFile();
    void refusesUnusableLocations_data();
    void refusesUnusableLocations();
    void refusesReadOnlyDirectory();
    void lockedDatabaseIsReported();
    void openingAgainKeepsTheOpenStoresLocks();
    void transactionRollsBackOnError();
    void nestedTransactionsJoin();
    void connectionsAreIndependent();
    void opensOnAWorkerThread();

private:
    QTemporaryDir m_dir;
};

void tst_Database::cleanup()
{
    Database::setBusyTimeoutOverride(0);
}

void tst_Database::migratesAnEmptyStore_data()
{
    QTest::addColumn<bool>("createEmptyFile");
    QTest::addColumn<QString>("subPath");
    QTest::newRow("missing file") << false << u"fresh.sqlite"_s;
    QTest::newRow("zero-byte file") << true << u"empty.sqlite"_s;
    QTest::newRow("missing folders are created") << false << u"a/b/c/deep.sqlite"_s;
}

void tst_Database::migratesAnEmptyStore()
{
    QFETCH(bool, createEmptyFile);
    QFETCH(QString, subPath);
    const QString path = m_dir.filePath(subPath);
    if (createEmptyFile) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }

    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.errorMessage()));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QCOMPARE((*db)->path(), QFileInfo(path).absoluteFilePath());

    QSqlDatabase connection = (*db)->connection();
    QCOMPARE(rawQuery(connection, u"PRAGMA application_id"_s),
             QStringList{QString::number(Database::ApplicationId)});
    QCOMPARE(rawQuery(connection, u"PRAGMA journal_mode"_s), QStringList{u"wal"_s});
    QCOMPARE(rawQuery(connection, u"PRAGMA foreign_keys"_s), QStringList{u"1"_s});
    QCOMPARE(rawQuery(connection, u"PRAGMA synchronous"_s), QStringList{u"2"_s}); // FULL
    QCOMPARE(rawQuery(connection, u"PRAGMA busy_timeout"_s),
             QStringList{QString::number(Database::BusyTimeoutMs)});
    QCOMPARE(tableNames(connection),
             (QStringList{u"assessment"_s,
                          u"assessment_template"_s,
                          u"audit_event"_s,
                          u"evidence"_s,
                          u"finding"_s,
                          u"item"_s,
                          u"scan"_s,
                          u"scan_finding"_s,
                          u"signature"_s,
                          u"waiver"_s}));
    QCOMPARE(rawQuery(connection,
                      u"SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"_s),
             (QStringList{u"audit_event_no_delete"_s,
                          u"audit_event_no_update"_s,
                          u"evidence_immutable"_s,
                          u"evidence_no_delete"_s,
                          u"signature_no_delete"_s,
                          u"signature_no_update"_s,
                          u"waiver_no_delete"_s,
                          u"waiver_no_update"_s}));
}

void tst_Database::reopenKeepsSchemaAndData()
{
    const QString path = m_dir.filePath(u"reopen.sqlite"_s);
    fillStore(path, 2);
    for (int round = 0; round < 2; ++round) {
        auto db = Database::open(path, Database::Mode::ExistingOnly);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        MockClock clock;
        AssessmentStore store(**db, clock);
        QCOMPARE(store.assessments()->size(), 2);
    }
}

void tst_Database::refusesFilesUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("messagePart");

    const int notOurs = int(Error::Code::NotAGreenlightStore);
    QTest::newRow("text file") << u"text"_s << notOurs << u"not an SQLite file"_s;
    QTest::newRow("short binary file") << u"short"_s << notOurs << u"not an SQLite file"_s;
    QTest::newRow("magic without its NUL") << u"almost"_s << notOurs << u"not an SQLite file"_s;
    QTest::newRow("another application's SQLite file")
            << u"foreign-tables"_s << notOurs << u"not a Greenlight database"_s;
    QTest::newRow("foreign application_id")
            << u"foreign-id"_s << notOurs << u"not a Greenlight database"_s;
    QTest::newRow("newer schema")
            << u"newer"_s << int(Error::Code::NewerSchema)
            << u"newer Greenlight (schema %1); this build understands up to %2"_s
                       .arg(Database::latestSchemaVersion() + 7)
                       .arg(Database::latestSchemaVersion());
    QTest::newRow("page damaged in the middle")
            << u"damaged"_s << int(Error::Code::Corrupt) << u"corrupt"_s;
    QTest::newRow("truncated") << u"truncated"_s << int(Error::Code::Corrupt) << u"corrupt"_s;
}

void tst_Database::refusesFilesUntouched()
{
    QFETCH(QString, kind);
    QFETCH(int, code);
    QFETCH(QString, messagePart);

    const QString path = m_dir.filePath(kind + u".sqlite"_s);
    auto writeFile = [&](const QByteArray &bytes) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    };

    if (kind == "text"_L1) {
        writeFile("name,system\nPayments,payments\n");
    } else if (kind == "short"_L1) {
        writeFile(QByteArray("\x01\x02\x03\x04\x05", 5));
    } else if (kind == "almost"_L1) {
        writeFile(QByteArray("SQLite format 3!") + QByteArray(200, 'x'));
    } else if (kind == "foreign-tables"_L1) {
        withRawConnection(path, [](QSqlDatabase &c) {
            rawQuery(c, u"CREATE TABLE contacts (name TEXT)"_s);
            rawQuery(c, u"INSERT INTO contacts VALUES ('Ada')"_s);
        });
    } else if (kind == "foreign-id"_L1) {
        withRawConnection(path, [](QSqlDatabase &c) {
            rawQuery(c, u"PRAGMA application_id = 1234"_s);
            rawQuery(c, u"PRAGMA user_version = 1"_s);
        });
    } else if (kind == "newer"_L1) {
        fillStore(path, 1);
        withRawConnection(path, [](QSqlDatabase &c) {
            rawQuery(c, u"PRAGMA user_version = %1"_s.arg(Database::latestSchemaVersion() + 7));
        });
    } else if (kind == "damaged"_L1 || kind == "truncated"_L1) {
        fillStore(path, 40);
        int pageSize = 0;
        int pageCount = 0;
        withRawConnection(path, [&](QSqlDatabase &c) {
            pageSize = rawQuery(c, u"PRAGMA page_size"_s).value(0).toInt();
            pageCount = rawQuery(c, u"PRAGMA page_count"_s).value(0).toInt();
            QCOMPARE(rawQuery(c, u"PRAGMA quick_check"_s), QStringList{u"ok"_s});
        });
        QVERIFY2(pageCount >= 8, qPrintable(QString::number(pageCount)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QCOMPARE(file.size(), qint64(pageSize) * pageCount); // checkpointed on close
        if (kind == "damaged"_L1) {
            QVERIFY(file.seek(qint64(pageSize) * (pageCount / 2)));
            file.write(QByteArray(pageSize, '\xa5'));
        } else {
            QVERIFY(file.resize(qint64(pageSize) * (pageCount / 2)));
        }
    }
    QVERIFY(QFileInfo::exists(path));
    const FileFingerprint before = FileFingerprint::of(path);

    auto db = Database::open(path);
    QVERIFY(!db);
    qInfo("%s", qPrintable(db.errorMessage()));
    QCOMPARE(int(db.error().code), code);
    QVERIFY2(db.errorMessage().contains(messagePart), qPrintable(db.errorMessage()));
    QVERIFY2(db.errorMessage().contains(QFileInfo(path).absoluteFilePath()),
             qPrintable(db.errorMessage()));
    QVERIFY(FileFingerprint::of(path) == before);

    // A second attempt, and the ExistingOnly mode, refuse it just the same.
    QVERIFY(!Database::open(path, Database::Mode::ExistingOnly));
    QVERIFY(FileFingerprint::of(path) == before);
}

void tst_Database::existingOnlyRefusesMissingFile()
{
    const QString path = m_dir.filePath(u"missing.sqlite"_s);
    auto db = Database::open(path, Database::Mode::ExistingOnly);
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::NotFound);
    QVERIFY2(db.errorMessage().contains(path), qPrintable(db.errorMessage()));
    QVERIFY(!QFileInfo::exists(path));
}

void tst_Database::refusesUnusableLocations_data()
{
    QTest::addColumn<QString>("subPath");
    QTest::addColumn<int>("code");
    QTest::newRow("parent is a file") << u"plain-file/store.sqlite"_s << int(Error::Code::Io);
    QTest::newRow("path is a folder") << u"a-folder"_s << int(Error::Code::InvalidArgument);
    QTest::newRow("empty path") << QString() << int(Error::Code::InvalidArgument);
}

void tst_Database::refusesUnusableLocations()
{
    QFETCH(QString, subPath);
    QFETCH(int, code);
    {
        QFile file(m_dir.filePath(u"plain-file"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QVERIFY(QDir(m_dir.path()).mkpath(u"a-folder"_s));
    const QString path = subPath.isEmpty() ? QString() : m_dir.filePath(subPath);

    auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(int(db.error().code), code);
    if (!path.isEmpty())
        QVERIFY2(db.errorMessage().contains(path), qPrintable(db.errorMessage()));
}

void tst_Database::refusesReadOnlyDirectory()
{
    if (::geteuid() == 0)
        QSKIP("root writes into read-only folders; the 'parent is a file' case covers Io");
    const QString dir = m_dir.filePath(u"read-only"_s);
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
    const QString path = dir + u"/store.sqlite"_s;
    auto db = Database::open(path);
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::Code::Io);
    QVERIFY2(db.errorMessage().contains(path), qPrintable(db.errorMessage()));
}

void tst_Database::lockedDatabaseIsReported()
{
    const QString path = m_dir.filePath(u"locked.sqlite"_s);
    fillStore(path, 1);
    Database::setBusyTimeoutOverride(300);

    withRawConnection(path, [&](QSqlDatabase &other) {
        // Another program takes the file for itself and keeps it.
        QCOMPARE(rawQuery(other, u"PRAGMA locking_mode = EXCLUSIVE"_s),
                 QStringList{u"exclusive"_s});
        QVERIFY(rawQuery(other, u"BEGIN EXCLUSIVE"_s).isEmpty());
        QVERIFY(rawQuery(other, u"UPDATE assessment SET name = name || '!'"_s).isEmpty());

        QElapsedTimer timer;
        timer.start();
        auto db = Database::open(path);
        QVERIFY(!db);
        qInfo("%s", qPrintable(db.errorMessage()));
        QCOMPARE(db.error().code, Error::Code::Locked);
        QVERIFY2(db.errorMessage().contains(u"locked"_s), qPrintable(db.errorMessage()));
        QVERIFY2(db.errorMessage().contains(path), qPrintable(db.errorMessage()));
        QVERIFY2(timer.elapsed() >= 250, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(timer.elapsed() < Database::BusyTimeoutMs,
                 qPrintable(QString::number(timer.elapsed())));

        rawQuery(other, u"ROLLBACK"_s);
    });

    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.errorMessage()));
    MockClock clock;
    QCOMPARE(AssessmentStore(**db, clock).assessments()->value(0).name, u"Release 0"_s);
}

// The app opens a store once per worker and dialog while the first connection stays open.
// Reading the file's header outside SQLite then would drop every POSIX lock this process
// holds on it, and another process (greenlight-cli) could take the file for itself: leave
// WAL mode, checkpoint and delete the -wal under our open connection, which corrupts it.
void tst_Database::openingAgainKeepsTheOpenStoresLocks()
{
    const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (sqlite3.isEmpty())
        QSKIP("the sqlite3 shell plays the other process (scripts/bootstrap installs it)");
    const QString path = m_dir.filePath(u"shared.sqlite"_s);
    fillStore(path, 1);

    auto first = Database::open(path);
    QVERIFY2(first, qPrintable(first.errorMessage()));
    auto second = Database::open(path);
    QVERIFY2(second, qPrintable(second.errorMessage()));

    // Leaving WAL mode needs the file to itself: it must be refused while we hold it open.
    QProcess other;
    other.start(sqlite3, {path, u"PRAGMA journal_mode = DELETE;"_s});
    QVERIFY(other.waitForFinished(30'000));
    const QString said
            = QString::fromUtf8(other.readAllStandardOutput() + other.readAllStandardError());
    QVERIFY2(said.contains(u"locked"_s), qPrintable(said));

    QSqlQuery mode((*first)->connection());
    QVERIFY(mode.exec(u"PRAGMA journal_mode"_s) && mode.next());
    QCOMPARE(mode.value(0).toString(), u"wal"_s);
    QVERIFY(QFile::exists(path + u"-wal"_s));
}

void tst_Database::transactionRollsBackOnError()
{
    auto db = Database::open(m_dir.filePath(u"rollback.sqlite"_s));
    QVERIFY2(db, qPrintable(db.errorMessage()));
    QSqlDatabase connection = (*db)->connection();
    auto count = [&] {
        return rawQuery(connection, u"SELECT COUNT(*) FROM assessment"_s);
    };

    auto result = (*db)->transaction(u"could not import"_s, [&]() -> Result<void> {
        rawQuery(connection,
                 u"INSERT INTO assessment (name, system_name, release_name, created_at, created_by)"
                 " VALUES ('x', 's', 'r', '2026-11-01T09:00:00.000Z', 'tester')"_s);
        return Error::make(Error::Code::InvalidArgument, u"second step failed"_s);
    });
    QVERIFY(!result);
    QCOMPARE(result.errorMessage(), u"second step failed"_s);
    QCOMPARE(count(), QStringList{u"0"_s});

    QVERIFY((*db)->transaction([&]() -> Result<void> {
        rawQuery(connection,
                 u"INSERT INTO assessment (name, system_name, release_name, created_at, created_by)"
                 " VALUES ('y', 's', 'r', '2026-11-01T09:00:00.000Z', 'tester')"_s);
        return {};
    }));
    QCOMPARE(count(), QStringList{u"1"_s});
}

void tst_Database::nestedTransactionsJoin()
{
    auto db = Database::open(m_dir.filePath(u"nested.sqlite"_s));
    QVERIFY2(db, qPrintable(db.errorMessage()));
    QSqlDatabase connection = (*db)->connection();
    auto insert = [&](const QString &name) {
        rawQuery(connection,
                 u"INSERT INTO assessment (name, system_name, release_name, created_at, created_by)"
                 " VALUES ('%1', 's', 'r', '2026-11-01T09:00:00.000Z', 'tester')"_s.arg(name));
    };
    auto count = [&] {
        return rawQuery(connection, u"SELECT COUNT(*) FROM assessment"_s).value(0);
    };

    // The inner call joins (a second BEGIN would fail) and commits with the outer one.
    QVERIFY((*db)->transaction([&]() -> Result<void> {
        insert(u"outer"_s);
        return (*db)->transaction([&]() -> Result<void> {
            insert(u"inner"_s);
            return {};
        });
    }));
    QCOMPARE(count(), u"2"_s);

    // An inner failure dooms the whole transaction, even when the outer step carries on.
    auto doomed = (*db)->transaction(u"could not import"_s, [&]() -> Result<void> {
        insert(u"outer-2"_s);
        auto inner = (*db)->transaction([&]() -> Result<void> {
            insert(u"inner-2"_s);
            return Error::make(Error::Code::InvalidArgument, u"inner failed"_s);
        });
        Q_UNUSED(inner);
        return {};
    });
    QVERIFY(!doomed);
    QVERIFY2(doomed.errorMessage().startsWith(u"could not import"_s),
             qPrintable(doomed.errorMessage()));
    QCOMPARE(count(), u"2"_s);
}

void tst_Database::connectionsAreIndependent()
{
    const QString path = m_dir.filePath(u"shared.sqlite"_s);
    auto first = Database::open(path);
    QVERIFY2(first, qPrintable(first.errorMessage()));
    auto second = Database::open(path, Database::Mode::ExistingOnly);
    QVERIFY2(second, qPrintable(second.errorMessage()));
    QVERIFY((*first)->connection().connectionName() != (*second)->connection().connectionName());

    const QString secondName = (*second)->connection().connectionName();
    second = Error::make(Error::Code::Generic, u"closed"_s); // destroys the Database
    QVERIFY(!QSqlDatabase::contains(secondName));
    QVERIFY((*first)->connection().isOpen());
    QCOMPARE((*first)->schemaVersion(), Database::latestSchemaVersion());
}

void tst_Database::opensOnAWorkerThread()
{
    const QString path = m_dir.filePath(u"threads.sqlite"_s);
    fillStore(path, 3);
    auto onMainThread = Database::open(path);
    QVERIFY2(onMainThread, qPrintable(onMainThread.errorMessage()));

    // A worker opens its own Database (its own connection) on the same file, as scans will.
    qsizetype seen = -1;
    QString error;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        auto db = Database::open(path, Database::Mode::ExistingOnly);
        if (!db) {
            error = db.errorMessage();
            return;
        }
        MockClock clock;
        auto list = AssessmentStore(**db, clock).assessments();
        seen = list ? list->size() : -1;
    }));
    worker->start();
    QVERIFY(worker->wait(10000));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(seen, 3);
    MockClock clock;
    QCOMPARE(AssessmentStore(**onMainThread, clock).assessments()->size(), 3);
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_Database.moc"
