#include "PreferencesDialog.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/AppPaths.h"
#include "core/Translations.h"
#include "widgets/Accessibility.h"
#include "widgets/StatusStyle.h"

using namespace Qt::StringLiterals;

namespace greenlight {

namespace {

int toMiB(qint64 bytes)
{
    return int(std::clamp(bytes, Preferences::MinLimitBytes, Preferences::MaxLimitBytes)
               / Preferences::MiB);
}

QSpinBox *limitBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(toMiB(Preferences::MinLimitBytes), toMiB(Preferences::MaxLimitBytes));
    //: The unit after a size limit in Preferences: mebibytes.
    box->setSuffix(PreferencesDialog::tr(" MiB"));
    box->setAccelerated(true);
    return box;
}

// One label column across the group boxes, so the fields line up as in a single form.
void alignLabels(const QList<QWidget *> &groups)
{
    QList<QWidget *> labels;
    int width = 0;
    for (QWidget *group : groups) {
        auto *form = qobject_cast<QFormLayout *>(group->layout());
        for (int row = 0; form && row < form->rowCount(); ++row) {
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
                item && item->widget()) {
                labels.append(item->widget());
                width = std::max(width, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget *label : std::as_const(labels))
        label->setMinimumWidth(width);
}

QLabel *noteLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->hide();
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &saved,
                                     const Preferences &inEffect,
                                     QWidget *parent)
    : QDialog(parent)
    , m_inEffect(inEffect)
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                             | QDialogButtonBox::RestoreDefaults,
                                     this);

    auto *layout = new QVBoxLayout(this);
    QWidget *store = buildStoreGroup();
    QWidget *limits = buildLimitsGroup();
    QWidget *appearance = buildAppearanceGroup();
    alignLabels({store, limits, appearance});
    layout->addWidget(store);
    layout->addWidget(limits);
    layout->addWidget(appearance);
    layout->addStretch();
    layout->addWidget(m_buttons);
    describe();
    // The buttons were made first, for the groups to refer to; Tab reaches them last.
    Accessibility::tabThroughButtonsInLayoutOrder(m_buttons, m_theme);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(restoreDefaultsButton(), &QPushButton::clicked, this, [this] {
        setPreferences(Preferences{});
    });
    connect(m_useDefault, &QCheckBox::toggled, this, &PreferencesDialog::useDefaultToggled);
    connect(m_path, &QLineEdit::textEdited, this, [this] {
        m_customPath = m_path->text();
        validate();
    });
    connect(m_browse, &QPushButton::clicked, this, &PreferencesDialog::browse);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { validate(); });

    setPreferences(saved);
    resize(std::max(680, sizeHint().width()), sizeHint().height());
    m_fittedHeight = height();
    fitHeight();
}

QWidget *PreferencesDialog::buildStoreGroup()
{
    auto *group = new QGroupBox(tr("Store"), this);
    m_useDefault = new QCheckBox(tr("&Use the default"), group);
    m_useDefault->setObjectName(u"useDefaultStore"_s);
    m_path = new QLineEdit(group);
    m_path->setObjectName(u"storePath"_s);
    m_browse = new QPushButton(tr("&Browse…"), group);
    m_browse->setObjectName(u"browseStore"_s);
    m_problem = new QLabel(group);
    m_problem->setObjectName(u"storeProblem"_s);
    m_problem->setWordWrap(true);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, StatusStyle::statusColor(ItemStatus::Failed));
    m_problem->setPalette(warning);
    m_problem->hide();
    m_storeNote = noteLabel(u"storeNote"_s, group);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    // One column, so the problem and the note take no room while hidden.
    auto *field = new QVBoxLayout;
    field->addWidget(m_useDefault);
    field->addLayout(pathRow);
    field->addWidget(m_problem);
    field->addWidget(m_storeNote);
    auto *form = new QFormLayout(group);
    auto *label = new QLabel(tr("&Location:"), group);
    label->setBuddy(m_useDefault);
    form->addRow(label, field);
    return group;
}

