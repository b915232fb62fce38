#include "SqlQuery.h"

#include <QSqlDatabase>
#include <QSqlError>

#include "SqlError.h"

using namespace Qt::StringLiterals;

namespace greenlight {

SqlQuery::SqlQuery(const QSqlDatabase &database, const QString &sql)
    : m_query(database)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(m_nextBind++, u""_s);
    else
        m_query.bindValue(m_nextBind++, value);
    return *this;
}

SqlQuery &SqlQuery::bindNull()
{
    m_query.bindValue(m_nextBind++, QVariant());
    return *this;
}

Result<void> SqlQuery::exec(const QString &operation)
{
    m_nextBind = 0;
    if (!m_prepared || !m_query.exec())
        return sqlError(m_query.lastError(), operation);
    return {};
}

Result<void> SqlQuery::execOneRow(const QString &operation, const QString &notFoundMessage)
{
    auto executed = exec(operation);
    if (!executed)
        return executed;
    if (m_query.numRowsAffected() != 1)
        return Error::make(Error::Code::NotFound, notFoundMessage);
    return {};
}

Result<qint64> SqlQuery::insertReturningId(const QString &operation)
{
    auto executed = exec(operation);
    if (!executed)
        return executed.error();
    if (!m_query.next())
        return sqlError(m_query.lastError(), operation);
    const qint64 id = m_query.value(0).toLongLong();
    m_query.finish();
    return id;
}

} // namespace greenlight
