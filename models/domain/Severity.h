#pragma once

#include <optional>

#include <QString>
#include <QStringList>
#include <QStringView>

namespace greenlight {

// Ordered most to least severe: comparisons (<) mean "more severe than".
enum class Severity { Critical, High, Medium, Low, Info };
inline constexpr int SeverityCount = 5;

QString severityKey(Severity severity);                   // "critical", ...
std::optional<Severity> severityFromKey(QStringView key); // exact, lower-case
QStringList severityKeys();                               // in order
QString severityDisplayName(Severity severity);           // translated "Critical"

} // namespace greenlight
