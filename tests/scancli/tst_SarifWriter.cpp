#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "FixtureRepos.h"
#include "SampleReports.h"
#include "domain/Clock.h"
#include "greenlight/Version.h"
#include "scan/ScanRunner.h"
#include "scan/output/SarifWriter.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using namespace greenlight::test;

class tst_SarifWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void level_data();
    void level();
    void ruleName_data();
    void ruleName();
    void uris_data();
    void uris();
    void driverAndRules();
    void results();
    void runDetails();
    void schemaValidHandMadeReports();
    void schemaValidScanOfEveryCategory();

private:
    QJsonObject run(const ScanReport &report) const;
    // Writes the SARIF to a file and runs the official-schema validator on it.
    void validate(const QByteArray &sarif, const QString &name);

    QTemporaryDir m_dir;
};

void tst_SarifWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QJsonObject tst_SarifWriter::run(const ScanReport &report) const
{
    const QJsonObject root = QJsonDocument::fromJson(SarifWriter().write(report)).object();
    return root.value(u"runs"_s).toArray().first().toObject();
}

void tst_SarifWriter::level_data()
{
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("score");
    QTest::newRow("critical") << Severity::Critical << u"error"_s << u"9.5"_s;
    QTest::newRow("high") << Severity::High << u"error"_s << u"8.0"_s;
    QTest::newRow("medium") << Severity::Medium << u"warning"_s << u"5.5"_s;
    QTest::newRow("low") << Severity::Low << u"note"_s << u"3.0"_s;
    QTest::newRow("info") << Severity::Info << u"note"_s << QString();
}

void tst_SarifWriter::level()
{
    QFETCH(Severity, severity);
    QFETCH(QString, level);
    QFETCH(QString, score);
    QCOMPARE(SarifWriter::level(severity), level);
    QCOMPARE(SarifWriter::securitySeverity(severity), score);
}

void tst_SarifWriter::ruleName_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::newRow("docker") << u"docker.root-user"_s << u"DockerRootUser"_s;
    QTest::newRow("k8s") << u"k8s.no-pdb"_s << u"K8sNoPdb"_s;
    QTest::newRow("custom") << u"custom.audit-db-lockdown"_s << u"CustomAuditDbLockdown"_s;
    QTest::newRow("underscore") << u"custom.my_rule"_s << u"CustomMyRule"_s;
}

void tst_SarifWriter::ruleName()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QCOMPARE(SarifWriter::ruleName(id), name);
}

void tst_SarifWriter::uris_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("uri");
    QTest::newRow("plain") << u"src/app.py"_s << u"src/app.py"_s;
    QTest::newRow("space and brackets")
            << u"docs/odd name [v2] %.md"_s << u"docs/odd%20name%20%5Bv2%5D%20%25.md"_s;
    QTest::newRow("non-ascii") << u"dé/ü.txt"_s << u"d%C3%A9/%C3%BC.txt"_s;
    QTest::newRow("replacement char") << u"bad\uFFFDname"_s << u"bad%EF%BF%BDname"_s;
}

void tst_SarifWriter::uris()
{
    QFETCH(QString, path);
    QFETCH(QString, uri);
    QCOMPARE(SarifWriter::relativeUri(path), uri);
    QCOMPARE(SarifWriter::rootUri(u"/work/my repo"_s), u"file:///work/my%20repo/"_s);
    QCOMPARE(SarifWriter::rootUri(u"/"_s), u"file:///"_s);
}

void tst_SarifWriter::driverAndRules()
{
    const ScanReport report = SampleReports::mixed();
    const QJsonObject root = QJsonDocument::fromJson(SarifWriter().write(report)).object();
    QCOMPARE(root.value(u"version"_s).toString(), u"2.1.0"_s);
    QVERIFY(root.value(u"$schema"_s).toString().startsWith(u"https://"_s));
    QCOMPARE(root.value(u"runs"_s).toArray().size(), 1);

    const QJsonObject driver
            = run(report).value(u"tool"_s).toObject().value(u"driver"_s).toObject();
    QCOMPARE(driver.value(u"name"_s).toString(), u"Greenlight"_s);
    QCOMPARE(driver.value(u"semanticVersion"_s).toString(), QString::fromLatin1(VersionString));
    QVERIFY(driver.value(u"informationUri"_s).toString().startsWith(u"https://"_s));
    const QJsonArray rules = driver.value(u"rules"_s).toArray();
    QCOMPARE(rules.size(), report.rules.size());
    const QJsonObject ignore = rules.at(2).toObject();
    QCOMPARE(ignore.value(u"id"_s).toString(), u"docker.copy-without-dockerignore"_s);
    QCOMPARE(ignore.value(u"name"_s).toString(), u"DockerCopyWithoutDockerignore"_s);
    QCOMPARE(ignore.value(u"shortDescription"_s).toObject().value(u"text"_s).toString(),
             u"Title of docker.copy-without-dockerignore"_s);
    QCOMPARE(ignore.value(u"fullDescription"_s).toObject().value(u"text"_s).toString(),
             u"Why docker.copy-without-dockerignore matters."_s);
    QCOMPARE(ignore.value(u"help"_s).toObject().value(u"text"_s).toString(),
             u"How to fix docker.copy-without-dockerignore."_s);
    QCOMPARE(ignore.value(u"defaultConfiguration"_s).toObject().value(u"level"_s).toString(),
             u"error"_s);
    const QJsonObject properties = ignore.value(u"properties"_s).toObject();
    QCOMPARE(properties.value(u"tags"_s).toArray(), QJsonArray{u"containers"_s});
    QCOMPARE(properties.value(u"security-severity"_s).toString(), u"8.0"_s);
    QVERIFY(!rules.at(5)
                     .toObject()
                     .value(u"properties"_s)
                     .toObject()
                     .contains(u"security-severity"_s));
}

