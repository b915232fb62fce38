#pragma once

#include <QCoreApplication>
#include <QString>

namespace YAML {
class Node;
}

namespace greenlight {

class FindingSink;
class TextLines;
struct KubeWorkload;
struct ScannedFile;
struct YamlDocument;

// The per-workload Kubernetes rules (pod and container security context, image, resources,
// probes) over one workload of one document. KubernetesAnalyzer owns the rule catalogue and
// the repository-level rules. Positions: the offending key, or the container's name (or
// image) when the key is missing.
class KubernetesPodChecks
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::KubernetesAnalyzer)

public:
    KubernetesPodChecks(const ScannedFile &file,
                        const YamlDocument &document,
                        const TextLines &lines,
                        FindingSink &sink);

    void check(const KubeWorkload &workload);

private:
    void checkContainer(const KubeWorkload &workload, const YAML::Node &container, bool init);
    void checkRunAsNonRoot(const KubeWorkload &workload,
                           const YAML::Node &container,
                           const YAML::Node &anchor,
                           const QString &label);
    void checkSecurityContext(const YAML::Node &container,
                              const YAML::Node &anchor,
                              const QString &label);
    void checkSeccomp(const KubeWorkload &workload,
                      const YAML::Node &container,
                      const YAML::Node &anchor,
                      const QString &label);
    void checkResources(const YAML::Node &container,
                        const YAML::Node &anchor,
                        const QString &label);
    void report(const QString &ruleId, const YAML::Node &at, const QString &message);

    const ScannedFile &m_file;
    const YamlDocument &m_document;
    const TextLines &m_lines;
    FindingSink &m_sink;
};

} // namespace greenlight
