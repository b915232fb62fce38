#pragma once

#include <QList>
#include <QString>

#include "report/AssessmentSnapshot.h"
#include "store/BurnUpHistory.h"

namespace greenlight {

// The summary table's columns (SnapshotCategory), in the order the dashboard stacks them.
enum class ProgressColumn { Pass, Warning, NotApplicable, Waived, Fail, Open };
inline constexpr int ProgressColumnCount = 6;

// The column an item is counted in, as SnapshotCounts counts it: every item in exactly one.
ProgressColumn progressColumnOf(const SnapshotItem &item);
int progressColumnCount(const SnapshotCategory &category, ProgressColumn column);
QString progressColumnName(ProgressColumn column); // ReportText's summary column heading

// Everything the dashboard shows for one assessment, read in one go on a worker thread
// (DashboardLoader) and handed to the GUI as a value.
struct DashboardData
{
    qint64 assessmentId = 0;
    AssessmentSnapshot snapshot;      // verdict, categories, items, findings, sign-offs
    QList<BurnUpPoint> burnUp;        // creation day through today
    QList<WaiverRecord> expiringSoon; // waivers in force that lapse within the window
    int expiringWithinDays = 0;       // that window
    QString error;                    // empty when everything could be read
    qint64 elapsedMs = 0;             // how long the read took (benchmarks, logs)

    bool ok() const { return error.isEmpty(); }
};

} // namespace greenlight
