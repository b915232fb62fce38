#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include "domain/Result.h"

class QSqlDatabase;

namespace greenlight {

// A prepared, forward-only statement whose failures come back as Error values naming the
// operation ("could not load items: ..."). Values are bound positionally ("?"), which every
// Qt SQL driver supports, so the SQL stays portable.
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &database, const QString &sql);

    // Binds the next "?". A null QString binds as '' (Qt would send NULL, which NOT NULL text
    // columns refuse); bindNull() is the one way to write NULL.
    SqlQuery &bind(const QVariant &value);
    SqlQuery &bindNull();
    // Executes with the values bound since the last exec (a statement can be re-executed).
    Result<void> exec(const QString &operation);
    // Runs the statement and expects it to touch exactly one row (NotFound otherwise).
    Result<void> execOneRow(const QString &operation, const QString &notFoundMessage);

    // For "INSERT ... RETURNING id" (SQLite 3.35+ and PostgreSQL alike): executes, reads the
    // new id and completes the statement so COMMIT never meets it half-stepped.
    Result<qint64> insertReturningId(const QString &operation);

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 int64(int column) const { return m_query.value(column).toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    // Frees the statement's read cursor so COMMIT/ROLLBACK never meet a pending read.
    void finish() { m_query.finish(); }

    const QSqlQuery &query() const { return m_query; }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
    int m_nextBind = 0;
};

} // namespace greenlight
