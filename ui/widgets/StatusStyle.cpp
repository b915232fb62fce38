#include "StatusStyle.h"

#include <cmath>

#include "report/ReportPalette.h"
#include "theme/Theme.h"

using namespace Qt::StringLiterals;

namespace greenlight::StatusStyle {
namespace {

ReportPalette::Shade shade()
{
    return Theme::isDark() ? ReportPalette::Shade::OnDark : ReportPalette::Shade::OnLight;
}

// WCAG 2 relative luminance.
double luminance(const QColor &colour)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
           + 0.0722 * channel(colour.blueF());
}

} // namespace

QColor statusColor(ItemStatus status)
{
    return ReportPalette::status(status, shade()); // one palette for the app and its packs
}

QColor effectiveStatusColor(EffectiveStatus status)
{
    return effectiveStatusColor(status, shade());
}

QColor effectiveStatusColor(EffectiveStatus status, ReportPalette::Shade shade)
{
    switch (status) {
    case EffectiveStatus::NotStarted:
        return ReportPalette::status(ItemStatus::NotStarted, shade);
    case EffectiveStatus::InProgress:
        return ReportPalette::status(ItemStatus::InProgress, shade);
    case EffectiveStatus::Passed:
        return ReportPalette::status(ItemStatus::Passed, shade);
    case EffectiveStatus::NotApplicable:
        return ReportPalette::status(ItemStatus::NotApplicable, shade);
    case EffectiveStatus::Waived:
        return ReportPalette::bucket(ReportPalette::Bucket::Waived, shade);
    case EffectiveStatus::Failed:
    case EffectiveStatus::WaiverExpired:
        return ReportPalette::status(ItemStatus::Failed, shade);
    }
    return {};
}

QColor severityColor(Severity severity)
{
    return ReportPalette::severity(severity, shade());
}

QColor waivedColor()
{
    return ReportPalette::bucket(ReportPalette::Bucket::Waived, shade());
}

QColor cautionColor()
{
    return waivedColor();
}

QColor errorColor()
{
    // Error text sits on the window as often as on the base: the deepest red keeps 4.5:1.
    return ReportPalette::severity(Severity::Critical, shade());
}

QColor textOn(const QColor &background)
{
    // Whichever of near-black and white has the higher contrast ratio.
    const QColor ink(0x1f, 0x23, 0x28);
    const double l = luminance(background);
    const double withWhite = 1.05 / (l + 0.05);
    const double withInk = (l + 0.05) / (luminance(ink) + 0.05);
    return withWhite >= withInk ? QColor(Qt::white) : ink;
}

QString themedHtml(QString html)
{
    if (!Theme::isDark())
        return html;
    // The literals the translated strings carry, all from the light shade.
    html.replace(u"#c0392b"_s, statusColor(ItemStatus::Failed).name(), Qt::CaseInsensitive);
    html.replace(u"#b06000"_s, waivedColor().name(), Qt::CaseInsensitive);
    html.replace(u"#1e8449"_s, statusColor(ItemStatus::Passed).name(), Qt::CaseInsensitive);
    return html;
}

} // namespace greenlight::StatusStyle
