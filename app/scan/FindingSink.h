#pragma once

#include <QString>

#include "domain/Finding.h"

namespace greenlight {

// Where analyzers report. Thread-safe: analyze() runs on several worker threads at once.
// Analyzers fill ruleId, message, location, snippet (redacted!) and, for secrets,
// secretHash; the engine fills severity, title, fix, itemKeys and fingerprint from the
// rule catalogue and the templates.
class FindingSink
{
public:
    virtual ~FindingSink() = default;
    virtual void report(Finding finding) = 0;
    // A file an analyzer could not parse and passed over, said rather than lost
    // (e.g. "helm/templates/deploy.yaml: Helm template, not valid YAML: skipped").
    virtual void note(const QString &path, const QString &message) = 0;
};

} // namespace greenlight
