#pragma once

#include <optional>

#include <QObject>
#include <QString>

#include "report/ReportExporter.h"

class QAction;
class QProgressDialog;
class QWidget;

namespace greenlight {

class AssessmentStore;
class Clock;
class MessageBar;
class ReportExportJob;
class TemplateCatalog;

// File → Export Approval Pack…: asks where and how (ExportPackDialog), exports on a worker
// (ReportExportJob) behind a cancellable progress dialog, then says where the pack went and
// its verdict, or why it failed, in the message bar; opens the file when asked to.
class ApprovalPackExport : public QObject
{
    Q_OBJECT

public:
    ApprovalPackExport(AssessmentStore &store,
                       QString databasePath,
                       const Clock &clock,
                       const TemplateCatalog &catalog,
                       MessageBar &messageBar,
                       QWidget *window);
    ~ApprovalPackExport() override;

    QAction *action() const { return m_action; }
    void setAssessment(std::optional<qint64> assessmentId);

    // The export without the dialog (tests, and the dialog's accept).
    void exportTo(qint64 assessmentId,
                  const QString &path,
                  const ExportRequest &request,
                  bool openWhenDone);
    bool isExporting() const;

signals:
    void exportFinished(bool ok, const QString &message);

private:
    void askAndExport();

    AssessmentStore &m_store;
    QString m_databasePath;
    const TemplateCatalog &m_catalog;
    MessageBar &m_messageBar;
    QWidget *m_window;
    QAction *m_action;
    ReportExportJob *m_job;
    QProgressDialog *m_progress = nullptr;
    std::optional<qint64> m_assessmentId;
};

} // namespace greenlight
