#include "WaiverStore.h"

#include <algorithm>

#include <QCoreApplication>
#include <QUrl>

#include "AuditLog.h"
#include "Database.h"
#include "SqlQuery.h"
#include "StoreCodec.h"
#include "StoreQueries.h"
#include "domain/Clock.h"
#include "domain/Identity.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::WaiverStore)
};

// Newest waiver per item: the highest id wins (ids never go backwards, clocks might).
const QString CurrentWaivers
        = u"SELECT w.id, w.assessment_id, w.item_id, i.item_key, w.justification, w.accepted_by,"
          " w.expires_on, w.ticket_url, w.created_at, w.created_by, i.status"
          " FROM waiver w JOIN item i ON i.id = w.item_id"
          " WHERE w.id = (SELECT MAX(id) FROM waiver x WHERE x.item_id = w.item_id)"_s;

WaiverRecord fromRow(const SqlQuery &q)
{
    WaiverRecord w;
    w.id = q.int64(0);
    w.assessmentId = q.int64(1);
    w.itemId = q.int64(2);
    w.itemKey = q.text(3);
    w.justification = q.text(4);
    w.acceptedBy = q.text(5);
    w.expiresOn = QDate::fromString(q.text(6), Qt::ISODate);
    w.ticketUrl = q.text(7);
    w.createdAt = StoreCodec::timestampFromText(q.value(8));
    w.createdBy = q.text(9);
    return w;
}

} // namespace

QString effectiveStatusKey(EffectiveStatus status)
{
    switch (status) {
    case EffectiveStatus::Waived:
        return u"waived"_s;
    case EffectiveStatus::WaiverExpired:
        return u"waiver_expired"_s;
    case EffectiveStatus::NotStarted:
        return itemStatusKey(ItemStatus::NotStarted);
    case EffectiveStatus::InProgress:
        return itemStatusKey(ItemStatus::InProgress);
    case EffectiveStatus::Passed:
        return itemStatusKey(ItemStatus::Passed);
    case EffectiveStatus::Failed:
        return itemStatusKey(ItemStatus::Failed);
    case EffectiveStatus::NotApplicable:
        return itemStatusKey(ItemStatus::NotApplicable);
    }
    return {};
}

WaiverStore::WaiverStore(Database &database, const Clock &clock)
    : m_db(database)
    , m_clock(clock)
{}

QDate WaiverStore::today() const
{
    return m_clock.now().toUTC().date();
}

EffectiveStatus WaiverStore::effectiveStatus(ItemStatus status,
                                             const std::optional<WaiverRecord> &waiver,
                                             const QDate &today)
{
    switch (status) {
    case ItemStatus::NotStarted:
        return EffectiveStatus::NotStarted;
    case ItemStatus::InProgress:
        return EffectiveStatus::InProgress;
    case ItemStatus::Passed:
        return EffectiveStatus::Passed;
    case ItemStatus::NotApplicable:
        return EffectiveStatus::NotApplicable;
    case ItemStatus::Failed:
        if (!waiver)
            return EffectiveStatus::Failed;
        return waiver->isExpired(today) ? EffectiveStatus::WaiverExpired : EffectiveStatus::Waived;
    }
    return EffectiveStatus::Failed;
}

