#pragma once

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QThreadPool>

#include "ScanOptions.h"
#include "ScanReport.h"
#include "domain/Finding.h"

namespace greenlight {

class Analyzer;
class Clock;

// Runs a ScanRunner off the GUI thread (QtConcurrent) and re-emits its progress and
// findings on the thread the job lives in, coalesced so a view gets about ten updates a
// second however fast the scan goes. The GUI thread never walks or reads a file.
class ScanJob : public QObject
{
    Q_OBJECT

public:
    using AnalyzerFactory
            = std::function<std::vector<std::unique_ptr<Analyzer>>(const ScanOptions &)>;

    explicit ScanJob(QObject *parent = nullptr);
    // The clock must outlive the job (SystemClock::instance() by default).
    explicit ScanJob(const Clock &clock, QObject *parent = nullptr);
    // Cancels a running scan and waits for it (within about 100 ms).
    ~ScanJob() override;

    // Starts a scan unless one is running (then returns false).
    bool start(const ScanOptions &options);
    // Asks the scan to stop: finished() follows with metadata.cancelled set.
    void cancel();
    bool isRunning() const { return m_running; }

    // Scans with these analyzers instead of the registry's (tests inject fakes this way).
    void setAnalyzerFactory(AnalyzerFactory factory) { m_analyzerFactory = std::move(factory); }

signals:
    void progressChanged(const greenlight::ScanProgress &progress);
    void findingsFound(const QList<greenlight::Finding> &findings);
    // Exactly one of finished/failed per start(), after the last progress and findings.
    void finished(const greenlight::ScanReport &report);
    void failed(const QString &message);

private:
    struct Shared;

    void deliver();
    void onRunFinished();

    const Clock &m_clock;
    AnalyzerFactory m_analyzerFactory;
    std::shared_ptr<Shared> m_shared;
    // The job's own thread: the scan lowers its priority for good (see
    // BackgroundThreadPriority), which must not leak into the global pool's threads.
    QThreadPool m_pool;
    QFutureWatcher<void> m_watcher;
    bool m_running = false;
};

} // namespace greenlight
