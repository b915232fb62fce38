#include "YamlNode.h"

#include <string>

#include <yaml-cpp/node/impl.h>
#include <yaml-cpp/node/iterator.h>

namespace greenlight::YamlNode {
namespace {

// Merge chains deeper than this are cycles or abuse, not configuration.
constexpr int MaxMergeDepth = 8;

bool keyEquals(const YAML::Node &key, std::string_view wanted)
{
    return isScalar(key) && std::string_view(key.Scalar()) == wanted;
}

// Returns the pair (key, value) for `wanted`, looking into merged mappings when the key is
// not set directly (explicit keys win over merged ones, as YAML's merge key specifies).
std::optional<std::pair<YAML::Node, YAML::Node>> find(const YAML::Node &map,
                                                      std::string_view wanted,
                                                      int depth)
{
    if (!isMap(map) || depth > MaxMergeDepth)
        return std::nullopt;
    YAML::Node merge;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (keyEquals(it->first, wanted))
            return std::pair{it->first, it->second};
        if (keyEquals(it->first, "<<"))
            merge.reset(it->second);
    }
    if (!present(merge))
        return std::nullopt;
    if (isMap(merge))
        return find(merge, wanted, depth + 1);
    for (const YAML::Node &source : items(merge)) {
        if (auto found = find(source, wanted, depth + 1))
            return found;
    }
    return std::nullopt;
}

} // namespace

bool present(const YAML::Node &node)
{
    return node.IsDefined() && !node.IsNull();
}

bool isMap(const YAML::Node &node)
{
    return node.IsDefined() && node.IsMap();
}

bool isSequence(const YAML::Node &node)
{
    return node.IsDefined() && node.IsSequence();
}

bool isScalar(const YAML::Node &node)
{
    return node.IsDefined() && node.IsScalar();
}

YAML::Node child(const YAML::Node &map, std::string_view key)
{
    if (auto found = find(map, key, 0))
        return found->second;
    return YAML::Node();
}

YAML::Node keyNode(const YAML::Node &map, std::string_view key)
{
    if (auto found = find(map, key, 0))
        return found->first;
    return YAML::Node();
}

YAML::Node path(const YAML::Node &node, std::initializer_list<std::string_view> keys)
{
    YAML::Node current(node);
    for (std::string_view key : keys)
        current.reset(child(current, key));
    return current;
}

QString text(const YAML::Node &node)
{
    return isScalar(node) ? QString::fromStdString(node.Scalar()) : QString();
}

std::optional<bool> boolean(const YAML::Node &node)
{
    if (!isScalar(node))
        return std::nullopt;
    const QString value = text(node).trimmed().toLower();
    if (value == u"true" || value == u"yes" || value == u"on" || value == u"y")
        return true;
    if (value == u"false" || value == u"no" || value == u"off" || value == u"n")
        return false;
    return std::nullopt;
}

std::optional<qint64> integer(const YAML::Node &node)
{
    if (!isScalar(node))
        return std::nullopt;
    bool ok = false;
    const qint64 value = text(node).trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

QList<YAML::Node> items(const YAML::Node &node)
{
    QList<YAML::Node> result;
    if (!isSequence(node))
        return result;
    for (auto it = node.begin(); it != node.end(); ++it)
        result.append(*it);
    return result;
}

QList<std::pair<YAML::Node, YAML::Node>> entries(const YAML::Node &node)
{
    QList<std::pair<YAML::Node, YAML::Node>> result;
    if (!isMap(node))
        return result;
    for (auto it = node.begin(); it != node.end(); ++it)
        result.append({it->first, it->second});
    return result;
}

} // namespace greenlight::YamlNode
