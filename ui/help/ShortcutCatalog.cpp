#include "ShortcutCatalog.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTabBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

// A key some command of the window answers to, and where it does.
struct Binding
{
    QKeySequence key;
    QString label;
    QList<const QWidget *> scope; // empty: anywhere in the window
};

bool isMenuWidget(const QObject *object)
{
    return qobject_cast<const QMenu *>(object) || qobject_cast<const QMenuBar *>(object);
}

bool isWidgetScoped(const QAction *action)
{
    return action->shortcutContext() == Qt::WidgetShortcut
           || action->shortcutContext() == Qt::WidgetWithChildrenShortcut;
}

// The widgets, not menus, an action is attached to: where a widget-scoped action works.
QList<const QWidget *> attachedWidgets(const QAction *action)
{
    QList<const QWidget *> widgets;
    for (const QObject *object : action->associatedObjects()) {
        const auto *widget = qobject_cast<const QWidget *>(object);
        if (widget && !isMenuWidget(widget))
            widgets.append(widget);
    }
    return widgets;
}

// What the user calls the area a widget is in: its own or its nearest ancestor's accessible name.
QString areaName(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *w = widget; w && w != window; w = w->parentWidget()) {
        if (!w->accessibleName().isEmpty())
            return w->accessibleName();
    }
    return ShortcutCatalog::tr("Window");
}

// Window-wide actions of the menu bar or the window work anywhere in it; others where they are
// attached (with focus there for widget-scoped ones, while it is shown for the rest).
QString scopeText(const QAction *action, const QWidget *window, bool windowWide)
{
    if (windowWide && !isWidgetScoped(action))
        return ShortcutCatalog::tr("Whole window");
    QStringList areas;
    for (const QWidget *widget : attachedWidgets(action)) {
        // A tool button showing the action is a way to trigger it, not a place it works in.
        if (const auto *button = qobject_cast<const QToolButton *>(widget);
            button && button->defaultAction() == action)
            continue;
        const QString area
                = widget == window ? ShortcutCatalog::tr("Whole window") : areaName(widget, window);
        if (!areas.contains(area))
            areas.append(area);
    }
    return areas.join(u", "_s);
}

class Collector
{
public:
    explicit Collector(const QWidget *window)
        : m_window(window)
    {}

    void addMenu(const QMenu *menu, const QString &group, const QString &prefix)
    {
        for (const QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            const QString text = ShortcutCatalog::withoutMnemonic(action->text());
            if (const QMenu *submenu = action->menu())
                addMenu(submenu, group, prefix + ShortcutCatalog::tr("%1 › ").arg(text));
            else
                add(action, group, prefix + text, true);
        }
    }

    void addAttached(const QWidget *widget)
    {
        const QString group
                = widget == m_window ? ShortcutCatalog::tr("Window") : areaName(widget, m_window);
        for (const QAction *action : widget->actions())
            add(action, group, ShortcutCatalog::withoutMnemonic(action->text()), false);
    }

    QList<ShortcutEntry> entries;

private:
    void add(const QAction *action, const QString &group, const QString &command, bool inMenuBar)
    {
        if (action->shortcuts().isEmpty() || m_seen.contains(action))
            return;
        m_seen.insert(action);
        const bool windowWide = inMenuBar || action->associatedObjects().contains(m_window);
        entries.append({group,
                        command,
                        action->shortcuts(),
                        scopeText(action, m_window, windowWide),
                        action});
    }

    const QWidget *m_window;
    QSet<const QAction *> m_seen;
};

// The widgets of window itself, not of the dialogs and popups that are its children.
QList<const QWidget *> ownWidgets(const QWidget *window)
{
    QList<const QWidget *> widgets{window};
    for (const QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->window() == window)
            widgets.append(widget);
    }
    return widgets;
}

QString describeWidget(const QWidget *widget)
{
    return u"%1 %2"_s.arg(QString::fromLatin1(widget->metaObject()->className()),
                          widget->objectName().isEmpty() ? u"(unnamed)"_s : widget->objectName());
}

void addMnemonic(QList<Binding> &bindings, const QString &text, const QWidget *widget)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty())
        bindings.append({key,
                         u"mnemonic of “%1” (%2)"_s.arg(ShortcutCatalog::withoutMnemonic(text),
                                                        describeWidget(widget)),
                         {}});
}

