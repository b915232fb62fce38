#include "YamlMapping.h"

#include <yaml-cpp/yaml.h>

#include <QStringList>

#include "ProblemSink.h"

using namespace Qt::StringLiterals;

namespace greenlight {

YamlMapping::YamlMapping(const YAML::Node &node,
                         const QString &what,
                         std::initializer_list<Key> keys,
                         ProblemSink &sink)
    : m_sink(sink)
{
    QStringList allowed;
    for (const Key &key : keys)
        allowed.append(QString(key.name));

    QHash<QString, int> seenAtLine; // every key seen, allowed or not, for duplicate reports
    for (const auto &pair : node) {
        const YAML::Node key = pair.first;
        if (!key.IsScalar()) {
            sink.add(key.Mark(), tr("expected a key name, found %1").arg(describe(key)));
            continue;
        }
        const QString name = QString::fromStdString(key.Scalar());
        const int line = key.Mark().line + 1;
        if (const auto first = seenAtLine.constFind(name); first != seenAtLine.cend()) {
            sink.add(key.Mark(),
                     tr("duplicate key '%1' (first defined at line %2)")
                             .arg(shown(name))
                             .arg(*first));
            continue;
        }
        seenAtLine.insert(name, line);
        if (!allowed.contains(name)) {
            sink.add(key.Mark(),
                     tr("unknown key '%1' in %2 (allowed: %3)")
                             .arg(shown(name), what, allowed.join(u", "_s)));
            continue;
        }
        m_entries.insert(name, Entry{key, pair.second});
    }

    for (const Key &key : keys) {
        if (key.required && !m_entries.contains(key.name))
            sink.add(node.Mark(), tr("missing required key '%1' in %2").arg(key.name, what));
    }
}

YAML::Node YamlMapping::value(QLatin1StringView key) const
{
    const auto it = m_entries.constFind(key);
    return it == m_entries.cend() ? YAML::Node(YAML::NodeType::Undefined) : it->value;
}

YAML::Mark YamlMapping::valueMark(QLatin1StringView key) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend())
        return YAML::Mark::null_mark();
    return it->value.IsNull() ? it->key.Mark() : it->value.Mark();
}

std::optional<QString> YamlMapping::string(QLatin1StringView key) const
{
    if (!contains(key))
        return std::nullopt;
    const YAML::Node node = value(key);
    if (!node.IsNull() && !node.IsScalar()) {
        m_sink.add(node.Mark(),
                   tr("expected a string for '%1', found %2").arg(key, describe(node)));
        return std::nullopt;
    }
    const QString result = node.IsNull() ? QString() : text(node);
    if (result.trimmed().isEmpty()) {
        m_sink.add(valueMark(key), tr("'%1' must not be empty").arg(key));
        return std::nullopt;
    }
    return result;
}

std::optional<bool> YamlMapping::boolean(QLatin1StringView key) const
{
    if (!contains(key))
        return std::nullopt;
    const YAML::Node node = value(key);
    if (node.IsScalar() && (node.Scalar() == "true" || node.Scalar() == "false"))
        return node.Scalar() == "true";
    m_sink.add(valueMark(key),
               tr("expected true or false for '%1', found %2").arg(key, describe(node)));
    return std::nullopt;
}

std::optional<YAML::Node> YamlMapping::sequence(QLatin1StringView key) const
{
    if (!contains(key))
        return std::nullopt;
    const YAML::Node node = value(key);
    if (node.IsNull() || node.IsSequence())
        return node;
    m_sink.add(node.Mark(), tr("expected a sequence for '%1', found %2").arg(key, describe(node)));
    return std::nullopt;
}

QString YamlMapping::describe(const YAML::Node &node)
{
    if (node.IsMap())
        return tr("a mapping");
    if (node.IsSequence())
        return tr("a sequence");
    if (node.IsScalar())
        return u"'%1'"_s.arg(shown(text(node)));
    return tr("an empty value");
}

QString YamlMapping::shown(const QString &value)
{
    constexpr int MaxShown = 60; // keep one-line messages one line long
    QString result = value.simplified();
    if (result.size() > MaxShown)
        result = result.left(MaxShown) + u"..."_s;
    return result;
}

QString YamlMapping::text(const YAML::Node &scalar)
{
    QString result = QString::fromStdString(scalar.Scalar());
    while (result.endsWith(u'\n'))
        result.chop(1);
    return result;
}

} // namespace greenlight
