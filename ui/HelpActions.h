#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace greenlight {

class ShortcutsDialog;

// The Help menu: Keyboard Shortcuts (F1), About Greenlight and About Qt. The shortcuts dialog
// lists the window's own actions, so it is built when asked for, and asking again while it is
// open brings the open one forward instead of stacking copies.
class HelpActions : public QObject
{
    Q_OBJECT

public:
    explicit HelpActions(QWidget *window);

    QAction *shortcutsAction() const { return m_shortcuts; }
    QAction *aboutAction() const { return m_about; }
    QAction *aboutQtAction() const { return m_aboutQt; }
    void addTo(QMenu *menu) const;

    ShortcutsDialog *shortcutsDialog() const; // null unless open

public slots:
    void showShortcuts();
    void showAbout();

private:
    QWidget *m_window;
    QAction *m_shortcuts;
    QAction *m_about;
    QAction *m_aboutQt;
    QPointer<ShortcutsDialog> m_shortcutsDialog;
};

} // namespace greenlight
