#include "AssessmentActions.h"

#include <spdlog/spdlog.h>

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

#include "core/DemoAssessment.h"
#include "dialogs/NewAssessmentDialog.h"
#include "domain/Identity.h"
#include "itemmodels/AssessmentListModel.h"
#include "templates/TemplateCatalog.h"

using namespace Qt::StringLiterals;

namespace greenlight {

AssessmentActions::AssessmentActions(AssessmentStore &store,
                                     const TemplateCatalog &catalog,
                                     AssessmentListModel &model,
                                     QWidget *dialogParent)
    : QObject(dialogParent)
    , m_store(store)
    , m_catalog(catalog)
    , m_model(model)
    , m_dialogParent(dialogParent)
    , m_new(new QAction(tr("&New Assessment…"), this))
    , m_demo(new QAction(tr("Open the &Demo"), this))
    , m_rename(new QAction(tr("&Rename…"), this))
    , m_delete(new QAction(tr("De&lete…"), this))
{
    m_new->setShortcut(QKeySequence::New);
    m_new->setToolTip(tr("Create an assessment from checklist templates (Ctrl+N)"));
    m_demo->setToolTip(tr("Create an assessment of the shipped example system"));
    m_rename->setShortcut(Qt::Key_F2);
    m_rename->setToolTip(tr("Rename the selected assessment (F2)"));
    m_delete->setShortcut(QKeySequence::Delete); // "De&lete": in the menu Alt+D opens the demo
    m_delete->setToolTip(tr("Delete the selected assessment (Del)"));
    // Only where the list has focus: Delete in a text field must keep deleting characters.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_new, &QAction::triggered, this, &AssessmentActions::newAssessment);
    connect(m_demo, &QAction::triggered, this, &AssessmentActions::openDemo);
    connect(m_rename, &QAction::triggered, this, &AssessmentActions::renameAssessment);
    connect(m_delete, &QAction::triggered, this, &AssessmentActions::deleteAssessment);
    setCurrentAssessment(std::nullopt);
}

void AssessmentActions::setCurrentAssessment(std::optional<qint64> id)
{
    m_current = id;
    m_rename->setEnabled(id.has_value());
    m_delete->setEnabled(id.has_value());
}

void AssessmentActions::newAssessment()
{
    auto *dialog = new NewAssessmentDialog(m_catalog.templates(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        auto created = m_model.createAssessment(dialog->assessment(), currentActor());
        if (!created) {
            emit errorOccurred(
                    tr("Could not create the assessment: %1").arg(created.errorMessage()));
            return;
        }
        spdlog::info("created assessment {}", created.value());
        emit assessmentCreated(created.value());
    });
    dialog->open();
}

void AssessmentActions::openDemo()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto created = DemoAssessment::create(m_store, m_catalog, currentActor());
    QApplication::restoreOverrideCursor();
    if (!created) {
        emit errorOccurred(
                tr("Could not create the demo assessment: %1").arg(created.errorMessage()));
        return;
    }
    if (auto refreshed = m_model.refreshAssessment(created.value()); !refreshed) {
        emit errorOccurred(refreshed.errorMessage());
        return;
    }
    emit assessmentCreated(created.value());
}

void AssessmentActions::renameAssessment()
{
    const auto info = m_current ? m_model.assessmentById(*m_current) : std::nullopt;
    if (!info)
        return;
    auto *dialog = new QInputDialog(m_dialogParent);
    dialog->setObjectName(u"renameDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename Assessment"));
    dialog->setLabelText(tr("New name for “%1”:").arg(info->name));
    dialog->setTextValue(info->name);
    const qint64 id = info->id;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &text) {
        const QString name = text.trimmed();
        if (name.isEmpty())
            return;
        if (auto renamed = m_model.renameAssessment(id, name, currentActor()); !renamed)
            emit errorOccurred(
                    tr("Could not rename the assessment: %1").arg(renamed.errorMessage()));
    });
    dialog->open();
}

void AssessmentActions::deleteAssessment()
{
    const auto info = m_current ? m_model.assessmentById(*m_current) : std::nullopt;
    if (!info)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning,
                                tr("Delete Assessment"),
                                tr("Delete the assessment “%1”?").arg(info->name),
                                QMessageBox::NoButton,
                                m_dialogParent);
    box->setObjectName(u"deleteConfirmation"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("It disappears from the list. Its items and its audit trail stay "
                               "in the store: audit events are never deleted."));
    QPushButton *confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    const qint64 id = info->id;
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm, id](QAbstractButton *button) {
        if (button != confirm)
            return;
        if (auto deleted = m_model.deleteAssessment(id, currentActor()); !deleted)
            emit errorOccurred(
                    tr("Could not delete the assessment: %1").arg(deleted.errorMessage()));
    });
    box->open();
}

} // namespace greenlight
