#pragma once

#include <QString>

#include "domain/Result.h"
#include "report/AssessmentComparison.h"
#include "report/DashboardData.h"

namespace greenlight {

class Clock;
class Database;

// Reads a DashboardData: the snapshot (SnapshotBuilder, without re-hashing the audit chain,
// which an edit-driven refresh cannot afford), the burn-up aggregated by the database
// (BurnUpHistory) and the waivers that lapse soon. Safe from any thread as long as the
// Database is that thread's; the path overload opens a connection of its own.
class DashboardLoader
{
public:
    static constexpr int ExpiringWithinDays = 14;

    static DashboardData load(Database &database, const Clock &clock, qint64 assessmentId);
    static DashboardData load(const QString &databasePath, const Clock &clock, qint64 assessmentId);

    // The comparison dialog's read: both snapshots through one connection of its own.
    static Result<AssessmentComparison> compare(const QString &databasePath,
                                                const Clock &clock,
                                                qint64 baseId,
                                                qint64 currentId);
};

} // namespace greenlight
