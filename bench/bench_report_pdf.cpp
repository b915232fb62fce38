// Times PdfReportWriter on SnapshotSamples::large(n): the median of five renders for 100,
// 1,000 and 2,000 items, with the page count, the file size and the process's peak RSS.
// Issue #5 asks for a 1,000-item pack in under 2 s on the 2-core reference machine.
// `bench_report_pdf --write DIR [letter]` instead writes seed.pdf (seed 001's review) and
// large-300.pdf there, to look at (pdftoppm -r 60 -png).
#include <algorithm>
#include <cstdio>

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>

#include "SnapshotSamples.h"
#include "report/PdfReportWriter.h"

using namespace greenlight;

namespace {

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression hwm(QStringLiteral("VmHWM:\\s+(\\d+) kB"));
    const auto match = hwm.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

int pageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type /Page\\b(?!s)"));
    int count = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++count;
    return count;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() >= 3 && arguments.at(1) == QStringLiteral("--write")) {
        PdfOptions options;
        if (arguments.value(3) == QStringLiteral("letter"))
            options.pageSize = QPageSize::Letter;
        const QList<std::pair<QString, AssessmentSnapshot>> packs{
                {QStringLiteral("seed.pdf"), test::SnapshotSamples::seedReview()},
                {QStringLiteral("large-300.pdf"), test::SnapshotSamples::large(300)}};
        for (const auto &[name, snapshot] : packs) {
            QFile file(arguments.at(2) + QLatin1Char('/') + name);
            if (!file.open(QIODevice::WriteOnly)
                || !PdfReportWriter::write(snapshot, file, options)) {
                std::fprintf(stderr, "could not write %s\n", qPrintable(file.fileName()));
                return 1;
            }
        }
        return 0;
    }
    std::printf("%8s %12s %12s %8s %10s %14s\n",
                "items",
                "median ms",
                "min ms",
                "pages",
                "KiB",
                "peak RSS MiB");
    for (int items : {100, 1000, 2000}) {
        const AssessmentSnapshot snapshot = test::SnapshotSamples::large(items);
        QList<qint64> times;
        QByteArray pdf;
        for (int run = 0; run < 5; ++run) {
            pdf.clear();
            QBuffer buffer(&pdf);
            buffer.open(QIODevice::WriteOnly);
            QElapsedTimer timer;
            timer.start();
            const Result<void> written = PdfReportWriter::write(snapshot, buffer);
            times.append(timer.elapsed());
            if (!written) {
                std::fprintf(stderr, "render failed: %s\n", qPrintable(written.errorMessage()));
                return 1;
            }
        }
        std::sort(times.begin(), times.end());
        std::printf("%8d %12lld %12lld %8d %10lld %14.1f\n",
                    items,
                    times.at(2),
                    times.first(),
                    pageCount(pdf),
                    qint64(pdf.size() / 1024),
                    peakRssKiB() / 1024.0);
    }
    return 0;
}
