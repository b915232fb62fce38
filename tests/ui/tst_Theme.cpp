#include <cmath>
#include <tuple>

#include <QApplication>
#include <QChart>
#include <QLabel>
#include <QStandardItemModel>
#include <QStyle>
#include <QTest>
#include <QTreeView>

#include "dashboard/FindingsChart.h"
#include "dashboard/ReadinessPanel.h"
#include "itemmodels/ChecklistModel.h"
#include "report/ReportPalette.h"
#include "theme/Theme.h"
#include "theme/ThemePalettes.h"
#include "widgets/ChecklistItemDelegate.h"
#include "widgets/MessageBar.h"
#include "widgets/StatusStyle.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

double luminance(const QColor &colour)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
           + 0.0722 * channel(colour.blueF());
}

// WCAG 2 contrast ratio, 1 to 21.
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette paletteOf(ThemeChoice choice)
{
    return choice == ThemeChoice::Dark ? ThemePalettes::dark() : ThemePalettes::light();
}

int pixelsNear(const QImage &image, const QColor &colour, int tolerance = 8)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor p = image.pixelColor(x, y);
            count += qAbs(p.red() - colour.red()) <= tolerance
                     && qAbs(p.green() - colour.green()) <= tolerance
                     && qAbs(p.blue() - colour.blue()) <= tolerance;
        }
    }
    return count;
}

QImage grabbed(QWidget &widget)
{
    QCoreApplication::processEvents(); // deliver the palette change, then paint
    return widget.grab().toImage().convertToFormat(QImage::Format_RGB32);
}

QString describe(const QColor &a, const QColor &b)
{
    return u"%1 on %2: %3"_s.arg(a.name(), b.name()).arg(contrast(a, b), 0, 'f', 2);
}

} // namespace

class tst_Theme : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void applySetsTheLook_data();
    void applySetsTheLook();
    void systemRestoresThePlatformLook();
    void palettesSetEveryRole_data();
    void palettesSetEveryRole();
    void textContrast_data();
    void textContrast();
    void statusContrast_data();
    void statusContrast();
    void delegateRepaintsAfterSwitch();
    void chartRepaintsAfterSwitch();
    void messageBarFollows();
    void verdictBadgeStaysReadable_data();
    void verdictBadgeStaysReadable();

private:
    QString m_platformStyle;
    QPalette m_platformPalette;
};

void tst_Theme::initTestCase()
{
    m_platformStyle = QApplication::style()->name();
    m_platformPalette = QApplication::palette();
}

void tst_Theme::cleanupTestCase()
{
    Theme::apply(ThemeChoice::System);
}

void tst_Theme::applySetsTheLook_data()
{
    QTest::addColumn<ThemeChoice>("choice");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << ThemeChoice::Light << false;
    QTest::newRow("dark") << ThemeChoice::Dark << true;
    QTest::newRow("light again") << ThemeChoice::Light << false;
}

void tst_Theme::applySetsTheLook()
{
    QFETCH(ThemeChoice, choice);
    QFETCH(bool, dark);
    Theme::apply(choice);
    QCOMPARE(Theme::isDark(), dark);
    QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
    const QPalette palette = QApplication::palette();
    QCOMPARE(palette.color(QPalette::Window), paletteOf(choice).color(QPalette::Window));
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Button}) {
        const int lightness = palette.color(role).lightness();
        QVERIFY2(dark ? lightness < 80 : lightness > 200, qPrintable(QString::number(lightness)));
    }
    QCOMPARE(palette.color(QPalette::Text).lightness() > 128, dark);
}

void tst_Theme::systemRestoresThePlatformLook()
{
    Theme::apply(ThemeChoice::Dark);
    QVERIFY(Theme::isDark());
    Theme::apply(ThemeChoice::System);
    QCOMPARE(QApplication::style()->name(), m_platformStyle);
    for (const auto role : {QPalette::Window, QPalette::Base, QPalette::Text, QPalette::Highlight})
        QCOMPARE(QApplication::palette().color(role), m_platformPalette.color(role));
    // Qt 6.4 has no colour-scheme API: the window's lightness decides.
    QCOMPARE(Theme::isDark(), m_platformPalette.color(QPalette::Window).lightness() < 128);
}

void tst_Theme::palettesSetEveryRole_data()
{
    QTest::addColumn<ThemeChoice>("choice");
    QTest::newRow("light") << ThemeChoice::Light;
    QTest::newRow("dark") << ThemeChoice::Dark;
}

void tst_Theme::palettesSetEveryRole()
{
    // Nothing may leak in from the platform's palette: every role of every group is ours.
    QFETCH(ThemeChoice, choice);
    const QPalette palette = paletteOf(choice);
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        for (int role = 0; role < QPalette::NColorRoles; ++role) {
            if (role == QPalette::NoRole)
                continue;
            QVERIFY2(palette.isBrushSet(group, QPalette::ColorRole(role)),
                     qPrintable(u"group %1 role %2"_s.arg(int(group)).arg(role)));
        }
    }
    // The Disabled group greys text out; selection stays visible but quiet.
    QVERIFY(palette.color(QPalette::Disabled, QPalette::Text)
            != palette.color(QPalette::Active, QPalette::Text));
    QVERIFY(palette.color(QPalette::Disabled, QPalette::Highlight)
            != palette.color(QPalette::Active, QPalette::Highlight));
}

