#include <ctime>

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include "CollectingSink.h"
#include "SecretCases.h"
#include "SecretSamples.h"
#include "scan/Redaction.h"
#include "scan/ScannedFile.h"
#include "scan/analyzers/SecretsAnalyzer.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using namespace greenlight::test;
namespace s = greenlight::test::samples;

namespace {

ScannedFile scanned(const QString &path, const QByteArray &content)
{
    return {path, path.mid(path.lastIndexOf(u'/') + 1), content};
}

} // namespace

class tst_SecretsAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void rulesCatalogue();
    void positives_data();
    void positives();
    void negatives_data();
    void negatives();
    void wants_data();
    void wants();
    void dotenv_data();
    void dotenv();
    void serviceAccountIsOneFinding();
    void twoSecretsOnOneLineAreBothMasked();
    void lineNumbersOnLongFiles();
    void capsFindingsPerFile();
    void throughput_data();
    void throughput();
};

void tst_SecretsAnalyzer::rulesCatalogue()
{
    const QList<RuleInfo> rules = SecretsAnalyzer().rules();
    QStringList ids;
    for (const RuleInfo &rule : rules) {
        ids.append(rule.id);
        QCOMPARE(rule.category, u"secrets"_s);
        QVERIFY(!rule.title.isEmpty());
        QVERIFY(rule.rationale.size() > 80);
        QVERIFY(rule.fix.size() > 80);
    }
    ids.sort();
    QCOMPARE(ids,
             QStringList({u"secrets.cloud-key"_s,
                          u"secrets.dotenv-committed"_s,
                          u"secrets.generic-assignment"_s,
                          u"secrets.private-key"_s,
                          u"secrets.token"_s,
                          u"secrets.url-password"_s}));
    for (const RuleInfo &rule : rules) {
        if (rule.id == "secrets.private-key"_L1 || rule.id == "secrets.cloud-key"_L1)
            QCOMPARE(rule.severity, Severity::Critical);
        else if (rule.id == "secrets.generic-assignment"_L1)
            QCOMPARE(rule.severity, Severity::Medium);
        else
            QCOMPARE(rule.severity, Severity::High);
    }
}

void tst_SecretsAnalyzer::positives_data()
{
    addSecretPositives();
}

void tst_SecretsAnalyzer::positives()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, content);
    QFETCH(QString, rule);
    QFETCH(int, line);
    QFETCH(QByteArray, secret);

    SecretsAnalyzer analyzer;
    QVERIFY(analyzer.wants(path, path.mid(path.lastIndexOf(u'/') + 1)));
    CollectingSink sink;
    analyzer.analyze(scanned(path, content), sink);

    const QList<Finding> matching = sink.withRule(rule);
    QVERIFY2(matching.size() == 1,
             qPrintable(u"%1 findings of %2 (all: %3)"_s.arg(matching.size())
                                .arg(rule)
                                .arg(sink.findings.size())));
    const Finding &finding = matching.first();
    QCOMPARE(finding.location.path, path);
    QCOMPARE(finding.location.line, line);
    QVERIFY(finding.location.column >= 1);
    QVERIFY(!finding.message.isEmpty());
    QVERIFY(!finding.snippet.isEmpty());
    QVERIFY(finding.snippet.size() <= 200);
    QCOMPARE(finding.secretHash.size(), 64);
    // Nothing in clear anywhere, in any finding of the file.
    const QString clear = QString::fromUtf8(secret);
    for (const Finding &any : std::as_const(sink.findings)) {
        QVERIFY2(!any.snippet.contains(clear), qPrintable(any.snippet));
        QVERIFY2(!any.message.contains(clear), qPrintable(any.message));
        if (clear.size() > 16) {
            QVERIFY2(!any.snippet.contains(clear.mid(6, 10)), qPrintable(any.snippet));
            QVERIFY2(!any.message.contains(clear.mid(6, 10)), qPrintable(any.message));
        }
    }
    // The hash identifies the secret itself (token-shaped secrets hash their own text).
    if (rule == "secrets.token"_L1 || rule == "secrets.url-password"_L1
        || rule == "secrets.generic-assignment"_L1)
        QCOMPARE(finding.secretHash, Redaction::secretHash(clear));
}

void tst_SecretsAnalyzer::negatives_data()
{
    addSecretNegatives();
}

void tst_SecretsAnalyzer::negatives()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, content);
    SecretsAnalyzer analyzer;
    CollectingSink sink;
    analyzer.analyze(scanned(path, content), sink);
    for (const Finding &finding : std::as_const(sink.findings))
        qWarning() << finding.ruleId << finding.location.line << finding.snippet;
    QCOMPARE(sink.findings.size(), 0);
}

