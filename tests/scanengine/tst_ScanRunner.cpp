// The scan engine end to end over real temporary trees, with fake analyzers injected
// through ScanEngine (ScanRunner::run is ScanEngine over the registry's analyzers).
#include <thread>

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include "FakeAnalyzer.h"
#include "MockClock.h"
#include "TreeBuilder.h"
#include "scan/ScanRunner.h"
#include "scan/engine/ScanEngine.h"
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using greenlight::test::FakeAnalyzer;
using greenlight::test::TreeBuilder;

namespace greenlight {

namespace {

struct Engine
{
    std::unique_ptr<ScanEngine> engine;
    QList<FakeAnalyzer *> fakes;
};

FakeAnalyzer::Config markerConfig(const QString &ruleId, Severity severity = Severity::Medium)
{
    FakeAnalyzer::Config config;
    config.rules = {FakeAnalyzer::rule(ruleId, severity)};
    config.ruleId = ruleId;
    return config;
}

Engine makeEngine(const QList<FakeAnalyzer::Config> &configs)
{
    Engine out;
    std::vector<std::unique_ptr<Analyzer>> analyzers;
    for (const FakeAnalyzer::Config &config : configs) {
        auto fake = std::make_unique<FakeAnalyzer>(config);
        out.fakes.append(fake.get());
        analyzers.push_back(std::move(fake));
    }
    out.engine = std::make_unique<ScanEngine>(std::move(analyzers));
    return out;
}

ScanOptions optionsFor(const QString &root)
{
    ScanOptions options;
    options.root = root;
    options.threads = 2;
    return options;
}

// A tree of `count` text files in nested directories, every tenth with a marker.
TreeBuilder::Tree generatedTree(int count)
{
    TreeBuilder::Tree tree;
    for (int i = 0; i < count; ++i) {
        const QString path = u"d%1/e%2/file%3.txt"_s.arg(i % 17).arg(i % 5).arg(i);
        tree.insert(path, i % 10 == 0 ? "line one\nFINDME here\n" : "nothing to see\n");
    }
    return tree;
}

} // namespace

class tst_ScanRunner : public QObject
{
    Q_OBJECT

private slots:
    void findingsAreEnrichedAndSorted();
    void onlyWantedFilesAreRead();
    void skippedFilesAreListed();
    void repositoryIndexFeedsFinish();
    void progressIsMonotonicAndCompletes();
    void findingsStreamBeforeTheRunEnds();
    void cancellationWithin100ms_data();
    void cancellationWithin100ms();
    void cancelledBeforeStart();
    void onlyRulesFilters_data();
    void onlyRulesFilters();
    void unknownRuleIsAnError();
    void unusableRootIsAnError_data();
    void unusableRootIsAnError();
    void analyzerExceptionCostsOneFile();
    void metadataRecordsTheRun();
    void runnerUsesTheRegistry();

private:
    test::MockClock m_clock;
    ScanRunner::Callbacks m_noCallbacks;
    std::atomic_bool m_noCancel{false};
};

void tst_ScanRunner::findingsAreEnrichedAndSorted()
{
    TreeBuilder tree({{u"b.txt"_s, "x\nFINDME 1\n\n\nFINDME 2\n"},
                      {u"a.txt"_s, "FINDME low\n"},
                      {u"c.md"_s, "FINDME not wanted\n"}});
    auto low = markerConfig(u"fake.low"_s, Severity::Low);
    low.suffixes = {u"a.txt"_s};
    auto high = markerConfig(u"fake.high"_s, Severity::High);
    high.suffixes = {u"b.txt"_s};
    Engine e = makeEngine({low, high});
    ScanOptions options = optionsFor(tree.root());
    options.itemKeysByRule.insert(u"fake.high"_s, {u"sec-1"_s, u"ops-2"_s});

    const auto report = e.engine->run(options, m_noCancel, m_noCallbacks, m_clock);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    const QList<Finding> &findings = report->findings;
    QCOMPARE(findings.size(), 3);
    // Most severe first, then path and line.
    QCOMPARE(findings.at(0).ruleId, u"fake.high"_s);
    QCOMPARE(findings.at(0).location.line, 2);
    QCOMPARE(findings.at(1).location.line, 5);
    QCOMPARE(findings.at(2).ruleId, u"fake.low"_s);
    QCOMPARE(findings.at(0).severity, Severity::High);
    QCOMPARE(findings.at(0).title, u"Title of fake.high"_s);
    QCOMPARE(findings.at(0).fix, u"Fix for fake.high"_s);
    QCOMPARE(findings.at(0).itemKeys, QStringList({u"sec-1"_s, u"ops-2"_s}));
    QVERIFY(findings.at(2).itemKeys.isEmpty());
    QCOMPARE(findings.at(2).severity, Severity::Low);
    for (const Finding &finding : findings)
        QCOMPARE(finding.fingerprint.size(), 64);
    QCOMPARE(report->metadata.filesScanned, 2);
}

void tst_ScanRunner::onlyWantedFilesAreRead()
{
    TreeBuilder tree({{u"one.txt"_s, "a"}, {u"two.log"_s, "b"}, {u"sub/three.txt"_s, "c"}});
    auto config = markerConfig(u"fake.rule"_s);
    Engine e = makeEngine({config});
    const auto report = e.engine->run(optionsFor(tree.root()), m_noCancel, m_noCallbacks, m_clock);
    QVERIFY(report.ok());
    QStringList analyzed = e.fakes.at(0)->analyzed();
    analyzed.sort();
    QCOMPARE(analyzed, QStringList({u"one.txt"_s, u"sub/three.txt"_s}));
    QCOMPARE(report->metadata.filesScanned, 2);
    QCOMPARE(report->metadata.bytesScanned, 2);
}

void tst_ScanRunner::skippedFilesAreListed()
{
    TreeBuilder tree({{u"ok.txt"_s, "fine"},
                      {u"blob.txt"_s, QByteArray("bin\0ary", 7)},
                      {u"big.txt"_s, QByteArray(4096, 'x')}});
    auto config = markerConfig(u"fake.rule"_s);
    Engine e = makeEngine({config});
    ScanOptions options = optionsFor(tree.root());
    options.maxFileSize = 1024;
    const auto report = e.engine->run(options, m_noCancel, m_noCallbacks, m_clock);
    QVERIFY(report.ok());
    QCOMPARE(report->skipped.size(), 2);
    QCOMPARE(report->skipped.at(0).path, u"big.txt"_s);
    QCOMPARE(report->skipped.at(0).reason, SkipReason::TooLarge);
    QVERIFY(!report->skipped.at(0).detail.isEmpty());
    QCOMPARE(report->skipped.at(1).path, u"blob.txt"_s);
    QCOMPARE(report->skipped.at(1).reason, SkipReason::Binary);
    QCOMPARE(report->metadata.filesSkipped, 2);
    QCOMPARE(e.fakes.at(0)->analyzed(), QStringList({u"ok.txt"_s}));
}

void tst_ScanRunner::repositoryIndexFeedsFinish()
{
    TreeBuilder tree({{u"ok.txt"_s, "fine"},
                      {u"docs/x.md"_s, "not wanted"},
                      {u"big.txt"_s, QByteArray(4096, 'x')},
                      {u".gitignore"_s, "ignored.txt\n"},
                      {u"ignored.txt"_s, "FINDME"}});
    auto present = markerConfig(u"fake.present"_s);
    present.rules.append(FakeAnalyzer::rule(u"fake.missing-present"_s));
    present.requiredPath = u"docs/x.md"_s;
    present.missingRuleId = u"fake.missing-present"_s;
    auto absent = markerConfig(u"fake.absent"_s);
    absent.rules.append(FakeAnalyzer::rule(u"fake.missing-security"_s, Severity::High));
    absent.requiredPath = u"SECURITY.md"_s;
    absent.missingRuleId = u"fake.missing-security"_s;
    Engine e = makeEngine({present, absent});
    ScanOptions options = optionsFor(tree.root());
    options.maxFileSize = 1024;
    const auto report = e.engine->run(options, m_noCancel, m_noCallbacks, m_clock);
    QVERIFY(report.ok());
    QCOMPARE(report->findings.size(), 1);
    QCOMPARE(report->findings.at(0).ruleId, u"fake.missing-security"_s);
    QCOMPARE(report->findings.at(0).severity, Severity::High);
    QVERIFY(report->findings.at(0).location.path.isEmpty());
    QCOMPARE(e.fakes.at(0)->finishCalls(), 1);
    const QSet<QString> paths = e.fakes.at(0)->indexPaths();
    // Unwanted and oversized files exist for repository rules; ignored ones do not.
    QVERIFY(paths.contains(u"docs/x.md"_s));
    QVERIFY(paths.contains(u"big.txt"_s));
    QVERIFY(paths.contains(u"ok.txt"_s));
    QVERIFY(!paths.contains(u"ignored.txt"_s));
}

void tst_ScanRunner::progressIsMonotonicAndCompletes()
{
    TreeBuilder tree(generatedTree(400));
    auto config = markerConfig(u"fake.rule"_s);
    config.delayPerFile = 2ms; // about 0.4 s over two threads: several throttled reports
    Engine e = makeEngine({config});
    QList<ScanProgress> seen;
    ScanRunner::Callbacks callbacks;
    callbacks.progress = [&seen](const ScanProgress &progress) {
        seen.append(progress);
    };
    const auto report = e.engine->run(optionsFor(tree.root()), m_noCancel, callbacks, m_clock);
    QVERIFY(report.ok());
    QVERIFY2(seen.size() >= 2, qPrintable(QString::number(seen.size())));
    // Throttled: about ten a second, never one per file.
    QVERIFY2(seen.size() < 40, qPrintable(QString::number(seen.size())));
    for (qsizetype i = 1; i < seen.size(); ++i) {
        QVERIFY(seen.at(i).filesDone >= seen.at(i - 1).filesDone);
        QVERIFY(seen.at(i).filesFound >= seen.at(i - 1).filesFound);
        QVERIFY(seen.at(i).bytesDone >= seen.at(i - 1).bytesDone);
        QVERIFY(seen.at(i).filesDone <= seen.at(i).filesFound);
    }
    QVERIFY(std::any_of(seen.cbegin(), seen.cend() - 1, [](const ScanProgress &p) {
        return !p.currentPath.isEmpty();
    }));
    const ScanProgress &last = seen.constLast();
    QVERIFY(last.walkComplete);
    QCOMPARE(last.filesFound, 400);
    QCOMPARE(last.filesDone, 400);
}

void tst_ScanRunner::findingsStreamBeforeTheRunEnds()
{
    TreeBuilder tree(generatedTree(400));
    auto config = markerConfig(u"fake.rule"_s);
    config.delayPerFile = 2ms;
    Engine e = makeEngine({config});
    QElapsedTimer timer;
    qint64 firstBatchAt = -1;
    QSet<QString> streamed;
    int batches = 0;
    ScanRunner::Callbacks callbacks;
    callbacks.findings = [&](const QList<Finding> &findings) {
        if (firstBatchAt < 0)
            firstBatchAt = timer.elapsed();
        ++batches;
        for (const Finding &finding : findings) {
            QVERIFY(!finding.fingerprint.isEmpty());
            QVERIFY(!streamed.contains(finding.fingerprint)); // each streamed once
            streamed.insert(finding.fingerprint);
        }
    };
    timer.start();
    const auto report = e.engine->run(optionsFor(tree.root()), m_noCancel, callbacks, m_clock);
    const qint64 endedAt = timer.elapsed();
    QVERIFY(report.ok());
    QCOMPARE(report->findings.size(), 40);
    QVERIFY(batches >= 2);
    QVERIFY2(firstBatchAt >= 0 && firstBatchAt < endedAt - 100,
             qPrintable(
                     u"first batch at %1 ms, run ended at %2 ms"_s.arg(firstBatchAt).arg(endedAt)));
    QSet<QString> reported;
    for (const Finding &finding : report->findings)
        reported.insert(finding.fingerprint);
    QCOMPARE(streamed, reported);
}

void tst_ScanRunner::cancellationWithin100ms_data()
{
    QTest::addColumn<int>("cancelAfterMs");
    QTest::addColumn<int>("delayPerFileMs");
    // While files are analyzed (slow analyzer), and early, while the walk still runs.
    QTest::newRow("during analysis") << 300 << 4;
    QTest::newRow("during the walk") << 5 << 0;
}

void tst_ScanRunner::cancellationWithin100ms()
{
    QFETCH(int, cancelAfterMs);
    QFETCH(int, delayPerFileMs);
    TreeBuilder tree(generatedTree(6000));
    auto config = markerConfig(u"fake.rule"_s);
    config.delayPerFile = std::chrono::milliseconds(delayPerFileMs);
    Engine e = makeEngine({config});
    std::atomic_bool cancel{false};
    QElapsedTimer sinceCancel;
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(cancelAfterMs));
        sinceCancel.start();
        cancel = true;
    });
    const auto report = e.engine->run(optionsFor(tree.root()), cancel, m_noCallbacks, m_clock);
    const qint64 latency = sinceCancel.isValid() ? sinceCancel.elapsed() : -1;
    canceller.join();
    QVERIFY(report.ok());
    qInfo("cancel -> return: %lld ms", latency);
    QVERIFY2(report->metadata.cancelled, "scan finished before the cancel: make the tree larger");
    QVERIFY(latency >= 0);
    // The issue promises 100 ms; a little slack for a loaded two-core CI box.
    QVERIFY2(latency <= 150, qPrintable(u"%1 ms"_s.arg(latency)));
    QCOMPARE(e.fakes.at(0)->finishCalls(), 0);
    QVERIFY(report->metadata.filesScanned < 6000);
}

