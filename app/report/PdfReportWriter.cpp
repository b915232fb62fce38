#include "PdfReportWriter.h"

#include <spdlog/spdlog.h>

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

#include "report/PdfFlowLayout.h"
#include "report/PdfOutlineWriter.h"
#include "report/PdfPackComposer.h"
#include "report/PdfPackStyle.h"
#include "report/ReportPalette.h"
#include "report/ReportText.h"

using namespace Qt::StringLiterals;

namespace greenlight {

namespace {

using Field = ReportText::Field;

// 600 dpi: fine enough that QTextLayout's metrics are exact in print, small numbers in
// the PDF's content streams.
constexpr int Resolution = 600;

struct TocEntry
{
    QString title;
    int level = 1;
    int page = 0;                // absolute, 0-based
    qreal top = 0;               // points from the top of the page
    PdfFlowLayout::Position row; // where the contents line is, in the contents flow
    qreal rowHeight = 0;
};

void composeCover(PdfFlowLayout &flow, const PdfPackStyle &style, const AssessmentSnapshot &s)
{
    const QColor accent = ReportPalette::verdict(s.verdict.level);
    const qreal unit = style.pt(1);
    flow.addBlock(style.mm(45), [accent, unit](QPainter &painter, const QRectF &rect) {
        painter.fillRect(QRectF(rect.left(), rect.top() + 28 * unit, 40 * unit, 5 * unit), accent);
    });
    PdfFlowLayout::RowStyle title = style.paragraph(10);
    flow.addParagraph(style.cell(ReportText::packTitle(), style.font(26, true)), title);
    QString subject = s.system;
    if (!s.release.isEmpty())
        subject += u" "_s + s.release;
    flow.addParagraph(style.cell(subject, style.font(18)), style.paragraph(4));
    flow.addParagraph(style.cell(s.name, style.font(12), ReportPalette::mutedText()),
                      style.paragraph(24));
    PdfPackComposer::addVerdictBadge(flow, style, s.verdict);
    flow.addSpace(style.pt(14));

    QStringList templates;
    for (const TemplateRef &t : s.templates) {
        templates.append(t.version.isEmpty() ? t.title
                                             : u"%1 (%2 v%3)"_s.arg(t.title, t.id, t.version));
    }
    const QList<std::pair<Field, QString>> fields{
            {Field::Assessment, s.name},
            {Field::System, s.system},
            {Field::Release, s.release},
            {Field::Templates, templates.join(u"\n"_s)},
            {Field::Generated, ReportText::dateTime(s.generatedAt)},
            {Field::PreparedBy, s.preparedBy},
            {Field::Repository, s.repositoryPath},
            {Field::ContentHash, s.contentHash},
            {Field::Generator, s.generator},
    };
    PdfFlowLayout::RowStyle row;
    row.padding = style.pt(3);
    for (const auto &[label, value] : fields) {
        if (value.isEmpty())
            continue;
        // The hash in a fixed-width face, so its 64 digits fit on one line.
        const QFont font = label == Field::ContentHash ? style.mono(8.5) : style.font(10);
        flow.addRow({style.cell(ReportText::field(label),
                                style.font(10, true),
                                ReportPalette::mutedText()),
                     style.cell(value, font)},
                    {0.25, 0.75},
                    row);
    }
}

// Lays the contents out; the page numbers are only known once its own length is, so it is
// composed twice (the numbers never change a line's height).
void composeContents(PdfFlowLayout &flow, const PdfPackStyle &style, QList<TocEntry> &entries)
{
    flow.addHeading(
            style.cell(ReportText::contentsTitle(), style.font(17, true)), style.paragraph(12), 0);
    PdfFlowLayout::RowStyle row;
    row.padding = style.pt(3.5);
    for (TocEntry &e : entries) {
        const bool top = e.level == 1;
        PdfFlowLayout::Cell title = style.cell((top ? QString() : u"      "_s) + e.title,
                                               style.font(top ? 11 : 10, top));
        PdfFlowLayout::Cell page
                = style.cell(QString::number(e.page + 1), style.font(top ? 11 : 10, top));
        page.alignment = Qt::AlignRight;
        e.row = flow.addRow({title, page}, {0.85, 0.15}, row);
        e.rowHeight = flow.position().y - e.row.y;
    }
}

void paintDecoration(QPainter &painter,
                     const PdfPackStyle &style,
                     const QSizeF &paper,
                     const AssessmentSnapshot &s,
                     int page,
                     int pages)
{
    const QMarginsF m = style.margins();
    const qreal left = m.left();
    const qreal right = paper.width() - m.right();
    const QFont font = style.font(8);
    const QFontMetricsF fm(font, painter.device());
    painter.save();
    painter.setFont(font);

    const qreal headerBase = m.top() - style.mm(9);
    QString subject = s.system;
    if (!s.release.isEmpty())
        subject += u" "_s + s.release;
    painter.setPen(ReportPalette::mutedText());
    const QString verdict = ReportText::verdictLine(s.verdict);
    const QFont strong = style.font(8, true);
    const qreal verdictWidth = QFontMetricsF(strong, painter.device()).horizontalAdvance(verdict);
    painter.drawText(
            QPointF(left, headerBase),
            fm.elidedText(subject, Qt::ElideRight, right - left - verdictWidth - style.pt(12)));
    painter.setFont(strong);
    painter.setPen(ReportPalette::verdict(s.verdict.level));
    painter.drawText(QPointF(right - verdictWidth, headerBase), verdict);
    painter.setPen(QPen(ReportPalette::rule(), style.pt(0.6)));
    painter.drawLine(QPointF(left, headerBase + style.mm(2.5)),
                     QPointF(right, headerBase + style.mm(2.5)));

    const qreal footerRule = paper.height() - m.bottom() + style.mm(6);
    painter.drawLine(QPointF(left, footerRule), QPointF(right, footerRule));
    painter.setFont(font);
    painter.setPen(ReportPalette::mutedText());
    const qreal footerBase = footerRule + style.mm(2) + fm.ascent();
    const QString number = ReportText::pageOfPages(page, pages);
    const qreal numberWidth = fm.horizontalAdvance(number);
    painter.drawText(QPointF(left, footerBase),
                     fm.elidedText(ReportText::packTitle() + u" · "_s + s.name,
                                   Qt::ElideRight,
                                   right - left - numberWidth - style.pt(12)));
    painter.drawText(QPointF(right - numberWidth, footerBase), number);
    painter.restore();
}

} // namespace

Result<void> PdfReportWriter::write(const AssessmentSnapshot &snapshot,
                                    QIODevice &out,
                                    const PdfOptions &options,
                                    const std::function<bool(int)> &progress)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return Error::make(Error::Code::Generic,
                           tr("Rendering a PDF needs a QGuiApplication (the offscreen "
                              "platform will do)."));
    }
    if (!out.isWritable())
        return Error::make(Error::Code::Io, tr("The PDF's destination is not open for writing."));
    const Error cancelled = Error::make(Error::Code::Cancelled, tr("cancelled"));
    int reported = -1;
    auto report = [&](int percent) {
        if (!progress || percent == reported)
            return true;
        reported = percent;
        return progress(percent);
    };
    if (!report(0))
        return cancelled;

    QByteArray pdf;
    QList<PdfOutlineWriter::Entry> outline;
    QList<PdfOutlineWriter::Link> links;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(Resolution);
        writer.setPageSize(QPageSize(options.pageSize));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(
                u"%1: %2 %3"_s.arg(ReportText::packTitle(), snapshot.system, snapshot.release)
                        .trimmed());
        writer.setCreator(snapshot.generator);

        const PdfPackStyle style(&writer);
        const QSizeF paper = writer.pageLayout().fullRectPixels(Resolution).size();
        const QMarginsF m = style.margins();
        const QSizeF body(paper.width() - m.left() - m.right(),
                          paper.height() - m.top() - m.bottom());

        PdfFlowLayout cover(&writer, body);
        composeCover(cover, style, snapshot);
        PdfFlowLayout content(&writer, body);
        PdfPackComposer composer(snapshot, style, content);
        if (!composer.compose([&](int p) { return report(p * 35 / 100); }))
            return cancelled;

        QList<TocEntry> entries;
        for (const PdfPackComposer::Heading &h : composer.headings())
            entries.append({h.title,
                            h.level,
                            h.position.page,
                            style.toPoints(m.top() + h.position.y),
                            {},
                            0});
        auto contents = std::make_unique<PdfFlowLayout>(&writer, body);
        composeContents(*contents, style, entries);
        const int firstBodyPage = cover.pageCount() + contents->pageCount();
        for (TocEntry &e : entries)
            e.page += firstBodyPage;
        contents = std::make_unique<PdfFlowLayout>(&writer, body);
        composeContents(*contents, style, entries);
        const int pages = firstBodyPage + content.pageCount();

        QPainter painter;
        if (!painter.begin(&writer))
            return Error::make(Error::Code::Io, tr("Could not start the PDF."));
        painter.setRenderHint(QPainter::Antialiasing);
        const QPointF origin(m.left(), m.top());
        for (int page = 0; page < pages; ++page) {
            if (!report(35 + 60 * page / pages)) {
                painter.end();
                return cancelled;
            }
            if (page > 0)
                writer.newPage();
            if (page < cover.pageCount()) {
                cover.paintPage(page, painter, origin);
                continue;
            }
            if (page < firstBodyPage)
                contents->paintPage(page - cover.pageCount(), painter, origin);
            else
                content.paintPage(page - firstBodyPage, painter, origin);
            paintDecoration(painter, style, paper, snapshot, page + 1, pages);
        }
        painter.end();

        for (const TocEntry &e : std::as_const(entries)) {
            outline.append({e.title, e.level, e.page, e.top});
            const qreal top = style.toPoints(m.top() + e.row.y);
            links.append({cover.pageCount() + e.row.page,
                          QRectF(style.toPoints(m.left()),
                                 top,
                                 style.toPoints(body.width()),
                                 style.toPoints(e.rowHeight)),
                          e.page,
                          e.top});
        }
    }
    if (!report(96))
        return cancelled;
    if (const Result<void> added = PdfOutlineWriter::apply(pdf, outline, links); !added)
        spdlog::warn("{}", added.errorMessage().toStdString());
    if (!report(99))
        return cancelled;
    if (out.write(pdf) != pdf.size())
        return Error::make(Error::Code::Io,
                           tr("Could not write the PDF: %1").arg(out.errorString()));
    report(100);
    return {};
}

} // namespace greenlight
