#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "SampleReports.h"
#include "greenlight/Version.h"
#include "scan/output/ScanJsonWriter.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using namespace greenlight::test;

class tst_ScanJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void topLevelShape();
    void metadata();
    void summary();
    void rules();
    void findingsCarryEveryField();
    void secretsNeverAppear();
    void skippedAndNotes();
    void gate_data();
    void gate();
    void record();

private:
    static QJsonObject parse(const ScanJsonWriter &writer, const ScanReport &report);
};

QJsonObject tst_ScanJsonWriter::parse(const ScanJsonWriter &writer, const ScanReport &report)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(writer.write(report), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString();
    return document.object();
}

void tst_ScanJsonWriter::topLevelShape()
{
    const QJsonObject root = parse(ScanJsonWriter(), SampleReports::mixed());
    QCOMPARE(root.value(u"formatVersion"_s).toInt(), 1);
    QCOMPARE(root.value(u"tool"_s).toObject().value(u"name"_s).toString(), u"Greenlight"_s);
    QCOMPARE(root.value(u"tool"_s).toObject().value(u"version"_s).toString(),
             QString::fromLatin1(VersionString));
    for (const QString &key :
         {u"metadata"_s, u"summary"_s, u"rules"_s, u"findings"_s, u"skipped"_s, u"notes"_s})
        QVERIFY2(root.contains(key), qPrintable(key));
    QVERIFY2(!root.contains(u"record"_s), "no record unless the scan was recorded");
}

void tst_ScanJsonWriter::metadata()
{
    const QJsonObject meta
            = parse(ScanJsonWriter(), SampleReports::mixed()).value(u"metadata"_s).toObject();
    QCOMPARE(meta.value(u"root"_s).toString(), u"/work/repos/ledger"_s);
    const QJsonObject git = meta.value(u"git"_s).toObject();
    QCOMPARE(git.value(u"repository"_s).toBool(), true);
    QCOMPARE(git.value(u"head"_s).toString(), u"0123456789abcdef0123456789abcdef01234567"_s);
    QCOMPARE(git.value(u"branch"_s).toString(), u"main"_s);
    QCOMPARE(git.value(u"dirty"_s).toBool(), true);
    QCOMPARE(meta.value(u"startedAt"_s).toString(), u"2024-05-06T07:08:09.250Z"_s);
    QCOMPARE(meta.value(u"finishedAt"_s).toString(), u"2024-05-06T07:08:10.750Z"_s);
    QCOMPARE(meta.value(u"ruleSetVersion"_s).toString(), u"2024.1"_s);
    QCOMPARE(meta.value(u"rulesRun"_s).toArray().size(), 7);
    QCOMPARE(meta.value(u"filesScanned"_s).toInt(), 42);
    QCOMPARE(meta.value(u"bytesScanned"_s).toInteger(), 3 * 1024 * 1024 + 512 * 1024);
    QCOMPARE(meta.value(u"filesSkipped"_s).toInt(), 4);
    QCOMPARE(meta.value(u"cancelled"_s).toBool(), false);
}

void tst_ScanJsonWriter::summary()
{
    const QJsonObject summary
            = parse(ScanJsonWriter(), SampleReports::mixed()).value(u"summary"_s).toObject();
    QCOMPARE(summary.value(u"findings"_s).toInt(), 7);
    const QJsonObject bySeverity = summary.value(u"findingsBySeverity"_s).toObject();
    QCOMPARE(bySeverity.value(u"critical"_s).toInt(), 1);
    QCOMPARE(bySeverity.value(u"high"_s).toInt(), 2);
    QCOMPARE(bySeverity.value(u"medium"_s).toInt(), 1);
    QCOMPARE(bySeverity.value(u"low"_s).toInt(), 2);
    QCOMPARE(bySeverity.value(u"info"_s).toInt(), 1);
    const QJsonObject byReason = summary.value(u"skippedByReason"_s).toObject();
    QCOMPARE(byReason.value(u"binary"_s).toInt(), 1);
    QCOMPARE(byReason.value(u"too-large"_s).toInt(), 1);
    QCOMPARE(byReason.value(u"unreadable"_s).toInt(), 1);
    QCOMPARE(byReason.value(u"symlink-loop"_s).toInt(), 1);
    QCOMPARE(byReason.value(u"special-file"_s).toInt(), 0);
    QVERIFY(!summary.contains(u"passed"_s));
}

void tst_ScanJsonWriter::rules()
{
    const QJsonArray rules
            = parse(ScanJsonWriter(), SampleReports::mixed()).value(u"rules"_s).toArray();
    QCOMPARE(rules.size(), 7);
    const QJsonObject policy = rules.at(3).toObject();
    QCOMPARE(policy.value(u"id"_s).toString(), u"k8s.no-network-policy"_s);
    QCOMPARE(policy.value(u"severity"_s).toString(), u"medium"_s);
    QCOMPARE(policy.value(u"title"_s).toString(), u"Title of k8s.no-network-policy"_s);
    QCOMPARE(policy.value(u"rationale"_s).toString(), u"Why k8s.no-network-policy matters."_s);
    QCOMPARE(policy.value(u"fix"_s).toString(), u"How to fix k8s.no-network-policy."_s);
    QCOMPARE(policy.value(u"category"_s).toString(), u"kubernetes"_s);
    QCOMPARE(policy.value(u"repositoryLevel"_s).toBool(), true);
}

