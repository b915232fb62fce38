#include "ContentSnapshot.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include "SqlQuery.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::ContentSnapshot)
};

const QString Format = u"greenlight-signoff-v1"_s;

Result<void> run(SqlQuery &query, const QString &what)
{
    return query.exec(Text::tr("could not read the %1 for the sign-off snapshot").arg(what));
}

QJsonObject byKey(const QJsonArray &array, const QString &key)
{
    QJsonObject map;
    for (const QJsonValue &value : array)
        map.insert(value.toObject().value(key).toString(), value);
    return map;
}

QString shortHash(const QString &entry)
{
    // "file:abcdef..." -> "file:abcdef12"
    const qsizetype colon = entry.indexOf(u':');
    return colon < 0 ? entry.left(12) : entry.left(colon + 9);
}

QString waiverText(const QJsonValue &waiver)
{
    if (!waiver.isObject())
        return Text::tr("none");
    const QJsonObject w = waiver.toObject();
    return Text::tr("by %1 until %2")
            .arg(w.value("accepted_by"_L1).toString(), w.value("expires_on"_L1).toString());
}

} // namespace

Result<QByteArray> ContentSnapshot::canonicalJson(const QSqlDatabase &connection,
                                                  qint64 assessmentId)
{
    SqlQuery head(connection,
                  u"SELECT name, system_name, release_name FROM assessment WHERE id = ?"_s);
    head.bind(assessmentId);
    if (auto done = run(head, Text::tr("assessment")); !done)
        return done.error();
    if (!head.next()) {
        return Error::make(Error::Code::NotFound,
                           Text::tr("there is no assessment with id %1").arg(assessmentId));
    }
    QJsonObject root{{u"format"_s, Format},
                     {u"assessment"_s,
                      QJsonObject{{u"id"_s, QString::number(assessmentId)},
                                  {u"name"_s, head.text(0)},
                                  {u"system"_s, head.text(1)},
                                  {u"release"_s, head.text(2)}}}};
    head.finish();

    // Evidence hashes per item ("kind:hash"), shown records only: hiding evidence changes
    // what the signer saw.
    QHash<qint64, QStringList> evidence;
    SqlQuery ev(connection,
                u"SELECT item_id, kind, content_hash FROM evidence"
                " WHERE assessment_id = ? AND removed_at IS NULL"_s);
    ev.bind(assessmentId);
    if (auto done = run(ev, Text::tr("evidence")); !done)
        return done.error();
    while (ev.next())
        evidence[ev.int64(0)].append(ev.text(1) + u':' + ev.text(2));

    QHash<qint64, QJsonObject> waivers;
    SqlQuery wv(connection,
                u"SELECT w.item_id, w.justification, w.accepted_by, w.expires_on, w.ticket_url"
                " FROM waiver w WHERE w.assessment_id = ?"
                " AND w.id = (SELECT MAX(id) FROM waiver x WHERE x.item_id = w.item_id)"_s);
    wv.bind(assessmentId);
    if (auto done = run(wv, Text::tr("waivers")); !done)
        return done.error();
    while (wv.next()) {
        waivers.insert(wv.int64(0),
                       QJsonObject{{u"justification"_s, wv.text(1)},
                                   {u"accepted_by"_s, wv.text(2)},
                                   {u"expires_on"_s, wv.text(3)},
                                   {u"ticket"_s, wv.text(4)}});
    }

    QJsonArray items;
    SqlQuery it(connection,
                u"SELECT id, template_id, item_key, status, owner, note, severity FROM item"
                " WHERE assessment_id = ? ORDER BY template_id, item_key"_s);
    it.bind(assessmentId);
    if (auto done = run(it, Text::tr("items")); !done)
        return done.error();
    while (it.next()) {
        const qint64 id = it.int64(0);
        QStringList hashes = evidence.value(id);
        hashes.sort();
        items.append(
                QJsonObject{{u"key"_s, it.text(1) + u':' + it.text(2)},
                            {u"status"_s, it.text(3)},
                            {u"owner"_s, it.text(4)},
                            {u"note"_s, it.text(5)},
                            {u"severity"_s, it.text(6)},
                            {u"evidence"_s, QJsonArray::fromStringList(hashes)},
                            {u"waiver"_s,
                             waivers.contains(id) ? QJsonValue(waivers.value(id)) : QJsonValue()}});
    }
    root.insert(u"items"_s, items);

    QJsonArray findings;
    SqlQuery fd(connection,
                u"SELECT fingerprint, state, severity, rule_id FROM finding"
                " WHERE assessment_id = ? ORDER BY fingerprint"_s);
    fd.bind(assessmentId);
    if (auto done = run(fd, Text::tr("findings")); !done)
        return done.error();
    while (fd.next()) {
        findings.append(QJsonObject{{u"fingerprint"_s, fd.text(0)},
                                    {u"state"_s, fd.text(1)},
                                    {u"severity"_s, fd.text(2)},
                                    {u"rule"_s, fd.text(3)}});
    }
    root.insert(u"findings"_s, findings);
    // QJsonObject keeps keys sorted, and every list above has a defined order.
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString ContentSnapshot::hash(const QByteArray &canonicalJson)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(canonicalJson, QCryptographicHash::Sha256).toHex());
}

