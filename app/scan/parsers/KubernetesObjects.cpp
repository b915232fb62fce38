#include "KubernetesObjects.h"

#include "YamlNode.h"

using namespace Qt::StringLiterals;

namespace greenlight {

KubeLabelSelector KubeLabelSelector::parse(const YAML::Node &node)
{
    KubeLabelSelector selector;
    selector.present = YamlNode::isMap(node);
    selector.matchLabels = KubernetesObjects::stringMap(YamlNode::child(node, "matchLabels"));
    for (const YAML::Node &item : YamlNode::items(YamlNode::child(node, "matchExpressions"))) {
        Expression expression;
        expression.key = YamlNode::text(YamlNode::child(item, "key"));
        expression.op = YamlNode::text(YamlNode::child(item, "operator"));
        for (const YAML::Node &value : YamlNode::items(YamlNode::child(item, "values")))
            expression.values.append(YamlNode::text(value));
        selector.matchExpressions.append(expression);
    }
    return selector;
}

bool KubeLabelSelector::matches(const QHash<QString, QString> &labels) const
{
    if (!present)
        return false;
    for (auto it = matchLabels.cbegin(); it != matchLabels.cend(); ++it) {
        if (labels.value(it.key()) != it.value() || !labels.contains(it.key()))
            return false;
    }
    for (const Expression &expression : matchExpressions) {
        const bool has = labels.contains(expression.key);
        const bool in = has && expression.values.contains(labels.value(expression.key));
        if ((expression.op == u"In" && !in) || (expression.op == u"NotIn" && in)
            || (expression.op == u"Exists" && !has) || (expression.op == u"DoesNotExist" && has)) {
            return false;
        }
    }
    return true;
}

YAML::Node KubeWorkload::nameNode() const
{
    const YAML::Node key = YamlNode::keyNode(YamlNode::child(object, "metadata"), "name");
    return YamlNode::present(key) ? key : YamlNode::keyNode(object, "kind");
}

namespace KubernetesObjects {

bool isObject(const YAML::Node &node)
{
    return YamlNode::isMap(node) && YamlNode::isScalar(YamlNode::child(node, "apiVersion"))
           && YamlNode::isScalar(YamlNode::child(node, "kind"));
}

QList<YAML::Node> objects(const YAML::Node &document)
{
    QList<YAML::Node> result;
    if (!isObject(document))
        return result;
    if (kind(document) != u"List" && !kind(document).endsWith(u"List")) {
        result.append(document);
        return result;
    }
    for (const YAML::Node &item : YamlNode::items(YamlNode::child(document, "items"))) {
        if (isObject(item))
            result.append(item);
    }
    return result;
}

QString kind(const YAML::Node &object)
{
    return YamlNode::text(YamlNode::child(object, "kind"));
}

QString name(const YAML::Node &object)
{
    return YamlNode::text(YamlNode::path(object, {"metadata", "name"}));
}

QString namespaceOf(const YAML::Node &object)
{
    return YamlNode::text(YamlNode::path(object, {"metadata", "namespace"}));
}

QHash<QString, QString> stringMap(const YAML::Node &node)
{
    QHash<QString, QString> result;
    for (const auto &[key, value] : YamlNode::entries(node))
        result.insert(YamlNode::text(key), YamlNode::text(value));
    return result;
}

std::optional<KubeWorkload> workload(const YAML::Node &object)
{
    const QString objectKind = kind(object);
    KubeWorkload result;
    const YAML::Node spec = YamlNode::child(object, "spec");
    YAML::Node podTemplate;
    if (objectKind == u"Pod") {
        result.podSpec.reset(spec);
        result.podMetadata.reset(YamlNode::child(object, "metadata"));
    } else if (objectKind == u"Deployment" || objectKind == u"StatefulSet"
               || objectKind == u"DaemonSet" || objectKind == u"ReplicaSet"
               || objectKind == u"ReplicationController" || objectKind == u"Job") {
        podTemplate.reset(YamlNode::child(spec, "template"));
        result.replicas.reset(YamlNode::child(spec, "replicas"));
    } else if (objectKind == u"CronJob") {
        podTemplate.reset(YamlNode::path(spec, {"jobTemplate", "spec", "template"}));
    } else {
        return std::nullopt;
    }
    if (YamlNode::present(podTemplate)) {
        result.podSpec.reset(YamlNode::child(podTemplate, "spec"));
        result.podMetadata.reset(YamlNode::child(podTemplate, "metadata"));
    }
    if (!YamlNode::isMap(result.podSpec))
        return std::nullopt; // a stub or a patch without a pod template
    result.kind = objectKind;
    result.name = name(object);
    result.namespaceName = namespaceOf(object);
    result.object.reset(object);
    result.podLabels = stringMap(YamlNode::child(result.podMetadata, "labels"));
    result.batch = objectKind == u"Job" || objectKind == u"CronJob";
    return result;
}

} // namespace KubernetesObjects

} // namespace greenlight
