#include "BurnUpHistory.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include "SqlQuery.h"
#include "domain/ItemStatus.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::BurnUpHistory)
};

// Stored timestamps are ISO 8601 UTC text ("2026-11-03T09:00:00.250Z"): the first ten
// characters are the UTC day, in any SQL engine.
const QString DayOf = u"SUBSTR(occurred_at, 1, 10)"_s;

QString doneKeys()
{
    return u"('"_s + itemStatusKey(ItemStatus::Passed) + u"', '"_s
           + itemStatusKey(ItemStatus::NotApplicable) + u"')"_s;
}

QDate dayOf(const QString &text)
{
    return QDate::fromString(text.left(10), Qt::ISODate);
}

struct Waiver
{
    QDate created;
    QDate expires;
};

// The waived items' own history: their waivers (oldest first: the newest created by a day
// is the one in force) and their status changes (oldest first).
struct WaivedItem
{
    QList<Waiver> waivers;
    QList<QPair<QDate, bool>> failedFrom; // (day, failed after that day's last change)
    bool failedBefore = false;            // before the first status change
    bool failedNow = false;               // stored status (for items never edited)
};

Result<QHash<qint64, WaivedItem>> loadWaivedItems(const QSqlDatabase &connection,
                                                  qint64 assessmentId)
{
    QHash<qint64, WaivedItem> items;
    SqlQuery waivers(connection,
                     u"SELECT w.item_id, w.created_at, w.expires_on, i.status"
                     " FROM waiver w JOIN item i ON i.id = w.item_id"
                     " WHERE w.assessment_id = ? ORDER BY w.id"_s);
    waivers.bind(assessmentId);
    if (auto done = waivers.exec(Text::tr("could not read the waivers")); !done)
        return done.error();
    const QString failed = itemStatusKey(ItemStatus::Failed);
    while (waivers.next()) {
        WaivedItem &item = items[waivers.int64(0)];
        item.waivers.append(
                {dayOf(waivers.text(1)), QDate::fromString(waivers.text(2), Qt::ISODate)});
        item.failedNow = waivers.text(3) == failed;
        item.failedBefore = item.failedNow;
    }
    if (items.isEmpty())
        return items;

    SqlQuery events(connection,
                    u"SELECT e.item_id, e.occurred_at, e.old_value, e.new_value"
                    " FROM audit_event e"
                    " WHERE e.item_id IN (SELECT item_id FROM waiver WHERE assessment_id = ?)"
                    " AND e.action = 'item.updated' AND e.field = 'status'"
                    " ORDER BY e.item_id, e.id"_s);
    events.bind(assessmentId);
    if (auto done = events.exec(Text::tr("could not read the waived items' history")); !done)
        return done.error();
    while (events.next()) {
        WaivedItem &item = items[events.int64(0)];
        if (item.failedFrom.isEmpty())
            item.failedBefore = events.text(2) == failed;
        const QDate day = dayOf(events.text(1));
        const bool isFailed = events.text(3) == failed;
        if (!item.failedFrom.isEmpty() && item.failedFrom.last().first == day)
            item.failedFrom.last().second = isFailed; // the day's last change counts
        else
            item.failedFrom.append({day, isFailed});
    }
    return items;
}

bool waivedOn(const WaivedItem &item, const QDate &day)
{
    bool failed = item.failedBefore;
    for (const auto &[changed, isFailed] : item.failedFrom) {
        if (changed > day)
            break;
        failed = isFailed;
    }
    if (!failed)
        return false;
    const Waiver *current = nullptr;
    for (const Waiver &waiver : item.waivers) {
        if (waiver.created <= day)
            current = &waiver;
    }
    return current && day <= current->expires;
}

} // namespace

QString BurnUpHistory::dailyChangesSql()
{
    // Net change of "done" per day: +1 entering passed / not applicable, -1 leaving it. The
    // WHERE and GROUP BY match the partial index audit_status_by_day (schema 4) word for
    // word, so the database reads the index alone, already grouped by day.
    const QString newDone = u"COALESCE(new_value, '') IN "_s + doneKeys();
    const QString oldDone = u"COALESCE(old_value, '') IN "_s + doneKeys();
    return u"SELECT "_s + DayOf + u", SUM(CASE WHEN "_s + newDone
           + u" THEN 1 ELSE -1 END) FROM audit_event"
             " WHERE assessment_id = ? AND action = 'item.updated' AND field = 'status'"
             " AND ("_s
           + newDone + u") <> ("_s + oldDone + u") GROUP BY "_s + DayOf;
}

Result<QList<BurnUpPoint>> BurnUpHistory::compute(const QSqlDatabase &connection,
                                                  qint64 assessmentId,
                                                  const QDate &from,
                                                  const QDate &to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return QList<BurnUpPoint>{};

    SqlQuery now(connection,
                 u"SELECT COUNT(*), COALESCE(SUM(CASE WHEN status IN "_s + doneKeys()
                         + u" THEN 1 ELSE 0 END), 0) FROM item WHERE assessment_id = ?"_s);
    now.bind(assessmentId);
    if (auto done = now.exec(Text::tr("could not count the items")); !done)
        return done.error();
    if (!now.next())
        return QList<BurnUpPoint>{};
    const int total = now.value(0).toInt();
    const int doneNow = now.value(1).toInt();
    now.finish();

    SqlQuery deltas(connection, dailyChangesSql());
    deltas.bind(assessmentId);
    if (auto done = deltas.exec(Text::tr("could not read the status history")); !done)
        return done.error();
    QMap<QDate, int> netByDay;
    while (deltas.next()) {
        const QDate day = dayOf(deltas.text(0));
        if (day.isValid())
            netByDay[day] += deltas.value(1).toInt();
    }

    auto waived = loadWaivedItems(connection, assessmentId);
    if (!waived)
        return waived.error();

    // Walk backwards from today's stored state: done at the end of day D is today's count
    // minus every net change made after D.
    int laterChanges = 0;
    for (auto it = netByDay.upperBound(to); it != netByDay.end(); ++it)
        laterChanges += it.value();
    const int days = int(from.daysTo(to)) + 1;
    QList<BurnUpPoint> points(days);
    for (int i = days - 1; i >= 0; --i) {
        const QDate day = from.addDays(i);
        BurnUpPoint &point = points[i];
        point.day = day;
        point.total = total;
        point.done = doneNow - laterChanges;
        for (const WaivedItem &item : std::as_const(*waived))
            point.done += waivedOn(item, day) ? 1 : 0;
        point.done = std::clamp(point.done, 0, total);
        laterChanges += netByDay.value(day);
    }
    return points;
}

} // namespace greenlight
