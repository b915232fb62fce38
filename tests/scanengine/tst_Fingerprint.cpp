// A finding's fingerprint: what lets the store tell new, still-open and fixed findings
// apart across scans. Checked on the pure functions and through real engine runs.
#include <QTest>

#include "FakeAnalyzer.h"
#include "MockClock.h"
#include "TreeBuilder.h"
#include "scan/engine/Fingerprint.h"
#include "scan/engine/ScanEngine.h"

using namespace Qt::StringLiterals;
using greenlight::test::FakeAnalyzer;
using greenlight::test::TreeBuilder;

namespace greenlight {

namespace {

Finding finding(const QString &rule, const QString &path, int line, const QString &snippet)
{
    Finding f;
    f.ruleId = rule;
    f.location.path = path;
    f.location.line = line;
    f.snippet = snippet;
    return f;
}

// Fingerprints of a scan of `root` keyed by "path:line", with a marker analyzer.
QHash<QString, QString> scan(const QString &root)
{
    FakeAnalyzer::Config config;
    config.rules = {FakeAnalyzer::rule(u"fake.rule"_s)};
    config.ruleId = u"fake.rule"_s;
    std::vector<std::unique_ptr<Analyzer>> analyzers;
    analyzers.push_back(std::make_unique<FakeAnalyzer>(config));
    ScanEngine engine(std::move(analyzers));
    ScanOptions options;
    options.root = root;
    const std::atomic_bool cancel{false};
    const test::MockClock clock;
    const auto report = engine.run(options, cancel, {}, clock);
    QHash<QString, QString> out;
    if (!report.ok())
        return out;
    for (const Finding &f : report->findings)
        out.insert(u"%1:%2"_s.arg(f.location.path).arg(f.location.line), f.fingerprint);
    return out;
}

} // namespace

class tst_Fingerprint : public QObject
{
    Q_OBJECT

private slots:
    void normaliseSnippet_data();
    void normaliseSnippet();
    void isHexSha256();
    void identityParts_data();
    void identityParts();
    void whitespaceDoesNotMatter();
    void duplicatesAreNumberedInLineOrder();
    void occurrenceCountsCarryAcrossCalls();
    void stableAcrossRuns();
    void stableWhenLinesAreInsertedAbove();
    void changesWhenTheLineChanges();
    void duplicateLinesInAFileDiffer();
};

void tst_Fingerprint::normaliseSnippet_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"USER root"_s << u"USER root"_s;
    QTest::newRow("indent") << u"    USER root"_s << u"USER root"_s;
    QTest::newRow("tabs and runs") << u"USER\t\t  root  "_s << u"USER root"_s;
    QTest::newRow("multi-line") << u"RUN a \\\n    && b"_s << u"RUN a \\ && b"_s;
    QTest::newRow("crlf") << u"key: value\r\n"_s << u"key: value"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only spaces") << u" \t "_s << QString();
}

void tst_Fingerprint::normaliseSnippet()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Fingerprint::normaliseSnippet(input), expected);
}

