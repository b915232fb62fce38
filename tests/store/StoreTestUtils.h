#pragma once

#include <functional>

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace greenlight::test {

// A plain QSQLITE connection that bypasses Database, for tests that must poke at a file the
// way another program (or an attacker) would. Closed and removed when fn returns.
void withRawConnection(const QString &path, const std::function<void(QSqlDatabase &)> &fn);

// Runs sql on a raw connection and returns the first column of every row (or the error
// text, prefixed with "ERROR: ").
QStringList rawQuery(QSqlDatabase &connection, const QString &sql);

// Turns a current store back into the schema 2 file issues 2 and 3 wrote: drops schema 3's
// tables, triggers and audit_event's hash columns (SQLite >= 3.35) and schema 4's index, and
// sets user_version.
void downgradeToSchema2(QSqlDatabase &connection);

// What "untouched" means: same bytes and same modification time.
struct FileFingerprint
{
    QByteArray bytes;
    QDateTime modified;
    bool exists = false;

    static FileFingerprint of(const QString &path);
    bool operator==(const FileFingerprint &other) const = default;
};

} // namespace greenlight::test
