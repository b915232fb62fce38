#pragma once

#include <optional>

#include <yaml-cpp/yaml.h>

#include <QHash>
#include <QList>
#include <QString>

namespace greenlight {

// A label selector (matchLabels + matchExpressions) as PodDisruptionBudgets and
// NetworkPolicies use them. A missing selector selects nothing; an empty one, everything.
struct KubeLabelSelector
{
    struct Expression
    {
        QString key;
        QString op; // In, NotIn, Exists, DoesNotExist
        QStringList values;
    };
    bool present = false;
    QHash<QString, QString> matchLabels;
    QList<Expression> matchExpressions;

    static KubeLabelSelector parse(const YAML::Node &node);
    bool matches(const QHash<QString, QString> &labels) const;
};

// A workload object and where its pod template is: spec (Pod), spec.template.spec
// (Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job) or
// spec.jobTemplate.spec.template.spec (CronJob).
struct KubeWorkload
{
    QString kind;
    QString name;
    QString namespaceName; // empty when the manifest leaves it to the apply context
    YAML::Node object;
    YAML::Node podSpec;
    YAML::Node podMetadata; // the pod template's metadata (labels, annotations)
    QHash<QString, QString> podLabels;
    YAML::Node replicas; // spec.replicas (null when absent: one replica)
    bool batch = false;  // Job or CronJob: runs to completion, probes do not apply

    YAML::Node nameNode() const; // metadata.name's key, or the kind's key, for positions
};

// Reading Kubernetes manifests out of parsed YAML documents.
namespace KubernetesObjects {

// A mapping with scalar apiVersion and kind.
bool isObject(const YAML::Node &node);
// The objects a document holds: the document itself, or the items of a `kind: List`.
QList<YAML::Node> objects(const YAML::Node &document);
QString kind(const YAML::Node &object);
QString name(const YAML::Node &object);
QString namespaceOf(const YAML::Node &object);
// A mapping of scalars (labels, annotations) as a hash.
QHash<QString, QString> stringMap(const YAML::Node &node);
// The workload view of an object, or nothing for kinds that run no pods.
std::optional<KubeWorkload> workload(const YAML::Node &object);

} // namespace KubernetesObjects

} // namespace greenlight
