#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "GoldenFile.h"
#include "HostileSnapshot.h"
#include "NodeTool.h"
#include "SnapshotSamples.h"
#include "report/JsonReportWriter.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using test::SnapshotSamples;

namespace {

QJsonObject parse(const AssessmentSnapshot &snapshot)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(JsonReportWriter::write(snapshot), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("not JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

void collectStrings(const QJsonValue &value, QStringList &out)
{
    if (value.isString()) {
        out << value.toString();
    } else if (value.isArray()) {
        for (const QJsonValue &each : value.toArray())
            collectStrings(each, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectStrings(it.value(), out);
    }
}

QString iso(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

// Every time the snapshot recorded; the JSON may carry these and no other.
QSet<QString> recordedTimes(const AssessmentSnapshot &s)
{
    QSet<QString> times{
            iso(s.generatedAt), iso(s.createdAt), iso(s.scan.startedAt), iso(s.scan.finishedAt)};
    for (const SnapshotItem &i : s.items) {
        times << iso(i.updatedAt);
        for (const SnapshotEvidence &e : i.evidence)
            times << iso(e.addedAt);
    }
    for (const SnapshotWaiver &w : s.waivers)
        times << iso(w.createdAt);
    for (const SnapshotSignoff &r : s.signoffs)
        times << iso(r.signedAt);
    return times;
}

} // namespace

class tst_JsonReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void matchesGoldenFile();
    void validAgainstSchema();
    void topLevel();
    void findingsNumberedBySeverity();
    void enumsAreStableKeys();
    void unsignedRoleHasNoSigner();
    void neverScannedIsNull();
    void noTimesButRecordedOnes();
    void noSecretInOutput();
    void sameSnapshotSameBytes();
};

void tst_JsonReportWriter::matchesGoldenFile()
{
    const QString problem = test::GoldenFile::compare(
            JsonReportWriter::write(SnapshotSamples::seedReview()), u"seed-review.json"_s);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void tst_JsonReportWriter::validAgainstSchema()
{
    const QString missing = test::NodeTool::missing(u"ajv"_s);
    if (!missing.isEmpty())
        QFAIL(qPrintable(missing));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AssessmentSnapshot unscanned = SnapshotSamples::seedReview();
    unscanned.scan = {};
    unscanned.audit = {};
    const QList<std::pair<QString, AssessmentSnapshot>> packs{
            {u"seed-review.json"_s, SnapshotSamples::seedReview()},
            {u"hostile.json"_s, test::HostileSnapshot::make()},
            {u"empty.json"_s, AssessmentSnapshot()},
            {u"unscanned.json"_s, unscanned},
            {u"large.json"_s, SnapshotSamples::large(60)}};
    QStringList arguments{QStringLiteral(GREENLIGHT_SOURCE_DIR) + u"/docs/report-schema.json"_s};
    for (const auto &[name, snapshot] : packs) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(JsonReportWriter::write(snapshot));
        arguments << file.fileName();
    }
    const test::NodeTool::Result result = test::NodeTool::run(u"validate-report.mjs"_s, arguments);
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.output));
    QCOMPARE(result.output.count(u"valid approval pack, schemaVersion 1"_s), packs.size());
}

void tst_JsonReportWriter::topLevel()
{
    const QJsonObject json = parse(SnapshotSamples::seedReview());
    QCOMPARE(json.value(u"schemaVersion"_s).toInt(), AssessmentSnapshot::SchemaVersion);
    QCOMPARE(json.value(u"generatedAt"_s).toString(), u"2026-11-20T09:30:00Z"_s);
    QCOMPARE(json.value(u"generator"_s).toString(), u"Greenlight test"_s);
    const QJsonObject assessment = json.value(u"assessment"_s).toObject();
    QCOMPARE(assessment.value(u"system"_s).toString(), u"payments-api"_s);
    QCOMPARE(assessment.value(u"asOf"_s).toString(), u"2026-11-20"_s);
    const QJsonObject verdict = json.value(u"verdict"_s).toObject();
    QCOMPARE(verdict.value(u"level"_s).toString(), u"not_ready"_s);
    QCOMPARE(verdict.value(u"blockAt"_s).toString(), u"high"_s);
    QVERIFY(!verdict.value(u"blockers"_s).toArray().isEmpty());
    QCOMPARE(json.value(u"summary"_s).toObject().value(u"total"_s).toInt(), 8);
    QCOMPARE(json.value(u"audit"_s).toObject().value(u"headHash"_s).toString(), QString(64, u'f'));
    QCOMPARE(json.value(u"scan"_s).toObject().value(u"commit"_s).toString(),
             u"3f9c2a41d0b7e8f61c5a9d2e4b7f0a1c3e5d7f92"_s);
}

void tst_JsonReportWriter::findingsNumberedBySeverity()
{
    const QJsonArray findings = parse(SnapshotSamples::seedReview()).value(u"findings"_s).toArray();
    QStringList numbers;
    for (const QJsonValue &f : findings)
        numbers << f.toObject().value(u"number"_s).toString();
    QCOMPARE(numbers, (QStringList{u"HIGH-001"_s, u"MEDIUM-002"_s, u"MEDIUM-003"_s, u"LOW-004"_s}));
    const QJsonObject high = findings.first().toObject();
    QCOMPARE(high.value(u"location"_s).toString(), u"Dockerfile:9"_s);
    QCOMPARE(high.value(u"itemKeys"_s).toArray(), QJsonArray{u"CON-001"_s});
    QVERIFY(!high.value(u"test"_s).toString().isEmpty());
}

void tst_JsonReportWriter::enumsAreStableKeys()
{
    const QJsonObject json = parse(SnapshotSamples::seedReview());
    const QJsonArray items = json.value(u"items"_s).toArray();
    const QJsonObject waived = items.at(2).toObject();
    QCOMPARE(waived.value(u"status"_s).toString(), u"failed"_s);
    QCOMPARE(waived.value(u"effectiveStatus"_s).toString(), u"waived"_s);
    QCOMPARE(waived.value(u"severity"_s).toString(), u"low"_s);
    QCOMPARE(items.at(6).toObject().value(u"status"_s).toString(), u"in_progress"_s);
    QCOMPARE(json.value(u"findings"_s).toArray().at(1).toObject().value(u"state"_s).toString(),
             u"new"_s);
    QCOMPARE(json.value(u"signoffs"_s).toArray().at(1).toObject().value(u"decision"_s).toString(),
             u"conditional"_s);
    const QJsonObject evidence
            = items.at(3).toObject().value(u"evidence"_s).toArray().at(1).toObject();
    QCOMPARE(evidence.value(u"kind"_s).toString(), u"url"_s);
    QCOMPARE(evidence.value(u"validUntil"_s).toString(), u"2026-11-01"_s);
    QCOMPARE(evidence.value(u"stale"_s).toBool(), true);
}

void tst_JsonReportWriter::unsignedRoleHasNoSigner()
{
    const QJsonArray roles = parse(SnapshotSamples::seedReview()).value(u"signoffs"_s).toArray();
    QCOMPARE(roles.size(), 4);
    const QJsonObject operations = roles.at(2).toObject();
    QCOMPARE(operations.value(u"signed"_s).toBool(), false);
    QVERIFY(operations.value(u"signerName"_s).isNull());
    QVERIFY(operations.value(u"decision"_s).isNull());
    QVERIFY(operations.value(u"signedAt"_s).isNull());
    const QJsonObject architecture = roles.at(1).toObject();
    QCOMPARE(architecture.value(u"stale"_s).toBool(), true);
    QCOMPARE(architecture.value(u"changes"_s).toArray().size(), 1);
    QCOMPARE(architecture.value(u"signedAt"_s).toString(), u"2026-11-19T17:00:00Z"_s);
}

void tst_JsonReportWriter::neverScannedIsNull()
{
    AssessmentSnapshot s = SnapshotSamples::seedReview();
    s.scan = {};
    QVERIFY(parse(s).value(u"scan"_s).isNull());
    QVERIFY(parse(AssessmentSnapshot()).value(u"generatedAt"_s).isNull());
}

void tst_JsonReportWriter::noTimesButRecordedOnes()
{
    static const QRegularExpression time(u"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"_s);
    for (const AssessmentSnapshot &s :
         {SnapshotSamples::seedReview(), SnapshotSamples::large(40)}) {
        const QSet<QString> recorded = recordedTimes(s);
        QStringList strings;
        collectStrings(parse(s), strings);
        for (const QString &value : std::as_const(strings)) {
            if (time.match(value).hasMatch())
                QVERIFY2(recorded.contains(value), qPrintable(value));
        }
    }
}

void tst_JsonReportWriter::noSecretInOutput()
{
    for (const AssessmentSnapshot &s :
         {SnapshotSamples::seedReview(), test::HostileSnapshot::make()}) {
        const QByteArray json = JsonReportWriter::write(s);
        QVERIFY(!json.contains(SnapshotSamples::plantedSecret().toUtf8()));
        QVERIFY(json.contains("AKIA****************")); // the redacted snippet is kept
    }
}

void tst_JsonReportWriter::sameSnapshotSameBytes()
{
    const AssessmentSnapshot s = SnapshotSamples::large(200);
    QCOMPARE(JsonReportWriter::write(s), JsonReportWriter::write(s));
}

QTEST_GUILESS_MAIN(tst_JsonReportWriter)
#include "tst_JsonReportWriter.moc"