Result<WaiverRecord> WaiverStore::waive(qint64 itemId,
                                        const NewWaiver &waiver,
                                        const QString &actor)
{
    const auto invalid = [](const QString &message) {
        return Error::make(Error::Code::InvalidArgument, message);
    };
    if (waiver.justification.trimmed().isEmpty())
        return invalid(Text::tr("a waiver needs a justification (--reason)"));
    if (waiver.acceptedBy.trimmed().isEmpty())
        return invalid(Text::tr("a waiver needs the person who accepts the risk (--by)"));
    if (!waiver.expiresOn.isValid())
        return invalid(Text::tr("a waiver needs an expiry date (--until YYYY-MM-DD)"));
    if (waiver.expiresOn < today()) {
        return invalid(Text::tr("the expiry date %1 is in the past")
                               .arg(waiver.expiresOn.toString(Qt::ISODate)));
    }
    const QString ticket = waiver.ticketUrl.trimmed();
    if (!ticket.isEmpty()) {
        const QUrl url(ticket, QUrl::StrictMode);
        if (!url.isValid() || url.isRelative())
            return invalid(Text::tr("the ticket '%1' is not an absolute URL").arg(ticket));
    }

    const QSqlDatabase connection = m_db.connection();
    const QString who = actor.trimmed().isEmpty() ? currentActor() : actor.trimmed();
    WaiverRecord record;
    const QString operation = Text::tr("could not record the waiver");
    auto saved = m_db.transaction(operation, [&]() -> Result<void> {
        auto item = StoreQueries::item(connection, itemId);
        if (!item)
            return item.error();
        if (auto live = StoreQueries::requireAssessment(connection, item->assessmentId, false);
            !live)
            return live;
        if (item->status != ItemStatus::Failed) {
            return invalid(Text::tr("%1 is %2, not failed: only a failed item can be waived")
                                   .arg(item->key, itemStatusKey(item->status)));
        }
        const QDateTime now
                = StoreCodec::timestampFromText(StoreCodec::timestampText(m_clock.now()));
        record.assessmentId = item->assessmentId;
        record.itemId = itemId;
        record.itemKey = item->key;
        record.justification = waiver.justification.trimmed();
        record.acceptedBy = waiver.acceptedBy.trimmed();
        record.expiresOn = waiver.expiresOn;
        record.ticketUrl = ticket;
        record.createdAt = now;
        record.createdBy = who;
        SqlQuery insert(connection,
                        u"INSERT INTO waiver (assessment_id, item_id, justification, accepted_by,"
                        " expires_on, ticket_url, created_at, created_by)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        insert.bind(record.assessmentId)
                .bind(itemId)
                .bind(record.justification)
                .bind(record.acceptedBy)
                .bind(record.expiresOn.toString(Qt::ISODate))
                .bind(record.ticketUrl)
                .bind(StoreCodec::timestampText(now))
                .bind(who);
        auto id = insert.insertReturningId(operation);
        if (!id)
            return id.error();
        record.id = *id;
        AuditEvent event;
        event.assessmentId = record.assessmentId;
        event.itemId = itemId;
        event.at = now;
        event.actor = who;
        event.action = u"waiver.added"_s;
        event.field = u"waiver"_s;
        event.newValue = u"accepted by %1 until %2: %3"_s.arg(
                record.acceptedBy, record.expiresOn.toString(Qt::ISODate), record.justification);
        return AuditLog(connection).append(event, operation);
    });
    if (!saved)
        return saved.error();
    return record;
}

Result<QList<WaiverRecord>> WaiverStore::waivers(qint64 assessmentId) const
{
    const QSqlDatabase connection = m_db.connection();
    if (auto exists = StoreQueries::requireAssessment(connection, assessmentId, true); !exists)
        return exists.error();
    SqlQuery select(connection, CurrentWaivers + u" AND w.assessment_id = ? ORDER BY i.position"_s);
    select.bind(assessmentId);
    if (auto done = select.exec(Text::tr("could not load the waivers")); !done)
        return done.error();
    QList<WaiverRecord> list;
    while (select.next())
        list.append(fromRow(select));
    return list;
}

Result<std::optional<WaiverRecord>> WaiverStore::currentWaiver(qint64 itemId) const
{
    SqlQuery select(m_db.connection(), CurrentWaivers + u" AND w.item_id = ?"_s);
    select.bind(itemId);
    if (auto done = select.exec(Text::tr("could not load the waiver")); !done)
        return done.error();
    if (!select.next())
        return std::optional<WaiverRecord>();
    return std::optional<WaiverRecord>(fromRow(select));
}

Result<QList<WaiverRecord>> WaiverStore::expiringWithin(qint64 assessmentId, int days) const
{
    auto all = waivers(assessmentId);
    if (!all)
        return all;
    auto statuses = effectiveStatuses(assessmentId);
    if (!statuses)
        return statuses.error();
    const QDate from = today();
    const QDate until = from.addDays(std::max(days, 0));
    QList<WaiverRecord> expiring;
    for (const WaiverRecord &w : std::as_const(*all)) {
        if (statuses->value(w.itemId) == EffectiveStatus::Waived && w.expiresOn <= until)
            expiring.append(w);
    }
    std::stable_sort(expiring.begin(), expiring.end(), [](const auto &a, const auto &b) {
        return a.expiresOn < b.expiresOn;
    });
    return expiring;
}

Result<QHash<qint64, EffectiveStatus>> WaiverStore::effectiveStatuses(qint64 assessmentId) const
{
    const QSqlDatabase connection = m_db.connection();
    auto all = waivers(assessmentId);
    if (!all)
        return all.error();
    QHash<qint64, WaiverRecord> byItem;
    for (const WaiverRecord &w : std::as_const(*all))
        byItem.insert(w.itemId, w);
    SqlQuery select(connection, u"SELECT id, status FROM item WHERE assessment_id = ?"_s);
    select.bind(assessmentId);
    if (auto done = select.exec(Text::tr("could not load the item statuses")); !done)
        return done.error();
    const QDate now = today();
    QHash<qint64, EffectiveStatus> result;
    while (select.next()) {
        const qint64 id = select.int64(0);
        const auto status = itemStatusFromKey(select.text(1));
        if (!status) {
            return Error::make(Error::Code::Corrupt,
                               Text::tr("an item has the unknown status '%1'").arg(select.text(1)));
        }
        const auto waiver = byItem.contains(id) ? std::optional(byItem.value(id)) : std::nullopt;
        result.insert(id, effectiveStatus(*status, waiver, now));
    }
    return result;
}

Result<ReadinessSummary> WaiverStore::summary(qint64 assessmentId) const
{
    auto statuses = effectiveStatuses(assessmentId);
    if (!statuses)
        return statuses.error();
    ReadinessSummary s;
    for (const EffectiveStatus status : std::as_const(*statuses)) {
        ++s.total;
        switch (status) {
        case EffectiveStatus::NotStarted:
            ++s.notStarted;
            break;
        case EffectiveStatus::InProgress:
            ++s.inProgress;
            break;
        case EffectiveStatus::Passed:
            ++s.passed;
            break;
        case EffectiveStatus::NotApplicable:
            ++s.notApplicable;
            break;
        case EffectiveStatus::Failed:
            ++s.failed;
            break;
        case EffectiveStatus::WaiverExpired:
            ++s.failed;
            ++s.waiverExpired;
            break;
        case EffectiveStatus::Waived:
            ++s.waived;
            break;
        }
    }
    return s;
}

} // namespace greenlight
