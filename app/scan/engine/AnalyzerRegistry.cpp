#include "AnalyzerRegistry.h"

#include "scan/Analyzer.h"
#include "scan/analyzers/CiWorkflowAnalyzer.h"
#include "scan/analyzers/ComposeAnalyzer.h"
#include "scan/analyzers/CustomRuleAnalyzer.h"
#include "scan/analyzers/DependencyAnalyzer.h"
#include "scan/analyzers/DockerfileAnalyzer.h"
#include "scan/analyzers/DocumentationAnalyzer.h"
#include "scan/analyzers/KubernetesAnalyzer.h"
#include "scan/analyzers/SecretsAnalyzer.h"
#include "scan/analyzers/SystemdAnalyzer.h"

namespace greenlight {

std::vector<std::unique_ptr<Analyzer>> AnalyzerRegistry::create(
        const QList<CustomRule> &customRules)
{
    // Order is irrelevant to results (findings are sorted, rules looked up by id); this one
    // follows docs/rules.md.
    std::vector<std::unique_ptr<Analyzer>> analyzers;
    analyzers.push_back(std::make_unique<DockerfileAnalyzer>());
    analyzers.push_back(std::make_unique<ComposeAnalyzer>());
    analyzers.push_back(std::make_unique<KubernetesAnalyzer>());
    analyzers.push_back(std::make_unique<SystemdAnalyzer>());
    analyzers.push_back(std::make_unique<CiWorkflowAnalyzer>());
    analyzers.push_back(std::make_unique<SecretsAnalyzer>());
    analyzers.push_back(std::make_unique<DependencyAnalyzer>());
    analyzers.push_back(std::make_unique<DocumentationAnalyzer>());
    analyzers.push_back(std::make_unique<CustomRuleAnalyzer>(customRules));
    return analyzers;
}

} // namespace greenlight
