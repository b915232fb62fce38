#include "KubernetesAnalyzer.h"

#include <algorithm>

#include <yaml-cpp/node/impl.h>

#include <QMutexLocker>

#include "KubernetesPodChecks.h"
#include "scan/FindingSink.h"
#include "scan/ScannedFile.h"
#include "scan/parsers/TextLines.h"
#include "scan/parsers/YamlDocuments.h"
#include "scan/parsers/YamlNode.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

const QString NoNetworkPolicy = u"k8s.no-network-policy"_s;
const QString NoPdb = u"k8s.no-pdb"_s;

RuleInfo rule(const QString &id,
              Severity severity,
              const QString &title,
              const QString &rationale,
              const QString &fix,
              bool repositoryLevel = false)
{
    return {id, severity, title, rationale, fix, u"kubernetes"_s, repositoryLevel};
}

QString labelsText(const QHash<QString, QString> &labels)
{
    QStringList pairs;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        pairs.append(it.key() + u'=' + it.value());
    pairs.sort();
    return pairs.join(u", "_s);
}

} // namespace

QList<RuleInfo> KubernetesAnalyzer::rules() const
{
    return {
            rule(u"k8s.run-as-non-root"_s,
                 Severity::High,
                 tr("Container may run as root"),
                 tr("Unless runAsNonRoot is true or runAsUser is non-zero, the container runs "
                    "as whatever user the image says, which is usually root: a compromised "
                    "process then has root inside the container."),
                 tr("Set `securityContext.runAsNonRoot: true` (pod or container) and a "
                    "non-zero `runAsUser`, and build the image with a non-root USER.")),
            rule(u"k8s.privileged"_s,
                 Severity::Critical,
                 tr("Privileged container"),
                 tr("A privileged container has every capability and all host devices: "
                    "escaping to the node is trivial, and from the node to the cluster."),
                 tr("Remove `privileged: true`; add only the specific capabilities the "
                    "workload needs, after dropping ALL.")),
            rule(u"k8s.privilege-escalation"_s,
                 Severity::Medium,
                 tr("Privilege escalation allowed"),
                 tr("Unless allowPrivilegeEscalation is false, a process can gain more "
                    "privileges than its parent (setuid binaries, file capabilities), which "
                    "turns many exploits into root."),
                 tr("Set `securityContext.allowPrivilegeEscalation: false` on every "
                    "container.")),
            rule(u"k8s.writable-root-fs"_s,
                 Severity::Medium,
                 tr("Writable root filesystem"),
                 tr("A writable root filesystem lets an attacker drop tools and persist "
                    "changes in the container, and hides accidental writes that would be "
                    "lost on restart."),
                 tr("Set `securityContext.readOnlyRootFilesystem: true` and mount `emptyDir` "
                    "volumes for the paths that must be writable (e.g. /tmp).")),
            rule(u"k8s.capabilities-not-dropped"_s,
                 Severity::Medium,
                 tr("Linux capabilities not dropped"),
                 tr("Containers get a default set of Linux capabilities (NET_RAW, CHOWN, "
                    "SETUID, ...) that most applications never use but attackers do."),
                 tr("Set `securityContext.capabilities.drop: [ALL]` and add back only what "
                    "is needed (e.g. `add: [NET_BIND_SERVICE]`).")),
            rule(u"k8s.no-seccomp"_s,
                 Severity::Low,
                 tr("No seccomp profile"),
                 tr("Without a seccomp profile the container can use every system call, "
                    "including the rarely needed ones most kernel exploits go through."),
                 tr("Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod "
                    "(or a Localhost profile).")),
            rule(u"k8s.host-namespaces"_s,
                 Severity::High,
                 tr("Pod shares host namespaces"),
                 tr("hostNetwork, hostPID and hostIPC put the pod in the node's namespaces: "
                    "it sees node-local services, other pods' processes or shared memory, "
                    "and network policies no longer apply to it."),
                 tr("Remove `hostNetwork`, `hostPID` and `hostIPC` (or set them to false); "
                    "expose ports through a Service instead.")),
            rule(u"k8s.unpinned-image"_s,
                 Severity::Medium,
                 tr("Image untagged or :latest"),
                 tr("An untagged or `:latest` image changes without a manifest change: "
                    "nodes may run different code, and a rollback does not restore the "
                    "previous version."),
                 tr("Reference an explicit version tag, preferably with its digest "
                    "(`app:1.4.2@sha256:...`), and roll out by changing it.")),
            rule(u"k8s.no-resources"_s,
                 Severity::Medium,
                 tr("Missing CPU/memory requests or limits"),
                 tr("Without requests the scheduler cannot place pods sensibly; without "
                    "limits one container can exhaust its node and get its neighbours "
                    "evicted."),
                 tr("Set `resources.requests` and `resources.limits` for both `cpu` and "
                    "`memory` on every container, sized from observed usage.")),
            rule(u"k8s.no-probes"_s,
                 Severity::Medium,
                 tr("Missing readiness or liveness probe"),
                 tr("Without a readiness probe, traffic reaches pods before they can serve "
                    "and during shutdown; without a liveness probe a hung process is never "
                    "restarted."),
                 tr("Add a `readinessProbe` (can it serve now?) and a `livenessProbe` (is "
                    "it stuck?) to every long-running container; use a startupProbe for "
                    "slow starts.")),
            rule(NoNetworkPolicy,
                 Severity::Medium,
                 tr("No NetworkPolicy"),
                 tr("Without any NetworkPolicy every pod accepts traffic from every other "
                    "pod in the cluster, so one compromised workload can reach all the "
                    "others, databases included."),
                 tr("Add a default-deny NetworkPolicy per namespace and policies that allow "
                    "only the flows each workload needs."),
                 true),
            rule(NoPdb,
                 Severity::Low,
                 tr("No PodDisruptionBudget for a replicated workload"),
                 tr("Without a PodDisruptionBudget, a node drain or cluster upgrade may evict "
                    "all replicas at once, turning routine maintenance into an outage."),
                 tr("Add a PodDisruptionBudget whose selector matches the pod labels, with "
                    "`minAvailable` or `maxUnavailable` fitting the replica count."),
                 true),
    };
}

