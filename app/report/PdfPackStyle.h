#pragma once

#include <QFont>
#include <QMarginsF>

#include "report/PdfFlowLayout.h"

class QPaintDevice;

namespace greenlight {

// The PDF pack's typography and spacing in one place, converted to the device's pixels so
// the composer and the page painter agree on every length.
class PdfPackStyle
{
public:
    explicit PdfPackStyle(const QPaintDevice *device);

    qreal pt(qreal points) const { return points * m_unit; }
    qreal mm(qreal millimetres) const { return millimetres * 72.0 / 25.4 * m_unit; }
    qreal toPoints(qreal pixels) const { return pixels / m_unit; }

    QFont font(qreal points, bool bold = false) const;
    QFont mono(qreal points) const;
    static QFont withoutLigatures(QFont font);

    QFont body() const { return font(9.5); }
    QFont small() const { return font(8); }
    QFont tableFont() const { return font(8.5); }

    // Paper margins: the running header and footer sit inside the top and bottom ones.
    QMarginsF margins() const;

    PdfFlowLayout::Cell cell(const PdfFlowLayout::Text &text,
                             const QFont &font,
                             const QColor &color = {}) const;
    PdfFlowLayout::RowStyle paragraph(qreal spaceAfter = 4) const;
    PdfFlowLayout::Table table(const QList<qreal> &columns, const QStringList &header) const;

private:
    qreal m_unit; // device pixels per point
};

} // namespace greenlight
