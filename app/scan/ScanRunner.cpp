#include "ScanRunner.h"

#include "scan/Analyzer.h"
#include "scan/engine/AnalyzerRegistry.h"
#include "scan/engine/RuleCatalog.h"
#include "scan/engine/ScanEngine.h"

namespace greenlight {

Result<ScanReport> ScanRunner::run(const ScanOptions &options,
                                   const std::atomic_bool &cancel,
                                   const Callbacks &callbacks,
                                   const Clock &clock)
{
    ScanEngine engine(AnalyzerRegistry::create(options.customRules));
    return engine.run(options, cancel, callbacks, clock);
}

QList<RuleInfo> ScanRunner::allRules(const QList<CustomRule> &customRules)
{
    return RuleCatalog(AnalyzerRegistry::create(customRules)).rules();
}

QString ScanRunner::ruleSetVersion()
{
    return RuleCatalog::ruleSetVersion();
}

} // namespace greenlight
