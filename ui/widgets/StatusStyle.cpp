#include "StatusStyle.h"

#include <array>

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include "report/ReportPalette.h"

namespace greenlight::StatusStyle {
namespace {

constexpr int IconSize = 16;

QPixmap canvas(qreal scale)
{
    QPixmap pixmap(QSize(IconSize, IconSize) * scale);
    pixmap.setDevicePixelRatio(scale);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

QPixmap paintStatus(ItemStatus status, qreal scale)
{
    QPixmap pixmap = canvas(scale);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor color = statusColor(status);
    const QRectF circle(2, 2, 12, 12);
    QPen glyph(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (status) {
    case ItemStatus::NotStarted:
        p.setPen(QPen(color, 1.5));
        p.drawEllipse(circle.adjusted(0.5, 0.5, -0.5, -0.5));
        break;
    case ItemStatus::InProgress: {
        p.setPen(QPen(color, 1.5));
        p.drawEllipse(circle.adjusted(0.5, 0.5, -0.5, -0.5));
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPie(circle.adjusted(2.5, 2.5, -2.5, -2.5), 90 * 16, -180 * 16);
        break;
    }
    case ItemStatus::Passed: {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(circle);
        p.setPen(glyph);
        QPainterPath check;
        check.moveTo(5.2, 8.2);
        check.lineTo(7.2, 10.2);
        check.lineTo(10.8, 6.0);
        p.setBrush(Qt::NoBrush);
        p.drawPath(check);
        break;
    }
    case ItemStatus::Failed:
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(circle);
        p.setPen(glyph);
        p.drawLine(QPointF(5.8, 5.8), QPointF(10.2, 10.2));
        p.drawLine(QPointF(10.2, 5.8), QPointF(5.8, 10.2));
        break;
    case ItemStatus::NotApplicable:
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(circle);
        p.setPen(glyph);
        p.drawLine(QPointF(5.5, 8), QPointF(10.5, 8));
        break;
    }
    return pixmap;
}

QPixmap paintSeverity(Severity severity, qreal scale)
{
    QPixmap pixmap = canvas(scale);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(severityColor(severity));
    // Signal-strength bars: more bars, more severe.
    const int bars = SeverityCount - int(severity);
    for (int i = 0; i < SeverityCount; ++i) {
        const qreal height = 3 + i * 2.2;
        const QRectF bar(1.5 + i * 2.8, 14 - height, 2.0, height);
        p.setOpacity(i < bars ? 1.0 : 0.22);
        p.drawRoundedRect(bar, 0.6, 0.6);
    }
    return pixmap;
}

template<typename Enum, std::size_t N, typename Painter>
QIcon cachedIcon(std::array<QIcon, N> &cache, Enum value, Painter paint)
{
    QIcon &icon = cache[std::size_t(value)];
    if (icon.isNull()) {
        icon.addPixmap(paint(value, 1.0));
        icon.addPixmap(paint(value, 2.0));
    }
    return icon;
}

} // namespace

QColor statusColor(ItemStatus status)
{
    return ReportPalette::status(status); // one palette for the app and its approval packs
}

QIcon statusIcon(ItemStatus status)
{
    static std::array<QIcon, ItemStatusCount> cache;
    return cachedIcon(cache, status, paintStatus);
}

QColor severityColor(Severity severity)
{
    return ReportPalette::severity(severity); // one palette for the app and its approval packs
}

QIcon severityIcon(Severity severity)
{
    static std::array<QIcon, SeverityCount> cache;
    return cachedIcon(cache, severity, paintSeverity);
}

} // namespace greenlight::StatusStyle