QStringList ContentSnapshot::diff(const QByteArray &before, const QByteArray &after)
{
    const QJsonObject a = QJsonDocument::fromJson(before).object();
    const QJsonObject b = QJsonDocument::fromJson(after).object();
    QStringList changes;

    const QJsonObject headA = a.value("assessment"_L1).toObject();
    const QJsonObject headB = b.value("assessment"_L1).toObject();
    for (const QString &field : {u"name"_s, u"system"_s, u"release"_s}) {
        if (headA.value(field) != headB.value(field)) {
            changes.append(Text::tr("assessment %1: %2 -> %3")
                                   .arg(field,
                                        headA.value(field).toString(),
                                        headB.value(field).toString()));
        }
    }

    const QJsonObject itemsA = byKey(a.value("items"_L1).toArray(), u"key"_s);
    const QJsonObject itemsB = byKey(b.value("items"_L1).toArray(), u"key"_s);
    for (const QString &key : itemsA.keys()) {
        if (!itemsB.contains(key))
            changes.append(Text::tr("%1: removed").arg(key));
    }
    for (const QString &key : itemsB.keys()) {
        if (!itemsA.contains(key)) {
            changes.append(Text::tr("%1: added").arg(key));
            continue;
        }
        const QJsonObject x = itemsA.value(key).toObject();
        const QJsonObject y = itemsB.value(key).toObject();
        for (const QString &field : {u"status"_s, u"owner"_s, u"severity"_s}) {
            if (x.value(field) != y.value(field)) {
                changes.append(Text::tr("%1: %2 %3 -> %4")
                                       .arg(key,
                                            field,
                                            x.value(field).toString(),
                                            y.value(field).toString()));
            }
        }
        if (x.value("note"_L1) != y.value("note"_L1))
            changes.append(Text::tr("%1: note changed").arg(key));
        const QStringList evA = x.value("evidence"_L1).toVariant().toStringList();
        const QStringList evB = y.value("evidence"_L1).toVariant().toStringList();
        for (const QString &entry : evB) {
            if (!evA.contains(entry))
                changes.append(Text::tr("%1: evidence added %2").arg(key, shortHash(entry)));
        }
        for (const QString &entry : evA) {
            if (!evB.contains(entry))
                changes.append(Text::tr("%1: evidence removed %2").arg(key, shortHash(entry)));
        }
        if (x.value("waiver"_L1) != y.value("waiver"_L1)) {
            changes.append(Text::tr("%1: waiver %2 -> %3")
                                   .arg(key,
                                        waiverText(x.value("waiver"_L1)),
                                        waiverText(y.value("waiver"_L1))));
        }
    }

    const QJsonObject findA = byKey(a.value("findings"_L1).toArray(), u"fingerprint"_s);
    const QJsonObject findB = byKey(b.value("findings"_L1).toArray(), u"fingerprint"_s);
    for (const QString &fp : findB.keys()) {
        const QJsonObject y = findB.value(fp).toObject();
        if (!findA.contains(fp)) {
            changes.append(Text::tr("finding %1 (%2): new")
                                   .arg(fp.left(12), y.value("rule"_L1).toString()));
        } else if (findA.value(fp) != findB.value(fp)) {
            changes.append(Text::tr("finding %1 (%2): %3 -> %4")
                                   .arg(fp.left(12),
                                        y.value("rule"_L1).toString(),
                                        findA.value(fp).toObject().value("state"_L1).toString(),
                                        y.value("state"_L1).toString()));
        }
    }
    for (const QString &fp : findA.keys()) {
        if (!findB.contains(fp))
            changes.append(Text::tr("finding %1: gone").arg(fp.left(12)));
    }
    return changes;
}

} // namespace greenlight
