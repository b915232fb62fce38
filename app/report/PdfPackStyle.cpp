#include "PdfPackStyle.h"

#include <QPaintDevice>

#include "report/ReportPalette.h"

namespace greenlight {

PdfPackStyle::PdfPackStyle(const QPaintDevice *device)
    : m_unit(device->logicalDpiY() / 72.0)
{}

QFont PdfPackStyle::font(qreal points, bool bold) const
{
    // DejaVu ships with every Debian desktop and the bootstrap installs it; the fallbacks
    // keep other systems readable. QPdfWriter embeds whichever is used.
    QFont f;
    f.setFamilies({QStringLiteral("DejaVu Sans"),
                   QStringLiteral("Liberation Sans"),
                   QStringLiteral("Arial")});
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    // Hinting would snap advances to the device grid; a PDF is scaled anyway.
    f.setHintingPreference(QFont::PreferNoHinting);
    return withoutLigatures(f);
}

QFont PdfPackStyle::mono(qreal points) const
{
    QFont f;
    f.setFamilies({QStringLiteral("DejaVu Sans Mono"),
                   QStringLiteral("Liberation Mono"),
                   QStringLiteral("Courier New")});
    f.setStyleHint(QFont::Monospace);
    f.setPointSizeF(points);
    f.setHintingPreference(QFont::PreferNoHinting);
    return withoutLigatures(f);
}

QFont PdfPackStyle::withoutLigatures(QFont font)
{
    // "Sign-off" shaped with the "ff" ligature comes out of pdftotext (and a viewer's
    // search) as "Sign-oﬀ". Qt 6.4 has no font-feature API, but it turns ligatures off for
    // any letter spacing; 1/64 px at 600 dpi is invisible.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return font;
}

QMarginsF PdfPackStyle::margins() const
{
    return QMarginsF(mm(18), mm(22), mm(18), mm(20));
}

PdfFlowLayout::Cell PdfPackStyle::cell(const PdfFlowLayout::Text &text,
                                       const QFont &font,
                                       const QColor &color) const
{
    PdfFlowLayout::Cell c;
    c.text = text;
    c.font = font;
    c.color = color.isValid() ? color : ReportPalette::text();
    return c;
}

PdfFlowLayout::RowStyle PdfPackStyle::paragraph(qreal spaceAfter) const
{
    PdfFlowLayout::RowStyle style;
    style.spaceAfter = pt(spaceAfter);
    return style;
}

PdfFlowLayout::Table PdfPackStyle::table(const QList<qreal> &columns,
                                         const QStringList &header) const
{
    PdfFlowLayout::Table t;
    t.columns = columns;
    for (const QString &title : header)
        t.header.append(cell(title, font(8.5, true)));
    t.style.grid = true;
    t.style.padding = pt(3.5);
    t.style.borderColor = ReportPalette::rule();
    t.headerFill = ReportPalette::headerFill();
    t.spaceAfter = pt(10);
    return t;
}

} // namespace greenlight