void tst_Theme::textContrast_data()
{
    QTest::addColumn<ThemeChoice>("choice");
    QTest::addColumn<QPalette::ColorRole>("foreground");
    QTest::addColumn<QPalette::ColorRole>("background");
    const QList<std::tuple<const char *, QPalette::ColorRole, QPalette::ColorRole>> pairs{
            {"Text/Base", QPalette::Text, QPalette::Base},
            {"Text/AlternateBase", QPalette::Text, QPalette::AlternateBase},
            {"WindowText/Window", QPalette::WindowText, QPalette::Window},
            {"ButtonText/Button", QPalette::ButtonText, QPalette::Button},
            {"HighlightedText/Highlight", QPalette::HighlightedText, QPalette::Highlight},
            {"ToolTipText/ToolTipBase", QPalette::ToolTipText, QPalette::ToolTipBase},
            {"PlaceholderText/Base", QPalette::PlaceholderText, QPalette::Base},
            {"PlaceholderText/Window", QPalette::PlaceholderText, QPalette::Window},
            {"Link/Base", QPalette::Link, QPalette::Base},
    };
    for (const auto &[name, foreground, background] : pairs) {
        QTest::addRow("light %s", name) << ThemeChoice::Light << foreground << background;
        QTest::addRow("dark %s", name) << ThemeChoice::Dark << foreground << background;
    }
}

void tst_Theme::textContrast()
{
    QFETCH(ThemeChoice, choice);
    QFETCH(QPalette::ColorRole, foreground);
    QFETCH(QPalette::ColorRole, background);
    const QPalette palette = paletteOf(choice);
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        const QColor fg = palette.color(group, foreground);
        const QColor bg = palette.color(group, background);
        QVERIFY2(contrast(fg, bg) >= 4.5, qPrintable(describe(fg, bg)));
    }
}

void tst_Theme::statusContrast_data()
{
    QTest::addColumn<ThemeChoice>("choice");
    QTest::newRow("light") << ThemeChoice::Light;
    QTest::newRow("dark") << ThemeChoice::Dark;
}

void tst_Theme::statusContrast()
{
    // Status and severity colours are icons, bars and short words: 3:1 against the base
    // they are drawn on (WCAG's non-text contrast), in the shade the palette picks.
    QFETCH(ThemeChoice, choice);
    Theme::apply(choice);
    const QColor base = QApplication::palette().color(QPalette::Base);
    QList<QColor> colours;
    for (int s = 0; s < ItemStatusCount; ++s)
        colours.append(StatusStyle::statusColor(ItemStatus(s)));
    for (const auto status : {EffectiveStatus::Waived, EffectiveStatus::WaiverExpired})
        colours.append(StatusStyle::effectiveStatusColor(status));
    for (int s = 0; s < SeverityCount; ++s)
        colours.append(StatusStyle::severityColor(Severity(s)));
    colours.append(StatusStyle::cautionColor());
    for (const QColor &colour : std::as_const(colours))
        QVERIFY2(contrast(colour, base) >= 3.0, qPrintable(describe(colour, base)));
    // Error text is read, not glanced at: 4.5:1 on the base and on the window.
    const QColor window = QApplication::palette().color(QPalette::Window);
    QVERIFY(contrast(StatusStyle::errorColor(), base) >= 4.5);
    QVERIFY(contrast(StatusStyle::errorColor(), window) >= 4.5);
}