void tst_ScanRunner::cancelledBeforeStart()
{
    TreeBuilder tree(generatedTree(50));
    Engine e = makeEngine({markerConfig(u"fake.rule"_s)});
    std::atomic_bool cancel{true};
    QElapsedTimer timer;
    timer.start();
    const auto report = e.engine->run(optionsFor(tree.root()), cancel, m_noCallbacks, m_clock);
    QVERIFY(report.ok());
    QVERIFY(report->metadata.cancelled);
    QVERIFY(timer.elapsed() < 150);
}

void tst_ScanRunner::onlyRulesFilters_data()
{
    QTest::addColumn<QStringList>("onlyRules");
    QTest::addColumn<QStringList>("expectedRules");
    QTest::addColumn<bool>("secondAnalyzerRuns");
    QTest::newRow("all") << QStringList() << QStringList({u"a.one"_s, u"a.two"_s, u"b.one"_s})
                         << true;
    QTest::newRow("one of a") << QStringList({u"a.two"_s}) << QStringList({u"a.two"_s}) << false;
    QTest::newRow("b only") << QStringList({u"b.one"_s}) << QStringList({u"b.one"_s}) << true;
    QTest::newRow("spaces and repeats") << QStringList({u" a.one"_s, u"b.one "_s, u"a.one"_s})
                                        << QStringList({u"a.one"_s, u"b.one"_s}) << true;
}

