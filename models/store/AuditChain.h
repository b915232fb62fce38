#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace greenlight {

class SqlQuery;

// The hash chain over audit_event (schema 3). Every row stores the hash of the row before it
// (prev_hash) and its own hash (entry_hash) = SHA-256 over a canonical serialisation of its
// columns *and* prev_hash, so editing, deleting or reordering any row breaks the chain at
// that row or at the one after it. The chain runs over the whole store (all assessments) in
// id order; the first row's prev_hash is genesisHash().
namespace AuditChain {

// One audit row as stored: NULL-able columns stay QVariants so NULL and "" hash differently.
struct Row
{
    qint64 id = 0;
    qint64 assessmentId = 0;
    QVariant itemId;
    QString occurredAt; // the stored text, byte for byte
    QString actor;
    QString action;
    QString field;
    QVariant oldValue;
    QVariant newValue;
    QString prevHash;
    QString entryHash;
};

QString genesisHash(); // 64 zeros

// A compact JSON array, versioned ("greenlight-audit-v1") so the format can evolve.
QByteArray canonicalContent(const Row &row);
// Lower-case hex SHA-256 of canonicalContent(row) (which includes row.prevHash).
QString computeHash(const Row &row);

// The columns in the order rowFromQuery reads them.
QString columns();
// The current row of a query that selected columns().
Row rowFromQuery(const SqlQuery &query);

} // namespace AuditChain
} // namespace greenlight
