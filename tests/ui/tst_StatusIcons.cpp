#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPixmap>
#include <QTest>

#include "report/ReportPalette.h"
#include "theme/Theme.h"
#include "widgets/StatusIcons.h"
#include "widgets/StatusStyle.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

using Shade = ReportPalette::Shade;

QList<EffectiveStatus> allStatuses()
{
    QList<EffectiveStatus> statuses;
    for (int i = 0; i < StatusIcons::EffectiveStatusCount; ++i)
        statuses.append(EffectiveStatus(i));
    return statuses;
}

int opaquePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 128;
    return count;
}

// Pixels within a few steps of colour (the anti-aliased edges are not).
int pixelsNear(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            count += qAlpha(p) > 240 && qAbs(qRed(p) - colour.red()) <= 6
                     && qAbs(qGreen(p) - colour.green()) <= 6
                     && qAbs(qBlue(p) - colour.blue()) <= 6;
        }
    }
    return count;
}

QImage render(const QIcon &icon, int size = 32)
{
    return icon.pixmap(QSize(size, size), 1.0).toImage().convertToFormat(QImage::Format_ARGB32);
}

} // namespace

class tst_StatusIcons : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanupTestCase();
    void svgIconEnginePluginLoads();
    void statusIcon_data();
    void statusIcon();
    void severityIcon_data();
    void severityIcon();
    void itemStatusIsItsEffectiveStatus();
    void noTwoStatusesLookAlike();
    void noTwoSeveritiesLookAlike();
    void filesCarryThePalettesColours();
    void darkPaletteDrawsTheDarkShade();
    void disabledIconIsGrey();
};

void tst_StatusIcons::init()
{
    Theme::apply(ThemeChoice::Light);
}

void tst_StatusIcons::cleanupTestCase()
{
    Theme::apply(ThemeChoice::System);
}

void tst_StatusIcons::svgIconEnginePluginLoads()
{
    // The window icon goes through Qt's SVG icon-engine plugin (libqt6svg6): without it the
    // icon is null, and the package's Depends would be wrong.
    const QIcon icon(u":/icons/greenlight.svg"_s);
    QVERIFY(!icon.isNull());
    QVERIFY(opaquePixels(render(icon, 48)) > 200);
    const QIcon status(StatusIcons::resource(EffectiveStatus::Passed));
    QVERIFY(opaquePixels(render(status, 16)) > 40);
}

void tst_StatusIcons::statusIcon_data()
{
    QTest::addColumn<EffectiveStatus>("status");
    QTest::addColumn<QString>("resource");
    const QStringList files{u"not-started"_s,
                            u"in-progress"_s,
                            u"passed"_s,
                            u"failed"_s,
                            u"not-applicable"_s,
                            u"waived"_s,
                            u"waiver-expired"_s};
    for (const EffectiveStatus status : allStatuses()) {
        const QString file = files.at(int(status));
        QTest::newRow(qPrintable(file)) << status << u":/icons/status/%1.svg"_s.arg(file);
    }
}

void tst_StatusIcons::statusIcon()
{
    QFETCH(EffectiveStatus, status);
    QFETCH(QString, resource);
    QCOMPARE(StatusIcons::resource(status), resource);
    QVERIFY2(QFile::exists(resource), qPrintable(resource));

    const QIcon icon = StatusIcons::effectiveStatus(status);
    QVERIFY(!icon.isNull());
    const QPixmap small = icon.pixmap(QSize(16, 16), 1.0);
    QCOMPARE(small.size(), QSize(16, 16));
    QVERIFY(opaquePixels(small.toImage()) > 30);
    // A 32 px icon on a 2x screen is drawn at 64 device pixels, not scaled up from 32.
    const QPixmap sharp = icon.pixmap(QSize(32, 32), 2.0);
    QCOMPARE(sharp.size(), QSize(64, 64));
    QCOMPARE(sharp.devicePixelRatio(), 2.0);
    QVERIFY(opaquePixels(sharp.toImage()) > 4 * 30 * 4);
    // The status's own colour is in it, solid.
    QVERIFY(pixelsNear(sharp.toImage(), StatusStyle::effectiveStatusColor(status)) > 100);
}

void tst_StatusIcons::severityIcon_data()
{
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<int>("bars");
    QTest::newRow("critical") << Severity::Critical << 5;
    QTest::newRow("high") << Severity::High << 4;
    QTest::newRow("medium") << Severity::Medium << 3;
    QTest::newRow("low") << Severity::Low << 2;
    QTest::newRow("info") << Severity::Info << 1;
}

