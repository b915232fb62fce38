#pragma once

#include <yaml-cpp/node/node.h>

#include <QCoreApplication>
#include <QString>

#include "domain/Finding.h"

namespace greenlight {

class FindingSink;
class TextLines;
struct YamlDocument;

// The per-file rules over one parsed GitHub Actions workflow (or composite action):
// ci.pull-request-target, ci.permissions and ci.unpinned-action, each reported at the line
// of the YAML node it is about.
class GithubWorkflowRules
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::CiWorkflowAnalyzer)

public:
    enum class Pin {
        Pinned,   // owner/repo@<40 hex>, docker://image@sha256:..., or a local ./action
        Unpinned, // a tag or branch (or a short SHA) that can move
        NoRef,    // owner/repo without any @ref
    };
    // How a `uses:` value is pinned; *ref receives the part after '@'.
    static Pin classifyUses(const QString &uses, QString *ref = nullptr);

    GithubWorkflowRules(const QString &path,
                        const YamlDocument &document,
                        const TextLines &lines,
                        FindingSink &sink);

    void checkWorkflow();
    void checkAction(); // composite actions: only their steps' `uses:`

private:
    bool triggeredByPullRequestTarget() const;
    void checkPullRequestTarget(const QString &jobId, const YAML::Node &job);
    void checkPermissions(const YAML::Node &jobs);
    void checkSteps(const YAML::Node &steps);
    void checkUses(const YAML::Node &uses);
    void report(const QString &ruleId, const YAML::Node &node, const QString &message);
    // At the line of a `run:` script where `matched` starts.
    void reportInScript(const QString &ruleId,
                        const YAML::Node &script,
                        const QString &matched,
                        const QString &message);
    void reportAt(const QString &ruleId, int line, int column, const QString &message);

    const QString &m_path;
    const YamlDocument &m_document;
    const TextLines &m_lines;
    FindingSink &m_sink;
};

} // namespace greenlight
