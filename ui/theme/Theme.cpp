#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QToolTip>

#include "ThemePalettes.h"

using namespace Qt::StringLiterals;

namespace greenlight::Theme {
namespace {

// What the platform gave us before Greenlight changed anything, so System can go back.
struct PlatformLook
{
    QString styleName;
    QPalette toolTipPalette;
    bool changed = false; // whether Light or Dark was ever applied
};

PlatformLook &platformLook()
{
    static PlatformLook look{QApplication::style()->name(), QToolTip::palette()};
    return look;
}

void useStyle(const QString &name)
{
    if (QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style); // the application takes ownership
}

} // namespace

void apply(ThemeChoice choice)
{
    PlatformLook &platform = platformLook();
    switch (choice) {
    case ThemeChoice::System:
        if (!platform.changed)
            return; // at start: touch nothing the platform set up
        useStyle(platform.styleName);
        // A palette with no roles set: Qt fills it from the style and the platform theme.
        QApplication::setPalette(QPalette());
        QToolTip::setPalette(platform.toolTipPalette);
        return;
    case ThemeChoice::Light:
    case ThemeChoice::Dark: {
        // Fusion paints every control from the palette, so both palettes look designed on
        // every platform; a native style may ignore half of the roles.
        platform.changed = true;
        useStyle(u"Fusion"_s);
        const QPalette palette
                = choice == ThemeChoice::Dark ? ThemePalettes::dark() : ThemePalettes::light();
        QApplication::setPalette(palette);
        QToolTip::setPalette(palette);
        return;
    }
    }
}

bool isDark()
{
    if (!qGuiApp)
        return false;
    return QGuiApplication::palette().color(QPalette::Active, QPalette::Window).lightness() < 128;
}

} // namespace greenlight::Theme
