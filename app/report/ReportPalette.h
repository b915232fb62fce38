#pragma once

#include <QColor>

#include "domain/ItemStatus.h"
#include "domain/Severity.h"
#include "report/ReadinessVerdict.h"

namespace greenlight {

// The colours an approval pack paints statuses, severities and the verdict with.
// The values are copied from ui/widgets/StatusStyle.cpp on purpose: greenlight_report is
// linked by the CLI, which must never pull in the widget layer, so the report side keeps its
// own small palette. Keep the two in step when one changes.
class ReportPalette
{
public:
    // The summary's columns, which are not item statuses: warned and waived have no
    // ItemStatus of their own.
    enum class Bucket { Pass, Warning, Waived, NotApplicable, Fail, Open };
    static constexpr int BucketCount = 6;

    static QColor status(ItemStatus status);
    static QColor severity(Severity severity);
    static QColor bucket(Bucket bucket);
    static QColor verdict(VerdictLevel level);

    static QColor text();       // body text
    static QColor mutedText();  // captions, running header and footer
    static QColor rule();       // table borders and rules
    static QColor headerFill(); // table header rows
    static QColor groupFill();  // group rows ("Template 1") and snippet blocks
};

} // namespace greenlight
