#include <QImage>
#include <QPainter>
#include <QtTest>

#include "SnapshotSamples.h"
#include "report/ReportChartPainter.h"

using namespace greenlight;
using namespace Qt::StringLiterals;
using Bucket = ReportPalette::Bucket;

// Paints the charts into images and measures the pixels: segment widths follow the counts,
// every bucket has a legend swatch, empty buckets leave no trace.
class tst_ReportChartPainter : public QObject
{
    Q_OBJECT

private slots:
    void statusBarsSumTheSections();
    void findingCountsBySeverity();
    void stackedSegmentsAreProportional();
    void legendShowsEveryBucket();
    void severityBarsAreProportional();

private:
    static QFont font();
    static int run(const QImage &image, int y, const QColor &color);
    static int count(const QImage &image, const QRect &area, const QColor &color);
    static int dark(const QImage &image, const QRect &area);
};

QFont tst_ReportChartPainter::font()
{
    QFont f(u"DejaVu Sans"_s);
    f.setPixelSize(12);
    return f;
}

// Pixels of exactly this colour along one image row.
int tst_ReportChartPainter::run(const QImage &image, int y, const QColor &color)
{
    int n = 0;
    for (int x = 0; x < image.width(); ++x)
        n += image.pixelColor(x, y) == color ? 1 : 0;
    return n;
}

int tst_ReportChartPainter::count(const QImage &image, const QRect &area, const QColor &color)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            n += image.pixelColor(x, y) == color ? 1 : 0;
    }
    return n;
}

// Text pixels: antialiased glyphs are seldom exactly the pen's colour, but they are dark.
int tst_ReportChartPainter::dark(const QImage &image, const QRect &area)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            n += qGray(image.pixel(x, y)) < 110 ? 1 : 0;
    }
    return n;
}

void tst_ReportChartPainter::statusBarsSumTheSections()
{
    const AssessmentSnapshot s = test::SnapshotSamples::seedReview();
    const QList<ReportChartPainter::StatusBar> bars = ReportChartPainter::statusBars(s);
    QCOMPARE(bars.size(), 1);
    QCOMPARE(bars.first().label, u"Deployment Reliability Review"_s);
    QCOMPARE(bars.first().total(), int(s.items.size()));
    int fail = 0;
    int waived = 0;
    int open = 0;
    for (const SnapshotCategory &c : s.categories) {
        fail += c.fail;
        waived += c.waived;
        open += c.open;
    }
    QCOMPARE(bars.first().counts[int(Bucket::Fail)], fail);
    QCOMPARE(bars.first().counts[int(Bucket::Waived)], waived);
    QCOMPARE(bars.first().counts[int(Bucket::Open)], open);

    const QList<ReportChartPainter::StatusBar> many
            = ReportChartPainter::statusBars(test::SnapshotSamples::large(1000));
    QCOMPARE(many.size(), 10); // 100 items per template
    for (const auto &bar : many)
        QCOMPARE(bar.total(), 100);
}

void tst_ReportChartPainter::findingCountsBySeverity()
{
    const auto counts = ReportChartPainter::findingCounts(test::SnapshotSamples::seedReview());
    QCOMPARE(counts[int(Severity::Critical)], 0);
    QCOMPARE(counts[int(Severity::High)], 1);
    QCOMPARE(counts[int(Severity::Medium)], 2);
    QCOMPARE(counts[int(Severity::Low)], 1);
}

