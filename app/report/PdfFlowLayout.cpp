#include "PdfFlowLayout.h"

#include <algorithm>

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QTextOption>

namespace greenlight {

namespace {

constexpr qreal Epsilon = 0.01;

} // namespace

struct PdfFlowLayout::LaidCell
{
    std::shared_ptr<QTextLayout> layout;
    QList<qreal> lineTops;
    QList<qreal> lineBottoms;
    qreal x = 0;
    qreal width = 0;
    qreal height = 0; // of the text, without padding
    QColor color;
    QColor background;
};

struct PdfFlowLayout::LaidRow
{
    QList<LaidCell> cells;
    RowStyle style;
    qreal width = 0;
    qreal content = 0; // the tallest cell's text
};

PdfFlowLayout::Text::Text(const QString &plain)
    : text(plain)
{
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
}

PdfFlowLayout::Text &PdfFlowLayout::Text::append(const QString &run, const QTextCharFormat &format)
{
    QString part = run;
    part.replace(QLatin1Char('\n'), QChar::LineSeparator);
    if (format.propertyCount() > 0)
        formats.append(QTextLayout::FormatRange{int(text.size()), int(part.size()), format});
    text += part;
    return *this;
}

PdfFlowLayout::PdfFlowLayout(QPaintDevice *device, const QSizeF &body)
    : m_device(device)
    , m_body(body)
{
    m_pages.append(QList<Op>());
}

PdfFlowLayout::~PdfFlowLayout() = default;

PdfFlowLayout::LaidCell PdfFlowLayout::layoutCell(const Cell &cell,
                                                  qreal x,
                                                  qreal width,
                                                  qreal padding) const
{
    LaidCell laid;
    laid.x = x;
    laid.width = width;
    laid.color = cell.color;
    laid.background = cell.background;
    laid.layout = std::make_shared<QTextLayout>(cell.text.text, cell.font, m_device);
    laid.layout->setFormats(cell.text.formats);
    QTextOption option;
    // Hashes, URLs and paths have no spaces: break them anywhere rather than overflow.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(cell.alignment);
    laid.layout->setTextOption(option);
    const qreal lineWidth = std::max<qreal>(1, width - 2 * padding);
    const qreal leading = QFontMetricsF(cell.font, m_device).height() * 0.18;
    qreal y = 0;
    laid.layout->beginLayout();
    for (QTextLine line = laid.layout->createLine(); line.isValid();
         line = laid.layout->createLine()) {
        line.setLineWidth(lineWidth);
        line.setPosition(QPointF(0, y));
        laid.lineTops.append(y);
        laid.lineBottoms.append(y + line.height());
        y += line.height() + leading;
    }
    laid.layout->endLayout();
    laid.height = laid.lineBottoms.isEmpty() ? 0 : laid.lineBottoms.last();
    return laid;
}

PdfFlowLayout::LaidRow PdfFlowLayout::layoutRow(const QList<Cell> &cells,
                                                const QList<qreal> &columns,
                                                const RowStyle &style) const
{
    LaidRow row;
    row.style = style;
    row.width = m_body.width() - style.indent;
    qreal x = 0;
    for (int i = 0; i < cells.size(); ++i) {
        // The last cell takes what is left, so a short row spans the remaining columns.
        qreal fraction = 0;
        if (i == cells.size() - 1) {
            fraction = 1.0 - x / row.width;
        } else {
            fraction = columns.value(i, 1.0);
        }
        const qreal width = row.width * fraction;
        row.cells.append(layoutCell(cells.at(i), x, width, style.padding));
        row.content = std::max(row.content, row.cells.last().height);
        x += width;
    }
    return row;
}

qreal PdfFlowLayout::rowHeight(const LaidRow &row) const
{
    return row.content + 2 * row.style.padding;
}

PdfFlowLayout::Position PdfFlowLayout::addParagraph(const Cell &cell, const RowStyle &style)
{
    return addRow({cell}, {1.0}, style);
}

PdfFlowLayout::Position PdfFlowLayout::addParagraph(const Cell &cell)
{
    return addParagraph(cell, RowStyle());
}

PdfFlowLayout::Position PdfFlowLayout::addRow(const QList<Cell> &cells,
                                              const QList<qreal> &columns,
                                              const RowStyle &style)
{
    return placeRow(layoutRow(cells, columns, style));
}

int PdfFlowLayout::addHeading(const Cell &cell, const RowStyle &style, qreal keepWithNext)
{
    LaidRow row = layoutRow({cell}, {1.0}, style);
    row.style.spaceBefore = 0;
    const qreal before = m_y > Epsilon ? style.spaceBefore : 0;
    if (m_y > Epsilon && m_y + before + rowHeight(row) + keepWithNext > m_body.height())
        newPage();
    else
        m_y += before;
    const int id = int(m_anchors.size());
    QList<PendingHeading> pending = m_pending;
    if (pending.isEmpty()) {
        m_pendingPage = position().page;
        m_pendingFirstOp = int(m_pages.last().size());
        m_pendingTop = m_y;
    }
    const int pages = pageCount();
    auto laid = std::make_shared<const LaidRow>(row);
    m_anchors.append(placeRow(*laid));
    // Only a heading painted in one piece can be carried.
    if (pageCount() == pages) {
        pending.append({laid, id, before});
        m_pending = pending;
    }
    return id;
}

void PdfFlowLayout::addTable(const Table &table)
{
    if (table.header.isEmpty()) { // a label and value table: nothing to repeat
        for (const QList<Cell> &cells : table.rows)
            placeRow(layoutRow(cells, table.columns, table.style));
        addSpace(table.spaceAfter);
        return;
    }
    RowStyle headerStyle = table.style;
    headerStyle.background = table.headerFill;
    auto header
            = std::make_shared<const LaidRow>(layoutRow(table.header, table.columns, headerStyle));
    if (!table.rows.isEmpty()) {
        // Keep the header with the start of the first row.
        const LaidRow first = layoutRow(table.rows.first(), table.columns, table.style);
        const qreal keep = std::min(rowHeight(first), m_body.height() / 4);
        if (m_y > Epsilon && m_y + rowHeight(*header) + keep > m_body.height())
            newPage();
    }
    placeRow(*header);
    m_repeatHeader = header;
    for (const QList<Cell> &cells : table.rows)
        placeRow(layoutRow(cells, table.columns, table.style));
    m_repeatHeader.reset();
    addSpace(table.spaceAfter);
}

PdfFlowLayout::Position PdfFlowLayout::placeRow(const LaidRow &laid)
{
    auto row = std::make_shared<const LaidRow>(laid);
    const RowStyle &style = row->style;
    const qreal pageHeight = m_body.height();
    const qreal pageTop = m_repeatHeader ? rowHeight(*m_repeatHeader) : 0;
    if (m_y > pageTop + Epsilon)
        m_y += style.spaceBefore;
    const qreal full = rowHeight(*row);
    if (m_y + full > pageHeight + Epsilon && m_y > pageTop + Epsilon
        && full <= pageHeight - pageTop) {
        breakPage(); // moving the whole row is enough
    }
    const Position start = position();
    qreal from = 0;
    while (true) {
        const qreal limit = from + (pageHeight - m_y - 2 * style.padding);
        if (row->content <= limit + Epsilon) {
            emitSlice(row, from, row->content);
            m_y += row->content - from + 2 * style.padding;
            break;
        }
        // Split between lines: at the top of the first line, in any cell, that would cross
        // the bottom of the page.
        qreal cut = row->content;
        for (const LaidCell &cell : std::as_const(row->cells)) {
            for (int i = 0; i < cell.lineTops.size(); ++i) {
                if (cell.lineTops.at(i) >= from - Epsilon
                    && cell.lineBottoms.at(i) > limit + Epsilon) {
                    cut = std::min(cut, cell.lineTops.at(i));
                    break;
                }
            }
        }
        if (cut <= from + Epsilon) {
            if (m_y > pageTop + Epsilon) {
                breakPage();
                continue;
            }
            cut = limit; // a single line taller than a page: nothing better to do
        }
        emitSlice(row, from, cut);
        from = cut;
        breakPage();
    }
    m_y += style.spaceAfter;
    m_pending.clear();
    return start;
}

void PdfFlowLayout::emitSlice(const std::shared_ptr<const LaidRow> &row, qreal from, qreal to)
{
    const qreal y = m_y;
    const qreal unit = m_device->logicalDpiY() / 72.0; // one point
    m_pages.last().append([row, from, to, y, unit](QPainter &painter) {
        const RowStyle &style = row->style;
        const qreal height = to - from + 2 * style.padding;
        const qreal left = style.indent;
        if (style.background.isValid())
            painter.fillRect(QRectF(left, y, row->width, height), style.background);
        for (const LaidCell &cell : row->cells) {
            const QRectF box(left + cell.x, y, cell.width, height);
            if (cell.background.isValid())
                painter.fillRect(box, cell.background);
            painter.setPen(cell.color);
            const QPointF origin(box.left() + style.padding, y + style.padding - from);
            for (int i = 0; i < cell.lineTops.size(); ++i) {
                const qreal top = cell.lineTops.at(i);
                if (top >= from - Epsilon && top < to - Epsilon)
                    cell.layout->lineAt(i).draw(&painter, origin);
            }
            if (style.grid) {
                painter.setPen(QPen(style.borderColor, 0.5 * unit));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(box);
            }
        }
        if (style.accent.isValid())
            painter.fillRect(QRectF(left, y, 2.5 * unit, height), style.accent);
    });
}

void PdfFlowLayout::addBlock(qreal height, const BlockPainter &paint)
{
    if (m_y > Epsilon && m_y + height > m_body.height())
        newPage();
    const QRectF rect(0, m_y, m_body.width(), height);
    m_pages.last().append([rect, paint](QPainter &painter) {
        painter.save();
        paint(painter, rect);
        painter.restore();
    });
    m_y += height;
    m_pending.clear();
}

void PdfFlowLayout::addSpace(qreal height)
{
    if (m_y > Epsilon)
        m_y = std::min(m_y + height, m_body.height());
}

void PdfFlowLayout::newPage()
{
    if (m_y > Epsilon || m_pages.last().size() > 0)
        breakPage();
}

void PdfFlowLayout::breakPage()
{
    // Headings with nothing after them on this page go to the next one with what follows,
    // unless they already head their page (moving them would gain nothing).
    QList<Op> &page = m_pages.last();
    const bool carry = !m_pending.isEmpty() && m_pendingPage == pageCount() - 1
                       && page.size() == m_pendingFirstOp + m_pending.size()
                       && m_pendingTop > Epsilon;
    const QList<PendingHeading> pending = carry ? m_pending : QList<PendingHeading>();
    if (carry)
        page.resize(m_pendingFirstOp);
    m_pending.clear();

    m_pages.append(QList<Op>());
    m_y = 0;
    if (m_repeatHeader) {
        emitSlice(m_repeatHeader, 0, m_repeatHeader->content);
        m_y += rowHeight(*m_repeatHeader);
    }
    for (int i = 0; i < pending.size(); ++i) {
        const PendingHeading &heading = pending.at(i);
        if (i > 0)
            m_y += heading.spaceBefore;
        m_anchors[heading.anchor] = position();
        emitSlice(heading.row, 0, heading.row->content);
        m_y += rowHeight(*heading.row) + heading.row->style.spaceAfter;
    }
    if (carry) {
        m_pending = pending;
        m_pendingPage = pageCount() - 1;
        m_pendingFirstOp = 0;
        m_pendingTop = 0; // now at the top: never carried again
    }
}

PdfFlowLayout::Position PdfFlowLayout::position() const
{
    return {int(m_pages.size()) - 1, m_y};
}

int PdfFlowLayout::pageCount() const
{
    return int(m_pages.size());
}

void PdfFlowLayout::paintPage(int page, QPainter &painter, const QPointF &origin) const
{
    painter.save();
    painter.translate(origin);
    for (const Op &op : m_pages.at(page))
        op(painter);
    painter.restore();
}

} // namespace greenlight