bool KubernetesAnalyzer::wants(QStringView, QStringView fileName) const
{
    return fileName.endsWith(u".yaml", Qt::CaseInsensitive)
           || fileName.endsWith(u".yml", Qt::CaseInsensitive);
}

void KubernetesAnalyzer::analyze(const ScannedFile &file, FindingSink &sink)
{
    // Cheap first: most YAML files in a repository are not manifests.
    if (!file.content.contains("apiVersion") || !file.content.contains("kind"))
        return;
    const bool helm = (u'/' + file.path).contains(u"/templates/") || file.content.contains("{{");
    const YamlDocuments yaml = YamlDocuments::parse(file.content);
    if (yaml.hasErrors()) {
        if (helm) {
            skipTemplate(file, sink);
            return;
        }
        sink.note(file.path,
                  tr("not valid YAML, Kubernetes rules skipped for the broken document (%1)")
                          .arg(yaml.firstErrorText()));
    }

    const TextLines lines(file.content);
    FileSummary summary;
    for (const YamlDocument &document : yaml.documents()) {
        for (const YAML::Node &object : KubernetesObjects::objects(document.root))
            analyzeObject(file, document, lines, object, sink, summary);
    }
    if (summary.workloads == 0 && !summary.networkPolicy && summary.budgets.isEmpty()
        && summary.autoscalers.isEmpty()) {
        return;
    }
    const QMutexLocker locker(&m_mutex);
    m_workloads += summary.workloads;
    if (summary.workloads > 0
        && (m_firstWorkloadPath.isEmpty() || file.path < m_firstWorkloadPath)) {
        m_firstWorkloadPath = file.path;
    }
    m_networkPolicy = m_networkPolicy || summary.networkPolicy;
    m_scalables.append(summary.scalables);
    m_budgets.append(summary.budgets);
    m_autoscalers.append(summary.autoscalers);
}

void KubernetesAnalyzer::analyzeObject(const ScannedFile &file,
                                       const YamlDocument &document,
                                       const TextLines &lines,
                                       const YAML::Node &object,
                                       FindingSink &sink,
                                       FileSummary &summary) const
{
    using namespace YamlNode;
    const QString kind = KubernetesObjects::kind(object);
    const QString namespaceName = KubernetesObjects::namespaceOf(object);
    const YAML::Node spec = child(object, "spec");
    if (kind.endsWith(u"NetworkPolicy")) { // also Calico's and Cilium's policies
        summary.networkPolicy = true;
        return;
    }
    if (kind == u"PodDisruptionBudget") {
        summary.budgets.append({namespaceName, KubeLabelSelector::parse(child(spec, "selector"))});
        return;
    }
    if (kind == u"HorizontalPodAutoscaler") {
        const YAML::Node target = child(spec, "scaleTargetRef");
        summary.autoscalers.append({namespaceName,
                                    text(child(target, "kind")),
                                    text(child(target, "name")),
                                    integer(child(spec, "maxReplicas")).value_or(0)});
        return;
    }

    const std::optional<KubeWorkload> workload = KubernetesObjects::workload(object);
    if (!workload)
        return;
    ++summary.workloads;
    KubernetesPodChecks(file, document, lines, sink).check(*workload);

    if (kind != u"Deployment" && kind != u"StatefulSet")
        return;
    const YAML::Node position
            = present(workload->replicas) ? keyNode(spec, "replicas") : workload->nameNode();
    Scalable scalable;
    scalable.path = file.path;
    scalable.line = document.line(position);
    scalable.column = document.column(position);
    scalable.snippet = lines.snippet(scalable.line);
    scalable.kind = kind;
    scalable.name = workload->name;
    scalable.namespaceName = namespaceName;
    scalable.podLabels = workload->podLabels;
    scalable.replicas = integer(workload->replicas).value_or(1);
    summary.scalables.append(scalable);
}

