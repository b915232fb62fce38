#include <QImage>
#include <QPainter>
#include <QtTest>

#include "report/PdfFlowLayout.h"

using namespace greenlight;
using namespace Qt::StringLiterals;

// The flow on a small "page" (an image), so page breaks come quickly: paragraphs and rows
// split between lines, table headers repeat, headings and blocks move rather than split,
// and nothing is ever painted below the body.
class tst_PdfFlowLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void paragraphSplitsBetweenLines();
    void tableRepeatsHeader();
    void headingKeepsWithNext();
    void headingsMoveWithTheirTable();
    void blockMovesWhole();
    void nothingBelowTheBody();

private:
    PdfFlowLayout::Cell cell(const QString &text) const;
    QImage paint(const PdfFlowLayout &flow, int page) const;
    static int darkRows(const QImage &image, int from, int to);

    QImage m_device{10, 10, QImage::Format_RGB32};
    const QSizeF m_body{300, 200};
    const QColor m_headerFill{200, 220, 255};
};

void tst_PdfFlowLayout::initTestCase()
{
    m_device.setDotsPerMeterX(3780); // 96 dpi
    m_device.setDotsPerMeterY(3780);
}

PdfFlowLayout::Cell tst_PdfFlowLayout::cell(const QString &text) const
{
    PdfFlowLayout::Cell c;
    c.text = text;
    c.font = QFont(u"DejaVu Sans"_s);
    c.font.setPixelSize(12);
    c.color = Qt::black;
    return c;
}

// The page, painted with the body at (0, 0) in an image twice the body's height.
QImage tst_PdfFlowLayout::paint(const PdfFlowLayout &flow, int page) const
{
    QImage image(int(m_body.width()), int(m_body.height()) * 2, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    flow.paintPage(page, painter, QPointF(0, 0));
    return image;
}

int tst_PdfFlowLayout::darkRows(const QImage &image, int from, int to)
{
    int rows = 0;
    for (int y = from; y < to && y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 160) {
                ++rows;
                break;
            }
        }
    }
    return rows;
}

void tst_PdfFlowLayout::paragraphSplitsBetweenLines()
{
    PdfFlowLayout flow(&m_device, m_body);
    QStringList lines;
    for (int i = 0; i < 40; ++i)
        lines.append(u"line %1"_s.arg(i));
    const PdfFlowLayout::Position start = flow.addParagraph(cell(lines.join(u'\n')));
    QCOMPARE(start.page, 0);
    QVERIFY(flow.pageCount() >= 3); // 40 lines of ~17 px on 200 px pages
    for (int page = 0; page < flow.pageCount(); ++page)
        QVERIFY2(darkRows(paint(flow, page), 0, 200) > 20, qPrintable(QString::number(page)));
}

void tst_PdfFlowLayout::tableRepeatsHeader()
{
    PdfFlowLayout flow(&m_device, m_body);
    PdfFlowLayout::Table table;
    table.columns = {0.3, 0.7};
    table.header = {cell(u"Key"_s), cell(u"Value"_s)};
    table.headerFill = m_headerFill;
    table.style.grid = true;
    table.style.padding = 3;
    table.style.borderColor = Qt::gray;
    for (int i = 0; i < 30; ++i)
        table.rows.append({cell(u"K%1"_s.arg(i)), cell(u"value %1"_s.arg(i))});
    flow.addTable(table);
    QVERIFY(flow.pageCount() >= 3);
    for (int page = 0; page < flow.pageCount(); ++page) {
        const QImage image = paint(flow, page);
        // The header's fill sits at the top of every page.
        QCOMPARE(image.pixelColor(int(m_body.width() / 2), 5), m_headerFill);
    }
}

void tst_PdfFlowLayout::headingKeepsWithNext()
{
    PdfFlowLayout flow(&m_device, m_body);
    flow.addBlock(170, [](QPainter &, const QRectF &) {});
    const PdfFlowLayout::Position heading
            = flow.anchor(flow.addHeading(cell(u"Heading"_s), {}, 40));
    QCOMPARE(heading.page, 1);
    QCOMPARE(heading.y, 0.0);
}

void tst_PdfFlowLayout::headingsMoveWithTheirTable()
{
    PdfFlowLayout flow(&m_device, m_body);
    flow.addBlock(120, [](QPainter &, const QRectF &) {});
    // Two headings fit (and keep 10 px), but the table's header and first row do not: the
    // table moves on and takes both headings with it.
    const int first = flow.addHeading(cell(u"Section"_s), {}, 10);
    const int second = flow.addHeading(cell(u"Subsection"_s), {}, 10);
    QCOMPARE(flow.anchor(first).page, 0);
    PdfFlowLayout::Table table;
    table.columns = {0.5, 0.5};
    table.header = {cell(u"A"_s), cell(u"B"_s)};
    table.headerFill = m_headerFill;
    table.rows.append({cell(u"one\ntwo\nthree"_s), cell(u"x"_s)});
    flow.addTable(table);
    QCOMPARE(flow.pageCount(), 2);
    QCOMPARE(flow.anchor(first).page, 1);
    QCOMPARE(flow.anchor(first).y, 0.0);
    QCOMPARE(flow.anchor(second).page, 1);
    QVERIFY(flow.anchor(second).y > 10);
    // Page one keeps only the block: no ink below it.
    QCOMPARE(darkRows(paint(flow, 0), 121, 400), 0);
    QVERIFY(darkRows(paint(flow, 1), 0, 30) > 5);
}

void tst_PdfFlowLayout::blockMovesWhole()
{
    PdfFlowLayout flow(&m_device, m_body);
    flow.addParagraph(cell(u"first"_s));
    QRectF painted;
    flow.addBlock(190, [&painted](QPainter &, const QRectF &rect) { painted = rect; });
    QCOMPARE(flow.pageCount(), 2);
    QCOMPARE(flow.position().page, 1);
    paint(flow, 1);
    QCOMPARE(painted, QRectF(0, 0, m_body.width(), 190));
}

void tst_PdfFlowLayout::nothingBelowTheBody()
{
    PdfFlowLayout flow(&m_device, m_body);
    QString text;
    for (int i = 0; i < 600; ++i)
        text += u"word%1 "_s.arg(i);
    PdfFlowLayout::Table table;
    table.columns = {0.5, 0.5};
    table.header = {cell(u"A"_s), cell(u"B"_s)};
    table.style.padding = 2;
    table.rows.append({cell(text), cell(u"short"_s)}); // one row taller than many pages
    flow.addParagraph(cell(u"before"_s));
    flow.addTable(table);
    QVERIFY(flow.pageCount() >= 3);
    for (int page = 0; page < flow.pageCount(); ++page) {
        const QImage image = paint(flow, page);
        QCOMPARE(darkRows(image, int(m_body.height()) + 1, image.height()), 0);
        QVERIFY(darkRows(image, 0, int(m_body.height())) > 0);
    }
}

QTEST_MAIN(tst_PdfFlowLayout)
#include "tst_PdfFlowLayout.moc"
