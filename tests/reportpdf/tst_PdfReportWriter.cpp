#include <QBuffer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "SnapshotSamples.h"
#include "report/PdfReportWriter.h"
#include "report/ReportText.h"

using namespace greenlight;
using namespace Qt::StringLiterals;

// Renders packs and reads them back the way a reader would, with poppler-utils: the text
// (pdftotext), the page size and count (pdfinfo), the fonts (pdffonts) and the outline
// (pdftohtml -xml).
class tst_PdfReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seedPack_data();
    void seedPack();
    void fontsEmbedded();
    void outlineAndContentsLinks();
    void largePackLosesNothing();
    void longTextSplitsAcrossPages();
    void emptySnapshot();
    void cancel_data();
    void cancel();
    void progressRisesToHundred();

private:
    QByteArray render(const AssessmentSnapshot &snapshot,
                      QPageSize::PageSizeId size = QPageSize::A4);
    QString save(const QByteArray &pdf);
    QString tool(const QString &program, const QStringList &arguments);
    QStringList pageTexts(const QString &file);

    QTemporaryDir m_dir;
    int m_files = 0;
};

void tst_PdfReportWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const char *program : {"pdftotext", "pdfinfo", "pdffonts", "pdftohtml"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty())
            QSKIP("poppler-utils is not installed (scripts/bootstrap installs it)");
    }
}

QByteArray tst_PdfReportWriter::render(const AssessmentSnapshot &snapshot,
                                       QPageSize::PageSizeId size)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    const Result<void> written = PdfReportWriter::write(snapshot, buffer, PdfOptions{size});
    if (!written)
        qWarning("%s", qPrintable(written.errorMessage()));
    return pdf;
}

QString tst_PdfReportWriter::save(const QByteArray &pdf)
{
    const QString path = m_dir.filePath(u"pack-%1.pdf"_s.arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    return path;
}

QString tst_PdfReportWriter::tool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QStringList tst_PdfReportWriter::pageTexts(const QString &file)
{
    QStringList pages
            = tool(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, file, u"-"_s}).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

void tst_PdfReportWriter::seedPack_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QSizeF>("points");
    QTest::newRow("A4") << int(QPageSize::A4) << QSizeF(595, 842);
    QTest::newRow("Letter") << int(QPageSize::Letter) << QSizeF(612, 792);
}

void tst_PdfReportWriter::seedPack()
{
    QFETCH(int, pageSize);
    QFETCH(QSizeF, points);
    const AssessmentSnapshot snapshot = test::SnapshotSamples::seedReview();
    const QByteArray pdf = render(snapshot, QPageSize::PageSizeId(pageSize));
    QVERIFY(pdf.startsWith("%PDF-"));
    const QString file = save(pdf);

    const QString info = tool(u"pdfinfo"_s, {file});
    const auto size = QRegularExpression(u"Page size:\\s+([\\d.]+) x ([\\d.]+) pts"_s).match(info);
    QVERIFY2(size.hasMatch(), qPrintable(info));
    QCOMPARE(qRound(size.captured(1).toDouble()), qRound(points.width()));
    QCOMPARE(qRound(size.captured(2).toDouble()), qRound(points.height()));
    const int pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info).captured(1).toInt();
    // Cover, contents, and the long sections on pages of their own: a review this small
    // must not sprawl.
    QVERIFY2(pages >= 6 && pages <= 16, qPrintable(QString::number(pages)));

    const QStringList texts = pageTexts(file);
    QCOMPARE(texts.size(), pages);
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY(all.contains(ReportText::verdictLine(snapshot.verdict)));
    QVERIFY(all.contains(ReportText::packTitle()));
    for (const SnapshotFinding &f : snapshot.findings)
        QVERIFY2(all.contains(u"[%1]"_s.arg(f.number)), qPrintable(f.number));
    for (const SnapshotSignoff &s : snapshot.signoffs) {
        QVERIFY2(all.contains(s.roleTitle), qPrintable(s.roleTitle));
        if (s.isSigned)
            QVERIFY2(all.contains(s.signerName), qPrintable(s.signerName));
    }
    for (ReportText::Section section : ReportText::sections())
        QVERIFY(all.contains(ReportText::sectionTitle(section)));
    QVERIFY(!all.contains(test::SnapshotSamples::plantedSecret()));
    QVERIFY(all.contains(u"AKIA****************"_s)); // the redacted snippet is there

    // The cover has no running header or number; every other page has both.
    QVERIFY(!texts.first().contains(u"Page 1 of"_s));
    for (int page = 2; page <= pages; ++page) {
        const QString &text = texts.at(page - 1);
        QVERIFY2(text.contains(ReportText::pageOfPages(page, pages)), qPrintable(text.left(200)));
        QVERIFY(text.contains(u"payments-api 2.4.0"_s));
        QVERIFY(text.contains(ReportText::verdictLine(snapshot.verdict)));
    }
    // The contents page gives each section the page it really starts on.
    for (ReportText::Section section : ReportText::sections()) {
        const QString title = ReportText::sectionTitle(section);
        const auto line = QRegularExpression(u"(?m)^"_s + QRegularExpression::escape(title)
                                             + u"\\s+(\\d+)\\s*$"_s)
                                  .match(texts.at(1));
        QVERIFY2(line.hasMatch(), qPrintable(title));
        const int page = line.captured(1).toInt();
        QVERIFY2(page > 2 && page <= pages, qPrintable(title));
        QVERIFY2(texts.at(page - 1).contains(title), qPrintable(title));
    }
}