void KubernetesAnalyzer::skipTemplate(const ScannedFile &file, FindingSink &sink)
{
    sink.note(file.path, tr("Helm template, not valid YAML: skipped"));
    const QString withSlash = u'/' + file.path;
    const qsizetype templates = withSlash.lastIndexOf(u"/templates/");
    QString chart = templates >= 0 ? withSlash.left(templates + 1)
                                   : withSlash.left(withSlash.lastIndexOf(u'/') + 1);
    chart.remove(0, 1); // back to a relative path: "" for the root, "deploy/chart/" below
    const QMutexLocker locker(&m_mutex);
    if (file.content.contains("NetworkPolicy"))
        m_opaqueNetworkPolicy = true;
    if (file.content.contains("PodDisruptionBudget"))
        m_opaqueBudgetCharts.append(chart);
}

bool KubernetesAnalyzer::namespacesMatch(const QString &a, const QString &b) const
{
    // A manifest without a namespace is applied into whatever namespace the deploy uses.
    return a.isEmpty() || b.isEmpty() || a == b;
}

bool KubernetesAnalyzer::hasBudget(const Scalable &workload) const
{
    return std::any_of(m_budgets.begin(), m_budgets.end(), [&](const Budget &budget) {
        return namespacesMatch(budget.namespaceName, workload.namespaceName)
               && budget.selector.matches(workload.podLabels);
    });
}

bool KubernetesAnalyzer::isScaledOut(const Scalable &workload) const
{
    if (workload.replicas > 1)
        return true;
    return std::any_of(m_autoscalers.begin(), m_autoscalers.end(), [&](const Autoscaler &hpa) {
        return hpa.targetKind == workload.kind && hpa.targetName == workload.name
               && namespacesMatch(hpa.namespaceName, workload.namespaceName) && hpa.maxReplicas > 1;
    });
}

void KubernetesAnalyzer::finish(const RepositoryIndex &, FindingSink &sink)
{
    const QMutexLocker locker(&m_mutex);
    if (m_workloads > 0 && !m_networkPolicy && !m_opaqueNetworkPolicy) {
        Finding finding;
        finding.ruleId = NoNetworkPolicy;
        finding.message = tr("%n workload(s) (e.g. in %1) but no NetworkPolicy anywhere in the "
                             "repository",
                             nullptr,
                             m_workloads)
                                  .arg(m_firstWorkloadPath);
        sink.report(finding);
    }

    for (const Scalable &workload : std::as_const(m_scalables)) {
        if (!isScaledOut(workload) || hasBudget(workload))
            continue;
        const bool opaque = std::any_of(
                m_opaqueBudgetCharts.begin(),
                m_opaqueBudgetCharts.end(),
                [&](const QString &chart) { return workload.path.startsWith(chart); });
        if (opaque)
            continue;
        Finding finding;
        finding.ruleId = NoPdb;
        finding.message = workload.replicas > 1
                                  ? tr("%1 '%2' runs %3 replicas but no PodDisruptionBudget "
                                       "selects its pods (%4)")
                                            .arg(workload.kind, workload.name)
                                            .arg(workload.replicas)
                                            .arg(labelsText(workload.podLabels))
                                  : tr("%1 '%2' is scaled out by a HorizontalPodAutoscaler but "
                                       "no PodDisruptionBudget selects its pods (%3)")
                                            .arg(workload.kind,
                                                 workload.name,
                                                 labelsText(workload.podLabels));
        finding.location.path = workload.path;
        finding.location.line = workload.line;
        finding.location.column = workload.column;
        finding.snippet = workload.snippet;
        sink.report(finding);
    }
}

} // namespace greenlight
