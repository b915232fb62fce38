#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>

class QTextStream;

namespace greenlight {

struct ScanProgress;

// Scan progress on stderr, never on stdout (which carries the report): with -v a line a
// second, on a terminal one line rewritten in place, otherwise (CI logs, pipes) nothing.
// update() is called from the scan's worker threads.
class ScanProgressPrinter
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::ScanProgressPrinter)

public:
    ScanProgressPrinter(QTextStream &err, bool verbose);

    bool enabled() const { return m_verbose || m_terminal; }
    void update(const ScanProgress &progress);
    void finish(); // clears the terminal line

private:
    QMutex m_mutex;
    QTextStream &m_err;
    bool m_verbose = false;
    bool m_terminal = false;
    bool m_lineShown = false;
    QElapsedTimer m_sinceLine;
};

} // namespace greenlight
