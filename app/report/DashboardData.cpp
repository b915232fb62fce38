#include "DashboardData.h"

#include "ReportText.h"

namespace greenlight {

ProgressColumn progressColumnOf(const SnapshotItem &item)
{
    const bool warned = !item.warnings.isEmpty();
    switch (item.effective) {
    case EffectiveStatus::NotStarted:
    case EffectiveStatus::InProgress:
        return ProgressColumn::Open;
    case EffectiveStatus::Passed:
        return warned ? ProgressColumn::Warning : ProgressColumn::Pass;
    case EffectiveStatus::NotApplicable:
        return warned ? ProgressColumn::Warning : ProgressColumn::NotApplicable;
    case EffectiveStatus::Failed:
    case EffectiveStatus::WaiverExpired:
        return ProgressColumn::Fail;
    case EffectiveStatus::Waived:
        return ProgressColumn::Waived;
    }
    return ProgressColumn::Open;
}

int progressColumnCount(const SnapshotCategory &category, ProgressColumn column)
{
    switch (column) {
    case ProgressColumn::Pass:
        return category.pass;
    case ProgressColumn::Warning:
        return category.warning;
    case ProgressColumn::NotApplicable:
        return category.notApplicable;
    case ProgressColumn::Waived:
        return category.waived;
    case ProgressColumn::Fail:
        return category.fail;
    case ProgressColumn::Open:
        return category.open;
    }
    return 0;
}

QString progressColumnName(ProgressColumn column)
{
    // summaryColumns(): Category, Pass, Fail, Warning, Waived, N/A, Open, Total.
    const QStringList names = ReportText::summaryColumns();
    const auto at = [&names](int i) {
        return i < names.size() ? names.at(i) : QString();
    };
    switch (column) {
    case ProgressColumn::Pass:
        return at(1);
    case ProgressColumn::Fail:
        return at(2);
    case ProgressColumn::Warning:
        return at(3);
    case ProgressColumn::Waived:
        return at(4);
    case ProgressColumn::NotApplicable:
        return at(5);
    case ProgressColumn::Open:
        return at(6);
    }
    return {};
}

} // namespace greenlight
