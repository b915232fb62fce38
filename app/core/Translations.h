#pragma once

#include <QString>
#include <QStringList>

namespace greenlight {

// Greenlight's message catalogues (compiled from translations/*.ts into ":/i18n") and Qt's
// own, installed into the running application. Both executables use it: the GUI with the
// language from Preferences, the CLI with --language; an empty choice follows the system
// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
namespace Translations {

QStringList languages();                 // "en", "de", "fr": every language shipped
QString nativeName(const QString &code); // "English", "Deutsch", "Français"
// The shipped language `code` names, or for an empty code the first of the system's UI
// languages that is shipped; "en" when none is.
QString resolve(const QString &code);
// Replaces the translators this function installed before with those for resolve(code);
// returns the language now in use. English installs the plural forms only ("1 item",
// "2 items"): the sources are English already.
QString install(const QString &code);

} // namespace Translations
} // namespace greenlight