QWidget *PreferencesDialog::buildLimitsGroup()
{
    auto *group = new QGroupBox(tr("Size limits"), this);
    m_evidenceLimit = limitBox(group);
    m_evidenceLimit->setObjectName(u"evidenceLimit"_s);
    m_scanLimit = limitBox(group);
    m_scanLimit->setObjectName(u"scanLimit"_s);
    auto *form = new QFormLayout(group);
    // The spin box at its natural width, what the limit does beside it.
    const auto addLimit = [group, form](const QString &label, QSpinBox *box, const QString &hint) {
        QLabel *note = noteLabel(QString(), group);
        note->setText(hint);
        note->show();
        auto *row = new QHBoxLayout;
        row->addWidget(box);
        row->addWidget(note, 1);
        auto *name = new QLabel(label, group);
        name->setBuddy(box);
        form->addRow(name, row);
    };
    addLimit(tr("&Evidence files up to:"),
             m_evidenceLimit,
             tr("Larger files are refused; attach a link to them instead."));
    addLimit(tr("&Scanned files up to:"),
             m_scanLimit,
             tr("Scans skip larger files and list them as skipped."));
    return group;
}

QWidget *PreferencesDialog::buildAppearanceGroup()
{
    auto *group = new QGroupBox(tr("Appearance"), this);
    m_language = new QComboBox(group);
    m_language->setObjectName(u"language"_s);
    m_language->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_language->addItem(tr("System default"), QString());
    // Each language named in itself, so someone who cannot read the current one finds theirs.
    for (const QString &code : Translations::languages())
        m_language->addItem(Translations::nativeName(code), code);
    m_languageNote = noteLabel(u"languageNote"_s, group);
    m_theme = new QComboBox(group);
    m_theme->setObjectName(u"theme"_s);
    m_theme->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_theme->addItem(tr("System"), int(ThemeChoice::System));
    m_theme->addItem(tr("Light"), int(ThemeChoice::Light));
    m_theme->addItem(tr("Dark"), int(ThemeChoice::Dark));
    // Each box at its natural width; the note appears beside the language it concerns.
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language);
    languageRow->addWidget(m_languageNote, 1);
    auto *themeRow = new QHBoxLayout;
    themeRow->addWidget(m_theme);
    themeRow->addStretch(1);
    auto *form = new QFormLayout(group);
    auto *languageLabel = new QLabel(tr("Lan&guage:"), group);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, languageRow);
    auto *themeLabel = new QLabel(tr("&Theme:"), group);
    themeLabel->setBuddy(m_theme);
    form->addRow(themeLabel, themeRow);
    return group;
}

void PreferencesDialog::describe()
{
    m_useDefault->setAccessibleName(tr("Use the default store"));
    m_useDefault->setAccessibleDescription(
            tr("Open the store in Greenlight's data folder, %1")
                    .arg(QDir::toNativeSeparators(AppPaths::defaultDatabasePath())));
    m_path->setAccessibleName(tr("Store location"));
    m_path->setAccessibleDescription(
            tr("The store file Greenlight opens when it starts without --db"));
    m_browse->setAccessibleName(tr("Browse for the store"));
    m_browse->setAccessibleDescription(tr("Choose the store file in a file dialog"));
    m_evidenceLimit->setAccessibleName(tr("Evidence size limit"));
    m_evidenceLimit->setAccessibleDescription(
            tr("Evidence files larger than this are refused; attach a link to them instead"));
    m_scanLimit->setAccessibleName(tr("Scanned file size limit"));
    m_scanLimit->setAccessibleDescription(
            tr("Scans skip files larger than this and list them as skipped"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("The language of Greenlight, from its next start"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->setAccessibleDescription(
            tr("Follow the desktop's colours, or always use the light or the dark palette"));
    okButton()->setAccessibleDescription(tr("Save the preferences and close"));
    cancelButton()->setAccessibleDescription(tr("Close without changing anything"));
    restoreDefaultsButton()->setAccessibleDescription(
            tr("Fill in the default values; nothing is saved until OK"));
}

QPushButton *PreferencesDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QPushButton *PreferencesDialog::cancelButton() const
{
    return m_buttons->button(QDialogButtonBox::Cancel);
}

QPushButton *PreferencesDialog::restoreDefaultsButton() const
{
    return m_buttons->button(QDialogButtonBox::RestoreDefaults);
}

void PreferencesDialog::setPreferences(const Preferences &preferences)
{
    m_customPath = QDir::toNativeSeparators(preferences.databasePath);
    // toggled() fills the field; force it when the state does not change.
    const QSignalBlocker blocker(m_useDefault);
    m_useDefault->setChecked(preferences.databasePath.isEmpty());
    useDefaultToggled(m_useDefault->isChecked());
    m_evidenceLimit->setValue(toMiB(preferences.evidenceMaxBytes));
    m_scanLimit->setValue(toMiB(preferences.scanMaxFileBytes));
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences.language)));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(preferences.theme))));
    validate();
}

