// While a ScanJob scans the synthetic tree, a 1 ms watchdog timer on the event loop measures
// the longest gap between its ticks: the GUI stall a user would feel. The job's progress
// and findings signals are consumed the way the Scan page does (findings appended to a
// model's list, a status text formatted). Target from issue 3: longest stall < 16 ms.
//
//   bench_scan_gui_stall [--tree DIR] [--threads N]
#include <algorithm>
#include <cstdio>
#include <vector>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include "SyntheticTree.h"
#include "scan/ScanJob.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using namespace greenlight::bench;

namespace {

struct Watchdog
{
    QElapsedTimer clock;
    qint64 lastNs = -1;
    std::vector<double> gapsMs;

    void tick()
    {
        const qint64 now = clock.nsecsElapsed();
        if (lastNs >= 0)
            gapsMs.push_back(double(now - lastNs) / 1e6);
        lastNs = now;
    }
    double percentile(double p) const
    {
        if (gapsMs.empty())
            return 0;
        std::vector<double> sorted = gapsMs;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1, std::size_t(p * double(sorted.size())))];
    }
    double max() const
    {
        return gapsMs.empty() ? 0 : *std::max_element(gapsMs.begin(), gapsMs.end());
    }
};

// Runs the event loop for `ms` with only the watchdog: the machine's own noise floor.
Watchdog idleBaseline(int ms)
{
    Watchdog dog;
    dog.clock.start();
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer, &QTimer::timeout, &timer, [&dog] { dog.tick(); });
    timer.start(1);
    QTimer::singleShot(ms, qApp, [] { QCoreApplication::exit(0); });
    QCoreApplication::exec();
    return dog;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto valueOf = [&args](const QString &flag, const QString &fallback) {
        const qsizetype i = args.indexOf(flag);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QString root = valueOf(u"--tree"_s, SyntheticTree::defaultRoot());
    QString error;
    if (!SyntheticTree::ensure(root, false, nullptr, &error)) {
        std::fprintf(stderr, "cannot generate the tree: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("== bench_scan_gui_stall: %s\n", qPrintable(root));

    const Watchdog idle = idleBaseline(500);

    Watchdog dog;
    ScanJob job;
    QList<Finding> model;
    QString status;
    int progressSignals = 0;
    int findingBatches = 0;
    bool ok = false;
    QObject::connect(&job, &ScanJob::progressChanged, &job, [&](const ScanProgress &p) {
        ++progressSignals;
        status = u"%1 / %2 files - %3"_s.arg(p.filesDone).arg(p.filesFound).arg(p.currentPath);
    });
    QObject::connect(&job, &ScanJob::findingsFound, &job, [&](const QList<Finding> &findings) {
        ++findingBatches;
        model.append(findings);
    });
    QObject::connect(&job, &ScanJob::finished, &job, [&](const ScanReport &report) {
        model = report.findings; // the page swaps in the sorted final list
        ok = true;
        QCoreApplication::exit(0);
    });
    QObject::connect(&job, &ScanJob::failed, &job, [](const QString &message) {
        std::fprintf(stderr, "scan failed: %s\n", qPrintable(message));
        QCoreApplication::exit(1);
    });

    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    QObject::connect(&watchdog, &QTimer::timeout, &watchdog, [&dog] { dog.tick(); });
    dog.clock.start();
    watchdog.start(1);
    ScanOptions options;
    options.root = root;
    options.threads = valueOf(u"--threads"_s, u"0"_s).toInt();
    QElapsedTimer scanTime;
    QTimer::singleShot(0, &job, [&] {
        scanTime.start();
        job.start(options);
    });
    const int rc = QCoreApplication::exec();
    const qint64 elapsed = scanTime.elapsed();
    watchdog.stop();
    if (rc != 0 || !ok)
        return 1;

    std::printf("idle loop (500 ms):   max gap %.2f ms, p99 %.2f ms\n",
                idle.max(),
                idle.percentile(0.99));
    std::printf("during the scan (%lld ms, %zu ticks): max gap %.2f ms, p99 %.2f ms, "
                "p99.9 %.2f ms (target max < 16 ms)\n",
                qlonglong(elapsed),
                dog.gapsMs.size(),
                dog.max(),
                dog.percentile(0.99),
                dog.percentile(0.999));
    std::printf("GUI thread received %d progress signals (%.1f/s) and %d findings batches, "
                "%lld findings\n",
                progressSignals,
                double(progressSignals) * 1000.0 / double(std::max<qint64>(1, elapsed)),
                findingBatches,
                qlonglong(model.size()));
    return 0;
}
