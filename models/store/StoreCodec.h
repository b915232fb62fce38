#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

#include "StoreRecords.h"
#include "domain/Result.h"

namespace greenlight {

class SqlQuery;

// How store values are spelled in columns, kept portable: timestamps are ISO 8601 UTC text
// with milliseconds (sorts as text, reads the same in any SQL engine), string lists are JSON
// arrays encoded here (no engine JSON functions), enums are their stable keys.
namespace StoreCodec {

QString timestampText(const QDateTime &time);
QDateTime timestampFromText(const QVariant &value); // null for NULL/empty

QString listText(const QStringList &list);
QStringList listFromText(const QString &text);

// Column lists and decoders; the decoders read columns in the order of the lists.
QString itemColumns();
Result<ItemRecord> itemFromRow(const SqlQuery &query);

QString assessmentColumns();
AssessmentInfo assessmentFromRow(const SqlQuery &query);

QString auditColumns();
AuditEvent auditFromRow(const SqlQuery &query);

} // namespace StoreCodec
} // namespace greenlight
