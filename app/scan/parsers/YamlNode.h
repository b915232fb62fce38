#pragma once

#include <optional>
#include <string_view>

#include <yaml-cpp/yaml.h>

#include <QList>
#include <QString>

// Lookups over yaml-cpp nodes that never throw and never insert: yaml-cpp throws on a
// subscript of a scalar, on any use of the "zombie" node a missing key returns, and on
// as<T>() of the wrong type. An absent value comes back as a null YAML::Node (present()
// is false, Mark() is the null mark), so lookups chain safely: child(child(a, "b"), "c").
// Beware: `a = b` on a YAML::Node that already refers to a node does not rebind `a`, it
// makes the referenced node in the document an alias of `b` (yaml-cpp's reference
// semantics). Rebind with a.reset(b), or construct a new Node.
// Merge keys (`<<: *defaults`, common in Compose files) are followed, which yaml-cpp 0.7
// does not do itself.
namespace greenlight::YamlNode {

bool present(const YAML::Node &node); // defined and not null
bool isMap(const YAML::Node &node);
bool isSequence(const YAML::Node &node);
bool isScalar(const YAML::Node &node);

// The value of `key` in a mapping (following merge keys), or a null node.
YAML::Node child(const YAML::Node &map, std::string_view key);
// The key node itself (for its position), or a null node.
YAML::Node keyNode(const YAML::Node &map, std::string_view key);
// child(child(...)) along a path of keys.
YAML::Node path(const YAML::Node &node, std::initializer_list<std::string_view> keys);

// A scalar's text; empty for anything else.
QString text(const YAML::Node &node);
// true/false/yes/no/on/off (YAML 1.1 spellings too, as Compose and Kubernetes accept them).
std::optional<bool> boolean(const YAML::Node &node);
std::optional<qint64> integer(const YAML::Node &node);
// The elements of a sequence (empty for anything else).
QList<YAML::Node> items(const YAML::Node &node);
// The key/value pairs of a mapping in file order (merge keys not expanded).
QList<std::pair<YAML::Node, YAML::Node>> entries(const YAML::Node &node);

} // namespace greenlight::YamlNode
