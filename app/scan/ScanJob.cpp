#include "ScanJob.h"

#include <mutex>
#include <optional>

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

#include "ScanRunner.h"
#include "domain/Clock.h"
#include "engine/BackgroundThreadPriority.h"
#include "scan/Analyzer.h"
#include "scan/engine/ScanEngine.h"

namespace greenlight {

// What the scan thread hands over: the latest progress (older ones are simply replaced),
// the findings since the last delivery, and the result. `deliveryQueued` keeps at most
// one delivery pending in the job's event queue, which is the coalescing.
struct ScanJob::Shared
{
    std::atomic_bool cancel{false};
    std::mutex mutex;
    std::optional<ScanProgress> progress;
    QList<Finding> findings;
    std::optional<Result<ScanReport>> result;
    bool deliveryQueued = false;
};

ScanJob::ScanJob(QObject *parent)
    : ScanJob(SystemClock::instance(), parent)
{}

ScanJob::ScanJob(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_pool.setMaxThreadCount(1); // one scan at a time
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &ScanJob::onRunFinished);
}

ScanJob::~ScanJob()
{
    if (m_shared)
        m_shared->cancel = true;
    m_watcher.waitForFinished();
}

bool ScanJob::start(const ScanOptions &requested)
{
    if (m_running)
        return false;
    // A job serves an interactive view: its workers yield to the event loop.
    ScanOptions options = requested;
    options.background = true;
    m_running = true;
    auto shared = std::make_shared<Shared>();
    m_shared = shared;

    // Called from the scan's threads (already throttled to ~10 Hz by the runner): stash,
    // and queue one delivery to this object's thread unless one is already on its way.
    // `this` outlives every callback: the destructor waits for the run.
    auto queueDelivery = [this, shared] {
        if (std::exchange(shared->deliveryQueued, true))
            return;
        QMetaObject::invokeMethod(this, &ScanJob::deliver, Qt::QueuedConnection);
    };
    ScanRunner::Callbacks callbacks;
    callbacks.progress = [shared, queueDelivery](const ScanProgress &progress) {
        const std::lock_guard lock(shared->mutex);
        shared->progress = progress;
        queueDelivery();
    };
    callbacks.findings = [shared, queueDelivery](const QList<Finding> &findings) {
        const std::lock_guard lock(shared->mutex);
        shared->findings.append(findings);
        queueDelivery();
    };

    const Clock &clock = m_clock;
    m_watcher.setFuture(QtConcurrent::run(
            &m_pool, [options, shared, callbacks, &clock, factory = m_analyzerFactory] {
                const BackgroundThreadPriority priority(true); // the walker runs here
                Result<ScanReport> result
                        = factory ? ScanEngine(factory(options))
                                            .run(options, shared->cancel, callbacks, clock)
                                  : ScanRunner::run(options, shared->cancel, callbacks, clock);
                const std::lock_guard lock(shared->mutex);
                shared->result = std::move(result);
            }));
    return true;
}

void ScanJob::cancel()
{
    if (m_shared)
        m_shared->cancel = true;
}

void ScanJob::deliver()
{
    if (!m_shared)
        return;
    std::optional<ScanProgress> progress;
    QList<Finding> findings;
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->deliveryQueued = false;
        progress = std::exchange(m_shared->progress, std::nullopt);
        findings = std::exchange(m_shared->findings, {});
    }
    // Findings first: a view that shows "N findings" next to the progress stays consistent.
    if (!findings.isEmpty())
        emit findingsFound(findings);
    if (progress)
        emit progressChanged(*progress);
}

void ScanJob::onRunFinished()
{
    // Whatever the last callbacks left behind goes out before the result.
    deliver();
    std::optional<Result<ScanReport>> result;
    {
        const std::lock_guard lock(m_shared->mutex);
        result = std::exchange(m_shared->result, std::nullopt);
    }
    m_running = false;
    if (!result)
        emit failed(tr("The scan stopped unexpectedly."));
    else if (result->ok())
        emit finished(std::move(*result).value());
    else
        emit failed(result->errorMessage());
}

} // namespace greenlight