void tst_ScanRunner::onlyRulesFilters()
{
    QFETCH(QStringList, onlyRules);
    QFETCH(QStringList, expectedRules);
    QFETCH(bool, secondAnalyzerRuns);
    // Analyzer a reports a.one for FINDME and a.two when a.txt is missing at the end.
    TreeBuilder tree({{u"x.txt"_s, "FINDME\n"}});
    auto a = markerConfig(u"a.one"_s);
    a.rules.append(FakeAnalyzer::rule(u"a.two"_s));
    a.requiredPath = u"a.txt"_s;
    a.missingRuleId = u"a.two"_s;
    auto b = markerConfig(u"b.one"_s);
    Engine e = makeEngine({a, b});
    ScanOptions options = optionsFor(tree.root());
    options.onlyRules = onlyRules;
    const auto report = e.engine->run(options, m_noCancel, m_noCallbacks, m_clock);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(report->metadata.rulesRun, expectedRules);
    QStringList found;
    for (const Finding &finding : report->findings)
        found.append(finding.ruleId);
    found.sort();
    QCOMPARE(found, expectedRules);
    QCOMPARE(report->rules.size(), expectedRules.size());
    QCOMPARE(e.fakes.at(1)->analyzed().isEmpty(), !secondAnalyzerRuns);
}

