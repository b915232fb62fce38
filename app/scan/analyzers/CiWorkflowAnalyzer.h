#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMutex>

#include "scan/Analyzer.h"
#include "scan/ci/SupplyChainTools.h"

namespace greenlight {

// CI workflow rules (docs/rules.md, "CI workflows"). Per file, over GitHub Actions workflows
// and composite actions: pull_request_target jobs that check out the pull request's code,
// write-all or undeclared token permissions, actions not pinned to a commit SHA. Per
// repository, over every pipeline (GitHub, GitLab, Jenkins, CircleCI, ...): no SBOM, no
// signing, no vulnerability scan, and no Dependabot/Renovate configuration. A repository
// without any CI configuration gets the three pipeline findings with a message saying so.
class CiWorkflowAnalyzer : public Analyzer
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::CiWorkflowAnalyzer)

public:
    QList<RuleInfo> rules() const override;
    bool wants(QStringView path, QStringView fileName) const override;
    void analyze(const ScannedFile &file, FindingSink &sink) override;
    void finish(const RepositoryIndex &repository, FindingSink &sink) override;

private:
    SupplyChainTools::Controls analyzeYaml(const ScannedFile &file, FindingSink &sink);
    static bool packageJsonConfiguresRenovate(const QByteArray &content);
    void reportMissingControls(const RepositoryIndex &repository, FindingSink &sink) const;

    QMutex m_mutex; // guards the members below (analyze() runs on several threads)
    SupplyChainTools::Controls m_controls;
    bool m_renovateInPackageJson = false;
};

} // namespace greenlight
