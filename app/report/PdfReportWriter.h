#pragma once

#include <functional>

#include <QCoreApplication>
#include <QPageSize>

#include "domain/Result.h"
#include "report/AssessmentSnapshot.h"

class QIODevice;

namespace greenlight {

struct PdfOptions
{
    QPageSize::PageSizeId pageSize = QPageSize::A4; // A4 and Letter are the ones tested
};

// Renders an approval pack to PDF with QPdfWriter: a cover, a contents page with page
// numbers and links, then every ReportText::sections() section; a running header (system,
// release, verdict) and "Page n of N" on every page but the cover; a PDF outline
// (bookmarks, see PdfOutlineWriter); fonts embedded by QPdfWriter. Needs a QGuiApplication
// (the offscreen platform is enough, no display); safe on a worker thread.
class PdfReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)

public:
    // progress gets 0..100; when it returns false the render stops, nothing is written to
    // out and the result is an Error::Code::Cancelled error. The whole file is written to
    // out in one go at the end, so out never holds half a pack.
    static Result<void> write(const AssessmentSnapshot &snapshot,
                              QIODevice &out,
                              const PdfOptions &options = {},
                              const std::function<bool(int percent)> &progress = {});
};

} // namespace greenlight
