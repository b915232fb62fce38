#pragma once

#include <functional>
#include <memory>

#include <QColor>
#include <QFont>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QTextLayout>

class QPainter;
class QPaintDevice;

namespace greenlight {

// Flows paragraphs, tables and fixed-size blocks (charts) down the pages of a PDF. Text is
// laid out with QTextLayout and painted line by line: QTextDocument lays a 1,000-row table
// out in seconds and offers no "keep with next", while this does a 1,000-item pack in a
// fraction of that. Nothing is ever clipped: a row or paragraph too tall for the space left
// is split between lines (onto as many pages as it needs), and a table that breaks repeats
// its header row on the next page. Lengths are in device pixels of the device given.
class PdfFlowLayout
{
public:
    // Styled text: one paragraph or one table cell. '\n' breaks the line.
    struct Text
    {
        QString text;
        QList<QTextLayout::FormatRange> formats;

        Text() = default;
        Text(const QString &plain); // implicit: a plain run reads as text
        Text &append(const QString &run, const QTextCharFormat &format = {});
    };

    struct Cell
    {
        Text text;
        QFont font;
        QColor color;      // text colour
        QColor background; // invalid: none
        Qt::Alignment alignment = Qt::AlignLeft;
    };

    struct RowStyle
    {
        bool grid = false; // draw cell borders
        qreal padding = 0; // inside every cell
        qreal indent = 0;  // from the left edge of the body
        qreal spaceBefore = 0;
        qreal spaceAfter = 0;
        QColor background;  // behind the whole row; invalid: none
        QColor accent;      // a bar down the row's left edge; invalid: none
        QColor borderColor; // for grid
    };

    struct Table
    {
        QList<qreal> columns; // fractions of the width, adding up to 1
        QList<Cell> header;
        QList<QList<Cell>> rows; // a row of one cell spans every column (a group row)
        RowStyle style;          // grid and padding for every row
        QColor headerFill;
        qreal spaceAfter = 0;
    };

    struct Position
    {
        int page = 0; // index into this flow's pages
        qreal y = 0;  // from the top of the body
    };

    using BlockPainter = std::function<void(QPainter &, const QRectF &)>;

    PdfFlowLayout(QPaintDevice *device, const QSizeF &body);
    ~PdfFlowLayout();
    PdfFlowLayout(const PdfFlowLayout &) = delete;
    PdfFlowLayout &operator=(const PdfFlowLayout &) = delete;

    qreal width() const { return m_body.width(); }
    QPaintDevice *device() const { return m_device; }

    // Returns where the paragraph or row starts.
    Position addParagraph(const Cell &cell, const RowStyle &style);
    Position addParagraph(const Cell &cell);
    // Cells side by side without a table header (bullets, label and value pairs).
    Position addRow(const QList<Cell> &cells, const QList<qreal> &columns, const RowStyle &style);
    // A heading stays with at least keepWithNext of what follows, and when what follows
    // moves to the next page anyway (a table keeping its header with its first row), the
    // headings just before it move along. Returns an anchor for where it ends up.
    int addHeading(const Cell &cell, const RowStyle &style, qreal keepWithNext);
    Position anchor(int id) const { return m_anchors.at(id); }
    void addTable(const Table &table);
    // Never split: starts a new page when it does not fit in what is left.
    void addBlock(qreal height, const BlockPainter &paint);
    void addSpace(qreal height);
    void newPage();

    Position position() const;
    int pageCount() const;
    // Paints one page's content with the body's top left corner at origin.
    void paintPage(int page, QPainter &painter, const QPointF &origin) const;

private:
    struct LaidCell;
    struct LaidRow;
    using Op = std::function<void(QPainter &)>;

    LaidCell layoutCell(const Cell &cell, qreal x, qreal width, qreal padding) const;
    LaidRow layoutRow(const QList<Cell> &cells,
                      const QList<qreal> &columns,
                      const RowStyle &style) const;
    qreal rowHeight(const LaidRow &row) const;
    Position placeRow(const LaidRow &row);
    void emitSlice(const std::shared_ptr<const LaidRow> &row, qreal from, qreal to);
    void breakPage();

    QPaintDevice *m_device;
    QSizeF m_body;
    QList<QList<Op>> m_pages;
    qreal m_y = 0;
    std::shared_ptr<const LaidRow> m_repeatHeader; // set while a table is being placed
    QList<Position> m_anchors;
    // Headings placed with nothing after them yet: carried to the next page by breakPage().
    struct PendingHeading
    {
        std::shared_ptr<const LaidRow> row;
        int anchor = 0;
        qreal spaceBefore = 0;
    };
    QList<PendingHeading> m_pending;
    int m_pendingPage = -1;
    int m_pendingFirstOp = 0;
    qreal m_pendingTop = 0;
};

} // namespace greenlight
