#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include "SnapshotSamples.h"
#include "report/SvgChartWriter.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using test::SnapshotSamples;

namespace {

struct Rect
{
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;
    QString fill;
    QString tooltip;
};

// The chart's bars: <rect> elements with a <title> tooltip (legend swatches have none).
QList<Rect> bars(const QString &svg, QString *error)
{
    QList<Rect> out;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != u"rect"_s)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        Rect r{a.value(u"x"_s).toInt(),
               a.value(u"y"_s).toInt(),
               a.value(u"width"_s).toInt(),
               a.value(u"height"_s).toInt(),
               a.value(u"fill"_s).toString(),
               {}};
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"title"_s)
            r.tooltip = xml.readElementText();
        if (!r.tooltip.isEmpty())
            out << r;
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

} // namespace

class tst_SvgChartWriter : public QObject
{
    Q_OBJECT

private slots:
    void progressChart();
    void progressChartPerTemplate();
    void findingsChart();
    void emptyInput();
    void escapesText();
    void distinctColours();
};

void tst_SvgChartWriter::progressChart()
{
    const AssessmentSnapshot s = SnapshotSamples::seedReview();
    const QString svg = SvgChartWriter::progressChart(s.categories);
    QString error;
    const QList<Rect> segments = bars(svg, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(svg.startsWith(u"<svg xmlns=\"http://www.w3.org/2000/svg\""_s));
    QVERIFY(svg.contains(u"role=\"img\""_s));
    QVERIFY(svg.contains(u"aria-labelledby=\"progress-title progress-desc\""_s));
    // One template; STA-001 passed with a stale link, so it counts as a warning.
    QVERIFY2(svg.contains(u"<desc id=\"progress-desc\">Deployment Reliability Review: 2 Pass, 1 "
                          "Warning, 1 Waived, 1 N/A, 2 Fail, 1 Open.</desc>"_s),
             qPrintable(svg));
    int width = 0;
    for (const Rect &r : segments)
        width += r.width;
    QCOMPARE(width, 340); // the segments fill the bar exactly
    QCOMPARE(segments.first().tooltip, u"Pass: 2"_s);
    QCOMPARE(segments.first().fill, SvgChartWriter::colour(ReportText::Column::Pass));
    // Legend: every column named, with a text label beside the bar.
    for (const ReportText::Column column : SvgChartWriter::progressColumns())
        QVERIFY(svg.contains(u'>' + ReportText::columnName(column).toHtmlEscaped() + u"</text>"_s));
    QVERIFY(svg.contains(u">5/8</text>"_s));
}

void tst_SvgChartWriter::progressChartPerTemplate()
{
    const AssessmentSnapshot s = SnapshotSamples::large(250); // three templates
    const QString svg = SvgChartWriter::progressChart(s.categories, u"p2"_s);
    QString error;
    const QList<Rect> segments = bars(svg, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<int> rows;
    QHash<int, int> widths;
    for (const Rect &r : segments) {
        rows << r.y;
        widths[r.y] += r.width;
    }
    QCOMPARE(rows.size(), 3);
    for (const int w : std::as_const(widths))
        QCOMPARE(w, 340);
    QVERIFY(svg.contains(u"id=\"p2-title\""_s));
    QCOMPARE(svg.count(u"<svg"_s), 1);
}

void tst_SvgChartWriter::findingsChart()
{
    const AssessmentSnapshot s = SnapshotSamples::seedReview();
    const QString svg = SvgChartWriter::findingsChart(s.findings);
    QString error;
    const QList<Rect> columns = bars(svg, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(svg.contains(u"<desc id=\"findings-desc\">0 Critical, 1 High, 2 Medium, 1 Low, 0 "
                         "Info.</desc>"_s));
    QCOMPARE(columns.size(), 3); // zero bars are drawn as a label only
    QCOMPARE(columns[0].tooltip, u"High: 1"_s);
    QCOMPARE(columns[1].tooltip, u"Medium: 2"_s);
    QCOMPARE(columns[1].height, 2 * columns[0].height); // to scale
    QCOMPARE(columns[1].fill, SvgChartWriter::colour(Severity::Medium));
    QCOMPARE(columns[0].y + columns[0].height, columns[1].y + columns[1].height); // one baseline
}

void tst_SvgChartWriter::emptyInput()
{
    QVERIFY(SvgChartWriter::progressChart({}).isEmpty());
    const QString svg = SvgChartWriter::findingsChart({});
    QString error;
    QVERIFY(bars(svg, &error).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(svg.contains(u"0 Critical, 0 High, 0 Medium, 0 Low, 0 Info."_s));
}

void tst_SvgChartWriter::escapesText()
{
    SnapshotCategory c;
    c.templateId = u"t"_s;
    c.templateTitle = u"<T> & \"Q\""_s;
    c.pass = 1;
    c.total = 1;
    const QString svg = SvgChartWriter::progressChart({c}, u"a\"b"_s);
    QString error;
    bars(svg, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(svg.contains(u"&lt;T&gt; &amp; &quot;Q&quot;"_s));
    QVERIFY(svg.contains(u"id=\"a&quot;b-title\""_s));
}

void tst_SvgChartWriter::distinctColours()
{
    QSet<QString> colours;
    for (const ReportText::Column column : SvgChartWriter::progressColumns())
        colours << SvgChartWriter::colour(column);
    QCOMPARE(colours.size(), SvgChartWriter::progressColumns().size());
    colours.clear();
    for (int s = 0; s < SeverityCount; ++s)
        colours << SvgChartWriter::colour(Severity(s));
    QCOMPARE(colours.size(), SeverityCount);
}

QTEST_GUILESS_MAIN(tst_SvgChartWriter)
#include "tst_SvgChartWriter.moc"
