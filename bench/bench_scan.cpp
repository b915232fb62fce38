// Scans the synthetic 20,000-file tree with every rule and compares with ripgrep searching
// the same tree for just the secret patterns. Prints figures; targets from issue 3: scan
// within 1.5x ripgrep's wall time, peak RSS under 150 MB.
//
//   bench_scan [--tree DIR] [--regenerate] [--runs N] [--threads N]
//   bench_scan --scan-only DIR [--threads N] [--profile]   (the measured child)
#include <algorithm>
#include <cstdio>
#include <map>
#include <sstream>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>

#include "BenchProcess.h"
#include "SyntheticTree.h"
#include "TimingAnalyzer.h"
#include "domain/Clock.h"
#include "scan/engine/AnalyzerRegistry.h"
#include "scan/engine/ScanEngine.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using namespace greenlight::bench;

namespace {

QList<CustomRule> benchCustomRules()
{
    CustomRule lockdown;
    lockdown.id = u"custom.audit-db-lockdown"_s;
    lockdown.kind = CustomRule::Kind::MustContain;
    lockdown.file = u"entrypoint.sh"_s;
    lockdown.pattern = u"manage.py lockdown_audit_db"_s;
    lockdown.title = u"Entrypoint locks down the audit database"_s;
    lockdown.fix = u"Call manage.py lockdown_audit_db in entrypoint.sh"_s;
    CustomRule noEval;
    noEval.id = u"custom.no-eval"_s;
    noEval.kind = CustomRule::Kind::MustNotMatch;
    noEval.file = u"**/*.py"_s;
    noEval.pattern = u"\\beval\\("_s;
    noEval.title = u"No eval() in Python"_s;
    noEval.fix = u"Parse, don't eval"_s;
    return {lockdown, noEval};
}

// The child: one scan, figures on stdout as key=value lines.
int scanOnly(const QString &root, int threads, bool profile)
{
    std::vector<std::unique_ptr<Analyzer>> analyzers = AnalyzerRegistry::create(benchCustomRules());
    std::vector<TimingAnalyzer *> timed;
    if (profile) {
        for (auto &analyzer : analyzers) {
            auto wrapped = std::make_unique<TimingAnalyzer>(std::move(analyzer));
            timed.push_back(wrapped.get());
            analyzer = std::move(wrapped);
        }
    }
    ScanEngine engine(std::move(analyzers));
    ScanOptions options;
    options.root = root;
    options.threads = threads;
    options.customRules = benchCustomRules();
    const std::atomic_bool cancel{false};
    QElapsedTimer timer;
    timer.start();
    const auto report = engine.run(options, cancel, {}, SystemClock::instance());
    const qint64 ms = timer.elapsed();
    if (!report.ok()) {
        std::fprintf(stderr, "scan failed: %s\n", qPrintable(report.errorMessage()));
        return 2;
    }
    QMap<QString, int> byRule;
    for (const Finding &finding : report->findings)
        byRule[finding.ruleId]++;
    QMap<int, int> skippedByReason;
    for (const SkippedPath &skip : report->skipped)
        skippedByReason[int(skip.reason)]++;
    const ScanMetadata &meta = report->metadata;
    std::printf("inner_ms=%lld\nfiles=%lld\nbytes=%lld\nfindings=%lld\nskipped=%lld\n"
                "skipped_binary=%d\nskipped_large=%d\nnotes=%lld\nrules=%lld\ngit=%s %s%s\n",
                qlonglong(ms),
                qlonglong(meta.filesScanned),
                qlonglong(meta.bytesScanned),
                qlonglong(report->findings.size()),
                qlonglong(meta.filesSkipped),
                skippedByReason.value(int(SkipReason::Binary)),
                skippedByReason.value(int(SkipReason::TooLarge)),
                qlonglong(report->notes.size()),
                qlonglong(meta.rulesRun.size()),
                qPrintable(meta.gitBranch),
                qPrintable(meta.gitHead.left(12)),
                meta.gitDirty ? " (dirty)" : "");
    for (auto it = byRule.cbegin(); it != byRule.cend(); ++it)
        std::printf("rule %s=%d\n", qPrintable(it.key()), it.value());
    for (const TimingAnalyzer *analyzer : timed) {
        std::printf(
                "analyzer %s: files=%lld MB=%.1f analyze_ms=%.0f wants_ms=%.1f finish_ms=%.1f\n",
                qPrintable(analyzer->label()),
                qlonglong(analyzer->files()),
                double(analyzer->bytes()) / 1e6,
                analyzer->analyzeMs(),
                analyzer->wantsMs(),
                analyzer->finishMs());
    }
    return 0;
}

std::map<std::string, std::string> parseFigures(const std::string &out)
{
    std::map<std::string, std::string> figures;
    std::istringstream lines(out);
    std::string line;
    while (std::getline(lines, line)) {
        const auto eq = line.find('=');
        if (eq != std::string::npos && line.rfind("rule ", 0) != 0
            && line.rfind("analyzer ", 0) != 0)
            figures[line.substr(0, eq)] = line.substr(eq + 1);
    }
    return figures;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

QString join(const std::vector<double> &values)
{
    QStringList parts;
    for (const double v : values)
        parts.append(QString::number(v, 'f', 0));
    return parts.join(u", "_s);
}

std::vector<std::string> ripgrepCommand(const QString &root)
{
    return {"rg",
            "-c",
            "--hidden",
            "-g",
            "!.git",
            "--max-filesize",
            "5M",
            "-e",
            "AKIA[0-9A-Z]{16}",
            "-e",
            "-----BEGIN [A-Z ]*PRIVATE KEY-----",
            "-e",
            "gh[pousr]_[A-Za-z0-9]{36}",
            "-e",
            "xox[baprs]-[A-Za-z0-9-]{10,}",
            "-e",
            "(?i)(password|secret|token|api_key)\\s*[:=]\\s*['\"][^'\"]{12,}['\"]",
            root.toStdString()};
}

long ripgrepMatches(const std::string &out)
{
    long total = 0;
    std::istringstream lines(out);
    std::string line;
    while (std::getline(lines, line)) {
        const auto colon = line.rfind(':');
        if (colon != std::string::npos)
            total += std::atol(line.c_str() + colon + 1);
    }
    return total;
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
    const int threads = valueOf(u"--threads"_s, u"0"_s).toInt();
    if (args.contains(u"--scan-only"_s))
        return scanOnly(valueOf(u"--scan-only"_s, {}), threads, args.contains(u"--profile"_s));

    const QString root = valueOf(u"--tree"_s, SyntheticTree::defaultRoot());
    const int runs = std::max(1, valueOf(u"--runs"_s, u"3"_s).toInt());
    std::printf("== bench_scan: %s\n", qPrintable(root));
    QElapsedTimer generation;
    generation.start();
    SyntheticTree::Stats stats;
    QString error;
    if (!SyntheticTree::ensure(root, args.contains(u"--regenerate"_s), &stats, &error)) {
        std::fprintf(stderr, "cannot generate the tree: %s\n", qPrintable(error));
        return 1;
    }
    if (stats.files > 0)
        std::printf("generated %lld files, %.1f MB, %d planted secrets in %.1f s\n",
                    qlonglong(stats.files),
                    double(stats.bytes) / 1e6,
                    stats.plantedSecrets,
                    double(generation.elapsed()) / 1000.0);
    else
        std::printf("reusing the generated tree (--regenerate to rebuild)\n");

    const std::vector<std::string> rg = ripgrepCommand(root);
    runProcess(rg); // warms the page cache for both contenders
    std::vector<std::string> scanArgs = {selfExecutable(), "--scan-only", root.toStdString()};
    if (threads > 0)
        scanArgs.insert(scanArgs.end(), {"--threads", std::to_string(threads)});

    std::vector<double> scanMs;
    std::vector<double> innerMs;
    long peakRssKb = 0;
    std::map<std::string, std::string> figures;
    for (int i = 0; i < runs; ++i) {
        const ProcessRun run = runProcess(scanArgs);
        if (run.exitCode != 0) {
            std::fprintf(stderr, "scan child failed (%d)\n", run.exitCode);
            return 1;
        }
        figures = parseFigures(run.out);
        scanMs.push_back(run.wallMs);
        innerMs.push_back(std::atof(figures["inner_ms"].c_str()));
        peakRssKb = std::max(peakRssKb, run.maxRssKb);
    }
    std::vector<double> rgMs;
    long matches = 0;
    for (int i = 0; i < runs; ++i) {
        const ProcessRun run = runProcess(rg);
        rgMs.push_back(run.wallMs);
        matches = ripgrepMatches(run.out);
    }

    const double scanMedian = median(scanMs);
    const double rgMedian = median(rgMs);
    const double bytes = std::atof(figures["bytes"].c_str());
    const double files = std::atof(figures["files"].c_str());
    std::printf(
            "scan  (%s rules, threads %s): %s ms  best %.0f  median %.0f  (in-process: %s ms)\n",
            figures["rules"].c_str(),
            threads > 0 ? std::to_string(threads).c_str() : "default",
            qPrintable(join(scanMs)),
            *std::min_element(scanMs.begin(), scanMs.end()),
            scanMedian,
            qPrintable(join(innerMs)));
    std::printf("rg    (5 secret patterns):   %s ms  best %.0f  median %.0f  (%ld matches)\n",
                qPrintable(join(rgMs)),
                *std::min_element(rgMs.begin(), rgMs.end()),
                rgMedian,
                matches);
    std::printf("ratio scan/rg: median %.2f, best %.2f (target <= 1.5)\n",
                scanMedian / rgMedian,
                *std::min_element(scanMs.begin(), scanMs.end())
                        / *std::min_element(rgMs.begin(), rgMs.end()));
    std::printf("scanned %s files, %.1f MB: %.0f files/s, %.0f MB/s (median run)\n",
                figures["files"].c_str(),
                bytes / 1e6,
                files / (scanMedian / 1000.0),
                bytes / 1e6 / (scanMedian / 1000.0));
    std::printf("skipped %s (binary %s, too large %s); %s findings, %s notes; git %s\n",
                figures["skipped"].c_str(),
                figures["skipped_binary"].c_str(),
                figures["skipped_large"].c_str(),
                figures["findings"].c_str(),
                figures["notes"].c_str(),
                figures["git"].c_str());
    std::printf("peak RSS of the scan: %.1f MB (target < 150)\n", double(peakRssKb) / 1024.0);

    // One more run, profiled per analyzer (not part of the timings above).
    std::vector<std::string> profileArgs = scanArgs;
    profileArgs.push_back("--profile");
    const ProcessRun profiled = runProcess(profileArgs);
    std::printf("-- time per analyzer (summed over worker threads), profiled run %.0f ms:\n%s",
                profiled.wallMs,
                profiled.out.substr(profiled.out.find("rule ")).c_str());
    return 0;
}
