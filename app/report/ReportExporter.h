#pragma once

#include <functional>

#include <QByteArray>
#include <QCoreApplication>
#include <QPageSize>
#include <QString>

#include "ReportFormat.h"
#include "domain/Result.h"

namespace greenlight {

struct AssessmentSnapshot;

struct ExportRequest
{
    ReportFormat format = ReportFormat::Pdf;
    QPageSize::PageSizeId pageSize = QPageSize::A4; // PDF only
};

// Renders an approval pack in any format and writes it atomically: the file appears whole or
// not at all (QSaveFile), so a full disk, a cancel or a crash never leaves half a pack where
// an approver might pick it up, and an older pack of the same name survives a failed export.
// Runs on the caller's thread: the GUI calls it from ReportExportJob's worker.
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::ReportExporter)

public:
    // progress(percent) is called as rendering advances; returning false cancels.
    using Progress = std::function<bool(int percent)>;

    static Result<QByteArray> render(const AssessmentSnapshot &snapshot,
                                     const ExportRequest &request,
                                     const Progress &progress = {});
    static Result<void> write(const AssessmentSnapshot &snapshot,
                              const ExportRequest &request,
                              const QString &path,
                              const Progress &progress = {});
    // "Payments-2.4.0-approval-pack.pdf": a file name built from system and release with
    // characters that trouble file systems or shells replaced.
    static QString suggestedFileName(const AssessmentSnapshot &snapshot, ReportFormat format);
    // Letter where the locale measures in inches (US), A4 elsewhere.
    static QPageSize::PageSizeId defaultPageSize();
};

} // namespace greenlight
