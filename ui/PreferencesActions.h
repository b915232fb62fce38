#pragma once

#include <QObject>

#include "core/Preferences.h"

class QAction;
class QWidget;

namespace greenlight {

// Edit → Preferences… (Ctrl+,): opens PreferencesDialog window-modal without blocking and
// announces what was saved. Remembers what this process runs with (its store and the
// language it started in), so the dialog can say which changes wait for the next start.
class PreferencesActions : public QObject
{
    Q_OBJECT

public:
    // current: the preferences as this process loaded them at start.
    PreferencesActions(const Preferences &current, QString databasePath, QWidget *dialogParent);

    QAction *action() const { return m_action; }
    const Preferences &current() const { return m_current; }

public slots:
    void showDialog();

signals:
    void preferencesSaved(const greenlight::Preferences &preferences);
    void themeChosen(greenlight::ThemeChoice theme); // saved, and not the one before

private:
    Preferences m_current;
    QString m_databasePath;
    QString m_startLanguage;
    QWidget *m_dialogParent;
    QAction *m_action;
};

} // namespace greenlight
