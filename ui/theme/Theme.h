#pragma once

#include "core/Preferences.h"

namespace greenlight::Theme {

// Puts a look into effect for the whole application, at start or at run time.
// System keeps (or restores) the platform's style and palette; Light and Dark use the
// Fusion style with Greenlight's own palettes (ThemePalettes). Every widget gets
// QEvent::PaletteChange; widgets that bake colours into text or charts rebuild them then.
void apply(ThemeChoice choice);

// Whether the palette in use is a dark one, so custom painting picks the matching shade.
// Qt 6.4 has no colour-scheme API: under System this reads the window colour's lightness.
bool isDark();

} // namespace greenlight::Theme