void tst_ScanRunner::unknownRuleIsAnError()
{
    TreeBuilder tree({{u"x.txt"_s, "FINDME\n"}});
    Engine e = makeEngine({markerConfig(u"a.one"_s), markerConfig(u"b.one"_s)});
    ScanOptions options = optionsFor(tree.root());
    options.onlyRules = {u"a.one"_s, u"docker.nope"_s};
    const auto report = e.engine->run(options, m_noCancel, m_noCallbacks, m_clock);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, Error::Code::InvalidArgument);
    QVERIFY(report.errorMessage().contains(u"docker.nope"_s));
    QVERIFY(report.errorMessage().contains(u"a.one, b.one"_s)); // the valid ids are listed
    QVERIFY(e.fakes.at(0)->analyzed().isEmpty());
}

void tst_ScanRunner::unusableRootIsAnError_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code");
    QTest::newRow("missing") << u"missing"_s << int(Error::Code::NotFound);
    QTest::newRow("a file") << u"file"_s << int(Error::Code::InvalidArgument);
    QTest::newRow("unreadable") << u"unreadable"_s << int(Error::Code::Io);
    QTest::newRow("empty") << u"empty"_s << int(Error::Code::InvalidArgument);
}

void tst_ScanRunner::unusableRootIsAnError()
{
    QFETCH(QString, kind);
    QFETCH(int, code);
    TreeBuilder tree({{u"file.txt"_s, "x"}, {u"locked/inner.txt"_s, "y"}});
    QString root;
    if (kind == u"missing"_s) {
        root = tree.filePath(u"does/not/exist"_s);
    } else if (kind == u"file"_s) {
        root = tree.filePath(u"file.txt"_s);
    } else if (kind == u"unreadable"_s) {
        if (::geteuid() == 0)
            QSKIP("root reads everything");
        root = tree.filePath(u"locked"_s);
        QVERIFY(QFile::setPermissions(root, QFileDevice::Permissions()));
    }
    Engine e = makeEngine({markerConfig(u"a.one"_s)});
    const auto report = e.engine->run(optionsFor(root), m_noCancel, m_noCallbacks, m_clock);
    if (kind == u"unreadable"_s)
        QFile::setPermissions(
                root, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!report.ok());
    QCOMPARE(int(report.error().code), code);
    if (!root.isEmpty())
        QVERIFY2(report.errorMessage().contains(root), qPrintable(report.errorMessage()));
}