void tst_ReportChartPainter::stackedSegmentsAreProportional()
{
    ReportChartPainter::StatusBar full{u"Big template"_s, {}};
    full.counts = {30, 10, 5, 5, 20, 30}; // Pass, Warning, Waived, N/A, Fail, Open: 100
    ReportChartPainter::StatusBar half{u"Small"_s, {}};
    half.counts = {25, 0, 0, 0, 25, 0}; // 50: half as long, no warning segment
    const ReportChartPainter chart(font());
    QImage image(900, 240, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    const QList<QRectF> extents
            = chart.paintStatusChart(painter, QRectF(10, 10, 880, 220), {full, half});
    painter.end();
    QCOMPARE(extents.size(), 2);

    // Measure one row near the top of each bar, above the numbers written inside it.
    const int y0 = qRound(extents[0].top()) + 2;
    const int y1 = qRound(extents[1].top()) + 2;
    const qreal scale = extents[0].width() / 100.0; // pixels per item
    QVERIFY(scale > 3);
    const Bucket order[] = {Bucket::Pass,
                            Bucket::Warning,
                            Bucket::Waived,
                            Bucket::NotApplicable,
                            Bucket::Fail,
                            Bucket::Open};
    for (Bucket b : order) {
        const int expected = qRound(full.counts[int(b)] * scale);
        const int measured = run(image, y0, ReportPalette::bucket(b));
        QVERIFY2(qAbs(measured - expected) <= 2,
                 qPrintable(u"bucket %1: %2 px, expected %3"_s.arg(int(b)).arg(measured).arg(
                         expected)));
    }
    // The second bar is half as long, split evenly between pass and fail.
    QVERIFY(qAbs(extents[1].width() - extents[0].width() / 2) < 1.5);
    const int pass = run(image, y1, ReportPalette::bucket(Bucket::Pass));
    const int fail = run(image, y1, ReportPalette::bucket(Bucket::Fail));
    QVERIFY(qAbs(pass - fail) <= 2);
    QVERIFY(qAbs(pass - qRound(25 * scale)) <= 2);
    QCOMPARE(run(image, y1, ReportPalette::bucket(Bucket::Warning)), 0);
    // The labels are written: dark pixels left of the bars.
    const QRect labels(10,
                       qRound(extents[0].top()),
                       qRound(extents[0].left()) - 12,
                       qRound(extents[0].height()));
    QVERIFY(dark(image, labels) > 10);
}

void tst_ReportChartPainter::legendShowsEveryBucket()
{
    ReportChartPainter::StatusBar bar{u"Only passes"_s, {}};
    bar.counts[int(Bucket::Pass)] = 10;
    const ReportChartPainter chart(font());
    QImage image(900, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    const QList<QRectF> extents = chart.paintStatusChart(painter, QRectF(10, 10, 880, 180), {bar});
    painter.end();
    // Above the bar lies the legend: a swatch of every bucket's colour, even unused ones.
    const QRect legend(0, 0, image.width(), qFloor(extents.first().top()));
    QVERIFY(legend.height() > 10);
    for (int b = 0; b < ReportPalette::BucketCount; ++b) {
        QVERIFY2(count(image, legend, ReportPalette::bucket(Bucket(b))) >= 36,
                 qPrintable(ReportChartPainter::bucketName(Bucket(b))));
        QVERIFY(!ReportChartPainter::bucketName(Bucket(b)).isEmpty());
    }
    // The legend's words: ink that is neither paper nor a swatch.
    int words = 0;
    for (int y = legend.top(); y <= legend.bottom(); ++y) {
        for (int x = legend.left(); x <= legend.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            bool swatch = false;
            for (int b = 0; b < ReportPalette::BucketCount; ++b)
                swatch = swatch || pixel == ReportPalette::bucket(Bucket(b));
            words += !swatch && qGray(pixel.rgb()) < 160 ? 1 : 0;
        }
    }
    QVERIFY2(words > 60, qPrintable(QString::number(words)));
    // The height asked for is the height used.
    QVERIFY(chart.statusChartHeight(1, 880, &image) >= extents.first().bottom() - 10);
}

void tst_ReportChartPainter::severityBarsAreProportional()
{
    const std::array<int, SeverityCount> counts{1, 4, 2, 0, 3};
    const ReportChartPainter chart(font());
    QImage image(700, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    const qreal height = chart.severityChartHeight(&image);
    const QList<QRectF> bars
            = chart.paintSeverityChart(painter, QRectF(10, 10, 680, height), counts);
    painter.end();
    QCOMPARE(bars.size(), SeverityCount);
    const int longest
            = run(image, qRound(bars[1].center().y()), ReportPalette::severity(Severity::High));
    QVERIFY(longest > 300);
    for (int s = 0; s < SeverityCount; ++s) {
        const int y = qRound(bars[s].top()) + 2;
        const int measured = run(image, y, ReportPalette::severity(Severity(s)));
        const int expected = qRound(longest * counts[s] / 4.0);
        QVERIFY2(qAbs(measured - expected) <= 2,
                 qPrintable(
                         u"severity %1: %2 px, expected %3"_s.arg(s).arg(measured).arg(expected)));
    }
}

QTEST_MAIN(tst_ReportChartPainter)
#include "tst_ReportChartPainter.moc"
