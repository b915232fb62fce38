#pragma once

#include <array>
#include <optional>
#include <utility>

#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace greenlight {

// Stable, lower-case keys for domain enums: what the YAML, the database, the CLI and the
// JSON exports spell. Display names are separate (translated) and may change; keys never do.
template<typename Enum, std::size_t N>
using EnumKeyTable = std::array<std::pair<Enum, QLatin1StringView>, N>;

template<typename Enum, std::size_t N>
QString keyOf(const EnumKeyTable<Enum, N> &table, Enum value)
{
    for (const auto &[e, key] : table) {
        if (e == value)
            return QString(key);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> fromKey(const EnumKeyTable<Enum, N> &table, QStringView key)
{
    for (const auto &[e, k] : table) {
        if (key == k)
            return e;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QStringList allKeys(const EnumKeyTable<Enum, N> &table)
{
    QStringList keys;
    for (const auto &entry : table)
        keys.append(QString(entry.second));
    return keys;
}

} // namespace greenlight
