#include "ScanSession.h"

#include <algorithm>
#include <exception>

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include "BackgroundThreadPriority.h"
#include "BufferedFindingSink.h"
#include "scan/Analyzer.h"
#include "scan/ScannedFile.h"
#include "scan/walk/BinaryFileTypes.h"
#include "scan/walk/FileReader.h"

namespace greenlight {

namespace {

// Enough to keep the workers busy while the walk stats the next directory, small enough
// that a huge tree never queues more than a few hundred paths.
constexpr std::size_t QueueCapacity = 512;

QString analyzerFailed(const char *what)
{
    return QCoreApplication::translate("greenlight::ScanSession",
                                       "analysis failed, file passed over (%1)")
            .arg(QString::fromLocal8Bit(what));
}

} // namespace

ScanSession::ScanSession(const ScanOptions &options,
                         std::vector<Analyzer *> analyzers,
                         FindingCollector &collector,
                         const std::atomic_bool &cancel,
                         const ScanRunner::Callbacks &callbacks)
    : m_options(options)
    , m_analyzers(std::move(analyzers))
    , m_collector(collector)
    , m_cancel(cancel)
    , m_callbacks(callbacks)
    , m_queue(QueueCapacity)
{
    Q_ASSERT(m_analyzers.size() <= 64); // one bit each in WorkItem::analyzerMask
}

Result<void> ScanSession::run(QString canonicalRoot)
{
    m_index.root = canonicalRoot;
    const int threads
            = m_options.threads > 0 ? m_options.threads : std::max(1, QThread::idealThreadCount());
    // A pool of our own: ScanJob runs us on the global pool, whose threads we must not
    // wait for.
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    for (int i = 0; i < threads; ++i)
        pool.start([this] { workerLoop(); });

    FileWalker walker(canonicalRoot, FileWalker::Options{m_options.maxFileSize});
    const Result<void> walked
            = walker.walk([this](const WalkedFile &file) { onFile(file); }, m_cancel);
    m_queue.close();
    pool.waitForDone();
    if (!walked.ok())
        return walked;
    m_walkComplete = !walker.wasCancelled() && !cancelled();

    const QList<SkippedPath> walkSkipped = walker.skipped();
    for (const SkippedPath &skip : walkSkipped) {
        // Repository-level rules ask whether a file exists, not whether we could read it.
        if (skip.reason == SkipReason::TooLarge || skip.reason == SkipReason::Binary
            || skip.reason == SkipReason::Unreadable || skip.reason == SkipReason::SpecialFile)
            m_index.paths.insert(skip.path);
    }
    {
        const std::lock_guard lock(m_skippedMutex);
        m_skipped.append(walkSkipped);
    }
    if (!cancelled())
        runFinish();
    return {};
}

void ScanSession::onFile(const WalkedFile &file)
{
    m_index.paths.insert(file.path);
    const QStringView fileName = QStringView(file.path).mid(file.path.lastIndexOf(u'/') + 1);
    quint64 mask = 0;
    for (std::size_t i = 0; i < m_analyzers.size(); ++i) {
        if (m_analyzers[i]->wants(file.path, fileName))
            mask |= quint64(1) << i;
    }
    m_filesFound.fetch_add(1, std::memory_order_relaxed);
    if (mask == 0) {
        // Nobody wants it: not even read, which is most of the speed on a real tree. Binary
        // types are listed as skipped so the report says what was not examined.
        if (BinaryFileTypes::isBinaryName(fileName)) {
            const std::lock_guard lock(m_skippedMutex);
            m_skipped.append({file.path,
                              SkipReason::Binary,
                              QCoreApplication::translate("greenlight::ScanSession",
                                                          "binary file type, not read")});
        }
        m_filesDone.fetch_add(1, std::memory_order_relaxed);
    } else {
        m_queue.push(WorkItem{file, mask}, m_cancel);
    }
    reportProgress(file.path, false);
}

void ScanSession::workerLoop()
{
    // Only the workers, which run on this session's own pool and die with it: lowering a
    // thread's priority cannot always be undone without privilege, so the walker's pooled
    // thread keeps its own.
    const BackgroundThreadPriority priority(m_options.background);
    WorkItem item;
    BufferedFindingSink sink;
    while (m_queue.pop(item, m_cancel)) {
        processFile(item, sink);
        m_filesDone.fetch_add(1, std::memory_order_relaxed);
        reportProgress(item.file.path, false);
    }
}

void ScanSession::processFile(const WorkItem &item, BufferedFindingSink &sink)
{
    FileReadResult read = readFileForScan(item.file, m_options.maxFileSize);
    if (read.skipped) {
        const std::lock_guard lock(m_skippedMutex);
        m_skipped.append(*read.skipped);
        return;
    }
    const QString &path = item.file.path;
    const ScannedFile file{path, path.mid(path.lastIndexOf(u'/') + 1), std::move(*read.content)};
    for (std::size_t i = 0; i < m_analyzers.size() && !cancelled(); ++i) {
        if (!(item.analyzerMask & (quint64(1) << i)))
            continue;
        // An analyzer bug (or a yaml-cpp exception it missed) costs one file, not the scan.
        try {
            m_analyzers[i]->analyze(file, sink);
        } catch (const std::exception &e) {
            sink.note(path, analyzerFailed(e.what()));
        }
    }
    m_filesScanned.fetch_add(1, std::memory_order_relaxed);
    m_bytesScanned.fetch_add(file.content.size(), std::memory_order_relaxed);
    if (!sink.isEmpty()) {
        m_collector.commit(std::move(sink.findings()), sink.notes());
        sink.clear();
    }
}

void ScanSession::runFinish()
{
    for (Analyzer *analyzer : m_analyzers) {
        if (cancelled())
            return;
        BufferedFindingSink sink;
        try {
            analyzer->finish(m_index, sink);
        } catch (const std::exception &e) {
            sink.note(QString(), analyzerFailed(e.what()));
        }
        m_collector.commit(std::move(sink.findings()), sink.notes());
    }
}

void ScanSession::reportProgress(const QString &currentPath, bool force)
{
    if (!force && !m_throttle.tryAcquire())
        return;
    if (!m_callbacks.progress && !m_callbacks.findings)
        return;
    const std::lock_guard lock(m_callbackMutex);
    // Read under the lock, done before found: every report is monotonic and done <= found.
    ScanProgress progress;
    progress.filesDone = m_filesDone.load();
    progress.bytesDone = m_bytesScanned.load();
    progress.filesFound = m_filesFound.load();
    progress.walkComplete = m_walkComplete.load();
    progress.currentPath = currentPath;
    if (m_callbacks.findings) {
        const QList<Finding> batch = m_collector.takePending();
        if (!batch.isEmpty())
            m_callbacks.findings(batch);
    }
    if (m_callbacks.progress)
        m_callbacks.progress(progress);
}

void ScanSession::reportFinalProgress()
{
    reportProgress(QString(), true);
}

QList<SkippedPath> ScanSession::skipped() const
{
    QList<SkippedPath> out;
    {
        const std::lock_guard lock(m_skippedMutex);
        out = m_skipped;
    }
    std::sort(out.begin(), out.end(), [](const SkippedPath &a, const SkippedPath &b) {
        return a.path < b.path;
    });
    return out;
}

} // namespace greenlight
