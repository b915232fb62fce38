#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>
#include <QStringList>

class QAction;
class QWidget;

namespace greenlight {

// One command the keyboard reaches: a QAction with a shortcut, as the user sees it.
struct ShortcutEntry
{
    QString group;   // the menu it is in ("File"), else the area it belongs to ("Assessment list")
    QString command; // its text without & accelerators ("Set Status › Passed")
    QList<QKeySequence> keys;
    QString scope; // where the key works: the whole window or one area ("Scan page")
    const QAction *action = nullptr;

    QString keyText() const; // the keys in QKeySequence::NativeText, comma-separated
};

// One key that two commands of one window answer to at the same time.
struct ShortcutConflict
{
    QKeySequence key;
    // Who answers, for a developer to find: "“Delete…” (File)",
    // "mnemonic of “Add” (QToolButton addEvidenceButton)", "“Open the Demo” (File menu)".
    QStringList commands;

    QString toString() const;
};

// Reads the shortcuts off a live window rather than from a list kept by hand, so the Keyboard
// Shortcuts dialog and the conflict check can never go stale: the menu bar's menus (in menu
// order), then actions attached to the window or any widget in it, and the Alt+letter mnemonics
// of its visible buttons, buddy labels, group boxes, tab bars and menu bar.
class ShortcutCatalog
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::ShortcutCatalog)

public:
    // Every action with a shortcut, once each: in its menu's group if it is in the menu bar,
    // else in the group of the widget it is attached to.
    static QList<ShortcutEntry> actions(const QWidget *window);

    // Keys answered by more than one command at once: two actions whose scopes overlap
    // (window-wide, or one widget inside the other), an action and a visible widget's mnemonic,
    // two visible mnemonics, or two items of one menu underlining one letter. Hidden widgets'
    // mnemonics do not count, as Qt ignores them: check a page while it is shown.
    static QList<ShortcutConflict> conflicts(const QWidget *window);

    // "&Delete…" -> "Delete…", "R&&D" -> "R&D".
    static QString withoutMnemonic(const QString &text);
};

} // namespace greenlight
