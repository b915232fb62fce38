#include "ReportPalette.h"

namespace greenlight {

QColor ReportPalette::status(ItemStatus status)
{
    switch (status) {
    case ItemStatus::NotStarted:
        return QColor(0x9a, 0xa0, 0xa6);
    case ItemStatus::InProgress:
        return QColor(0x1a, 0x73, 0xe8);
    case ItemStatus::Passed:
        return QColor(0x1e, 0x8e, 0x3e);
    case ItemStatus::Failed:
        return QColor(0xd9, 0x30, 0x25);
    case ItemStatus::NotApplicable:
        return QColor(0x70, 0x75, 0x7a);
    }
    return {};
}

QColor ReportPalette::severity(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QColor(0xc5, 0x22, 0x1f);
    case Severity::High:
        return QColor(0xe3, 0x74, 0x00);
    case Severity::Medium:
        return QColor(0xc2, 0x9a, 0x00);
    case Severity::Low:
        return QColor(0x3c, 0x78, 0xb5);
    case Severity::Info:
        return QColor(0x80, 0x86, 0x8b);
    }
    return {};
}

QColor ReportPalette::bucket(Bucket bucket)
{
    switch (bucket) {
    case Bucket::Pass:
        return status(ItemStatus::Passed);
    case Bucket::Warning:
        // The medium severity's amber: a done item that deserves a second look.
        return severity(Severity::Medium);
    case Bucket::Waived:
        // "Waived" in the sign-off page and the item pane (ui/pages/SignoffPage.cpp).
        return QColor(0xb0, 0x60, 0x00);
    case Bucket::NotApplicable:
        return status(ItemStatus::NotApplicable);
    case Bucket::Fail:
        return status(ItemStatus::Failed);
    case Bucket::Open:
        return status(ItemStatus::NotStarted);
    }
    return {};
}

QColor ReportPalette::verdict(VerdictLevel level)
{
    switch (level) {
    case VerdictLevel::Ready:
        return status(ItemStatus::Passed);
    case VerdictLevel::ReadyWithFixes:
        return severity(Severity::High);
    case VerdictLevel::NotReady:
        return status(ItemStatus::Failed);
    }
    return {};
}

QColor ReportPalette::text()
{
    return QColor(0x20, 0x21, 0x24);
}

QColor ReportPalette::mutedText()
{
    return QColor(0x5f, 0x63, 0x68);
}

QColor ReportPalette::rule()
{
    return QColor(0xc4, 0xc7, 0xcc);
}

QColor ReportPalette::headerFill()
{
    return QColor(0xe8, 0xea, 0xed);
}

QColor ReportPalette::groupFill()
{
    return QColor(0xf3, 0xf4, 0xf6);
}

} // namespace greenlight
