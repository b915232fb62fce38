#include "StatusIcons.h"

#include <array>

#include "StatusStyle.h"
#include "ThemedSvgIconEngine.h"
#include "report/ReportPalette.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

using Shade = ReportPalette::Shade;

// The files draw their marks (check, cross, ...) in white on the light shade's strong
// colours; the dark shade's colours are pale, so the marks turn dark there.
QIcon themedIcon(const QString &resource, const QColor &onLight, const QColor &onDark)
{
    const QList<ThemedSvgIconEngine::ColourSwap> swaps{{onLight, onDark},
                                                       {QColor(Qt::white), QColor(0x1e1f22)}};
    return QIcon(new ThemedSvgIconEngine(resource, swaps));
}

EffectiveStatus effectiveOf(ItemStatus status)
{
    switch (status) {
    case ItemStatus::NotStarted:
        return EffectiveStatus::NotStarted;
    case ItemStatus::InProgress:
        return EffectiveStatus::InProgress;
    case ItemStatus::Passed:
        return EffectiveStatus::Passed;
    case ItemStatus::Failed:
        return EffectiveStatus::Failed;
    case ItemStatus::NotApplicable:
        return EffectiveStatus::NotApplicable;
    }
    return EffectiveStatus::NotStarted;
}

} // namespace

QIcon StatusIcons::status(ItemStatus status)
{
    return effectiveStatus(effectiveOf(status));
}

QIcon StatusIcons::effectiveStatus(EffectiveStatus status)
{
    static std::array<QIcon, EffectiveStatusCount> cache;
    QIcon &icon = cache.at(std::size_t(status));
    if (icon.isNull())
        icon = themedIcon(resource(status),
                          StatusStyle::effectiveStatusColor(status, Shade::OnLight),
                          StatusStyle::effectiveStatusColor(status, Shade::OnDark));
    return icon;
}

QIcon StatusIcons::severity(Severity severity)
{
    static std::array<QIcon, SeverityCount> cache;
    QIcon &icon = cache.at(std::size_t(severity));
    if (icon.isNull())
        icon = themedIcon(resource(severity),
                          ReportPalette::severity(severity, Shade::OnLight),
                          ReportPalette::severity(severity, Shade::OnDark));
    return icon;
}

QString StatusIcons::resource(EffectiveStatus status)
{
    // effectiveStatusKey() gives "not_started", "waiver_expired", ...: file names use '-'.
    return u":/icons/status/%1.svg"_s.arg(effectiveStatusKey(status).replace(u'_', u'-'));
}

QString StatusIcons::resource(Severity severity)
{
    return u":/icons/severity/%1.svg"_s.arg(severityKey(severity));
}

} // namespace greenlight
