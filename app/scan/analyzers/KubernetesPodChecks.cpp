#include "KubernetesPodChecks.h"

#include <yaml-cpp/node/impl.h>

#include <QStringList>

#include "scan/FindingSink.h"
#include "scan/ScannedFile.h"
#include "scan/parsers/ImageReference.h"
#include "scan/parsers/KubernetesObjects.h"
#include "scan/parsers/TextLines.h"
#include "scan/parsers/YamlDocuments.h"
#include "scan/parsers/YamlNode.h"

using namespace Qt::StringLiterals;

namespace greenlight {

using namespace YamlNode;

namespace {

// The first of the nodes that is present (for "report at the key, else at the name").
YAML::Node firstPresent(std::initializer_list<YAML::Node> nodes)
{
    for (const YAML::Node &node : nodes) {
        if (present(node))
            return node;
    }
    return YAML::Node();
}

bool isTemplated(const QString &value)
{
    return value.contains(u"{{") || value.contains(u"${") || value.contains(u"$(");
}

} // namespace

KubernetesPodChecks::KubernetesPodChecks(const ScannedFile &file,
                                         const YamlDocument &document,
                                         const TextLines &lines,
                                         FindingSink &sink)
    : m_file(file)
    , m_document(document)
    , m_lines(lines)
    , m_sink(sink)
{}

void KubernetesPodChecks::check(const KubeWorkload &workload)
{
    const QString label = tr("%1 '%2'").arg(workload.kind, workload.name);
    for (const char *key : {"hostNetwork", "hostPID", "hostIPC"}) {
        if (boolean(child(workload.podSpec, key)).value_or(false)) {
            report(u"k8s.host-namespaces"_s,
                   keyNode(workload.podSpec, key),
                   tr("%1 sets %2: true and shares the node's namespace")
                           .arg(label, QString::fromLatin1(key)));
        }
    }
    for (const YAML::Node &container : items(child(workload.podSpec, "initContainers"))) {
        if (isMap(container))
            checkContainer(workload, container, true);
    }
    for (const YAML::Node &container : items(child(workload.podSpec, "containers"))) {
        if (isMap(container))
            checkContainer(workload, container, false);
    }
}

void KubernetesPodChecks::checkContainer(const KubeWorkload &workload,
                                         const YAML::Node &container,
                                         bool init)
{
    const QString name = text(child(container, "name"));
    const QString label
            = init ? tr("%1 '%2', init container '%3'").arg(workload.kind, workload.name, name)
                   : tr("%1 '%2', container '%3'").arg(workload.kind, workload.name, name);
    YAML::Node anchor
            = firstPresent({keyNode(container, "name"), keyNode(container, "image"), container});

    checkRunAsNonRoot(workload, container, anchor, label);
    checkSecurityContext(container, anchor, label);
    checkSeccomp(workload, container, anchor, label);

    const QString image = text(child(container, "image")).trimmed();
    if (!image.isEmpty() && !isTemplated(image) && ImageReference::parse(image).isFloating()) {
        report(u"k8s.unpinned-image"_s,
               keyNode(container, "image"),
               tr("%1 uses image %2, which is untagged or :latest").arg(label, image));
    }
    checkResources(container, anchor, label);

    if (init || workload.batch)
        return; // run-to-completion containers are not probed
    QStringList missing;
    if (!present(child(container, "readinessProbe")))
        missing.append(u"readinessProbe"_s);
    if (!present(child(container, "livenessProbe")))
        missing.append(u"livenessProbe"_s);
    if (!missing.isEmpty()) {
        report(u"k8s.no-probes"_s,
               anchor,
               tr("%1 has no %2").arg(label, missing.join(tr(" and "))));
    }
}

void KubernetesPodChecks::checkRunAsNonRoot(const KubeWorkload &workload,
                                            const YAML::Node &container,
                                            const YAML::Node &anchor,
                                            const QString &label)
{
    // Container settings override the pod's.
    const YAML::Node podContext = child(workload.podSpec, "securityContext");
    const YAML::Node context = child(container, "securityContext");
    const auto effective = [&](const char *key) {
        return present(child(context, key)) ? context : podContext;
    };
    const YAML::Node userOwner = effective("runAsUser");
    const YAML::Node nonRootOwner = effective("runAsNonRoot");
    const std::optional<qint64> user = integer(child(userOwner, "runAsUser"));
    const std::optional<bool> nonRoot = boolean(child(nonRootOwner, "runAsNonRoot"));

    if (user == 0) {
        report(u"k8s.run-as-non-root"_s,
               keyNode(userOwner, "runAsUser"),
               tr("%1 runs as UID 0 (runAsUser: 0)").arg(label));
    } else if (nonRoot == true || user.value_or(0) > 0) {
        return;
    } else if (nonRoot == false) {
        report(u"k8s.run-as-non-root"_s,
               keyNode(nonRootOwner, "runAsNonRoot"),
               tr("%1 sets runAsNonRoot: false").arg(label));
    } else {
        report(u"k8s.run-as-non-root"_s,
               anchor,
               tr("%1 may run as root: neither runAsNonRoot: true nor a non-zero runAsUser "
                  "is set")
                       .arg(label));
    }
}

void KubernetesPodChecks::checkSecurityContext(const YAML::Node &container,
                                               const YAML::Node &anchor,
                                               const QString &label)
{
    const YAML::Node context = child(container, "securityContext");
    if (boolean(child(context, "privileged")).value_or(false)) {
        report(u"k8s.privileged"_s,
               keyNode(context, "privileged"),
               tr("%1 runs privileged").arg(label));
    }
    if (boolean(child(context, "allowPrivilegeEscalation")) != false) {
        report(u"k8s.privilege-escalation"_s,
               firstPresent({keyNode(context, "allowPrivilegeEscalation"), anchor}),
               tr("%1 does not set allowPrivilegeEscalation: false").arg(label));
    }
    if (boolean(child(context, "readOnlyRootFilesystem")) != true) {
        report(u"k8s.writable-root-fs"_s,
               firstPresent({keyNode(context, "readOnlyRootFilesystem"), anchor}),
               tr("%1 does not set readOnlyRootFilesystem: true").arg(label));
    }
    const YAML::Node capabilities = child(context, "capabilities");
    const QList<YAML::Node> dropped = items(child(capabilities, "drop"));
    const bool dropsAll = std::any_of(dropped.begin(), dropped.end(), [](const YAML::Node &n) {
        return text(n).compare(u"ALL", Qt::CaseInsensitive) == 0;
    });
    if (!dropsAll) {
        report(u"k8s.capabilities-not-dropped"_s,
               firstPresent(
                       {keyNode(capabilities, "drop"), keyNode(context, "capabilities"), anchor}),
               tr("%1 does not drop ALL capabilities").arg(label));
    }
}

void KubernetesPodChecks::checkSeccomp(const KubeWorkload &workload,
                                       const YAML::Node &container,
                                       const YAML::Node &anchor,
                                       const QString &label)
{
    const YAML::Node containerType = path(container, {"securityContext", "seccompProfile", "type"});
    const YAML::Node podType
            = path(workload.podSpec, {"securityContext", "seccompProfile", "type"});
    const YAML::Node type = present(containerType) ? containerType : podType;
    const QString value = text(type);
    if (value == u"RuntimeDefault" || value == u"Localhost")
        return;
    if (present(type)) {
        report(u"k8s.no-seccomp"_s, type, tr("%1 uses the seccomp profile %2").arg(label, value));
        return;
    }
    // Clusters before 1.19 only knew the annotations; they still count.
    const QHash<QString, QString> annotations
            = KubernetesObjects::stringMap(child(workload.podMetadata, "annotations"));
    const QString annotation = annotations.value(
            u"container.seccomp.security.alpha.kubernetes.io/"_s + text(child(container, "name")),
            annotations.value(u"seccomp.security.alpha.kubernetes.io/pod"_s));
    if (annotation == u"runtime/default" || annotation == u"docker/default"
        || annotation.startsWith(u"localhost/")) {
        return;
    }
    report(u"k8s.no-seccomp"_s,
           anchor,
           tr("%1 has no seccomp profile (RuntimeDefault or Localhost)").arg(label));
}

void KubernetesPodChecks::checkResources(const YAML::Node &container,
                                         const YAML::Node &anchor,
                                         const QString &label)
{
    const YAML::Node resources = child(container, "resources");
    QStringList missing;
    for (const char *kind : {"requests", "limits"}) {
        for (const char *resource : {"cpu", "memory"}) {
            if (!present(path(resources, {kind, resource})))
                missing.append(QString::fromLatin1(kind) + u'.' + QString::fromLatin1(resource));
        }
    }
    if (!missing.isEmpty()) {
        report(u"k8s.no-resources"_s,
               firstPresent({keyNode(container, "resources"), anchor}),
               tr("%1 is missing %2").arg(label, missing.join(u", "_s)));
    }
}

void KubernetesPodChecks::report(const QString &ruleId,
                                 const YAML::Node &at,
                                 const QString &message)
{
    Finding finding;
    finding.ruleId = ruleId;
    finding.message = message;
    finding.location.path = m_file.path;
    finding.location.line = m_document.line(at);
    finding.location.column = m_document.column(at);
    finding.snippet = m_lines.snippet(finding.location.line);
    m_sink.report(finding);
}

} // namespace greenlight
