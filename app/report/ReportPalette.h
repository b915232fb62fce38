#pragma once

#include <QColor>

#include "domain/ItemStatus.h"
#include "domain/Severity.h"
#include "report/ReadinessVerdict.h"

namespace greenlight {

// The colours of statuses, severities and the verdict: one palette for the app (its status
// icons and charts, ui/widgets/StatusStyle) and every approval-pack format (PDF, HTML's SVG
// charts and CSS). It lives here, below ui/, because the CLI renders packs without widgets.
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
