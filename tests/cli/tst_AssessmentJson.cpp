#include <QJsonArray>
#include <QTest>

#include "AssessmentJson.h"
#include "store/StoreRecords.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

class tst_AssessmentJson : public QObject
{
    Q_OBJECT

private slots:
    void assessment();
    void counts_data();
    void counts();
    void section();
    void item();
    void neverEditedItemHasNullTime();
};

void tst_AssessmentJson::assessment()
{
    AssessmentInfo info;
    info.id = 42;
    info.name = u"Checkout 2.4"_s;
    info.system = u"checkout"_s;
    info.release = u"2.4.0"_s;
    info.repositoryPath = u"/src/checkout"_s;
    info.createdAt = QDateTime(QDate(2026, 11, 1), QTime(9, 30, 5, 123), Qt::UTC);
    info.createdBy = u"alice"_s;
    info.templates
            = {{u"security"_s, u"1.0.0"_s, u"Security"_s}, {u"cicd"_s, u"2.0"_s, u"CI/CD"_s}};

    const QJsonObject json = AssessmentJson::assessment(info);
    QCOMPARE(json.keys(),
             (QStringList{u"createdAt"_s,
                          u"createdBy"_s,
                          u"id"_s,
                          u"name"_s,
                          u"release"_s,
                          u"repositoryPath"_s,
                          u"system"_s,
                          u"templates"_s}));
    QCOMPARE(json[u"id"_s].toInteger(), 42);
    QCOMPARE(json[u"name"_s].toString(), u"Checkout 2.4"_s);
    QCOMPARE(json[u"createdAt"_s].toString(), u"2026-11-01T09:30:05.123Z"_s);
    const QJsonArray templates = json[u"templates"_s].toArray();
    QCOMPARE(templates.size(), 2);
    QCOMPARE(templates[1].toObject()[u"id"_s].toString(), u"cicd"_s);
    QCOMPARE(templates[1].toObject()[u"version"_s].toString(), u"2.0"_s);
    QCOMPARE(templates[1].toObject()[u"title"_s].toString(), u"CI/CD"_s);
}

void tst_AssessmentJson::counts_data()
{
    QTest::addColumn<int>("notStarted");
    QTest::addColumn<int>("inProgress");
    QTest::addColumn<int>("passed");
    QTest::addColumn<int>("failed");
    QTest::addColumn<int>("notApplicable");
    QTest::addColumn<int>("percent");

    QTest::newRow("empty") << 0 << 0 << 0 << 0 << 0 << 0;
    QTest::newRow("nothing done") << 3 << 1 << 0 << 2 << 0 << 0;
    QTest::newRow("all done") << 0 << 0 << 4 << 0 << 1 << 100;
    QTest::newRow("rounds down") << 1 << 0 << 199 << 0 << 0 << 99;
    QTest::newRow("n/a counts as done") << 2 << 0 << 1 << 0 << 1 << 50;
}

void tst_AssessmentJson::counts()
{
    QFETCH(int, notStarted);
    QFETCH(int, inProgress);
    QFETCH(int, passed);
    QFETCH(int, failed);
    QFETCH(int, notApplicable);
    QFETCH(int, percent);

    StatusCounts counts;
    counts.byStatus = {notStarted, inProgress, passed, failed, notApplicable};
    counts.total = notStarted + inProgress + passed + failed + notApplicable;

    const QJsonObject json = AssessmentJson::counts(counts);
    QCOMPARE(json[u"total"_s].toInt(), counts.total);
    QCOMPARE(json[u"done"_s].toInt(), passed + notApplicable);
    QCOMPARE(json[u"assessed"_s].toInt(), passed + failed + notApplicable);
    QCOMPARE(json[u"percentDone"_s].toInt(), percent);
    const QJsonObject byStatus = json[u"byStatus"_s].toObject();
    QCOMPARE(byStatus.size(), 5);
    QCOMPARE(byStatus[u"not_started"_s].toInt(), notStarted);
    QCOMPARE(byStatus[u"in_progress"_s].toInt(), inProgress);
    QCOMPARE(byStatus[u"passed"_s].toInt(), passed);
    QCOMPARE(byStatus[u"failed"_s].toInt(), failed);
    QCOMPARE(byStatus[u"not_applicable"_s].toInt(), notApplicable);
}

