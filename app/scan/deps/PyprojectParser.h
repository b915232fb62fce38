#pragma once

#include <QStringView>

#include "DeclaredDependency.h"

namespace greenlight {

// The dependency tables of pyproject.toml and Pipfile, read with a TOML subset that covers
// how they are written (tables, `key = value`, multi-line arrays of strings, inline tables,
// comments), not a general TOML parser:
//  - [project] dependencies = [...]                      production
//  - [project.optional-dependencies] x = [...]           not production (extras)
//  - [tool.poetry.dependencies] name = ...               production (unless optional = true)
//  - [tool.poetry.group.<g>.dependencies]                production only for group "main"
//  - [tool.poetry.dev-dependencies], [dependency-groups], [tool.uv] dev-dependencies,
//    [tool.pdm.dev-dependencies]                         not production
//  - Pipfile [packages] / [dev-packages]                 production / not
class PyprojectParser
{
public:
    enum class Flavor { Pyproject, Pipfile };

    static QList<DeclaredDependency> parse(QStringView content, Flavor flavor);
};

} // namespace greenlight
