#pragma once

#include <QString>
#include <QStringList>

namespace greenlight {

// Where Greenlight keeps things, per QStandardPaths::AppDataLocation
// (~/.local/share/Greenlight/Greenlight on Linux).
namespace AppPaths {

QString dataDirectory();         // created on demand
QString defaultDatabasePath();   // <data>/greenlight.sqlite
QString userTemplateDirectory(); // <data>/templates
QString logDirectory();          // <data>/logs
// Template folders in precedence order: built-in, the user's, then extraDirectories.
QStringList templateDirectories(const QStringList &extraDirectories = {});
// The shipped example repositories (examples/): the source tree in a build, else
// <prefix>/share/greenlight/examples when installed. Empty when neither exists.
QString examplesDirectory();

} // namespace AppPaths
} // namespace greenlight
