#include "StoreTestUtils.h"

#include <atomic>

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace greenlight::test {

void withRawConnection(const QString &path, const std::function<void(QSqlDatabase &)> &fn)
{
    static std::atomic<int> counter{0};
    const QString name = u"raw-test-connection-%1"_s.arg(++counter);
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        connection.setDatabaseName(path);
        connection.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=0"_s);
        if (connection.open())
            fn(connection);
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList rawQuery(QSqlDatabase &connection, const QString &sql)
{
    QSqlQuery query(connection);
    if (!query.exec(sql))
        return {u"ERROR: "_s + query.lastError().text()};
    QStringList rows;
    while (query.next())
        rows.append(query.value(0).toString());
    return rows;
}

void downgradeToSchema2(QSqlDatabase &connection)
{
    const QStringList statements = {
            u"DROP INDEX audit_status_by_day"_s, // schema 4
            u"DROP TABLE evidence"_s,
            u"DROP TABLE waiver"_s,
            u"DROP TABLE signature"_s,
            u"ALTER TABLE audit_event DROP COLUMN prev_hash"_s,
            u"ALTER TABLE audit_event DROP COLUMN entry_hash"_s,
            u"PRAGMA user_version = 2"_s,
    };
    for (const QString &sql : statements) {
        QSqlQuery query(connection);
        if (!query.exec(sql))
            qWarning("downgradeToSchema2: %s: %s",
                     qPrintable(sql),
                     qPrintable(query.lastError().text()));
    }
}

FileFingerprint FileFingerprint::of(const QString &path)
{
    FileFingerprint print;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return print;
    print.exists = true;
    print.bytes = file.readAll();
    print.modified = QFileInfo(path).lastModified();
    return print;
}

} // namespace greenlight::test
