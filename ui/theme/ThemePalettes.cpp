#include "ThemePalettes.h"

namespace greenlight::ThemePalettes {
namespace {

struct Colours
{
    QRgb window, windowText, base, alternateBase, text, placeholder;
    QRgb button, buttonText, brightText;
    QRgb light, midlight, mid, dark, shadow;
    QRgb highlight, highlightedText, link, linkVisited;
    QRgb toolTipBase, toolTipText;
    // The Disabled group: greyed text on the same backgrounds, and a quiet selection.
    QRgb disabledText, disabledHighlight, disabledHighlightedText;
};

QPalette build(const Colours &c)
{
    QPalette p;
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Window, QColor::fromRgb(c.window));
        p.setColor(group, QPalette::WindowText, QColor::fromRgb(c.windowText));
        p.setColor(group, QPalette::Base, QColor::fromRgb(c.base));
        p.setColor(group, QPalette::AlternateBase, QColor::fromRgb(c.alternateBase));
        p.setColor(group, QPalette::Text, QColor::fromRgb(c.text));
        p.setColor(group, QPalette::PlaceholderText, QColor::fromRgb(c.placeholder));
        p.setColor(group, QPalette::Button, QColor::fromRgb(c.button));
        p.setColor(group, QPalette::ButtonText, QColor::fromRgb(c.buttonText));
        p.setColor(group, QPalette::BrightText, QColor::fromRgb(c.brightText));
        p.setColor(group, QPalette::Light, QColor::fromRgb(c.light));
        p.setColor(group, QPalette::Midlight, QColor::fromRgb(c.midlight));
        p.setColor(group, QPalette::Mid, QColor::fromRgb(c.mid));
        p.setColor(group, QPalette::Dark, QColor::fromRgb(c.dark));
        p.setColor(group, QPalette::Shadow, QColor::fromRgb(c.shadow));
        p.setColor(group, QPalette::Highlight, QColor::fromRgb(c.highlight));
        p.setColor(group, QPalette::HighlightedText, QColor::fromRgb(c.highlightedText));
        p.setColor(group, QPalette::Link, QColor::fromRgb(c.link));
        p.setColor(group, QPalette::LinkVisited, QColor::fromRgb(c.linkVisited));
        p.setColor(group, QPalette::ToolTipBase, QColor::fromRgb(c.toolTipBase));
        p.setColor(group, QPalette::ToolTipText, QColor::fromRgb(c.toolTipText));
    }
    for (const auto role : {QPalette::WindowText,
                            QPalette::Text,
                            QPalette::ButtonText,
                            QPalette::PlaceholderText,
                            QPalette::Link,
                            QPalette::LinkVisited})
        p.setColor(QPalette::Disabled, role, QColor::fromRgb(c.disabledText));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor::fromRgb(c.disabledHighlight));
    p.setColor(QPalette::Disabled,
               QPalette::HighlightedText,
               QColor::fromRgb(c.disabledHighlightedText));
    return p;
}

} // namespace

QPalette light()
{
    Colours c{};
    c.window = 0xf3f4f6;
    c.windowText = 0x1f2328;
    c.base = 0xffffff;
    c.alternateBase = 0xf6f7f9;
    c.text = 0x1f2328;
    c.placeholder = 0x5f6670; // captions and muted labels use it too, so it stays readable
    c.button = 0xf8f9fa;
    c.buttonText = 0x1f2328;
    c.brightText = 0xffffff;
    c.light = 0xffffff;
    c.midlight = 0xe9ebee;
    c.mid = 0xbcc1c8;
    c.dark = 0x8d939c;
    c.shadow = 0x4a4f57;
    c.highlight = 0x1a62d6;
    c.highlightedText = 0xffffff;
    c.link = 0x1a5fd0;
    c.linkVisited = 0x7540c0;
    c.toolTipBase = 0xffffff;
    c.toolTipText = 0x1f2328;
    c.disabledText = 0x9aa0a8;
    c.disabledHighlight = 0xc9ced6;
    c.disabledHighlightedText = 0x1f2328;
    return build(c);
}

QPalette dark()
{
    Colours c{};
    c.window = 0x2b2d31;
    c.windowText = 0xe3e5e8;
    c.base = 0x1e1f22;
    c.alternateBase = 0x25272b;
    c.text = 0xe3e5e8;
    c.placeholder = 0x9da3ab;
    c.button = 0x36383d;
    c.buttonText = 0xe3e5e8;
    c.brightText = 0xffffff;
    // Fusion draws bevels and frames from these: lighter than the window above, darker below.
    c.light = 0x4a4d53;
    c.midlight = 0x3d4045;
    c.mid = 0x55585f;
    c.dark = 0x18191b;
    c.shadow = 0x0d0e0f;
    c.highlight = 0x2a64c2;
    c.highlightedText = 0xffffff;
    c.link = 0x8ab4f8;
    c.linkVisited = 0xc58af9;
    c.toolTipBase = 0x36383d;
    c.toolTipText = 0xe3e5e8;
    c.disabledText = 0x6c7078;
    c.disabledHighlight = 0x3d4045;
    c.disabledHighlightedText = 0xa8adb4;
    return build(c);
}

} // namespace greenlight::ThemePalettes
