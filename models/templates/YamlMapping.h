#pragma once

#include <initializer_list>
#include <optional>

#include <yaml-cpp/node/node.h>

#include <QCoreApplication>
#include <QHash>
#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace greenlight {

class ProblemSink;

// One YAML mapping read against the fixed key set of a schema object. Construction reports
// unknown, duplicate, non-string and missing keys; the accessors then hand out the (first)
// value of a key, reporting wrong types and empty values. Every report carries a position.
class YamlMapping
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::TemplateLoader)

public:
    struct Key
    {
        QLatin1StringView name;
        bool required = false;
    };

    // `what` names the object in messages ("section", "item", ...); node must be a mapping.
    YamlMapping(const YAML::Node &node,
                const QString &what,
                std::initializer_list<Key> keys,
                ProblemSink &sink);

    bool contains(QLatin1StringView key) const { return m_entries.contains(key); }
    YAML::Node value(QLatin1StringView key) const; // undefined node when absent
    // Where to point at a value: the value itself, or its key when the value is empty
    // (yaml-cpp places an empty value at the token that follows it).
    YAML::Mark valueMark(QLatin1StringView key) const;

    // A non-empty scalar, any scalar style (so `version: 1.0` reads as "1.0"), trailing
    // newlines of block scalars removed. nullopt when absent or reported.
    std::optional<QString> string(QLatin1StringView key) const;
    // true or false; nullopt when absent or reported.
    std::optional<bool> boolean(QLatin1StringView key) const;
    // A sequence, or a null node for an empty value (size() 0 either way);
    // nullopt when absent or reported as another type.
    std::optional<YAML::Node> sequence(QLatin1StringView key) const;

    // How a node reads in "expected X, found Y" messages: "a mapping", "'text'", ...
    static QString describe(const YAML::Node &node);
    // A value as quoted in a message: one line, long ones cut short.
    static QString shown(const QString &value);
    // Scalar text without the trailing newline block scalars keep.
    static QString text(const YAML::Node &scalar);

private:
    struct Entry
    {
        YAML::Node key;
        YAML::Node value;
    };

    QHash<QString, Entry> m_entries; // first occurrence of each allowed key
    ProblemSink &m_sink;
};

} // namespace greenlight
