#include "ReportExporter.h"

#include <QBuffer>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

#include "HtmlReportWriter.h"
#include "JsonReportWriter.h"
#include "MarkdownReportWriter.h"
#include "PdfReportWriter.h"
#include "report/AssessmentSnapshot.h"

using namespace Qt::StringLiterals;

namespace greenlight {

Result<QByteArray> ReportExporter::render(const AssessmentSnapshot &snapshot,
                                          const ExportRequest &request,
                                          const Progress &progress)
{
    const auto report = [&](int percent) {
        return !progress || progress(percent);
    };
    if (!report(0))
        return Error::make(Error::Code::Cancelled, tr("export cancelled"));
    QByteArray bytes;
    switch (request.format) {
    case ReportFormat::Markdown:
        bytes = MarkdownReportWriter::write(snapshot);
        break;
    case ReportFormat::Html:
        bytes = HtmlReportWriter::write(snapshot);
        break;
    case ReportFormat::Json:
        bytes = JsonReportWriter::write(snapshot);
        break;
    case ReportFormat::Pdf: {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        PdfOptions options;
        options.pageSize = request.pageSize;
        if (auto done = PdfReportWriter::write(snapshot, buffer, options, progress); !done)
            return done.error();
        break;
    }
    }
    if (!report(100))
        return Error::make(Error::Code::Cancelled, tr("export cancelled"));
    return bytes;
}

Result<void> ReportExporter::write(const AssessmentSnapshot &snapshot,
                                   const ExportRequest &request,
                                   const QString &path,
                                   const Progress &progress)
{
    // Rendered in memory first: a pack is a few MB at most, and nothing touches the disk
    // until it is complete.
    auto bytes = render(snapshot, request, progress);
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::make(Error::Code::Io,
                           tr("cannot write %1: %2").arg(path, file.errorString()));
    }
    if (file.write(*bytes) != bytes->size() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error::make(Error::Code::Io, tr("cannot write %1: %2").arg(path, reason));
    }
    return {};
}

QString ReportExporter::suggestedFileName(const AssessmentSnapshot &snapshot, ReportFormat format)
{
    QString base = snapshot.system;
    if (!snapshot.release.isEmpty())
        base += u'-' + snapshot.release;
    if (base.isEmpty())
        base = snapshot.name;
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]+"_s);
    base.replace(unsafe, u"-"_s);
    base = base.remove(QRegularExpression(u"^[-.]+|-+$"_s));
    if (base.isEmpty())
        base = u"assessment"_s;
    return u"%1-approval-pack.%2"_s.arg(base, reportFormatSuffix(format));
}

QPageSize::PageSizeId ReportExporter::defaultPageSize()
{
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                      : QPageSize::A4;
}

} // namespace greenlight
