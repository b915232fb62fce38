#pragma once

#include <optional>

#include <QDate>
#include <QHash>
#include <QList>

#include "SignoffRecords.h"
#include "StoreRecords.h"
#include "domain/Result.h"

namespace greenlight {

class Clock;
class Database;

// How an item stands once waivers are taken into account. Waived and WaiverExpired apply
// to failed items only; a failed item with an expired waiver is failed again, but flagged.
enum class EffectiveStatus {
    NotStarted,
    InProgress,
    Passed,
    Failed,
    NotApplicable,
    Waived,
    WaiverExpired
};

QString effectiveStatusKey(EffectiveStatus status); // "waived", "waiver_expired", or the item key

// Progress with waivers shown apart: waived counts as done, but is never merged into passed.
struct ReadinessSummary
{
    int total = 0;
    int notStarted = 0;
    int inProgress = 0;
    int passed = 0;
    int notApplicable = 0;
    int failed = 0;        // failed without an active waiver (expired waivers included)
    int waived = 0;        // failed with an active waiver
    int waiverExpired = 0; // of failed: those whose waiver ran out
    int done() const { return passed + notApplicable + waived; }
};

// Risk acceptance for failed items. Waivers are append-only: a new waiver for the same item
// supersedes the old one (the newest is current). Whether a waiver is in force is decided on
// read against the injected Clock's date (UTC), so expiry needs no background job: a waiver
// is in force through its expiry day. Not thread-safe: one per Database per thread.
class WaiverStore
{
public:
    WaiverStore(Database &database, const Clock &clock);

    // Refuses: an item that is not failed, an empty justification or accepted-by, an expiry
    // before today, and a ticket that is not an absolute URL. Audited as "waiver.added".
    Result<WaiverRecord> waive(qint64 itemId, const NewWaiver &waiver, const QString &actor);

    // The current (newest) waiver of every item that has one, in item order.
    Result<QList<WaiverRecord>> waivers(qint64 assessmentId) const;
    Result<std::optional<WaiverRecord>> currentWaiver(qint64 itemId) const;
    // Current waivers of still-failed items that are in force today and expire within days
    // (0 = today), soonest first.
    Result<QList<WaiverRecord>> expiringWithin(qint64 assessmentId, int days) const;

    // Every item's effective status, keyed by item id.
    Result<QHash<qint64, EffectiveStatus>> effectiveStatuses(qint64 assessmentId) const;
    Result<ReadinessSummary> summary(qint64 assessmentId) const;

    static EffectiveStatus effectiveStatus(ItemStatus status,
                                           const std::optional<WaiverRecord> &waiver,
                                           const QDate &today);
    QDate today() const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace greenlight
