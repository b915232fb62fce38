// The seeds' systems rebuilt as fixture repositories and scanned by the real greenlight-cli
// with the shipped templates (their custom rules included): seed 001's review is the model
// of what a scan must find, seeds 000/003 describe a system that must pass the gate.
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "CliProcess.h"
#include "FixtureRepos.h"

using namespace Qt::StringLiterals;
using namespace greenlight::test;

namespace {

struct Scan
{
    int exitCode = -1;
    QJsonObject report;
    QList<QJsonObject> findings;
    QString err;
};

QString describe(const QJsonObject &finding)
{
    const QJsonObject location = finding.value(u"location"_s).toObject();
    return u"%1 %2 %3:%4: %5"_s
            .arg(finding.value(u"severity"_s).toString(),
                 finding.value(u"ruleId"_s).toString(),
                 location.value(u"path"_s).toString())
            .arg(location.value(u"line"_s).toInt())
            .arg(finding.value(u"message"_s).toString());
}

QString describeAll(const QList<QJsonObject> &findings)
{
    QStringList lines;
    for (const QJsonObject &finding : findings)
        lines.append(describe(finding));
    return lines.join(u'\n');
}

} // namespace

class tst_SeedFixtures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void seed001FindsTheReviewsFindings();
    void seed001TextReadsLikeTheReview();
    void hardenedSystemPassesTheGate();

private:
    Scan scan(const QString &root, const QStringList &extra = {}) const;
    static QList<QJsonObject> matching(const Scan &scan,
                                       const std::function<bool(const QJsonObject &)> &predicate);

    CliProcess m_cli;
};

void tst_SeedFixtures::initTestCase()
{
    QVERIFY(QFileInfo(CliProcess::executable()).isExecutable());
    QVERIFY(m_cli.isValid());
}

Scan tst_SeedFixtures::scan(const QString &root, const QStringList &extra) const
{
    const ProcessRun run
            = m_cli.run(QStringList{u"scan"_s, root, u"--format"_s, u"json"_s} + extra);
    Scan result{run.exitCode, QJsonDocument::fromJson(run.out.toUtf8()).object(), {}, run.err};
    for (const QJsonValue &finding : result.report.value(u"findings"_s).toArray())
        result.findings.append(finding.toObject());
    return result;
}

QList<QJsonObject> tst_SeedFixtures::matching(
        const Scan &scan, const std::function<bool(const QJsonObject &)> &predicate)
{
    QList<QJsonObject> found;
    for (const QJsonObject &finding : scan.findings) {
        if (predicate(finding))
            found.append(finding);
    }
    return found;
}

void tst_SeedFixtures::seed001FindsTheReviewsFindings()
{
    TreeBuilder tree(FixtureRepos::seed001());
    QVERIFY(tree.isValid());
    const Scan result = scan(tree.root());
    QVERIFY2(!result.report.isEmpty(), qPrintable(result.err));
    const QString all = describeAll(result.findings);
    qDebug().noquote() << "seed 001 findings:\n"_L1 + all;

    // [HIGH-001] Missing .dockerignore (with COPY . .)
    const auto dockerignore = matching(result, [](const QJsonObject &f) {
        return f.value(u"ruleId"_s).toString() == "docker.copy-without-dockerignore"_L1;
    });
    QVERIFY2(dockerignore.size() == 1, qPrintable(all));
    QCOMPARE(dockerignore.first().value(u"severity"_s).toString(), u"high"_s);
    QVERIFY(!dockerignore.first().value(u"itemKeys"_s).toArray().isEmpty());

    // [MEDIUM-002] The audit database is not locked down: a custom rule of a shipped template.
    const auto lockdown = matching(result, [](const QJsonObject &f) {
        return f.value(u"ruleId"_s).toString().startsWith(u"custom."_s)
               && f.value(u"location"_s).toObject().value(u"path"_s).toString()
                          == "entrypoint.sh"_L1;
    });
    QVERIFY2(lockdown.size() == 1, qPrintable(all));
    QCOMPARE(lockdown.first().value(u"severity"_s).toString(), u"medium"_s);
    QVERIFY(!lockdown.first().value(u"itemKeys"_s).toArray().isEmpty());

    // [LOW-003] pytest and pytest-django in the production requirements, lines 23-24.
    const auto testDeps = matching(result, [](const QJsonObject &f) {
        return f.value(u"ruleId"_s).toString() == "deps.test-in-prod"_L1;
    });
    QList<int> lines;
    for (const QJsonObject &finding : testDeps) {
        QCOMPARE(finding.value(u"severity"_s).toString(), u"low"_s);
        QCOMPARE(finding.value(u"location"_s).toObject().value(u"path"_s).toString(),
                 u"requirements.txt"_s);
        lines.append(finding.value(u"location"_s).toObject().value(u"line"_s).toInt());
    }
    std::sort(lines.begin(), lines.end());
    QCOMPARE(lines, QList<int>({23, 24}));

    // The review's verdict: not ready without fixes.
    QCOMPARE(result.exitCode, 1);
}

void tst_SeedFixtures::seed001TextReadsLikeTheReview()
{
    TreeBuilder tree(FixtureRepos::seed001());
    const ProcessRun run = m_cli.run({u"scan"_s, tree.root()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"- Rule: docker.copy-without-dockerignore\n"_s),
             qPrintable(run.out));
    QVERIFY(run.out.contains(u"- Location: `requirements.txt:23`\n"_s));
    QVERIFY(run.out.contains(u"- Location: `requirements.txt:24`\n"_s));
    QVERIFY(run.out.contains(u"- Location: `entrypoint.sh`"_s));
    QVERIFY(run.out.contains(u"Result:    FAILED"_s));
    const qsizetype high = run.out.indexOf(u"[HIGH-"_s);
    const qsizetype medium = run.out.indexOf(u"[MEDIUM-"_s);
    const qsizetype low = run.out.indexOf(u"[LOW-"_s);
    QVERIFY(high > 0 && medium > high && low > medium);
}

void tst_SeedFixtures::hardenedSystemPassesTheGate()
{
    TreeBuilder tree(FixtureRepos::hardened());
    QVERIFY(tree.isValid());
    const Scan result = scan(tree.root());
    QVERIFY2(!result.report.isEmpty(), qPrintable(result.err));
    const auto severe = matching(result, [](const QJsonObject &f) {
        const QString severity = f.value(u"severity"_s).toString();
        return severity == "critical"_L1 || severity == "high"_L1;
    });
    QVERIFY2(severe.isEmpty(),
             qPrintable(u"high/critical findings on the hardened system:\n"_s
                        + describeAll(severe)));
    QCOMPARE(result.exitCode, 0);
    if (!result.findings.isEmpty())
        qDebug().noquote() << "hardened system, medium and below:\n"_L1
                                      + describeAll(result.findings);
    // It really was scanned: the rules ran over its files.
    QVERIFY(result.report.value(u"metadata"_s).toObject().value(u"filesScanned"_s).toInt() >= 15);
    QVERIFY(result.report.value(u"metadata"_s).toObject().value(u"rulesRun"_s).toArray().size()
            >= 40);
}

QTEST_GUILESS_MAIN(tst_SeedFixtures)
#include "tst_SeedFixtures.moc"
