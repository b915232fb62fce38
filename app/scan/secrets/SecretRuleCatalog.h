#pragma once

#include <QList>

#include "domain/RuleInfo.h"

namespace greenlight {

// The catalogue entries (title, rationale, fix) of the six secrets.* rules.
class SecretRuleCatalog
{
public:
    static QList<RuleInfo> rules();
};

} // namespace greenlight