void tst_SecretsAnalyzer::wants_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("wanted");
    QTest::newRow("python") << u"app/settings.py"_s << true;
    QTest::newRow("dotenv") << u".env"_s << true;
    QTest::newRow("no extension") << u"deploy/id_rsa"_s << true;
    QTest::newRow("pem") << u"certs/server.pem"_s << true;
    QTest::newRow("package-lock") << u"package-lock.json"_s << false;
    QTest::newRow("yarn.lock") << u"web/yarn.lock"_s << false;
    QTest::newRow("poetry.lock") << u"poetry.lock"_s << false;
    QTest::newRow("Cargo.lock") << u"Cargo.lock"_s << false;
    QTest::newRow("go.sum") << u"go.sum"_s << false;
    QTest::newRow("pnpm lock") << u"pnpm-lock.yaml"_s << false;
    QTest::newRow("minified") << u"static/app.min.js"_s << false;
    QTest::newRow("source map") << u"static/app.js.map"_s << false;
    QTest::newRow("svg") << u"static/logo.svg"_s << false;
    QTest::newRow("png") << u"static/logo.PNG"_s << false;
    QTest::newRow("font") << u"static/font.woff2"_s << false;
    QTest::newRow("node_modules") << u"node_modules/left-pad/index.js"_s << false;
    QTest::newRow("nested node_modules") << u"web/node_modules/x/config.js"_s << false;
    QTest::newRow("go vendor") << u"vendor/golang.org/x/crypto/key.go"_s << false;
    QTest::newRow("vendor-like name") << u"src/vendors/list.py"_s << true;
}

void tst_SecretsAnalyzer::wants()
{
    QFETCH(QString, path);
    QFETCH(bool, wanted);
    QCOMPARE(SecretsAnalyzer().wants(path, path.mid(path.lastIndexOf(u'/') + 1)), wanted);
}

void tst_SecretsAnalyzer::dotenv_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("line"); // 0 = no dotenv finding

    QTest::newRow(".env") << u".env"_s << QByteArray("# local settings\n\nDEBUG=true\nDB_HOST=db\n")
                          << 3;
    QTest::newRow(".env.production")
            << u"deploy/.env.production"_s << QByteArray("export API_URL=\"https://api\"\n") << 1;
    QTest::newRow(".env.local") << u".env.local"_s << QByteArray("EMPTY=\nNAME=value\n") << 2;
    QTest::newRow("only empty values") << u".env"_s << QByteArray("# none\nA=\nB=\"\"\n") << 0;
    QTest::newRow(".env.example") << u".env.example"_s << QByteArray("DB_PASSWORD=secret\n") << 0;
    QTest::newRow(".env.sample") << u".env.sample"_s << QByteArray("A=b\n") << 0;
    QTest::newRow(".env.template") << u".env.template"_s << QByteArray("A=b\n") << 0;
    QTest::newRow(".env.dist") << u".env.dist"_s << QByteArray("A=b\n") << 0;
    QTest::newRow("envrc is not dotenv") << u".envrc"_s << QByteArray("export A=b\n") << 0;
}

void tst_SecretsAnalyzer::dotenv()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, content);
    QFETCH(int, line);
    CollectingSink sink;
    SecretsAnalyzer().analyze(scanned(path, content), sink);
    const QList<Finding> found = sink.withRule(u"secrets.dotenv-committed"_s);
    QCOMPARE(found.size(), line == 0 ? 0 : 1);
    if (line == 0)
        return;
    QCOMPARE(found.first().location.line, line);
    QVERIFY(found.first().message.contains(path));
    // The value is masked in the snippet: "DEBUG=true" -> "DEBUG=t***..." never the value.
    QVERIFY(found.first().snippet.contains(u"*"_s));
}

void tst_SecretsAnalyzer::serviceAccountIsOneFinding()
{
    const QByteArray json = "{\n  \"type\": \"service_account\",\n  \"project_id\": \"acme\",\n"
                            "  \"private_key_id\": \"4f2a\",\n  \"private_key\": \"-----BEGIN "
                            "PRIVATE KEY-----\\n"
                            + s::pemBodyEscaped()
                            + "-----END PRIVATE KEY-----\\n\",\n  \"client_email\": "
                              "\"svc@acme.iam.gserviceaccount.com\"\n}\n";
    CollectingSink sink;
    SecretsAnalyzer().analyze(scanned(u"gcp/sa.json"_s, json), sink);
    QCOMPARE(sink.findings.size(), 1);
    QCOMPARE(sink.findings.first().ruleId, u"secrets.cloud-key"_s);
    QCOMPARE(sink.findings.first().location.line, 5);
    QVERIFY(!sink.findings.first().snippet.contains(QString::fromLatin1(s::rsaLines[0].left(20))));
    QVERIFY(sink.findings.first().message.contains(u"service-account"_s));
}

