#pragma once

#include <QDialog>

#include "core/Preferences.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace greenlight {

// Edit → Preferences: store location, evidence and scan size limits, language and theme.
// OK saves them (Preferences::save) and emits preferencesSaved(); Cancel changes nothing;
// Restore Defaults only fills the fields. The store location and the language take effect at
// the next start, and the dialog says so beside them as soon as they differ from what this
// session runs with. A store location Greenlight could not use keeps OK disabled, with the
// reason under the field.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    // saved: what the fields start with; inEffect: what this session runs with (its open
    // store and the language it started in), for the "next start" notes.
    PreferencesDialog(const Preferences &saved, const Preferences &inEffect, QWidget *parent);

    // What the fields say now (the store location as typed, cleaned; empty = the default).
    Preferences preferences() const;
    void setPreferences(const Preferences &preferences);

    QCheckBox *useDefaultStoreCheck() const { return m_useDefault; }
    QLineEdit *storePathEdit() const { return m_path; }
    QPushButton *browseButton() const { return m_browse; }
    QLabel *storeProblemLabel() const { return m_problem; }
    QLabel *storeNoteLabel() const { return m_storeNote; }
    QSpinBox *evidenceLimitBox() const { return m_evidenceLimit; }
    QSpinBox *scanLimitBox() const { return m_scanLimit; }
    QComboBox *languageBox() const { return m_language; }
    QLabel *languageNoteLabel() const { return m_languageNote; }
    QComboBox *themeBox() const { return m_theme; }
    QPushButton *okButton() const;
    QPushButton *cancelButton() const;
    QPushButton *restoreDefaultsButton() const;

    void accept() override;

signals:
    void preferencesSaved(const greenlight::Preferences &preferences);

private:
    QWidget *buildStoreGroup();
    QWidget *buildLimitsGroup();
    QWidget *buildAppearanceGroup();
    void describe();
    void useDefaultToggled(bool useDefault);
    void browse();
    QString typedStorePath() const;
    bool validate(); // updates the problem and the notes; false while OK must stay disabled
    void fitHeight();

    Preferences m_inEffect;
    QString m_customPath; // kept while "Use the default" is checked, restored when unchecked
    QCheckBox *m_useDefault = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_storeNote = nullptr;
    QSpinBox *m_evidenceLimit = nullptr;
    QSpinBox *m_scanLimit = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QComboBox *m_theme = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    int m_fittedHeight = 0; // the height fitHeight() chose last
};

} // namespace greenlight