void tst_ScanJsonWriter::findingsCarryEveryField()
{
    const ScanReport report = SampleReports::mixed();
    const QJsonArray findings = parse(ScanJsonWriter(), report).value(u"findings"_s).toArray();
    QCOMPARE(findings.size(), report.findings.size());
    const QJsonObject copy = findings.at(2).toObject();
    QCOMPARE(copy.value(u"ruleId"_s).toString(), u"docker.copy-without-dockerignore"_s);
    QCOMPARE(copy.value(u"severity"_s).toString(), u"high"_s);
    QCOMPARE(copy.value(u"title"_s).toString(), u"Title of docker.copy-without-dockerignore"_s);
    QCOMPARE(copy.value(u"message"_s).toString(), u"COPY . . without a .dockerignore"_s);
    QCOMPARE(copy.value(u"snippet"_s).toString(), u"COPY . ."_s);
    QCOMPARE(copy.value(u"fix"_s).toString(), u"How to fix docker.copy-without-dockerignore."_s);
    QCOMPARE(copy.value(u"fingerprint"_s).toString(), report.findings.at(2).fingerprint);
    QCOMPARE(copy.value(u"secret"_s).toBool(), false);
    const QJsonObject location = copy.value(u"location"_s).toObject();
    QCOMPARE(location.value(u"path"_s).toString(), u"Dockerfile"_s);
    QCOMPARE(location.value(u"line"_s).toInt(), 5);
    QCOMPARE(location.value(u"column"_s).toInt(), 1);
    QCOMPARE(location.value(u"endLine"_s).toInt(), 5);
    QCOMPARE(location.value(u"endColumn"_s).toInt(), 9);

    const QJsonObject root = findings.at(1).toObject();
    QCOMPARE(root.value(u"itemKeys"_s).toArray(), QJsonArray({u"SEC-010"_s, u"INF-002"_s}));
    const QJsonObject repoLevel = findings.at(3).toObject();
    QCOMPARE(repoLevel.value(u"location"_s).toObject().value(u"path"_s).toString(), QString());
    QCOMPARE(repoLevel.value(u"location"_s).toObject().value(u"line"_s).toInt(), 0);
}

void tst_ScanJsonWriter::secretsNeverAppear()
{
    const ScanReport report = SampleReports::mixed();
    const QByteArray json = ScanJsonWriter().write(report);
    // Not even the secret's hash: a bare hash of a weak password can be looked up.
    QVERIFY(!json.contains(report.findings.first().secretHash.toUtf8()));
    QVERIFY(!json.contains("secretHash"));
    const QJsonObject secret = QJsonDocument::fromJson(json)
                                       .object()
                                       .value(u"findings"_s)
                                       .toArray()
                                       .first()
                                       .toObject();
    QCOMPARE(secret.value(u"secret"_s).toBool(), true);
    QCOMPARE(secret.value(u"snippet"_s).toString(),
             u"-----BEGIN RSA PRIVATE KEY----- MIIE********"_s);
}

void tst_ScanJsonWriter::skippedAndNotes()
{
    const QJsonObject root = parse(ScanJsonWriter(), SampleReports::mixed());
    const QJsonArray skipped = root.value(u"skipped"_s).toArray();
    QCOMPARE(skipped.size(), 4);
    const QJsonObject large = skipped.at(1).toObject();
    QCOMPARE(large.value(u"path"_s).toString(), u"data/dump.sql"_s);
    QCOMPARE(large.value(u"reason"_s).toString(), u"too-large"_s);
    QCOMPARE(large.value(u"detail"_s).toString(), u"12.4 MiB, limit 5 MiB"_s);
    QCOMPARE(root.value(u"notes"_s).toArray(),
             QJsonArray({u"helm/templates/deploy.yaml: Helm template, not valid YAML: skipped"_s}));
}

void tst_ScanJsonWriter::gate_data()
{
    QTest::addColumn<std::optional<Severity>>("failOn");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("failing");
    QTest::newRow("critical") << std::optional(Severity::Critical) << u"critical"_s << 1;
    QTest::newRow("high") << std::optional(Severity::High) << u"high"_s << 3;
    QTest::newRow("medium") << std::optional(Severity::Medium) << u"medium"_s << 4;
    QTest::newRow("never") << std::optional<Severity>() << u"never"_s << 0;
}

void tst_ScanJsonWriter::gate()
{
    QFETCH(std::optional<Severity>, failOn);
    QFETCH(QString, key);
    QFETCH(int, failing);
    ScanJsonWriter writer;
    writer.setGate(failOn);
    const QJsonObject summary
            = parse(writer, SampleReports::mixed()).value(u"summary"_s).toObject();
    QCOMPARE(summary.value(u"failOn"_s).toString(), key);
    QCOMPARE(summary.value(u"findingsAtOrAboveFailOn"_s).toInt(), failing);
    QCOMPARE(summary.value(u"passed"_s).toBool(), failing == 0);
}

void tst_ScanJsonWriter::record()
{
    ScanRecord record;
    record.id = 9;
    record.assessmentId = 4;
    record.newCount = 1;
    record.openCount = 6;
    record.fixedCount = 2;
    ScanJsonWriter writer;
    writer.setRecord(record, u"Ledger"_s);
    const QJsonObject recorded
            = parse(writer, SampleReports::mixed()).value(u"record"_s).toObject();
    QCOMPARE(recorded.value(u"assessmentId"_s).toInt(), 4);
    QCOMPARE(recorded.value(u"assessment"_s).toString(), u"Ledger"_s);
    QCOMPARE(recorded.value(u"scanId"_s).toInt(), 9);
    QCOMPARE(recorded.value(u"new"_s).toInt(), 1);
    QCOMPARE(recorded.value(u"open"_s).toInt(), 6);
    QCOMPARE(recorded.value(u"fixed"_s).toInt(), 2);
}

QTEST_GUILESS_MAIN(tst_ScanJsonWriter)
#include "tst_ScanJsonWriter.moc"
