#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "scan/ScanReport.h"
#include "store/ScanRecords.h"

namespace greenlight {

class Clock;

// A finished scan, stored: the record and the assessment's findings as the page lists them
// afterwards (open ones plus those this scan fixed). Exactly one of record / error is set.
struct RecordedScan
{
    std::optional<ScanRecord> record;
    QList<FindingRecord> findings;
    QString error;
};

// Records a scan off the GUI thread: writing hundreds of findings in one synchronous
// transaction and reading them back takes tens of milliseconds, a visible stall if the
// GUI thread did it. Opens its own connection to the store (connections are per thread).
namespace ScanRecording {

RecordedScan record(const QString &databasePath,
                    const Clock &clock,
                    qint64 assessmentId,
                    const ScanReport &report,
                    const QString &actor);

} // namespace ScanRecording
} // namespace greenlight
