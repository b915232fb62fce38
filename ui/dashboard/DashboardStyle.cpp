#include "DashboardStyle.h"

#include "widgets/StatusStyle.h"

namespace greenlight::DashboardStyle {

QColor waivedColor()
{
    return QColor(0xb0, 0x60, 0x00); // the checklist delegate's "Waived"
}

QColor urgentColor()
{
    return StatusStyle::statusColor(ItemStatus::Failed);
}

QColor columnColor(ProgressColumn column)
{
    switch (column) {
    case ProgressColumn::Pass:
        return StatusStyle::statusColor(ItemStatus::Passed);
    case ProgressColumn::Warning:
        return QColor(0x9c, 0xc1, 0x4a); // passed, but look again: a paler green
    case ProgressColumn::NotApplicable:
        return StatusStyle::statusColor(ItemStatus::NotApplicable);
    case ProgressColumn::Waived:
        return waivedColor();
    case ProgressColumn::Fail:
        return StatusStyle::statusColor(ItemStatus::Failed);
    case ProgressColumn::Open:
        return StatusStyle::statusColor(ItemStatus::NotStarted).lighter(125);
    }
    return {};
}

QColor verdictColor(VerdictLevel level)
{
    switch (level) {
    case VerdictLevel::Ready:
        return StatusStyle::statusColor(ItemStatus::Passed);
    case VerdictLevel::ReadyWithFixes:
        return waivedColor();
    case VerdictLevel::NotReady:
        return StatusStyle::statusColor(ItemStatus::Failed);
    }
    return {};
}

QColor decisionColor(Decision decision)
{
    switch (decision) {
    case Decision::Approve:
        return StatusStyle::statusColor(ItemStatus::Passed);
    case Decision::Conditional:
        return waivedColor();
    case Decision::Reject:
        return StatusStyle::statusColor(ItemStatus::Failed);
    }
    return {};
}

} // namespace greenlight::DashboardStyle