void tst_Theme::delegateRepaintsAfterSwitch()
{
    Theme::apply(ThemeChoice::Light);
    QStandardItemModel model(1, ChecklistModel::ColumnCount);
    for (int column = 0; column < ChecklistModel::ColumnCount; ++column) {
        auto *cell = new QStandardItem;
        cell->setData(int(ChecklistModel::NodeKind::Item), ChecklistModel::NodeKindRole);
        cell->setData(qint64(1), ChecklistModel::ItemIdRole);
        cell->setData(int(ItemStatus::Failed), ChecklistModel::StatusRole);
        cell->setData(int(Severity::High), ChecklistModel::SeverityRole);
        model.setItem(0, column, cell);
    }
    model.item(0, ChecklistModel::ItemColumn)->setText(u"SEC-001 A failed item"_s);
    model.item(0, ChecklistModel::StatusColumn)->setText(u"Failed"_s);
    model.item(0, ChecklistModel::SeverityColumn)->setText(u"High"_s);
    QTreeView view;
    view.setModel(&model);
    view.setItemDelegate(new ChecklistItemDelegate(&view));
    view.setRootIsDecorated(false);
    view.resize(600, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    using Shade = ReportPalette::Shade;
    const QColor lightRed = ReportPalette::status(ItemStatus::Failed, Shade::OnLight);
    const QColor darkRed = ReportPalette::status(ItemStatus::Failed, Shade::OnDark);
    const QColor lightAmber = ReportPalette::severity(Severity::High, Shade::OnLight);
    const QColor darkAmber = ReportPalette::severity(Severity::High, Shade::OnDark);
    QImage image = grabbed(view);
    const QPoint empty(image.width() - 20, image.height() - 20); // below the only row
    QCOMPARE(image.pixelColor(empty), ThemePalettes::light().color(QPalette::Base));
    QVERIFY(pixelsNear(image, lightRed) > 40); // the icon and the word "Failed"
    QVERIFY(pixelsNear(image, lightAmber) > 10);
    QCOMPARE(pixelsNear(image, darkRed, 4), 0);

    Theme::apply(ThemeChoice::Dark);
    image = grabbed(view);
    QCOMPARE(image.pixelColor(empty), ThemePalettes::dark().color(QPalette::Base));
    QVERIFY(pixelsNear(image, darkRed) > 40);
    QVERIFY(pixelsNear(image, darkAmber) > 10);
    QCOMPARE(pixelsNear(image, lightRed, 4), 0);
    Theme::apply(ThemeChoice::Light);
}

void tst_Theme::chartRepaintsAfterSwitch()
{
    Theme::apply(ThemeChoice::Light);
    AssessmentSnapshot snapshot;
    for (int i = 0; i < 3; ++i) {
        SnapshotFinding finding;
        finding.severity = Severity::Critical;
        snapshot.findings.append(finding);
    }
    snapshot.scan.present = true;
    FindingsChart chart;
    chart.resize(500, 300);
    chart.setSnapshot(snapshot);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));

    using Shade = ReportPalette::Shade;
    const QColor lightBar = ReportPalette::severity(Severity::Critical, Shade::OnLight);
    const QColor darkBar = ReportPalette::severity(Severity::Critical, Shade::OnDark);
    QImage image = grabbed(chart);
    const QPoint corner(3, 3);
    QVERIFY(image.pixelColor(corner).lightness() > 220);
    QVERIFY(pixelsNear(image, lightBar, 2) > 500);
    QCOMPARE(pixelsNear(image, darkBar, 2), 0);

    Theme::apply(ThemeChoice::Dark);
    image = grabbed(chart);
    QVERIFY2(image.pixelColor(corner).lightness() < 60,
             qPrintable(image.pixelColor(corner).name()));
    QVERIFY(pixelsNear(image, darkBar, 2) > 500);
    QCOMPARE(pixelsNear(image, lightBar, 2), 0);
    // The title and the axis labels are light on the dark background.
    QVERIFY(pixelsNear(image, ThemePalettes::dark().color(QPalette::Text), 24) > 50);
    QCOMPARE(chart.chart()->titleBrush().color(), ThemePalettes::dark().color(QPalette::Text));
    Theme::apply(ThemeChoice::Light);
}

void tst_Theme::messageBarFollows()
{
    Theme::apply(ThemeChoice::Light);
    MessageBar bar;
    bar.showMessage(u"The store is locked."_s, MessageBar::Kind::Error);
    const auto readable = [&bar] {
        const QPalette palette = bar.palette();
        return contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window));
    };
    QVERIFY(bar.palette().color(QPalette::Window).lightness() > 200);
    QVERIFY(readable() >= 4.5);
    Theme::apply(ThemeChoice::Dark);
    QCoreApplication::processEvents();
    QVERIFY(bar.palette().color(QPalette::Window).lightness() < 80);
    QVERIFY(readable() >= 4.5);
    Theme::apply(ThemeChoice::Light);
    QCoreApplication::processEvents();
    QVERIFY(bar.palette().color(QPalette::Window).lightness() > 200);
}

void tst_Theme::verdictBadgeStaysReadable_data()
{
    QTest::addColumn<ThemeChoice>("choice");
    QTest::addColumn<VerdictLevel>("level");
    for (const auto level :
         {VerdictLevel::Ready, VerdictLevel::ReadyWithFixes, VerdictLevel::NotReady}) {
        QTest::addRow("light %d", int(level)) << ThemeChoice::Light << level;
        QTest::addRow("dark %d", int(level)) << ThemeChoice::Dark << level;
    }
}

void tst_Theme::verdictBadgeStaysReadable()
{
    QFETCH(ThemeChoice, choice);
    QFETCH(VerdictLevel, level);
    Theme::apply(ThemeChoice::Light);
    ReadinessPanel panel;
    AssessmentSnapshot snapshot;
    snapshot.verdict.level = level;
    panel.setSnapshot(snapshot);
    Theme::apply(choice); // switched after the badge was painted: it must follow
    QCoreApplication::processEvents();
    const QPalette badge = panel.verdictLabel()->palette();
    const QColor fill = badge.color(QPalette::Window);
    const QColor text = badge.color(QPalette::WindowText);
    QCOMPARE(fill.lightness() > 128, choice == ThemeChoice::Dark); // pale badges on dark
    // The verdict is large bold text: 3:1 (WCAG's large-text threshold), well above it here.
    QVERIFY2(contrast(text, fill) >= 3.0, qPrintable(describe(text, fill)));
    Theme::apply(ThemeChoice::Light);
}

} // namespace greenlight

QTEST_MAIN(greenlight::tst_Theme)
#include "tst_Theme.moc"
