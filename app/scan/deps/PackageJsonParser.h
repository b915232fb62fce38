#pragma once

#include <QByteArray>

#include "DeclaredDependency.h"
#include "domain/Result.h"

namespace greenlight {

// package.json: every entry of dependencies (production), devDependencies,
// peerDependencies and optionalDependencies (not production), with the line and column of
// its key. QJsonDocument validates and says what is there; a small tokenizer over the raw
// bytes finds where, since QJsonDocument keeps no positions.
class PackageJsonParser
{
public:
    static Result<QList<DeclaredDependency>> parse(const QByteArray &content);
};

} // namespace greenlight
