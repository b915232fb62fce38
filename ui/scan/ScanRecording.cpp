#include "ScanRecording.h"

#include <QCoreApplication>

#include "store/Database.h"
#include "store/ScanStore.h"

namespace greenlight::ScanRecording {

RecordedScan record(const QString &databasePath,
                    const Clock &clock,
                    qint64 assessmentId,
                    const ScanReport &report,
                    const QString &actor)
{
    RecordedScan result;
    auto db = Database::open(databasePath, Database::Mode::ExistingOnly);
    if (!db) {
        result.error = db.errorMessage();
        return result;
    }
    ScanStore store(**db, clock);
    auto recorded = store.recordScan(assessmentId, report.metadata, report.findings, actor);
    if (!recorded) {
        result.error = recorded.errorMessage();
        return result;
    }
    result.record = recorded.value();
    auto findings = store.findings(assessmentId, true);
    if (findings)
        result.findings = findings.value();
    else // stored all the same: the page says so and lists what the scan streamed
        result.error = QCoreApplication::translate("greenlight::ScanRecording",
                                                   "The scan was saved but its findings could "
                                                   "not be read back: %1")
                               .arg(findings.errorMessage());
    return result;
}

} // namespace greenlight::ScanRecording