void tst_AssessmentJson::section()
{
    SectionSummary summary;
    summary.templateId = u"security"_s;
    summary.sectionId = u"secrets"_s;
    summary.sectionTitle = u"Secrets"_s;
    summary.status.byStatus = {1, 0, 2, 1, 0};
    summary.status.total = 4;
    summary.bySeverity = {1, 2, 1, 0, 0};
    summary.failedBySeverity = {1, 0, 0, 0, 0};

    const QJsonObject json = AssessmentJson::section(summary);
    QCOMPARE(json[u"templateId"_s].toString(), u"security"_s);
    QCOMPARE(json[u"sectionId"_s].toString(), u"secrets"_s);
    QCOMPARE(json[u"title"_s].toString(), u"Secrets"_s);
    QCOMPARE(json[u"status"_s].toObject()[u"total"_s].toInt(), 4);
    QCOMPARE(json[u"status"_s].toObject()[u"done"_s].toInt(), 2);
    const QJsonObject severity = json[u"bySeverity"_s].toObject();
    QCOMPARE(severity.keys(),
             (QStringList{u"critical"_s, u"high"_s, u"info"_s, u"low"_s, u"medium"_s}));
    QCOMPARE(severity[u"high"_s].toInt(), 2);
    QCOMPARE(json[u"failedBySeverity"_s].toObject()[u"critical"_s].toInt(), 1);
}

void tst_AssessmentJson::item()
{
    ItemRecord item;
    item.id = 7;
    item.assessmentId = 42;
    item.templateId = u"security"_s;
    item.templateVersion = u"1.0.0"_s;
    item.sectionId = u"secrets"_s;
    item.sectionTitle = u"Secrets"_s;
    item.key = u"SEC-001"_s;
    item.title = u"No hard-coded keys"_s;
    item.guidance = u"Run gitleaks."_s;
    item.severity = Severity::Critical;
    item.evidence = EvidenceRequirement::Required;
    item.checks = {u"secrets.token"_s};
    item.references = {u"Seed 004"_s};
    item.tags = {u"secrets"_s, u"supply-chain"_s};
    item.position = 3;
    item.status = ItemStatus::NotApplicable;
    item.owner = u"Priya"_s;
    item.note = u"line 1\nline 2"_s;
    item.updatedAt = QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
    item.updatedBy = u"tester"_s;

    const QJsonObject json = AssessmentJson::item(item);
    QCOMPARE(json.size(), 19);
    QCOMPARE(json[u"id"_s].toInteger(), 7);
    QCOMPARE(json[u"key"_s].toString(), u"SEC-001"_s);
    QCOMPARE(json[u"templateVersion"_s].toString(), u"1.0.0"_s);
    QCOMPARE(json[u"severity"_s].toString(), u"critical"_s);
    QCOMPARE(json[u"evidence"_s].toString(), u"required"_s);
    QCOMPARE(json[u"status"_s].toString(), u"not_applicable"_s);
    QCOMPARE(json[u"position"_s].toInt(), 3);
    QCOMPARE(json[u"checks"_s].toArray().first().toString(), u"secrets.token"_s);
    QCOMPARE(json[u"tags"_s].toArray().size(), 2);
    QCOMPARE(json[u"note"_s].toString(), u"line 1\nline 2"_s);
    QCOMPARE(json[u"updatedAt"_s].toString(), u"2026-11-02T10:00:00.000Z"_s);
    QCOMPARE(json[u"updatedBy"_s].toString(), u"tester"_s);
}

void tst_AssessmentJson::neverEditedItemHasNullTime()
{
    const QJsonObject json = AssessmentJson::item(ItemRecord{});
    QVERIFY(json[u"updatedAt"_s].isNull());
    QCOMPARE(json[u"status"_s].toString(), u"not_started"_s);
}

QTEST_GUILESS_MAIN(tst_AssessmentJson)
#include "tst_AssessmentJson.moc"
