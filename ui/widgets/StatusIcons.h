#pragma once

#include <QIcon>
#include <QString>

#include "domain/ItemStatus.h"
#include "domain/Severity.h"
#include "store/WaiverStore.h"

namespace greenlight {

// The status and severity icons: the SVGs in resources/icons/status and
// resources/icons/severity (compiled in as ":/icons/..."), one cached QIcon each. Shape and
// colour both differ, so they read without colour too: ring, half-filled ring, check,
// cross, dash, shield, clock; severity as one to five filled bars. The files carry
// ReportPalette's light shade; under the dark palette the icons draw its dark shade.
class StatusIcons
{
public:
    static QIcon status(ItemStatus status);
    static QIcon effectiveStatus(EffectiveStatus status); // adds waived and waiver expired
    static QIcon severity(Severity severity);

    static QString resource(EffectiveStatus status); // ":/icons/status/passed.svg", ...
    static QString resource(Severity severity);      // ":/icons/severity/high.svg", ...

    static constexpr int EffectiveStatusCount = 7;
};

} // namespace greenlight
