#include "ApprovalPackExport.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QUrl>

#include "dialogs/ExportPackDialog.h"
#include "domain/Identity.h"
#include "report/AssessmentSnapshot.h"
#include "report/ReportExportJob.h"
#include "store/AssessmentStore.h"
#include "templates/TemplateCatalog.h"
#include "widgets/MessageBar.h"

using namespace Qt::StringLiterals;

namespace greenlight {

ApprovalPackExport::ApprovalPackExport(AssessmentStore &store,
                                       QString databasePath,
                                       const Clock &clock,
                                       const TemplateCatalog &catalog,
                                       MessageBar &messageBar,
                                       QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_databasePath(std::move(databasePath))
    , m_catalog(catalog)
    , m_messageBar(messageBar)
    , m_window(window)
    , m_action(new QAction(tr("&Export Approval Pack…"), this))
    , m_job(new ReportExportJob(clock, this))
{
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_action->setStatusTip(tr("Write the approval pack (PDF, HTML, Markdown or JSON) for "
                              "approvers"));
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, &ApprovalPackExport::askAndExport);
}

ApprovalPackExport::~ApprovalPackExport() = default;

void ApprovalPackExport::setAssessment(std::optional<qint64> assessmentId)
{
    m_assessmentId = assessmentId;
    m_action->setEnabled(assessmentId.has_value() && !isExporting());
}

bool ApprovalPackExport::isExporting() const
{
    return m_job->isRunning();
}

void ApprovalPackExport::askAndExport()
{
    if (!m_assessmentId || isExporting())
        return;
    QString baseName = u"approval-pack"_s;
    if (auto info = m_store.assessment(*m_assessmentId)) { // one row: fine on this thread
        AssessmentSnapshot named;
        named.system = info->system;
        named.release = info->release;
        named.name = info->name;
        baseName = QFileInfo(ReportExporter::suggestedFileName(named, ReportFormat::Pdf))
                           .completeBaseName();
    }
    ExportPackDialog dialog(baseName, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    exportTo(*m_assessmentId, dialog.outputPath(), dialog.request(), dialog.openWhenDone());
}

void ApprovalPackExport::exportTo(qint64 assessmentId,
                                  const QString &path,
                                  const ExportRequest &request,
                                  bool openWhenDone)
{
    if (isExporting())
        return;
    ReportExportJob::Request job;
    job.databasePath = m_databasePath;
    job.assessmentId = assessmentId;
    job.format = request;
    job.outputPath = path;
    job.options.preparedBy = currentActor();
    if (auto info = m_store.assessment(assessmentId))
        job.options.customRules = m_catalog.customRules(info->templateIds());

    m_progress
            = new QProgressDialog(tr("Writing the approval pack…"), tr("Cancel"), 0, 100, m_window);
    m_progress->setWindowTitle(tr("Export Approval Pack"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300); // quick exports finish without a flash
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_job, &ReportExportJob::cancel);
    connect(m_job, &ReportExportJob::progressChanged, m_progress, &QProgressDialog::setValue);
    connect(
            m_job,
            &ReportExportJob::finished,
            this,
            [this, path, openWhenDone](const ReportExportJob::Outcome &outcome) {
                m_progress->deleteLater();
                m_progress = nullptr;
                m_action->setEnabled(m_assessmentId.has_value());
                const QString shown = QDir::toNativeSeparators(path);
                QString message;
                if (outcome.ok) {
                    message = tr("Approval pack written to %1 (%2).").arg(shown, outcome.message);
                    m_messageBar.showMessage(message, MessageBar::Kind::Information);
                    if (openWhenDone)
                        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
                } else if (outcome.cancelled) {
                    message = tr("Export cancelled: %1 was not written.").arg(shown);
                    m_messageBar.showMessage(message, MessageBar::Kind::Information);
                } else {
                    message = tr("Could not export the approval pack: %1").arg(outcome.message);
                    m_messageBar.showMessage(message, MessageBar::Kind::Error);
                }
                emit exportFinished(outcome.ok, message);
            },
            Qt::SingleShotConnection);
    m_action->setEnabled(false);
    m_job->start(job);
}

} // namespace greenlight
