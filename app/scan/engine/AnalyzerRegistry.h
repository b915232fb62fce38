#pragma once

#include <memory>
#include <vector>

#include <QList>

#include "domain/CustomRule.h"

namespace greenlight {

class Analyzer;

// Every built-in analyzer plus the one that evaluates template-declared rules: a fresh set
// per scan, because analyzers keep per-scan state (e.g. "saw a NetworkPolicy").
class AnalyzerRegistry
{
public:
    static std::vector<std::unique_ptr<Analyzer>> create(const QList<CustomRule> &customRules);
};

} // namespace greenlight
