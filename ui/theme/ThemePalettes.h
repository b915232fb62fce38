#pragma once

#include <QPalette>

namespace greenlight::ThemePalettes {

// Greenlight's own palettes for the Fusion style: every role in every colour group, so no
// colour leaks in from the platform. Text roles keep at least 4.5:1 against their
// backgrounds (WCAG AA); status colours (ReportPalette's shades) at least 3:1 against Base.
QPalette light();
QPalette dark();

} // namespace greenlight::ThemePalettes
