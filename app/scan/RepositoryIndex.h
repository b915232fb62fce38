#pragma once

#include <QSet>
#include <QString>

namespace greenlight {

// What a whole-repository rule may ask once every file was seen: every path the walk
// found (scanned or skipped as binary/oversized, but not .gitignored), relative and
// '/'-separated, and the root.
struct RepositoryIndex
{
    QString root;
    QSet<QString> paths;

    bool contains(const QString &path) const { return paths.contains(path); }
};

} // namespace greenlight
