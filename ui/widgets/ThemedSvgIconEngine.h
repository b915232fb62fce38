#pragma once

#include <memory>
#include <utility>

#include <QColor>
#include <QIconEngine>
#include <QList>

class QSvgRenderer;

namespace greenlight {

// Draws an SVG drawn in the light palette's colours, and the same SVG with its colours
// swapped (light -> dark pairs) while the dark palette is in use (Theme::isDark()). The
// choice is made at paint time, so an icon already in a menu or a combo box follows a theme
// switch by repainting. Renders at the requested device size: sharp at any scale factor.
class ThemedSvgIconEngine : public QIconEngine
{
public:
    using ColourSwap = std::pair<QColor, QColor>; // light colour in the file -> dark shade

    ThemedSvgIconEngine(const QString &resource, const QList<ColourSwap> &darkSwaps);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size,
                         QIcon::Mode mode,
                         QIcon::State state,
                         qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    bool isNull() override;

private:
    struct Shared; // the file read once, both renderers; shared between clones
    std::shared_ptr<const Shared> m_shared;
};

} // namespace greenlight
