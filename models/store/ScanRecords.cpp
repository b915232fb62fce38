#include "ScanRecords.h"

#include <QCoreApplication>

#include "domain/EnumKeys.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

constexpr EnumKeyTable<FindingState, FindingStateCount> FindingStateTable{{
        {FindingState::New, "new"_L1},
        {FindingState::Open, "open"_L1},
        {FindingState::Fixed, "fixed"_L1},
}};

} // namespace

QString findingStateKey(FindingState state)
{
    return keyOf(FindingStateTable, state);
}

std::optional<FindingState> findingStateFromKey(QStringView key)
{
    return fromKey(FindingStateTable, key);
}

QStringList findingStateKeys()
{
    return allKeys(FindingStateTable);
}

QString findingStateDisplayName(FindingState state)
{
    switch (state) {
    case FindingState::New:
        return QCoreApplication::translate("greenlight::FindingState", "New");
    case FindingState::Open:
        return QCoreApplication::translate("greenlight::FindingState", "Open");
    case FindingState::Fixed:
        return QCoreApplication::translate("greenlight::FindingState", "Fixed");
    }
    return {};
}

} // namespace greenlight
