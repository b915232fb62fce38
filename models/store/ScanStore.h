#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "ScanRecords.h"
#include "domain/Result.h"

namespace greenlight {

class Clock;
class Database;

// Scans and their findings per assessment, over one Database. Findings are kept once per
// (assessment, fingerprint) and move between new / open / fixed as scans are recorded.
// Secrets never reach the store in clear: snippets arrive redacted from the analyzers and
// only a secret's hash is kept. Not thread-safe: use one ScanStore per Database per thread.
class ScanStore
{
public:
    ScanStore(Database &database, const Clock &clock);

    // One transaction: inserts the scan and upserts findings by fingerprint.
    //  - seen now, not open before (first time, or previously fixed)      -> New
    //  - seen now and open before                                          -> Open
    //  - open before, absent now, its rule ran, the scan was not cancelled -> Fixed here
    // A cancelled scan saw only part of the tree: it is recorded (its findings are new/open)
    // but fixes nothing. Appends the audit event "scan.recorded".
    Result<ScanRecord> recordScan(qint64 assessmentId,
                                  const ScanMetadata &metadata,
                                  const QList<Finding> &findings,
                                  const QString &actor);

    Result<QList<ScanRecord>> scans(qint64 assessmentId) const; // newest first
    Result<ScanRecord> scan(qint64 scanId) const;
    Result<std::optional<ScanRecord>> latestScan(qint64 assessmentId) const;

    // Findings currently open (New and Open); with includeFixed also those the latest scan
    // fixed. Most severe first, then by path and line. A store keeps one row per fingerprint,
    // so it knows the current state of each finding, not every scan's full list.
    Result<QList<FindingRecord>> findings(qint64 assessmentId, bool includeFixed = false) const;
    // What one scan saw (New, Open) or fixed (Fixed), in the state that scan gave them; the
    // other fields show each finding as last seen. Ordered as findings().
    Result<QList<FindingRecord>> findingsOfScan(qint64 scanId) const;
    // Open findings that bear on the item (Finding::itemKeys contains itemKey, the template
    // item id such as "SEC-012").
    Result<QList<FindingRecord>> findingsForItem(qint64 assessmentId, const QString &itemKey) const;

    // For every item with checks: rules that ran in the latest complete (not cancelled)
    // scan: Failed when an open finding of those rules bears on it, else Passed. The store
    // never changes item status by itself.
    Result<QList<ItemSuggestion>> suggestions(qint64 assessmentId) const;

    // For a worker that opens its own connection to the same store (one connection per
    // thread): the file and the clock this store records with.
    QString databasePath() const;
    const Clock &clock() const { return m_clock; }

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace greenlight
