#pragma once

#include <QList>
#include <QString>

namespace greenlight {

// One package a manifest declares, where it declares it.
struct DeclaredDependency
{
    QString name;     // as written ("pytest_django")
    int line = 0;     // 1-based
    int column = 0;   // 1-based, 0 when unknown
    QString lineText; // the declaring line, trimmed
    QString section;  // "dependencies", "[project] dependencies", "[tool.poetry.group.dev]", ...
    bool production = false; // installed in production (not dev/test/optional)
};

// A `-r other.txt` / `--requirement other.txt` line of a requirements file.
struct RequirementInclude
{
    QString target; // as written, relative to the including file's directory
    int line = 0;
    QString lineText;
};

struct RequirementsFile
{
    QList<DeclaredDependency> requirements;
    QList<RequirementInclude> includes;
};

} // namespace greenlight