void tst_PdfReportWriter::fontsEmbedded()
{
    const QString file = save(render(test::SnapshotSamples::seedReview()));
    const QStringList lines
            = tool(u"pdffonts"_s, {file}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 2); // a header, a rule and at least one font
    for (const QString &line : lines.mid(2)) {
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY(columns.size() >= 6);
        // name type [type] encoding emb sub uni object ID: emb is fifth from the end.
        QVERIFY2(columns.at(columns.size() - 5) == u"yes"_s, qPrintable(line));
    }
}

void tst_PdfReportWriter::outlineAndContentsLinks()
{
    const QByteArray pdf = render(test::SnapshotSamples::seedReview());
    QVERIFY(pdf.contains("/Outlines"));
    QVERIFY(pdf.contains("/PageMode /UseOutlines"));
    // One in-document link per contents line (nine sections and one template).
    QCOMPARE(pdf.count("/Subtype /Link\n/Rect"), 10);
    const QString file = save(pdf);
    const QString xml = tool(u"pdftohtml"_s, {u"-xml"_s, u"-i"_s, u"-stdout"_s, u"-q"_s, file});
    const int outline = xml.indexOf(u"<outline>"_s);
    QVERIFY2(outline >= 0, "poppler sees no outline");
    for (ReportText::Section section : ReportText::sections()) {
        QVERIFY2(xml.indexOf(u">"_s + ReportText::sectionTitle(section) + u"</item>"_s, outline) > 0
                         || xml.indexOf(ReportText::sectionTitle(section), outline) > 0,
                 qPrintable(ReportText::sectionTitle(section)));
    }
    QVERIFY(xml.indexOf(u"Deployment Reliability Review"_s, outline) > 0);
    // The file is still whole: poppler reads every page without complaint.
    QProcess info;
    info.start(u"pdfinfo"_s, {file});
    QVERIFY(info.waitForFinished(60000));
    QCOMPARE(info.exitCode(), 0);
    QCOMPARE(info.readAllStandardError().trimmed(), QByteArray());
}