void tst_SecretsAnalyzer::twoSecretsOnOneLineAreBothMasked()
{
    const QByteArray line = "cfg = {'token': '" + s::githubToken
                            + "', 'url': 'postgres://u:" + s::password12 + "@db/app'}\n";
    CollectingSink sink;
    SecretsAnalyzer().analyze(scanned(u"app/cfg.py"_s, line), sink);
    QCOMPARE(sink.findings.size(), 2);
    for (const Finding &finding : std::as_const(sink.findings)) {
        QVERIFY(!finding.snippet.contains(QString::fromLatin1(s::githubToken)));
        QVERIFY(!finding.snippet.contains(QString::fromLatin1(s::password12)));
        QVERIFY(finding.snippet.startsWith(u"cfg = {'token': 'ghp_"_s));
    }
}

void tst_SecretsAnalyzer::lineNumbersOnLongFiles()
{
    QByteArray content;
    for (int i = 1; i < 5000; ++i)
        content += "line " + QByteArray::number(i)
                   + " of ordinary text: token counts, https://host/x\n";
    content += "GITHUB = '" + s::githubToken + "'\n"; // line 5000
    for (int i = 0; i < 100; ++i)
        content += "more text\n";
    content += "KEY = '" + s::awsKeyId + "'\n"; // line 5101
    CollectingSink sink;
    SecretsAnalyzer().analyze(scanned(u"big.py"_s, content), sink);
    QCOMPARE(sink.findings.size(), 2);
    QCOMPARE(sink.findings.at(0).location.line, 5000);
    QCOMPARE(sink.findings.at(0).location.column, 11);
    QCOMPARE(sink.findings.at(1).location.line, 5101);
}

void tst_SecretsAnalyzer::capsFindingsPerFile()
{
    QByteArray content;
    for (int i = 0; i < 150; ++i)
        content += "k" + QByteArray::number(i) + " = '" + s::githubToken + "'\n";
    CollectingSink sink;
    SecretsAnalyzer().analyze(scanned(u"dump.py"_s, content), sink);
    QCOMPARE(sink.findings.size(), SecretsAnalyzer::MaxFindingsPerFile);
    QCOMPARE(sink.notes.size(), 1);
}

void tst_SecretsAnalyzer::throughput_data()
{
    QTest::addColumn<int>("anchorEvery"); // one anchor-ish word per N words; 0 = none
    // Prefilter-negative code: the common case of a scan.
    QTest::newRow("no anchors") << 0;
    // Realistic: a URL, "token" or "password" every few lines, nothing that is a secret.
    QTest::newRow("sparse near-misses") << 40;
    // Worst case: every third word is a keyword, URL or "task-"/"disk-" look-alike.
    QTest::newRow("dense near-misses") << 3;
}

void tst_SecretsAnalyzer::throughput()
{
    QFETCH(int, anchorEvery);
    static const char *const code[] = {"int",    "return", "const",    "auto",   "value",
                                       "config", "parser", "function", "self",   "import",
                                       "from",   "while",  "(",        ")",      "{",
                                       "}",      "=",      ";",        "# note", "for",
                                       "if",     "else",   "QString",  "items",  "std::vector<int>",
                                       "count",  "result", "name",     "path",   "index",
                                       "buffer", "size"};
    static const char *const nearMisses[] = {"token",
                                             "password",
                                             "secret",
                                             "api_key = value",
                                             "https://docs.python.org/3",
                                             "task-queue",
                                             "disk-size",
                                             "access_key",
                                             "PASSWORD = os.environ[\"X\"]",
                                             "tokenizer = \"bert-base-uncased\""};
    QRandomGenerator random(42);
    QByteArray block;
    block.reserve(1 << 20);
    int word = 0;
    while (block.size() < (1 << 20)) {
        const int count = 4 + int(random.bounded(10));
        for (int i = 0; i < count; ++i, ++word) {
            if (anchorEvery && word % anchorEvery == 0)
                block += nearMisses[random.bounded(int(std::size(nearMisses)))];
            else
                block += code[random.bounded(int(std::size(code)))];
            block += ' ';
        }
        block += '\n';
    }
    QByteArray text;
    text.reserve(100 << 20);
    for (int i = 0; i < 100; ++i)
        text += block;
    const std::string_view view(text.constData(), std::size_t(text.size()));

    // CPU time of this thread besides wall time: the box is shared, wall time says more
    // about the neighbours than about the scanner.
    const auto cpuSeconds = [] {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
    };
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuSeconds();
    const auto matches = SecretsAnalyzer::findSecrets(view, u"mixed.py");
    const double cpu = std::max(1e-6, cpuSeconds() - cpuStart);
    const double wall = std::max<qint64>(1, timer.elapsed()) / 1e3;
    QCOMPARE(matches.size(), std::size_t(0));
    qInfo("secrets scan, %s: %.0f MB, %.0f MB/s CPU (%.2f s), %.0f MB/s wall (single thread)",
          QTest::currentDataTag(),
          text.size() / 1e6,
          text.size() / 1e6 / cpu,
          cpu,
          text.size() / 1e6 / wall);
}

QTEST_GUILESS_MAIN(tst_SecretsAnalyzer)
#include "tst_SecretsAnalyzer.moc"
