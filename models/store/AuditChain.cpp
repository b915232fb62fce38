#include "AuditChain.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include "SqlQuery.h"

using namespace Qt::StringLiterals;

namespace greenlight::AuditChain {
namespace {

QJsonValue nullable(const QVariant &value, bool integer)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    // Ids as text: JSON numbers are doubles and would lose precision above 2^53.
    return integer ? QJsonValue(QString::number(value.toLongLong())) : QJsonValue(value.toString());
}

} // namespace

QString genesisHash()
{
    return QString(64, u'0');
}

QByteArray canonicalContent(const Row &row)
{
    const QJsonArray array{u"greenlight-audit-v1"_s,
                           QString::number(row.id),
                           QString::number(row.assessmentId),
                           nullable(row.itemId, true),
                           row.occurredAt,
                           row.actor,
                           row.action,
                           row.field,
                           nullable(row.oldValue, false),
                           nullable(row.newValue, false),
                           row.prevHash};
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QString computeHash(const Row &row)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(canonicalContent(row), QCryptographicHash::Sha256).toHex());
}

QString columns()
{
    return u"id, assessment_id, item_id, occurred_at, actor, action, field, old_value, new_value, "
           "prev_hash, entry_hash"_s;
}

Row rowFromQuery(const SqlQuery &query)
{
    Row row;
    row.id = query.int64(0);
    row.assessmentId = query.int64(1);
    row.itemId = query.value(2);
    row.occurredAt = query.text(3);
    row.actor = query.text(4);
    row.action = query.text(5);
    row.field = query.text(6);
    row.oldValue = query.value(7);
    row.newValue = query.value(8);
    row.prevHash = query.text(9);
    row.entryHash = query.text(10);
    return row;
}

} // namespace greenlight::AuditChain