void tst_StatusIcons::severityIcon()
{
    QFETCH(Severity, severity);
    QFETCH(int, bars);
    const QString resource = StatusIcons::resource(severity);
    QCOMPARE(resource, u":/icons/severity/%1.svg"_s.arg(severityKey(severity)));
    QVERIFY(QFile::exists(resource));

    const QIcon icon = StatusIcons::severity(severity);
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.pixmap(QSize(16, 16), 1.0).size(), QSize(16, 16));
    QVERIFY(opaquePixels(icon.pixmap(QSize(16, 16), 1.0).toImage()) > 0);
    const QPixmap sharp = icon.pixmap(QSize(32, 32), 2.0);
    QCOMPARE(sharp.size(), QSize(64, 64));

    // Readable without colour: count the solid bars along a line just above the bottom.
    const QImage image = sharp.toImage().convertToFormat(QImage::Format_ARGB32);
    const int y = image.height() * 25 / 32; // 12.5 of 16: inside the shortest bar
    int solid = 0;
    bool inBar = false;
    for (int x = 0; x < image.width(); ++x) {
        const bool opaque = qAlpha(image.pixel(x, y)) > 200;
        if (opaque && !inBar)
            ++solid;
        inBar = opaque;
    }
    QCOMPARE(solid, bars);
}

void tst_StatusIcons::itemStatusIsItsEffectiveStatus()
{
    for (int i = 0; i < ItemStatusCount; ++i) {
        const QImage plain = render(StatusIcons::status(ItemStatus(i)));
        const QImage effective = render(StatusIcons::effectiveStatus(EffectiveStatus(i)));
        QCOMPARE(plain, effective);
    }
}

void tst_StatusIcons::noTwoStatusesLookAlike()
{
    const QList<EffectiveStatus> statuses = allStatuses();
    for (int a = 0; a < statuses.size(); ++a) {
        for (int b = a + 1; b < statuses.size(); ++b) {
            QVERIFY2(render(StatusIcons::effectiveStatus(statuses[a]))
                             != render(StatusIcons::effectiveStatus(statuses[b])),
                     qPrintable(u"%1 and %2"_s.arg(effectiveStatusKey(statuses[a]),
                                                   effectiveStatusKey(statuses[b]))));
        }
    }
}

void tst_StatusIcons::noTwoSeveritiesLookAlike()
{
    for (int a = 0; a < SeverityCount; ++a) {
        for (int b = a + 1; b < SeverityCount; ++b)
            QVERIFY(render(StatusIcons::severity(Severity(a)))
                    != render(StatusIcons::severity(Severity(b))));
    }
}

void tst_StatusIcons::filesCarryThePalettesColours()
{
    // The SVGs are drawn in ReportPalette's light shade: the app, its icons and the approval
    // packs show one set of colours.
    for (const EffectiveStatus status : allStatuses()) {
        QFile file(StatusIcons::resource(status));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        const QColor colour = StatusStyle::effectiveStatusColor(status, Shade::OnLight);
        QVERIFY2(svg.contains(colour.name().toLatin1()), qPrintable(file.fileName()));
    }
    for (int s = 0; s < SeverityCount; ++s) {
        QFile file(StatusIcons::resource(Severity(s)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QColor colour = ReportPalette::severity(Severity(s), Shade::OnLight);
        QVERIFY2(file.readAll().contains(colour.name().toLatin1()), qPrintable(file.fileName()));
    }
}

void tst_StatusIcons::darkPaletteDrawsTheDarkShade()
{
    // The same QIcon, handed out before the switch (as a menu or combo box holds it).
    const QIcon passed = StatusIcons::status(ItemStatus::Passed);
    const QIcon high = StatusIcons::severity(Severity::High);
    const QColor lightGreen = ReportPalette::status(ItemStatus::Passed, Shade::OnLight);
    const QColor darkGreen = ReportPalette::status(ItemStatus::Passed, Shade::OnDark);
    QVERIFY(pixelsNear(render(passed), lightGreen) > 100);
    QCOMPARE(pixelsNear(render(passed), darkGreen), 0);

    Theme::apply(ThemeChoice::Dark);
    QVERIFY(pixelsNear(render(passed), darkGreen) > 100);
    QCOMPARE(pixelsNear(render(passed), lightGreen), 0);
    // The check mark turns dark on the pale disc: no white left.
    QCOMPARE(pixelsNear(render(passed), QColor(Qt::white)), 0);
    QVERIFY(pixelsNear(render(high), ReportPalette::severity(Severity::High, Shade::OnDark)) > 50);

    Theme::apply(ThemeChoice::Light);
    QVERIFY(pixelsNear(render(passed), lightGreen) > 100);
}

void tst_StatusIcons::disabledIconIsGrey()
{
    const QImage image = StatusIcons::status(ItemStatus::Failed)
                                 .pixmap(QSize(32, 32), 1.0, QIcon::Disabled)
                                 .toImage()
                                 .convertToFormat(QImage::Format_ARGB32);
    QVERIFY(opaquePixels(image) == 0); // faded
    int visible = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (qAlpha(p) == 0)
                continue;
            ++visible;
            const QColor c = QColor::fromRgba(p);
            // Unpremultiplying a half-transparent pixel rounds a little.
            QVERIFY(qAbs(c.red() - c.green()) <= 6 && qAbs(c.green() - c.blue()) <= 6);
        }
    }
    QVERIFY(visible > 100);
}

} // namespace greenlight

QTEST_MAIN(greenlight::tst_StatusIcons)
#include "tst_StatusIcons.moc"
