#pragma once

#include <QList>
#include <QString>

namespace greenlight {

// The versions of the libraries Greenlight runs on, for About and `greenlight-cli --version`
// (bug reports need them). Qt and SQLite are asked at run time (the SQLite version is the one
// Qt's driver really uses); yaml-cpp has no version macro, so CMake passes what it found;
// spdlog's comes from its header.
class LibraryVersions
{
public:
    struct Library
    {
        QString name;
        QString version;
    };

    static QList<Library> all(); // Qt, SQLite, yaml-cpp, spdlog, in that order
    static QString qt();
    static QString sqlite(); // "" when the Qt SQLite driver is missing
    static QString yamlCpp();
    static QString spdlog();
};

} // namespace greenlight
