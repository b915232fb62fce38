#include "NewAssessmentDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "widgets/Accessibility.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

enum TemplateColumn { TitleColumn, IdColumn, VersionColumn, ItemsColumn };

} // namespace

NewAssessmentDialog::NewAssessmentDialog(const QList<ChecklistTemplate> &templates, QWidget *parent)
    : QDialog(parent)
    , m_available(templates)
    , m_name(new QLineEdit(this))
    , m_system(new QLineEdit(this))
    , m_release(new QLineEdit(this))
    , m_repository(new QLineEdit(this))
    , m_templates(new QTreeWidget(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"newAssessmentDialog"_s);
    setWindowTitle(tr("New Assessment"));

    m_name->setObjectName(u"nameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. Payments 2.4 go-live"));
    m_system->setObjectName(u"systemEdit"_s);
    m_system->setPlaceholderText(tr("e.g. Payments API"));
    m_release->setObjectName(u"releaseEdit"_s);
    m_release->setPlaceholderText(tr("e.g. 2.4.0"));
    m_repository->setObjectName(u"repositoryEdit"_s);
    m_repository->setPlaceholderText(tr("Optional: the source repository to scan later"));
    Accessibility::describe(
            m_name, tr("Name"), tr("A name for the assessment, e.g. the release it signs off"));
    Accessibility::describe(m_system, tr("System"), tr("The system being released"));
    Accessibility::describe(m_release, tr("Release"), tr("The version being released"));
    Accessibility::describe(m_repository,
                            tr("Repository"),
                            tr("Optional: the folder of the system's source repository, for "
                               "scans"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    Accessibility::describe(browse,
                            tr("Browse for the repository"),
                            tr("Chooses the repository folder in a folder dialog"));
    connect(browse, &QPushButton::clicked, this, &NewAssessmentDialog::chooseRepository);
    auto *repositoryRow = new QHBoxLayout;
    repositoryRow->addWidget(m_repository, 1);
    repositoryRow->addWidget(browse);

    m_templates->setObjectName(u"templateList"_s);
    m_templates->setRootIsDecorated(false);
    m_templates->setUniformRowHeights(true);
    m_templates->setAllColumnsShowFocus(true);
    m_templates->setHeaderLabels({tr("Checklist"), tr("Id"), tr("Version"), tr("Items")});
    m_templates->header()->setStretchLastSection(false);
    m_templates->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_templates->header()->setSectionResizeMode(IdColumn, QHeaderView::ResizeToContents);
    m_templates->header()->setSectionResizeMode(VersionColumn, QHeaderView::ResizeToContents);
    m_templates->header()->setSectionResizeMode(ItemsColumn, QHeaderView::ResizeToContents);
    for (const ChecklistTemplate &t : m_available) {
        auto *row = new QTreeWidgetItem(m_templates);
        row->setText(TitleColumn, t.title);
        row->setText(IdColumn, t.id);
        row->setText(VersionColumn, t.version);
        row->setText(ItemsColumn, QString::number(t.itemCount()));
        row->setTextAlignment(ItemsColumn, Qt::AlignRight | Qt::AlignVCenter);
        row->setToolTip(TitleColumn, t.description);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                      | Qt::ItemNeverHasChildren);
        row->setCheckState(TitleColumn, Qt::Checked);
    }
    if (m_templates->topLevelItemCount() > 0)
        m_templates->setCurrentItem(m_templates->topLevelItem(0));
    m_templates->setMinimumHeight(170);
    Accessibility::describe(m_templates,
                            tr("Checklists"),
                            tr("The checklist templates to work through; the checked ones make "
                               "up the assessment. Space checks or unchecks one."));

    m_hint->setObjectName(u"validationHint"_s);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&System:"), m_system);
    form->addRow(tr("&Release:"), m_release);
    auto *repositoryLabel = new QLabel(tr("Re&pository:"), this);
    repositoryLabel->setBuddy(m_repository);
    form->addRow(repositoryLabel, repositoryRow);
    auto *templatesLabel = new QLabel(tr("&Checklists:"), this);
    templatesLabel->setBuddy(m_templates);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(templatesLabel);
    layout->addWidget(m_templates, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);

    okButton()->setText(tr("Create"));
    Accessibility::describe(okButton(),
                            tr("Create assessment"),
                            tr("Creates the assessment from the checked checklists"));
    Accessibility::describe(m_buttons->button(QDialogButtonBox::Cancel),
                            tr("Cancel"),
                            tr("Closes without creating anything"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_name, m_system, m_release})
        connect(edit, &QLineEdit::textChanged, this, &NewAssessmentDialog::validate);
    connect(m_templates, &QTreeWidget::itemChanged, this, &NewAssessmentDialog::validate);

    setTabOrder(m_name, m_system);
    setTabOrder(m_system, m_release);
    setTabOrder(m_release, m_repository);
    setTabOrder(m_repository, browse);
    setTabOrder(browse, m_templates);
    Accessibility::tabThroughButtonsInLayoutOrder(m_buttons, m_templates);
    resize(620, 520);
    validate();
}

QPushButton *NewAssessmentDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void NewAssessmentDialog::setTemplateChecked(const QString &templateId, bool checked)
{
    for (int i = 0; i < m_templates->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_templates->topLevelItem(i);
        if (row->text(IdColumn) == templateId)
            row->setCheckState(TitleColumn, checked ? Qt::Checked : Qt::Unchecked);
    }
}

QList<ChecklistTemplate> NewAssessmentDialog::checkedTemplates() const
{
    QList<ChecklistTemplate> chosen;
    for (int i = 0; i < m_templates->topLevelItemCount(); ++i) {
        if (m_templates->topLevelItem(i)->checkState(TitleColumn) == Qt::Checked)
            chosen.append(m_available.at(i));
    }
    return chosen;
}

QString NewAssessmentDialog::problem() const
{
    if (m_available.isEmpty())
        return tr("No checklist templates are available. Add templates to the template folder "
                  "or start Greenlight with --templates DIR.");
    QStringList missing;
    if (m_name->text().trimmed().isEmpty())
        missing.append(tr("a name"));
    if (m_system->text().trimmed().isEmpty())
        missing.append(tr("the system"));
    if (m_release->text().trimmed().isEmpty())
        missing.append(tr("the release"));
    if (checkedTemplates().isEmpty())
        missing.append(tr("at least one checklist"));
    if (missing.isEmpty())
        return {};
    //: %1 is a list such as "a name, the release"
    return tr("Still needed: %1.").arg(missing.join(tr(", ")));
}

void NewAssessmentDialog::validate()
{
    const QString text = problem();
    okButton()->setEnabled(text.isEmpty());
    int items = 0;
    const QList<ChecklistTemplate> chosen = checkedTemplates();
    for (const ChecklistTemplate &t : chosen)
        items += t.itemCount();
    m_hint->setText(text.isEmpty() ? tr("Items in the new assessment: %1").arg(items) : text);
}

void NewAssessmentDialog::chooseRepository()
{
    const QString start = m_repository->text().isEmpty() ? QDir::homePath() : m_repository->text();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose the Repository"), start);
    if (!dir.isEmpty())
        m_repository->setText(QDir::toNativeSeparators(dir));
}

NewAssessment NewAssessmentDialog::assessment() const
{
    NewAssessment a;
    a.name = m_name->text().trimmed();
    a.system = m_system->text().trimmed();
    a.release = m_release->text().trimmed();
    a.repositoryPath = QDir::fromNativeSeparators(m_repository->text().trimmed());
    a.templates = checkedTemplates();
    return a;
}

} // namespace greenlight
