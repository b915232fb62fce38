#include <QTest>

#include "domain/Finding.h"
#include "report/SnapshotFindings.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

namespace {

FindingRecord record(const QString &rule, Severity severity, const QString &path, int line)
{
    FindingRecord r;
    r.finding.ruleId = rule;
    r.finding.severity = severity;
    r.finding.title = u"Title of "_s + rule;
    r.finding.message = u"seen in "_s + path;
    r.finding.location.path = path;
    r.finding.location.line = line;
    r.finding.itemKeys = {rule.section(u'.', 0, 0).toUpper() + u"-1"_s};
    r.finding.fingerprint = rule + path + QString::number(line);
    return r;
}

RuleInfo rule(const QString &id, const QString &category)
{
    RuleInfo info;
    info.id = id;
    info.title = u"Rule "_s + id;
    info.rationale = u"Why "_s + id + u" matters"_s;
    info.fix = u"Fix "_s + id;
    info.category = category;
    return info;
}

} // namespace

class tst_SnapshotFindings : public QObject
{
    Q_OBJECT

private slots:
    void location_data();
    void location();
    void numberedBySeverityThenRuleThenPlace();
    void catalogueFillsImpactAndFix();
    void runbookGapsAreDocumentationFindings();
    void recommendationsGroupByRuleThenFailedItems();
};

void tst_SnapshotFindings::location_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("endLine");
    QTest::addColumn<QString>("expected");

    QTest::newRow("repository") << QString() << 0 << 0 << u"."_s;
    QTest::newRow("whole file") << u"entrypoint.sh"_s << 0 << 0 << u"entrypoint.sh"_s;
    QTest::newRow("line") << u"Dockerfile"_s << 12 << 0 << u"Dockerfile:12"_s;
    QTest::newRow("range") << u"requirements.txt"_s << 23 << 24 << u"requirements.txt:23-24"_s;
}

void tst_SnapshotFindings::location()
{
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(int, endLine);
    QFETCH(QString, expected);
    SourceLocation where;
    where.path = path;
    where.line = line;
    where.endLine = endLine;
    QCOMPARE(SnapshotFindings::location(where), expected);
}

void tst_SnapshotFindings::numberedBySeverityThenRuleThenPlace()
{
    const QList<FindingRecord> open{record(u"deps.test-in-prod"_s, Severity::Low, u"req.txt"_s, 3),
                                    record(u"k8s.no-pdb"_s, Severity::High, u"b.yaml"_s, 1),
                                    record(u"docker.root-user"_s, Severity::High, u"a/Df"_s, 9),
                                    record(u"docker.root-user"_s, Severity::High, u"a/Df"_s, 2),
                                    record(u"custom.x"_s, Severity::Medium, u"e.sh"_s, 0)};
    const QList<SnapshotFinding> findings = SnapshotFindings::fromRecords(open, {});
    QStringList numbers;
    for (const SnapshotFinding &f : findings)
        numbers << f.number + u' ' + f.location;
    QCOMPARE(numbers,
             (QStringList{u"HIGH-001 a/Df:2"_s,
                          u"HIGH-002 a/Df:9"_s,
                          u"HIGH-003 b.yaml:1"_s,
                          u"MEDIUM-004 e.sh"_s,
                          u"LOW-005 req.txt:3"_s}));
}

void tst_SnapshotFindings::catalogueFillsImpactAndFix()
{
    FindingRecord withFix = record(u"docker.root-user"_s, Severity::High, u"Dockerfile"_s, 1);
    withFix.finding.fix = u"Add USER app"_s;
    const FindingRecord unknown = record(u"custom.gone"_s, Severity::Low, u"x"_s, 1);
    const QList<SnapshotFinding> findings = SnapshotFindings::fromRecords(
            {withFix, unknown}, {rule(u"docker.root-user"_s, u"containers"_s)});
    QCOMPARE(findings[0].impact, u"Why docker.root-user matters"_s);
    QCOMPARE(findings[0].fix, u"Add USER app"_s); // the finding's own fix wins
    QCOMPARE(findings[0].category, u"containers"_s);
    QVERIFY(findings[0].test.contains(u"--rules docker.root-user"_s));
    QCOMPARE(findings[0].issue, u"seen in Dockerfile"_s);
    QVERIFY(findings[1].impact.isEmpty()); // a rule no longer declared
    QCOMPARE(findings[1].title, u"Title of custom.gone"_s);
}

void tst_SnapshotFindings::runbookGapsAreDocumentationFindings()
{
    const QList<SnapshotFinding> findings = SnapshotFindings::fromRecords(
            {record(u"docs.no-rollback-runbook"_s, Severity::Medium, {}, 0),
             record(u"docker.root-user"_s, Severity::High, u"Dockerfile"_s, 1)},
            {rule(u"docs.no-rollback-runbook"_s, u"documentation"_s),
             rule(u"docker.root-user"_s, u"containers"_s)});
    QCOMPARE(SnapshotFindings::runbookGaps(findings),
             QStringList{u"Title of docs.no-rollback-runbook: seen in "_s});
}

void tst_SnapshotFindings::recommendationsGroupByRuleThenFailedItems()
{
    AssessmentSnapshot s;
    s.findings = SnapshotFindings::fromRecords(
            {record(u"docker.root-user"_s, Severity::High, u"a/Dockerfile"_s, 1),
             record(u"docker.root-user"_s, Severity::High, u"b/Dockerfile"_s, 1)},
            {rule(u"docker.root-user"_s, u"containers"_s)});
    const auto item = [](const QString &key, Severity severity, EffectiveStatus status) {
        SnapshotItem i;
        i.key = key;
        i.severity = severity;
        i.effective = status;
        return i;
    };
    s.items = {item(u"DOCKER-1"_s, Severity::High, EffectiveStatus::Failed), // explained
               item(u"SEC-2"_s, Severity::Critical, EffectiveStatus::WaiverExpired),
               item(u"OPS-3"_s, Severity::Low, EffectiveStatus::Failed),
               item(u"OPS-4"_s, Severity::Low, EffectiveStatus::Waived),
               item(u"OPS-5"_s, Severity::Low, EffectiveStatus::NotStarted)};
    QCOMPARE(SnapshotFindings::recommendations(s),
             (QStringList{u"Title of docker.root-user: Fix docker.root-user (HIGH-001, HIGH-002)"_s,
                          u"Fix or waive the failed critical items: SEC-2."_s,
                          u"Fix or waive the failed low items: OPS-3."_s,
                          u"Assess the items still open (1)."_s}));
}

QTEST_GUILESS_MAIN(tst_SnapshotFindings)
#include "tst_SnapshotFindings.moc"
