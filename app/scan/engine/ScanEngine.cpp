#include "ScanEngine.h"

#include <condition_variable>
#include <mutex>
#include <thread>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "BackgroundThreadPriority.h"
#include "FindingCollector.h"
#include "RepositoryStateReader.h"
#include "ScanSession.h"
#include "domain/Clock.h"
#include "scan/Analyzer.h"

namespace greenlight {

namespace {

// Reads the git state on a thread of its own while the walk runs. Detachable: when the
// scan is cancelled we wait only briefly, and a slow status walk on a huge repository
// finishes on its own, touching nothing but this shared block.
struct GitStateProbe
{
    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    std::atomic_bool cancel{false};
    RepositoryState state;

    static std::shared_ptr<GitStateProbe> start(const QString &root, bool background)
    {
        auto probe = std::make_shared<GitStateProbe>();
        std::thread([probe, root, background] {
            // git status reads every file's metadata: as much a background job as the scan.
            const BackgroundThreadPriority priority(background);
            RepositoryState state = RepositoryStateReader::read(root, &probe->cancel);
            const std::lock_guard lock(probe->mutex);
            probe->state = std::move(state);
            probe->finished = true;
            probe->done.notify_all();
        }).detach();
        return probe;
    }

    RepositoryState wait(bool cancelled)
    {
        std::unique_lock lock(mutex);
        if (!cancelled) {
            done.wait(lock, [this] { return finished; });
        } else {
            cancel = true;
            done.wait_for(lock, std::chrono::milliseconds(30), [this] { return finished; });
        }
        return finished ? state : RepositoryState{};
    }
};

} // namespace

ScanEngine::ScanEngine(std::vector<std::unique_ptr<Analyzer>> analyzers)
    : m_analyzers(std::move(analyzers))
    , m_catalog(m_analyzers)
{}

ScanEngine::~ScanEngine() = default;

Result<QString> ScanEngine::validateRoot(const QString &root)
{
    if (root.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidArgument,
                           ScanEngine::tr("No repository path given."));
    const QFileInfo info(root);
    if (!info.exists()) {
        return Error::make(Error::Code::NotFound,
                           ScanEngine::tr("Repository path %1 does not exist.")
                                   .arg(QDir::toNativeSeparators(root)));
    }
    if (!info.isDir()) {
        return Error::make(Error::Code::InvalidArgument,
                           ScanEngine::tr("Repository path %1 is not a directory.")
                                   .arg(QDir::toNativeSeparators(root)));
    }
    if (!info.isReadable() || !info.isExecutable()) {
        return Error::make(Error::Code::Io,
                           ScanEngine::tr("Repository path %1 cannot be read: permission denied.")
                                   .arg(QDir::toNativeSeparators(root)));
    }
    return info.canonicalFilePath();
}

Result<ScanReport> ScanEngine::run(const ScanOptions &options,
                                   const std::atomic_bool &cancel,
                                   const ScanRunner::Callbacks &callbacks,
                                   const Clock &clock)
{
    const Result<QSet<QString>> selected = m_catalog.select(options.onlyRules);
    if (!selected.ok())
        return selected.error();
    const Result<QString> root = validateRoot(options.root);
    if (!root.ok())
        return root.error();

    ScanReport report;
    report.metadata.root = *root;
    report.metadata.startedAt = clock.now();
    report.metadata.ruleSetVersion = RuleCatalog::ruleSetVersion();
    for (const RuleInfo &rule : m_catalog.rules()) {
        if (selected->contains(rule.id)) {
            report.rules.append(rule);
            report.metadata.rulesRun.append(rule.id);
        }
    }

    // Analyzers none of whose rules were selected are not even asked what they want.
    std::vector<Analyzer *> active;
    for (const auto &analyzer : m_analyzers) {
        const QList<RuleInfo> rules = analyzer->rules();
        if (std::any_of(rules.cbegin(), rules.cend(), [&selected](const RuleInfo &rule) {
                return selected->contains(rule.id);
            }))
            active.push_back(analyzer.get());
    }

    const auto gitProbe = GitStateProbe::start(*root, options.background);
    FindingCollector collector(m_catalog, *selected, options.itemKeysByRule);
    ScanSession session(options, std::move(active), collector, cancel, callbacks);
    const Result<void> ran = session.run(*root);
    const bool cancelled = cancel.load();
    const RepositoryState git = gitProbe->wait(cancelled || !ran.ok());
    if (!ran.ok())
        return ran.error();
    session.reportFinalProgress();

    report.findings = collector.findings();
    report.skipped = session.skipped();
    report.notes = collector.notes();
    ScanMetadata &meta = report.metadata;
    meta.isGitRepository = git.isGitRepository;
    meta.gitHead = git.head;
    meta.gitBranch = git.branch;
    meta.gitDirty = git.dirty;
    meta.filesScanned = session.filesScanned();
    meta.bytesScanned = session.bytesScanned();
    meta.filesSkipped = report.skipped.size();
    meta.cancelled = cancelled;
    meta.finishedAt = clock.now();
    return report;
}

} // namespace greenlight