void tst_SarifWriter::results()
{
    const ScanReport report = SampleReports::mixed();
    const QJsonArray results = run(report).value(u"results"_s).toArray();
    QCOMPARE(results.size(), report.findings.size());

    const QJsonObject copy = results.at(2).toObject();
    QCOMPARE(copy.value(u"ruleId"_s).toString(), u"docker.copy-without-dockerignore"_s);
    QCOMPARE(copy.value(u"ruleIndex"_s).toInt(), 2);
    QCOMPARE(copy.value(u"level"_s).toString(), u"error"_s);
    QCOMPARE(copy.value(u"message"_s).toObject().value(u"text"_s).toString(),
             u"COPY . . without a .dockerignore"_s);
    QCOMPARE(copy.value(u"partialFingerprints"_s).toObject().value(u"greenlight/v1"_s).toString(),
             report.findings.at(2).fingerprint);
    const QJsonObject physical = copy.value(u"locations"_s)
                                         .toArray()
                                         .first()
                                         .toObject()
                                         .value(u"physicalLocation"_s)
                                         .toObject();
    const QJsonObject artifact = physical.value(u"artifactLocation"_s).toObject();
    QCOMPARE(artifact.value(u"uri"_s).toString(), u"Dockerfile"_s);
    QCOMPARE(artifact.value(u"uriBaseId"_s).toString(), u"%SRCROOT%"_s);
    const QJsonObject region = physical.value(u"region"_s).toObject();
    QCOMPARE(region.value(u"startLine"_s).toInt(), 5);
    QCOMPARE(region.value(u"startColumn"_s).toInt(), 1);
    QCOMPARE(region.value(u"endLine"_s).toInt(), 5);
    QCOMPARE(region.value(u"endColumn"_s).toInt(), 9);
    QCOMPARE(region.value(u"snippet"_s).toObject().value(u"text"_s).toString(), u"COPY . ."_s);

    // Whole-file finding: a location without a region.
    const QJsonObject wholeFile = results.at(1).toObject();
    QCOMPARE(wholeFile.value(u"properties"_s).toObject().value(u"itemKeys"_s).toArray(),
             QJsonArray({u"SEC-010"_s, u"INF-002"_s}));
    QVERIFY(!wholeFile.value(u"locations"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"physicalLocation"_s)
                     .toObject()
                     .contains(u"region"_s));
    // Repository-level finding: the root itself.
    const QJsonObject repoLevel = results.at(3).toObject();
    QCOMPARE(repoLevel.value(u"level"_s).toString(), u"warning"_s);
    const QJsonObject repoPhysical = repoLevel.value(u"locations"_s)
                                             .toArray()
                                             .first()
                                             .toObject()
                                             .value(u"physicalLocation"_s)
                                             .toObject();
    QCOMPARE(repoPhysical.value(u"artifactLocation"_s).toObject().value(u"uri"_s).toString(),
             u"."_s);
    QVERIFY(!repoPhysical.contains(u"region"_s));
    QCOMPARE(results.at(6).toObject().value(u"level"_s).toString(), u"note"_s);
    // The secret's hash never leaves the process.
    QVERIFY(!SarifWriter().write(report).contains(report.findings.first().secretHash.toUtf8()));
}

