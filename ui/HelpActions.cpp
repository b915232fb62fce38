#include "HelpActions.h"

#include <QAction>
#include <QApplication>
#include <QMenu>

#include "dialogs/AboutBox.h"
#include "dialogs/ShortcutsDialog.h"

namespace greenlight {

HelpActions::HelpActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_shortcuts(new QAction(tr("&Keyboard Shortcuts…"), this))
    , m_about(new QAction(tr("&About Greenlight"), this))
    , m_aboutQt(new QAction(tr("About &Qt"), this))
{
    m_shortcuts->setShortcut(QKeySequence::HelpContents);
    m_shortcuts->setStatusTip(tr("Every keyboard shortcut of the window, with a filter"));
    m_about->setMenuRole(QAction::AboutRole);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_shortcuts, &QAction::triggered, this, &HelpActions::showShortcuts);
    connect(m_about, &QAction::triggered, this, &HelpActions::showAbout);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void HelpActions::addTo(QMenu *menu) const
{
    menu->addAction(m_shortcuts);
    menu->addSeparator();
    menu->addAction(m_about);
    menu->addAction(m_aboutQt);
}

ShortcutsDialog *HelpActions::shortcutsDialog() const
{
    return m_shortcutsDialog;
}

void HelpActions::showShortcuts()
{
    if (!m_shortcutsDialog) {
        m_shortcutsDialog = new ShortcutsDialog(m_window, m_window);
        m_shortcutsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_shortcutsDialog->show();
    m_shortcutsDialog->raise();
    m_shortcutsDialog->activateWindow();
}

void HelpActions::showAbout()
{
    AboutBox::show(m_window);
}

} // namespace greenlight