void tst_PdfReportWriter::largePackLosesNothing()
{
    const AssessmentSnapshot snapshot = test::SnapshotSamples::large(1000);
    const QString file = save(render(snapshot));
    const QStringList texts = pageTexts(file);
    QVERIFY(texts.size() > 30);
    QVERIFY(texts.size() < 400);
    const QString all = texts.join(QLatin1Char('\n'));
    // Every row of every table made it onto a page: no row is lost at a page break.
    for (const SnapshotItem &item : snapshot.items)
        QVERIFY2(all.contains(item.key), qPrintable(item.key));
    for (const SnapshotFinding &f : snapshot.findings)
        QVERIFY2(all.contains(u"[%1]"_s.arg(f.number)), qPrintable(f.number));
    QVERIFY(all.contains(u"Note for item 999:"_s));
    // A table that breaks repeats its header: more header rows than item tables' starts.
    const int headers = int(all.count(ReportText::field(ReportText::Field::NotesAndEvidence)));
    QVERIFY2(headers > 50, qPrintable(QString::number(headers)));
    for (int page = 2; page <= texts.size(); ++page)
        QVERIFY(texts.at(page - 1).contains(ReportText::pageOfPages(page, int(texts.size()))));
}

void tst_PdfReportWriter::longTextSplitsAcrossPages()
{
    AssessmentSnapshot snapshot = test::SnapshotSamples::seedReview();
    QStringList words;
    for (int i = 0; i < 2500; ++i)
        words.append(u"word%1"_s.arg(i));
    snapshot.findings[0].fix = words.join(u' ') + u" FIXEND"_s;
    QStringList lines;
    for (int i = 0; i < 250; ++i)
        lines.append(u"note line %1"_s.arg(i));
    snapshot.items[1].note = lines.join(u'\n') + u"\nNOTEEND"_s;
    snapshot.items[2].title = QString(400, QLatin1Char('x')); // no space to break at
    const QString file = save(render(snapshot));
    const QString all = pageTexts(file).join(QLatin1Char('\n'));
    QVERIFY(all.contains(u"word0 "_s));
    QVERIFY(all.contains(u"word1999"_s));
    QVERIFY(all.contains(u"FIXEND"_s));
    QVERIFY(all.contains(u"note line 128"_s));
    QVERIFY(all.contains(u"NOTEEND"_s));
    QVERIFY(all.contains(u"CON-003"_s));
}

void tst_PdfReportWriter::emptySnapshot()
{
    // A new assessment: no items, findings, waivers, roles or scan. Every section says so.
    AssessmentSnapshot empty;
    empty.system = u"empty-system"_s;
    const QString file = save(render(empty));
    const QStringList texts = pageTexts(file);
    QVERIFY(texts.size() >= 3);
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY(all.contains(ReportText::noneRecorded()));
    QVERIFY(all.contains(ReportText::noScan()));
    QVERIFY(all.contains(ReportText::pageOfPages(int(texts.size()), int(texts.size()))));
}

void tst_PdfReportWriter::cancel_data()
{
    QTest::addColumn<int>("stopAt");
    QTest::newRow("at once") << 0;
    QTest::newRow("composing") << 10;
    QTest::newRow("painting") << 60;
    QTest::newRow("finishing") << 97;
}

void tst_PdfReportWriter::cancel()
{
    QFETCH(int, stopAt);
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    int calls = 0;
    const Result<void> written = PdfReportWriter::write(
            test::SnapshotSamples::large(300), buffer, {}, [&](int percent) {
                ++calls;
                return percent < stopAt;
            });
    QVERIFY(!written);
    QCOMPARE(written.error().code, Error::Code::Cancelled);
    QVERIFY(calls > 0);
    QVERIFY(pdf.isEmpty()); // nothing half-written
}

void tst_PdfReportWriter::progressRisesToHundred()
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QList<int> seen;
    QVERIFY(PdfReportWriter::write(test::SnapshotSamples::seedReview(), buffer, {}, [&](int p) {
        seen.append(p);
        return true;
    }));
    QVERIFY(seen.size() > 5);
    QCOMPARE(seen.first(), 0);
    QCOMPARE(seen.last(), 100);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QVERIFY(!pdf.isEmpty());
}

QTEST_MAIN(tst_PdfReportWriter)
#include "tst_PdfReportWriter.moc"
