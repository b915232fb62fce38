#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "domain/Result.h"

namespace greenlight {

// One day of the dashboard's burn-up: items done at the end of that day (UTC) against all.
struct BurnUpPoint
{
    QDate day;
    int done = 0; // passed, not applicable, or failed under a waiver in force that day
    int total = 0;
};

// Rebuilds the burn-up of an assessment from its audit trail without loading the trail: the
// database sums, per day, how many status changes entered and left "done" (a passed ->
// failed -> passed item nets +1, not +2), and the series is anchored on today's stored
// statuses and walked backwards, so items that were never edited count as they stand.
// Waivers are day-dependent (in force through their expiry day), so the few waived items
// are replayed one by one from their own status events. Days are UTC calendar days, as
// waiver expiry is.
class BurnUpHistory
{
public:
    // One point per day from `from` through `to` (empty when to < from).
    static Result<QList<BurnUpPoint>> compute(const QSqlDatabase &connection,
                                              qint64 assessmentId,
                                              const QDate &from,
                                              const QDate &to);

    // The per-day aggregation (one "?": the assessment id), public for the test that keeps
    // it on its index.
    static QString dailyChangesSql();
};

} // namespace greenlight
