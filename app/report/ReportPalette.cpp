#include "ReportPalette.h"

namespace greenlight {
namespace {

QColor pick(ReportPalette::Shade shade, QRgb onLight, QRgb onDark)
{
    return QColor::fromRgb(shade == ReportPalette::Shade::OnLight ? onLight : onDark);
}

} // namespace

QColor ReportPalette::status(ItemStatus status, Shade shade)
{
    // Not started is the quietest grey that still keeps 3:1 on white; not applicable, a
    // decision, is the stronger one.
    switch (status) {
    case ItemStatus::NotStarted:
        return pick(shade, 0x868c93, 0x8b9198);
    case ItemStatus::InProgress:
        return pick(shade, 0x1a73e8, 0x8ab4f8);
    case ItemStatus::Passed:
        return pick(shade, 0x1e8e3e, 0x81c995);
    case ItemStatus::Failed:
        return pick(shade, 0xd93025, 0xf28b82);
    case ItemStatus::NotApplicable:
        return pick(shade, 0x70757a, 0xaeb4ba);
    }
    return {};
}

QColor ReportPalette::severity(Severity severity, Shade shade)
{
    switch (severity) {
    case Severity::Critical:
        return pick(shade, 0xc5221f, 0xff7a70);
    case Severity::High:
        return pick(shade, 0xe37400, 0xffa25c);
    case Severity::Medium:
        return pick(shade, 0xa68200, 0xf2cc4d);
    case Severity::Low:
        return pick(shade, 0x3c78b5, 0x7cacf8);
    case Severity::Info:
        return pick(shade, 0x80868b, 0x9aa0a6);
    }
    return {};
}

QColor ReportPalette::bucket(Bucket bucket, Shade shade)
{
    switch (bucket) {
    case Bucket::Pass:
        return status(ItemStatus::Passed, shade);
    case Bucket::Warning:
        // The medium severity's amber: a done item that deserves a second look.
        return severity(Severity::Medium, shade);
    case Bucket::Waived:
        // Failed, risk accepted: the amber the checklist, item pane and sign-off page show.
        return pick(shade, 0xb06000, 0xf6b26b);
    case Bucket::NotApplicable:
        return status(ItemStatus::NotApplicable, shade);
    case Bucket::Fail:
        return status(ItemStatus::Failed, shade);
    case Bucket::Open:
        return status(ItemStatus::NotStarted, shade);
    }
    return {};
}

QColor ReportPalette::verdict(VerdictLevel level, Shade shade)
{
    switch (level) {
    case VerdictLevel::Ready:
        return status(ItemStatus::Passed, shade);
    case VerdictLevel::ReadyWithFixes:
        return severity(Severity::High, shade);
    case VerdictLevel::NotReady:
        return status(ItemStatus::Failed, shade);
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
