#pragma once

#include <QByteArray>
#include <QJsonObject>

#include "report/AssessmentSnapshot.h"

namespace greenlight {

// The approval pack as JSON (issue #5), for tools that gate or archive releases. The shape is
// docs/report-schema.json (JSON Schema 2020-12), described field by field in docs/reports.md;
// "schemaVersion" is AssessmentSnapshot::SchemaVersion: adding a field keeps it, renaming or
// removing one bumps it. Enums are their stable keys ("high", "waiver_expired",
// "ready_with_fixes"), times ISO-8601 UTC with a Z, dates YYYY-MM-DD, absent values null.
// Object keys come out sorted and lists in snapshot order, so the same snapshot gives the
// same bytes. No time but the recorded ones and generatedAt is written.
class JsonReportWriter
{
public:
    static QByteArray write(const AssessmentSnapshot &snapshot);
    static QJsonObject toJson(const AssessmentSnapshot &snapshot);
};

} // namespace greenlight
