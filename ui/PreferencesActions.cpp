#include "PreferencesActions.h"

#include <QAction>

#include "dialogs/PreferencesDialog.h"

using namespace Qt::StringLiterals;

namespace greenlight {

PreferencesActions::PreferencesActions(const Preferences &current,
                                       QString databasePath,
                                       QWidget *dialogParent)
    : QObject(dialogParent)
    , m_current(current)
    , m_databasePath(std::move(databasePath))
    , m_startLanguage(current.language)
    , m_dialogParent(dialogParent)
    , m_action(new QAction(tr("&Preferences…"), this))
{
    m_action->setObjectName(u"preferencesAction"_s);
    m_action->setMenuRole(QAction::PreferencesRole);
    // QKeySequence::Preferences is empty on Linux and Windows: add Ctrl+, where it is missing.
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!keys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        keys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_action->setShortcuts(keys);
    m_action->setStatusTip(tr("Store location, size limits, language and theme"));
    connect(m_action, &QAction::triggered, this, &PreferencesActions::showDialog);
}

void PreferencesActions::showDialog()
{
    // The notes beside store and language compare with what this process runs with.
    Preferences inEffect = m_current;
    inEffect.databasePath = m_databasePath;
    inEffect.language = m_startLanguage;
    auto *dialog = new PreferencesDialog(Preferences::load(), inEffect, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog,
            &PreferencesDialog::preferencesSaved,
            this,
            [this](const Preferences &preferences) {
                const bool themeChanged = preferences.theme != m_current.theme;
                m_current = preferences;
                emit preferencesSaved(preferences);
                if (themeChanged)
                    emit themeChosen(preferences.theme);
            });
    dialog->open();
}

} // namespace greenlight