Preferences PreferencesDialog::preferences() const
{
    Preferences preferences;
    preferences.databasePath = m_useDefault->isChecked() ? QString() : typedStorePath();
    preferences.evidenceMaxBytes = m_evidenceLimit->value() * Preferences::MiB;
    preferences.scanMaxFileBytes = m_scanLimit->value() * Preferences::MiB;
    preferences.language = m_language->currentData().toString();
    preferences.theme = ThemeChoice(m_theme->currentData().toInt());
    return preferences;
}

void PreferencesDialog::useDefaultToggled(bool useDefault)
{
    // Checked, the field shows where the default store is; unchecked, the path being chosen
    // (starting from the default, so the user edits a sensible path rather than a blank).
    m_path->setEnabled(!useDefault);
    m_browse->setEnabled(!useDefault);
    m_path->setText(useDefault || m_customPath.isEmpty()
                            ? QDir::toNativeSeparators(AppPaths::defaultDatabasePath())
                            : m_customPath);
    if (useDefault)
        m_path->setCursorPosition(0); // shown from its start, not cut at the root
    if (!useDefault && m_customPath.isEmpty())
        m_customPath = m_path->text();
    validate();
}

void PreferencesDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
            this,
            tr("Store Location"),
            typedStorePath(),
            tr("Greenlight stores (*.sqlite);;All files (*)"),
            nullptr,
            QFileDialog::DontConfirmOverwrite); // choosing an existing store opens it
    if (chosen.isEmpty())
        return;
    m_customPath = QDir::toNativeSeparators(chosen);
    m_path->setText(m_customPath);
    validate();
}

QString PreferencesDialog::typedStorePath() const
{
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path == u"~" || path.startsWith(u"~/"))
        path = QDir::homePath() + path.mid(1);
    return path.isEmpty() || QDir::isRelativePath(path) ? path : QDir::cleanPath(path);
}

bool PreferencesDialog::validate()
{
    if (!m_buttons)
        return false; // still being built
    const Preferences chosen = preferences();
    QString problem;
    if (!m_useDefault->isChecked() && chosen.databasePath.isEmpty())
        problem = tr("Enter the store file, or use the default.");
    else
        problem = Preferences::databasePathProblem(chosen.databasePath);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    okButton()->setEnabled(problem.isEmpty());

    const QString store = chosen.effectiveDatabasePath();
    const bool storeMoves = problem.isEmpty() && store != m_inEffect.effectiveDatabasePath();
    if (storeMoves) {
        const QString shown = QDir::toNativeSeparators(m_inEffect.effectiveDatabasePath());
        m_storeNote->setText(
                QFileInfo::exists(store)
                        ? tr("Greenlight opens this store from its next start. This window "
                             "keeps working in %1.")
                                  .arg(shown)
                        : tr("There is no store there yet: Greenlight creates an empty one at "
                             "its next start. This window keeps working in %1.")
                                  .arg(shown));
    }
    m_storeNote->setVisible(storeMoves);
    m_languageNote->setText(tr("Greenlight speaks this language from its next start."));
    m_languageNote->setVisible(chosen.language != m_inEffect.language);
    fitHeight();
    return problem.isEmpty();
}

void PreferencesDialog::fitHeight()
{
    // A message that wraps needs more height than the dialog had, and a top-level window does
    // not grow by itself for height-for-width content. It shrinks back when the message goes,
    // unless the user has resized the dialog since.
    layout()->activate();
    const int wanted = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : sizeHint().height();
    if (height() < wanted || height() == m_fittedHeight) {
        resize(width(), wanted);
        m_fittedHeight = wanted;
    }
}

void PreferencesDialog::accept()
{
    if (!validate())
        return;
    const Preferences chosen = preferences();
    chosen.save();
    emit preferencesSaved(chosen);
    QDialog::accept();
}

} // namespace greenlight