void tst_SarifWriter::runDetails()
{
    const QJsonObject details = run(SampleReports::mixed());
    QCOMPARE(details.value(u"originalUriBaseIds"_s)
                     .toObject()
                     .value(u"%SRCROOT%"_s)
                     .toObject()
                     .value(u"uri"_s)
                     .toString(),
             u"file:///work/repos/ledger/"_s);
    const QJsonObject provenance
            = details.value(u"versionControlProvenance"_s).toArray().first().toObject();
    QCOMPARE(provenance.value(u"revisionId"_s).toString(),
             u"0123456789abcdef0123456789abcdef01234567"_s);
    QCOMPARE(provenance.value(u"branch"_s).toString(), u"main"_s);
    QCOMPARE(provenance.value(u"repositoryUri"_s).toString(), u"file:///work/repos/ledger/"_s);
    const QJsonObject invocation = details.value(u"invocations"_s).toArray().first().toObject();
    QCOMPARE(invocation.value(u"executionSuccessful"_s).toBool(), true);
    QCOMPARE(invocation.value(u"startTimeUtc"_s).toString(), u"2024-05-06T07:08:09.250Z"_s);
    QCOMPARE(invocation.value(u"endTimeUtc"_s).toString(), u"2024-05-06T07:08:10.750Z"_s);
    // The Helm note and the three non-binary skipped files; the binary one is only counted.
    const QJsonArray notifications = invocation.value(u"toolExecutionNotifications"_s).toArray();
    QCOMPARE(notifications.size(), 4);
    QCOMPARE(notifications.at(1)
                     .toObject()
                     .value(u"message"_s)
                     .toObject()
                     .value(u"text"_s)
                     .toString(),
             u"data/dump.sql: skipped (too-large, 12.4 MiB, limit 5 MiB)"_s);

    ScanReport report = SampleReports::clean();
    report.metadata.isGitRepository = false;
    report.metadata.cancelled = true;
    const QJsonObject cancelled = run(report);
    QVERIFY(!cancelled.contains(u"versionControlProvenance"_s));
    QCOMPARE(cancelled.value(u"invocations"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"executionSuccessful"_s)
                     .toBool(),
             false);
    QCOMPARE(cancelled.value(u"results"_s).toArray().size(), 0);
}

void tst_SarifWriter::validate(const QByteArray &sarif, const QString &name)
{
    const QString node = QStringLiteral(GREENLIGHT_NODE);
    if (node.isEmpty() || node.endsWith(u"NOTFOUND"_s) || !QFileInfo(node).isExecutable())
        QFAIL("node is not installed: the SARIF schema check needs node and npm (run "
              "scripts/bootstrap, then re-run cmake)");
    const QString validator = QStringLiteral(GREENLIGHT_SARIF_VALIDATOR);
    const QString modules = QFileInfo(validator).absolutePath() + u"/node_modules/ajv-draft-04"_s;
    if (!QFileInfo::exists(modules))
        QFAIL(qPrintable(u"the Node test tools are not installed in %1: run ctest (its "
                         u"npm_tools_install fixture installs them) or npm ci --prefix there"_s.arg(
                                 QFileInfo(validator).absolutePath())));

    const QString path = m_dir.filePath(name);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(sarif), sarif.size());
    file.close();

    QProcess process;
    process.start(node, {validator, path});
    QVERIFY(process.waitForFinished(60000));
    const QString output
            = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(output));
    QVERIFY2(output.contains(u"valid SARIF 2.1.0"_s), qPrintable(output));
}

void tst_SarifWriter::schemaValidHandMadeReports()
{
    validate(SarifWriter().write(SampleReports::mixed()), u"mixed.sarif"_s);
    ScanReport report = SampleReports::clean();
    report.metadata.isGitRepository = false;
    report.metadata.cancelled = true;
    report.metadata.finishedAt = QDateTime();
    validate(SarifWriter().write(report), u"cancelled.sarif"_s);
}

void tst_SarifWriter::schemaValidScanOfEveryCategory()
{
    TreeBuilder tree(FixtureRepos::everyCategory());
    QVERIFY(tree.isValid());
    if (TreeBuilder::gitAvailable())
        QVERIFY2(tree.gitInit() && tree.gitCommitAll(), qPrintable(tree.lastGitError()));

    ScanOptions options;
    options.root = tree.root();
    options.customRules = {FixtureRepos::lockdownRule()};
    options.itemKeysByRule.insert(u"docker.copy-without-dockerignore"_s, {u"SEC-012"_s});
    const std::atomic_bool cancel{false};
    const auto scanned = ScanRunner::run(options, cancel, {}, SystemClock::instance());
    QVERIFY2(scanned.ok(), qPrintable(scanned.errorMessage()));
    const ScanReport &report = *scanned;

    // Every category of the catalogue found something here, repository-level rules too.
    QSet<QString> categories;
    for (const RuleInfo &rule : report.rules)
        categories.insert(rule.category);
    QSet<QString> found;
    bool repositoryLevel = false;
    for (const Finding &finding : report.findings) {
        for (const RuleInfo &rule : report.rules) {
            if (rule.id == finding.ruleId) {
                found.insert(rule.category);
                repositoryLevel = repositoryLevel || finding.location.path.isEmpty();
            }
        }
    }
    const QSet<QString> missing = categories - found;
    QVERIFY2(missing.isEmpty(),
             qPrintable(u"no finding in: "_s + QStringList(missing.values()).join(u", "_s)));
    QVERIFY(repositoryLevel);
    QVERIFY(!report.skipped.isEmpty()); // the PNG
    QVERIFY(!report.notes.isEmpty());   // the Helm template

    const QByteArray sarif = SarifWriter().write(report);
    validate(sarif, u"every-category.sarif"_s);
    // Secrets are planted in the tree; none of them may reach the SARIF in clear (a short
    // prefix may: redaction keeps one).
    for (const QByteArray &secret : FixtureRepos::plantedSecrets())
        QVERIFY2(!sarif.contains(secret.right(10)), secret.left(4).constData());
}

QTEST_GUILESS_MAIN(tst_SarifWriter)
#include "tst_SarifWriter.moc"
