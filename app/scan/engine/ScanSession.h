#pragma once

#include <atomic>
#include <mutex>
#include <vector>

#include "FindingCollector.h"
#include "ProgressThrottle.h"
#include "WorkQueue.h"
#include "scan/RepositoryIndex.h"
#include "scan/ScanOptions.h"
#include "scan/ScanReport.h"
#include "scan/ScanRunner.h"
#include "scan/walk/FileWalker.h"

namespace greenlight {

class Analyzer;
class BufferedFindingSink;

// One scan's moving parts: the walk on the calling thread feeds a bounded queue, worker
// threads read each file some analyzer wants and run those analyzers on it, then the
// analyzers' repository-level rules run over the index of every path seen.
class ScanSession
{
public:
    ScanSession(const ScanOptions &options,
                std::vector<Analyzer *> analyzers,
                FindingCollector &collector,
                const std::atomic_bool &cancel,
                const ScanRunner::Callbacks &callbacks);

    // Walk + analysis + finish(). Errors only when the walker refuses the root.
    Result<void> run(QString canonicalRoot);

    QList<SkippedPath> skipped() const;
    qint64 filesScanned() const { return m_filesScanned.load(); }
    qint64 bytesScanned() const { return m_bytesScanned.load(); }
    // The last progress report: all files done, walk complete (unless cancelled).
    void reportFinalProgress();

private:
    struct WorkItem
    {
        WalkedFile file;
        quint64 analyzerMask = 0;
    };

    void onFile(const WalkedFile &file);
    void workerLoop();
    void processFile(const WorkItem &item, BufferedFindingSink &sink);
    void runFinish();
    void reportProgress(const QString &currentPath, bool force);
    bool cancelled() const { return m_cancel.load(std::memory_order_relaxed); }

    const ScanOptions &m_options;
    const std::vector<Analyzer *> m_analyzers;
    FindingCollector &m_collector;
    const std::atomic_bool &m_cancel;
    const ScanRunner::Callbacks &m_callbacks;

    WorkQueue<WorkItem> m_queue;
    ProgressThrottle m_throttle;
    RepositoryIndex m_index; // walk thread only until the workers are done

    std::atomic<qint64> m_filesFound{0};
    std::atomic<qint64> m_filesDone{0};
    std::atomic<qint64> m_filesScanned{0};
    std::atomic<qint64> m_bytesScanned{0};
    std::atomic_bool m_walkComplete{false};

    mutable std::mutex m_skippedMutex;
    QList<SkippedPath> m_skipped;
    std::mutex m_callbackMutex; // callbacks never run concurrently
};

} // namespace greenlight
