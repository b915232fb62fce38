#pragma once

#include <QList>
#include <QSqlDatabase>

#include "StoreRecords.h"
#include "domain/Result.h"

namespace greenlight {

// Progress figures for charts and the status bar, aggregated by the database (GROUP BY with
// conditional sums in standard SQL) so no caller loads every item to count it.
class StoreSummaries
{
public:
    static Result<StatusCounts> progress(const QSqlDatabase &connection, qint64 assessmentId);
    // In checklist order (the position of each section's first item).
    static Result<QList<SectionSummary>> sections(const QSqlDatabase &connection,
                                                  qint64 assessmentId);
};

} // namespace greenlight
