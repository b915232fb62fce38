#pragma once

#include <QColor>

#include "domain/ItemStatus.h"
#include "domain/Severity.h"
#include "report/ReadinessVerdict.h"

namespace greenlight {

// The colours of statuses, severities and the verdict: one palette for the app (its status
// icons and charts, ui/widgets/StatusStyle) and every approval-pack format (PDF, HTML's SVG
// charts and CSS). It lives here, below ui/, because the CLI renders packs without widgets.
//
// Each colour comes in two shades. OnLight (the default) is what packs print and what the
// app's light palette shows: at least 3:1 against white. OnDark is the app's dark palette:
// lighter, softer tones with at least 3:1 against its dark base. Packs always use OnLight:
// they are printed.
class ReportPalette
{
public:
    enum class Shade { OnLight, OnDark };

    // The summary's columns, which are not item statuses: warned and waived have no
    // ItemStatus of their own.
    enum class Bucket { Pass, Warning, Waived, NotApplicable, Fail, Open };
    static constexpr int BucketCount = 6;

    static QColor status(ItemStatus status, Shade shade = Shade::OnLight);
    static QColor severity(Severity severity, Shade shade = Shade::OnLight);
    static QColor bucket(Bucket bucket, Shade shade = Shade::OnLight);
    static QColor verdict(VerdictLevel level, Shade shade = Shade::OnLight);

    static QColor text();       // body text
    static QColor mutedText();  // captions, running header and footer
    static QColor rule();       // table borders and rules
    static QColor headerFill(); // table header rows
    static QColor groupFill();  // group rows ("Template 1") and snippet blocks
};

} // namespace greenlight