void tst_ScanRunner::analyzerExceptionCostsOneFile()
{
    TreeBuilder tree({{u"bad.txt"_s, "BOOM\nFINDME\n"}, {u"good.txt"_s, "FINDME\n"}});
    auto config = markerConfig(u"fake.rule"_s);
    config.throwOnMarker = "BOOM";
    Engine e = makeEngine({config});
    const auto report = e.engine->run(optionsFor(tree.root()), m_noCancel, m_noCallbacks, m_clock);
    QVERIFY(report.ok());
    QCOMPARE(report->findings.size(), 1);
    QCOMPARE(report->findings.at(0).location.path, u"good.txt"_s);
    QCOMPARE(report->notes.size(), 1);
    QVERIFY(report->notes.at(0).startsWith(u"bad.txt: "_s));
}

void tst_ScanRunner::metadataRecordsTheRun()
{
    TreeBuilder tree({{u"a.txt"_s, "FINDME\n"}, {u"b.txt"_s, "x\n"}});
    Engine e = makeEngine({markerConfig(u"fake.rule"_s)});
    // A path with "/./" and a trailing slash: the metadata holds the canonical root.
    const auto report
            = e.engine->run(optionsFor(tree.root() + u"/./"_s), m_noCancel, m_noCallbacks, m_clock);
    QVERIFY(report.ok());
    const ScanMetadata &meta = report->metadata;
    QCOMPARE(meta.root, QFileInfo(tree.root()).canonicalFilePath());
    QCOMPARE(meta.startedAt, m_clock.now());
    QCOMPARE(meta.finishedAt, m_clock.now());
    QCOMPARE(meta.ruleSetVersion, ScanRunner::ruleSetVersion());
    QCOMPARE(meta.rulesRun, QStringList({u"fake.rule"_s}));
    QCOMPARE(meta.filesScanned, 2);
    QCOMPARE(meta.bytesScanned, 9);
    QCOMPARE(meta.filesSkipped, 0);
    QVERIFY(!meta.cancelled);
    QVERIFY(!meta.isGitRepository); // QTemporaryDir lives outside any repository
    QVERIFY(meta.gitHead.isEmpty());
}

void tst_ScanRunner::runnerUsesTheRegistry()
{
    TreeBuilder tree({{u"README.md"_s, "# Hello\n"}});
    ScanOptions options = optionsFor(tree.root());
    const auto report = ScanRunner::run(options, m_noCancel, m_noCallbacks, m_clock);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QStringList allIds;
    for (const RuleInfo &rule : ScanRunner::allRules())
        allIds.append(rule.id);
    QCOMPARE(report->metadata.rulesRun, allIds);
    QCOMPARE(report->rules.size(), allIds.size());
    options.onlyRules = {u"no.such-rule"_s};
    QVERIFY(!ScanRunner::run(options, m_noCancel, m_noCallbacks, m_clock).ok());
    options.onlyRules = {};
    options.root = tree.filePath(u"nope"_s);
    QCOMPARE(ScanRunner::run(options, m_noCancel, m_noCallbacks, m_clock).error().code,
             Error::Code::NotFound);
}

} // namespace greenlight

QTEST_GUILESS_MAIN(greenlight::tst_ScanRunner)
#include "tst_ScanRunner.moc"
