#pragma once

#include <atomic>
#include <functional>

#include <QList>

#include "ScanOptions.h"
#include "ScanReport.h"
#include "domain/Result.h"

namespace greenlight {

class Clock;

// Runs one scan synchronously on the calling thread, fanning file analysis out to worker
// threads. The CLI calls it directly; ScanJob runs it off the GUI thread.
class ScanRunner
{
public:
    struct Callbacks
    {
        // Throttled (about 10 per second), from a worker thread.
        std::function<void(const ScanProgress &)> progress;
        // Batches of findings as they are found, from a worker thread.
        std::function<void(const QList<Finding> &)> findings;
    };

    // Errors only for an unusable root (missing, not a directory, unreadable); everything
    // below the root that cannot be read is listed in ScanReport::skipped. Setting cancel
    // stops the scan within 100 ms; the report then has metadata.cancelled set.
    static Result<ScanReport> run(const ScanOptions &options,
                                  const std::atomic_bool &cancel,
                                  const Callbacks &callbacks,
                                  const Clock &clock);

    // Every rule: the built-in catalogue plus the given custom rules, sorted by id.
    static QList<RuleInfo> allRules(const QList<CustomRule> &customRules = {});
    static QString ruleSetVersion(); // bumps whenever a built-in rule changes
};

} // namespace greenlight