// Qt grabs an Alt+letter shortcut for each of these while they are visible.
QList<Binding> mnemonics(const QWidget *window)
{
    QList<Binding> bindings;
    for (const QWidget *widget : ownWidgets(window)) {
        if (widget == window || !widget->isVisibleTo(window))
            continue;
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            addMnemonic(bindings, button->text(), widget);
        } else if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            if (label->buddy())
                addMnemonic(bindings, label->text(), widget);
        } else if (const auto *box = qobject_cast<const QGroupBox *>(widget)) {
            addMnemonic(bindings, box->title(), widget);
        } else if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    addMnemonic(bindings, tabs->tabText(i), widget);
            }
        } else if (const auto *menuBar = qobject_cast<const QMenuBar *>(widget)) {
            for (const QAction *action : menuBar->actions()) {
                if (action->isVisible())
                    addMnemonic(bindings, action->text(), widget);
            }
        }
    }
    return bindings;
}

bool overlaps(const Binding &a, const Binding &b)
{
    if (a.scope.isEmpty() || b.scope.isEmpty())
        return true;
    for (const QWidget *x : a.scope) {
        for (const QWidget *y : b.scope) {
            if (x == y || x->isAncestorOf(y) || y->isAncestorOf(x))
                return true;
        }
    }
    return false;
}

// Inside an open menu a letter picks the item it underlines; two items with one letter make the
// key cycle between them instead.
void addMenuConflicts(const QMenu *menu, const QString &path, QMap<QString, ShortcutConflict> &out)
{
    QMap<QString, QStringList> items; // key (portable text) -> the items it underlines
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString text = ShortcutCatalog::withoutMnemonic(action->text());
        const QKeySequence key = QKeySequence::mnemonic(action->text());
        if (!key.isEmpty())
            items[key.toString(QKeySequence::PortableText)].append(
                    u"“%1” (%2 menu)"_s.arg(text, path));
        if (const QMenu *submenu = action->menu())
            addMenuConflicts(submenu, ShortcutCatalog::tr("%1 › %2").arg(path, text), out);
    }
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        if (it->size() < 2)
            continue;
        ShortcutConflict &conflict = out[it.key() + u' ' + path];
        conflict.key = QKeySequence(it.key(), QKeySequence::PortableText);
        conflict.commands = *it;
    }
}

} // namespace

QString ShortcutEntry::keyText() const
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts.append(key.toString(QKeySequence::NativeText));
    return texts.join(u", "_s);
}

QString ShortcutConflict::toString() const
{
    return u"%1: %2"_s.arg(key.toString(QKeySequence::PortableText), commands.join(u"; "_s));
}

QString ShortcutCatalog::withoutMnemonic(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i; // "&&" is a literal ampersand; "&x" underlines x
        plain.append(text.at(i));
    }
    return plain;
}

QList<ShortcutEntry> ShortcutCatalog::actions(const QWidget *window)
{
    Collector collector(window);
    if (const auto *menuBar
        = window->findChild<QMenuBar *>(QString(), Qt::FindDirectChildrenOnly)) {
        for (const QAction *action : menuBar->actions()) {
            if (const QMenu *menu = action->menu())
                collector.addMenu(menu, withoutMnemonic(action->text()), QString());
        }
    }
    for (const QWidget *widget : ownWidgets(window)) {
        if (!isMenuWidget(widget))
            collector.addAttached(widget);
    }
    return collector.entries;
}

QList<ShortcutConflict> ShortcutCatalog::conflicts(const QWidget *window)
{
    QList<Binding> bindings = mnemonics(window);
    for (const ShortcutEntry &entry : actions(window)) {
        const QList<const QWidget *> scope = isWidgetScoped(entry.action)
                                                     ? attachedWidgets(entry.action)
                                                     : QList<const QWidget *>();
        for (const QKeySequence &key : entry.keys)
            bindings.append({key, u"“%1” (%2)"_s.arg(entry.command, entry.group), scope});
    }
    QMap<QString, ShortcutConflict> byKey; // sorted, so a failure message reads the same each run
    for (qsizetype i = 0; i < bindings.size(); ++i) {
        for (qsizetype j = i + 1; j < bindings.size(); ++j) {
            const Binding &a = bindings.at(i);
            const Binding &b = bindings.at(j);
            if (a.key != b.key || !overlaps(a, b))
                continue;
            ShortcutConflict &conflict = byKey[a.key.toString(QKeySequence::PortableText)];
            conflict.key = a.key;
            for (const QString &label : {a.label, b.label}) {
                if (!conflict.commands.contains(label))
                    conflict.commands.append(label);
            }
        }
    }
    if (const auto *menuBar
        = window->findChild<QMenuBar *>(QString(), Qt::FindDirectChildrenOnly)) {
        for (const QAction *action : menuBar->actions()) {
            if (const QMenu *menu = action->menu())
                addMenuConflicts(menu, withoutMnemonic(action->text()), byKey);
        }
    }
    return byKey.values();
}

} // namespace greenlight
