#include "ThemedSvgIconEngine.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

#include "theme/Theme.h"

using namespace Qt::StringLiterals;

namespace greenlight {

struct ThemedSvgIconEngine::Shared
{
    QString resource;
    std::unique_ptr<QSvgRenderer> light;
    std::unique_ptr<QSvgRenderer> dark;
};

namespace {

// Greyed and faded, as the styles show a disabled icon.
QPixmap disabledLook(const QPixmap &source)
{
    QImage image = source.toImage().convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int grey = qGray(line[x]);
            line[x] = qRgba(grey, grey, grey, qAlpha(line[x]) / 2);
        }
    }
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(source.devicePixelRatio());
    return pixmap;
}

} // namespace

ThemedSvgIconEngine::ThemedSvgIconEngine(const QString &resource,
                                         const QList<ColourSwap> &darkSwaps)
{
    auto shared = std::make_shared<Shared>();
    shared->resource = resource;
    QFile file(resource);
    QByteArray svg;
    if (file.open(QIODevice::ReadOnly))
        svg = file.readAll();
    QByteArray darkSvg = svg;
    for (const auto &[light, dark] : darkSwaps)
        darkSvg.replace(light.name().toLatin1(), dark.name().toLatin1());
    shared->light = std::make_unique<QSvgRenderer>(svg);
    shared->dark = std::make_unique<QSvgRenderer>(darkSvg);
    m_shared = std::move(shared);
}

void ThemedSvgIconEngine::paint(QPainter *painter,
                                const QRect &rect,
                                QIcon::Mode mode,
                                QIcon::State state)
{
    const qreal scale = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    painter->drawPixmap(rect, scaledPixmap(rect.size() * scale, mode, state, scale));
}

QPixmap ThemedSvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap ThemedSvgIconEngine::scaledPixmap(const QSize &size,
                                          QIcon::Mode mode,
                                          QIcon::State,
                                          qreal scale)
{
    // As QIcon::pixmap() calls it: size is in device pixels already, scale is their ratio.
    const QSize pixels = size;
    if (pixels.isEmpty() || isNull())
        return {};
    const bool dark = Theme::isDark();
    const bool disabled = mode == QIcon::Disabled;
    const QString cacheKey = u"greenlight-svg:%1:%2:%3x%4:%5"_s
                                     .arg(m_shared->resource, dark ? u"dark"_s : u"light"_s)
                                     .arg(pixels.width())
                                     .arg(pixels.height())
                                     .arg(disabled ? u"disabled"_s : u"normal"_s);
    QPixmap pixmap;
    if (!QPixmapCache::find(cacheKey, &pixmap)) {
        pixmap = QPixmap(pixels);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            (dark ? m_shared->dark : m_shared->light)->render(&painter, QRectF(QPointF(), pixels));
        }
        if (disabled)
            pixmap = disabledLook(pixmap);
        QPixmapCache::insert(cacheKey, pixmap);
    }
    pixmap.setDevicePixelRatio(scale);
    return pixmap;
}

QSize ThemedSvgIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    return size; // scalable: any size is the actual size
}

QIconEngine *ThemedSvgIconEngine::clone() const
{
    return new ThemedSvgIconEngine(*this);
}

QString ThemedSvgIconEngine::key() const
{
    return u"ThemedSvgIconEngine"_s;
}

bool ThemedSvgIconEngine::isNull()
{
    return !m_shared->light->isValid();
}

} // namespace greenlight
