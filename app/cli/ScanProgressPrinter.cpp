#include "ScanProgressPrinter.h"

#include <QTextStream>

#include "scan/ScanReport.h"
#include "scan/output/ScanSummary.h"

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace greenlight {

ScanProgressPrinter::ScanProgressPrinter(QTextStream &err, bool verbose)
    : m_err(err)
    , m_verbose(verbose)
{
#ifdef Q_OS_UNIX
    // A stream over a string (in-process tests) has no device: never a terminal.
    m_terminal = !verbose && err.device() && isatty(STDERR_FILENO);
#endif
    m_sinceLine.start();
}

void ScanProgressPrinter::update(const ScanProgress &progress)
{
    const QMutexLocker lock(&m_mutex);
    const QString found
            = QString::number(progress.filesFound) + (progress.walkComplete ? QString() : u"+"_s);
    const QString counts = tr("%1/%2 files, %3")
                                   .arg(QString::number(progress.filesDone),
                                        found,
                                        ScanSummary::formatBytes(progress.bytesDone));
    if (m_verbose) {
        if (m_sinceLine.elapsed() < 1000)
            return;
        m_sinceLine.restart();
        m_err << tr("greenlight-cli: scanned %1: %2").arg(counts, progress.currentPath) << '\n';
    } else {
        constexpr qsizetype Width = 79;
        QString line = tr("Scanning: %1  %2").arg(counts, progress.currentPath);
        if (line.size() > Width)
            line = line.left(Width - 1) + u'…';
        m_err << "\r\x1b[K" << line;
        m_lineShown = true;
    }
    m_err.flush();
}

void ScanProgressPrinter::finish()
{
    const QMutexLocker lock(&m_mutex);
    if (m_lineShown)
        m_err << "\r\x1b[K";
    m_lineShown = false;
    m_err.flush();
}

} // namespace greenlight
