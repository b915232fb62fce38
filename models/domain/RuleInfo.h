#pragma once

#include <QString>

#include "domain/Severity.h"

namespace greenlight {

// The catalogue entry of one scan rule: what SARIF's rule metadata, JUnit's test cases and
// docs/rules.md are built from.
struct RuleInfo
{
    QString id; // "docker.root-user"
    Severity severity = Severity::Medium;
    QString title;                // short: "Container runs as root"
    QString rationale;            // why it matters
    QString fix;                  // what to do
    QString category;             // "containers", "kubernetes", "secrets", ... (report grouping)
    bool repositoryLevel = false; // evaluated over the whole tree (e.g. "no NetworkPolicy")
};

} // namespace greenlight
