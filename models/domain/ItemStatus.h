#pragma once

#include <optional>

#include <QString>
#include <QStringList>
#include <QStringView>

namespace greenlight {

// The state of one checklist item. Keys are stored in the database: append, never renumber.
enum class ItemStatus { NotStarted, InProgress, Passed, Failed, NotApplicable };
inline constexpr int ItemStatusCount = 5;

QString itemStatusKey(ItemStatus status); // "not_started", ...
std::optional<ItemStatus> itemStatusFromKey(QStringView key);
QStringList itemStatusKeys();
QString itemStatusDisplayName(ItemStatus status); // translated "Not started"

// Assessed: somebody decided (passed, failed or not applicable).
bool isAssessed(ItemStatus status);
// Done: counts towards readiness (passed or not applicable).
bool isDone(ItemStatus status);

} // namespace greenlight