void tst_Fingerprint::isHexSha256()
{
    const QString fp
            = Fingerprint::compute(Fingerprint::identityKey(finding(u"r"_s, u"p"_s, 1, u"s"_s)), 0);
    QCOMPARE(fp.size(), 64);
    for (const QChar c : fp)
        QVERIFY((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'));
}

void tst_Fingerprint::identityParts_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("snippet");
    QTest::addColumn<QString>("secretHash");
    QTest::addColumn<int>("occurrence");
    QTest::newRow("other rule") << u"docker.no-healthcheck"_s << u"Dockerfile"_s << u"USER root"_s
                                << QString() << 0;
    QTest::newRow("other path") << u"docker.root-user"_s << u"api/Dockerfile"_s << u"USER root"_s
                                << QString() << 0;
    QTest::newRow("other snippet")
            << u"docker.root-user"_s << u"Dockerfile"_s << u"USER 0"_s << QString() << 0;
    QTest::newRow("other secret") << u"docker.root-user"_s << u"Dockerfile"_s << u"USER root"_s
                                  << u"abc"_s << 0;
    QTest::newRow("other occurrence")
            << u"docker.root-user"_s << u"Dockerfile"_s << u"USER root"_s << QString() << 1;
    // The separators keep "ab"+"c" and "a"+"bc" apart.
    QTest::newRow("shifted boundary")
            << u"docker.root-userD"_s << u"ockerfile"_s << u"USER root"_s << QString() << 0;
}

void tst_Fingerprint::identityParts()
{
    QFETCH(QString, rule);
    QFETCH(QString, path);
    QFETCH(QString, snippet);
    QFETCH(QString, secretHash);
    QFETCH(int, occurrence);
    const Finding base = finding(u"docker.root-user"_s, u"Dockerfile"_s, 3, u"USER root"_s);
    Finding other = finding(rule, path, 3, snippet);
    other.secretHash = secretHash;
    const QString a = Fingerprint::compute(Fingerprint::identityKey(base), 0);
    const QString b = Fingerprint::compute(Fingerprint::identityKey(other), occurrence);
    QVERIFY(a != b);
}

void tst_Fingerprint::whitespaceDoesNotMatter()
{
    const Finding a = finding(u"r"_s, u"p"_s, 3, u"USER root"_s);
    const Finding b = finding(u"r"_s, u"p"_s, 9, u"  USER\troot "_s);
    QCOMPARE(Fingerprint::identityKey(a), Fingerprint::identityKey(b));
}

void tst_Fingerprint::duplicatesAreNumberedInLineOrder()
{
    // Reported out of line order (as concurrent analyzers may): numbering follows lines.
    QList<Finding> forward{finding(u"r"_s, u"p"_s, 2, u"x"_s), finding(u"r"_s, u"p"_s, 7, u"x"_s)};
    QList<Finding> backward{forward.at(1), forward.at(0)};
    QHash<QByteArray, int> seen1;
    QHash<QByteArray, int> seen2;
    Fingerprint::assign(forward, seen1);
    Fingerprint::assign(backward, seen2);
    QVERIFY(forward.at(0).fingerprint != forward.at(1).fingerprint);
    QCOMPARE(backward.at(1).fingerprint, forward.at(0).fingerprint); // line 2
    QCOMPARE(backward.at(0).fingerprint, forward.at(1).fingerprint); // line 7
    const QByteArray key = Fingerprint::identityKey(forward.at(0));
    QCOMPARE(forward.at(0).fingerprint, Fingerprint::compute(key, 0));
    QCOMPARE(forward.at(1).fingerprint, Fingerprint::compute(key, 1));
}

void tst_Fingerprint::occurrenceCountsCarryAcrossCalls()
{
    QList<Finding> first{finding(u"r"_s, u""_s, 0, u""_s)};
    QList<Finding> second{finding(u"r"_s, u""_s, 0, u""_s)};
    QHash<QByteArray, int> seen;
    Fingerprint::assign(first, seen);
    Fingerprint::assign(second, seen);
    QVERIFY(first.at(0).fingerprint != second.at(0).fingerprint);
}

void tst_Fingerprint::stableAcrossRuns()
{
    TreeBuilder tree(
            {{u"a.txt"_s, "one\nFINDME alpha\nFINDME beta\n"}, {u"sub/b.txt"_s, "FINDME alpha\n"}});
    const auto first = scan(tree.root());
    QCOMPARE(first.size(), 3);
    for (int run = 0; run < 3; ++run)
        QCOMPARE(scan(tree.root()), first);
}

void tst_Fingerprint::stableWhenLinesAreInsertedAbove()
{
    TreeBuilder tree({{u"a.txt"_s, "one\nFINDME alpha\ntwo\nFINDME beta\n"}});
    const auto before = scan(tree.root());
    QVERIFY(tree.writeFile(u"a.txt"_s,
                           "new first line\n\n\none\nFINDME alpha\ntwo\nFINDME beta\n"));
    const auto after = scan(tree.root());
    QCOMPARE(before.value(u"a.txt:2"_s), after.value(u"a.txt:5"_s));
    QCOMPARE(before.value(u"a.txt:4"_s), after.value(u"a.txt:7"_s));
    QVERIFY(!after.value(u"a.txt:5"_s).isEmpty());
}

void tst_Fingerprint::changesWhenTheLineChanges()
{
    TreeBuilder tree({{u"a.txt"_s, "FINDME alpha\nFINDME beta\n"}});
    const auto before = scan(tree.root());
    QVERIFY(tree.writeFile(u"a.txt"_s, "FINDME gamma\nFINDME beta\n"));
    const auto after = scan(tree.root());
    QVERIFY(before.value(u"a.txt:1"_s) != after.value(u"a.txt:1"_s));
    QCOMPARE(before.value(u"a.txt:2"_s), after.value(u"a.txt:2"_s));
}

void tst_Fingerprint::duplicateLinesInAFileDiffer()
{
    TreeBuilder tree(
            {{u"a.txt"_s, "FINDME same\nx\nFINDME same\n"}, {u"b.txt"_s, "FINDME same\n"}});
    const auto fps = scan(tree.root());
    QCOMPARE(fps.size(), 3);
    QCOMPARE(QSet<QString>(fps.cbegin(), fps.cend()).size(), 3);
    // Inserting lines between them keeps both identities.
    QVERIFY(tree.writeFile(u"a.txt"_s, "FINDME same\nx\ny\nz\nFINDME same\n"));
    const auto after = scan(tree.root());
    QCOMPARE(after.value(u"a.txt:1"_s), fps.value(u"a.txt:1"_s));
    QCOMPARE(after.value(u"a.txt:5"_s), fps.value(u"a.txt:3"_s));
}

} // namespace greenlight

QTEST_GUILESS_MAIN(greenlight::tst_Fingerprint)
#include "tst_Fingerprint.moc"
