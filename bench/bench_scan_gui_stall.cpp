// While the real Scan page scans the synthetic tree (offscreen), a 1 ms watchdog timer on
// the event loop measures the longest gap between its ticks: the GUI stall a user would
// feel. Everything the page does on the GUI thread counts: progress text, findings
// streaming into the table, recording the scan in the store, the suggestions of the 178
// built-in items. Target from issue 3: longest stall < 16 ms.
//
//   bench_scan_gui_stall [--tree DIR] [--runs N]
#include <algorithm>
#include <cstdio>
#include <vector>

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include "SyntheticTree.h"
#include "domain/Clock.h"
#include "itemmodels/FindingsModel.h"
#include "pages/ScanPage.h"
#include "store/AssessmentStore.h"
#include "store/Database.h"
#include "store/ScanStore.h"
#include "templates/TemplateCatalog.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using namespace greenlight::bench;

namespace {

struct Watchdog
{
    QElapsedTimer clock;
    qint64 lastNs = -1;
    std::vector<double> gapsMs;
    double worstEndMs = 0; // when the longest gap ended, from the start of the clock

    void tick()
    {
        const qint64 now = clock.nsecsElapsed();
        if (lastNs >= 0) {
            const double gap = double(now - lastNs) / 1e6;
            if (gapsMs.empty() || gap > *std::max_element(gapsMs.begin(), gapsMs.end()))
                worstEndMs = double(now) / 1e6;
            gapsMs.push_back(gap);
        }
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
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto valueOf = [&args](const QString &flag, const QString &fallback) {
        const qsizetype i = args.indexOf(flag);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QString root = valueOf(u"--tree"_s, SyntheticTree::defaultRoot());
    const int runs = std::max(1, valueOf(u"--runs"_s, u"3"_s).toInt());
    QString error;
    if (!SyntheticTree::ensure(root, false, nullptr, &error)) {
        std::fprintf(stderr, "cannot generate the tree: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("== bench_scan_gui_stall: %s (platform %s)\n",
                qPrintable(root),
                qPrintable(QGuiApplication::platformName()));

    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"bench.sqlite"_s));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    const Clock &clock = SystemClock::instance();
    AssessmentStore store(**db, clock);
    ScanStore scans(**db, clock);
    TemplateCatalog catalog;
    catalog.load({TemplateCatalog::builtInDirectory()});
    const auto assessment = store.createAssessment(
            {u"Bench"_s, u"bench"_s, u"1.0"_s, root, catalog.templates()}, u"bench"_s);
    if (!assessment) {
        std::fprintf(stderr, "%s\n", qPrintable(assessment.errorMessage()));
        return 1;
    }

    ScanPage page(store, scans, &catalog);
    page.resize(1400, 900);
    page.show();
    if (auto loaded = page.loadAssessment(*assessment); !loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.errorMessage()));
        return 1;
    }
    QObject::connect(&page, &ScanPage::errorOccurred, &page, [](const QString &message) {
        std::fprintf(stderr, "scan page error: %s\n", qPrintable(message));
    });
    QObject::connect(&page, &ScanPage::scanEnded, &page, [] { QCoreApplication::exit(0); });

    const Watchdog idle = idleBaseline(500);
    std::printf("idle loop (500 ms):   max gap %.2f ms, p99 %.2f ms\n",
                idle.max(),
                idle.percentile(0.99));
    double worst = 0;
    for (int run = 1; run <= runs; ++run) {
        Watchdog dog;
        QTimer watchdog;
        watchdog.setTimerType(Qt::PreciseTimer);
        QObject::connect(&watchdog, &QTimer::timeout, &watchdog, [&dog] { dog.tick(); });
        dog.clock.start();
        watchdog.start(1);
        QElapsedTimer scanTime;
        QTimer::singleShot(0, &page, [&] {
            scanTime.start();
            if (!page.startScan())
                QCoreApplication::exit(1);
        });
        if (QCoreApplication::exec() != 0)
            return 1;
        const qint64 elapsed = scanTime.elapsed();
        watchdog.stop();
        worst = std::max(worst, dog.max());
        std::printf("scan %d (%lld ms, %zu ticks, %d findings listed): max gap %.2f ms (ended "
                    "at %.0f ms), p99 %.2f ms, p99.9 %.2f ms\n",
                    run,
                    qlonglong(elapsed),
                    dog.gapsMs.size(),
                    page.findingsModel()->rowCount(),
                    dog.max(),
                    dog.worstEndMs,
                    dog.percentile(0.99),
                    dog.percentile(0.999));
    }
    std::printf("longest GUI stall over %d scans: %.2f ms (target < 16 ms)\n", runs, worst);
    return 0;
}
