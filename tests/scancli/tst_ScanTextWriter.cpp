#include <QTest>

#include "SampleReports.h"
#include "scan/output/ScanTextWriter.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using namespace greenlight::test;

class tst_ScanTextWriter : public QObject
{
    Q_OBJECT

private slots:
    void findingLabel_data();
    void findingLabel();
    void summaryCountsEverything();
    void findingsAreNumberedMostSevereFirst();
    void locations_data();
    void locations();
    void notesAndSkippedFiles();
    void skippedListIsCapped();
    void gate_data();
    void gate();
    void record();
    void cleanAndCancelled();
};

void tst_ScanTextWriter::findingLabel_data()
{
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("expected");
    QTest::newRow("high") << Severity::High << 1 << u"[HIGH-001]"_s;
    QTest::newRow("medium") << Severity::Medium << 2 << u"[MEDIUM-002]"_s;
    QTest::newRow("low") << Severity::Low << 3 << u"[LOW-003]"_s;
    QTest::newRow("critical") << Severity::Critical << 42 << u"[CRITICAL-042]"_s;
    QTest::newRow("info, four digits") << Severity::Info << 1234 << u"[INFO-1234]"_s;
}

void tst_ScanTextWriter::findingLabel()
{
    QFETCH(Severity, severity);
    QFETCH(int, number);
    QFETCH(QString, expected);
    QCOMPARE(ScanTextWriter::findingLabel(severity, number), expected);
}

void tst_ScanTextWriter::summaryCountsEverything()
{
    const QString text = QString::fromUtf8(ScanTextWriter().write(SampleReports::mixed()));
    QVERIFY2(text.startsWith(u"Greenlight scan of /work/repos/ledger\n"_s), qPrintable(text));
    QVERIFY(text.contains(
            u"Commit:    0123456789abcdef0123456789abcdef01234567 (main, uncommitted changes)"_s));
    QVERIFY(text.contains(u"Rule set:  version 2024.1, 7 rule(s) ran"_s));
    QVERIFY(text.contains(u"Scanned:   2024-05-06 07:08:09 UTC in 1.50 s"_s));
    QVERIFY2(text.contains(u"Files:     42 scanned (3.5 MiB), 4 skipped (1 binary, 1 too large, "
                           u"1 unreadable, 1 symlink loop)"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"Findings:  7 (1 critical, 2 high, 1 medium, 2 low, 1 info)"_s));
    QVERIFY2(!text.contains(u"Result:"_s), "no gate line unless the gate is set");
}

void tst_ScanTextWriter::findingsAreNumberedMostSevereFirst()
{
    const QString text = QString::fromUtf8(ScanTextWriter().write(SampleReports::mixed()));
    const QStringList labels{u"[CRITICAL-001] Title of secrets.private-key"_s,
                             u"[HIGH-002] Title of docker.root-user"_s,
                             u"[HIGH-003] Title of docker.copy-without-dockerignore"_s,
                             u"[MEDIUM-004] Title of k8s.no-network-policy"_s,
                             u"[LOW-005] Title of deps.test-in-prod"_s,
                             u"[LOW-006] Title of deps.test-in-prod"_s,
                             u"[INFO-007] Title of docs.no-security-md"_s};
    qsizetype at = 0;
    for (const QString &label : labels) {
        const qsizetype found = text.indexOf(label);
        QVERIFY2(found > at, qPrintable(label));
        at = found;
    }
    // The seed-001 shape of one finding.
    QVERIFY2(text.contains(u"[HIGH-003] Title of docker.copy-without-dockerignore\n"
                           u"- Rule: docker.copy-without-dockerignore\n"
                           u"- Location: `Dockerfile:5`\n"
                           u"- Issue: COPY . . without a .dockerignore\n"
                           u"- Code: COPY . .\n"
                           u"- Fix: How to fix docker.copy-without-dockerignore.\n"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"- Checklist items: SEC-010, INF-002\n"_s));
    // Redacted snippets are printed as they come: the writer never sees the secret.
    QVERIFY(text.contains(u"- Code: -----BEGIN RSA PRIVATE KEY----- MIIE********\n"_s));
    QVERIFY(!text.contains(QString(64, u'a')));
}

void tst_ScanTextWriter::locations_data()
{
    QTest::addColumn<QString>("expected");
    QTest::newRow("line") << u"- Location: `requirements.txt:23`"_s;
    QTest::newRow("second line") << u"- Location: `requirements.txt:24`"_s;
    QTest::newRow("whole file") << u"- Location: `Dockerfile`\n"_s;
    QTest::newRow("repository") << u"- Location: `.` (repository)"_s;
}

void tst_ScanTextWriter::locations()
{
    QFETCH(QString, expected);
    const QString text = QString::fromUtf8(ScanTextWriter().write(SampleReports::mixed()));
    QVERIFY2(text.contains(expected), qPrintable(text));
}

void tst_ScanTextWriter::notesAndSkippedFiles()
{
    const QString text = QString::fromUtf8(ScanTextWriter().write(SampleReports::mixed()));
    QVERIFY(text.contains(u"\nNotes\n=====\n- helm/templates/deploy.yaml: Helm template, not valid "
                          u"YAML: skipped\n"_s));
    QVERIFY2(text.contains(u"\nSkipped files (4)\n=================\n"
                           u"- assets/logo.png: binary\n"
                           u"- data/dump.sql: too large (12.4 MiB, limit 5 MiB)\n"
                           u"- secret/dir: unreadable (Permission denied)\n"
                           u"- loop: symlink loop\n"_s),
             qPrintable(text));
    QVERIFY(text.indexOf(u"Notes"_s) > text.indexOf(u"[INFO-007]"_s));
}

void tst_ScanTextWriter::skippedListIsCapped()
{
    ScanTextWriter writer;
    writer.setSkippedListLimit(2);
    const QString text = QString::fromUtf8(writer.write(SampleReports::mixed()));
    QVERIFY(text.contains(u"- data/dump.sql"_s));
    QVERIFY(!text.contains(u"- secret/dir"_s));
    QVERIFY(text.contains(u"- and 2 more (--format json lists them all)\n"_s));
}

void tst_ScanTextWriter::gate_data()
{
    QTest::addColumn<std::optional<Severity>>("failOn");
    QTest::addColumn<QString>("expected");
    QTest::newRow("critical")
            << std::optional(Severity::Critical)
            << u"Result:    FAILED: 1 finding(s) at or above critical (--fail-on critical)"_s;
    QTest::newRow("high") << std::optional(Severity::High)
                          << u"Result:    FAILED: 3 finding(s) at or above high (--fail-on high)"_s;
    QTest::newRow("low") << std::optional(Severity::Low)
                         << u"Result:    FAILED: 6 finding(s) at or above low (--fail-on low)"_s;
    QTest::newRow("info") << std::optional(Severity::Info)
                          << u"Result:    FAILED: 7 finding(s) at or above info (--fail-on info)"_s;
    QTest::newRow("never") << std::optional<Severity>()
                           << u"Result:    PASSED: nothing at or above never (--fail-on never)"_s;
}

void tst_ScanTextWriter::gate()
{
    QFETCH(std::optional<Severity>, failOn);
    QFETCH(QString, expected);
    ScanTextWriter writer;
    writer.setGate(failOn);
    const QString text = QString::fromUtf8(writer.write(SampleReports::mixed()));
    QVERIFY2(text.contains(expected), qPrintable(text));
}

void tst_ScanTextWriter::record()
{
    ScanRecord record;
    record.id = 7;
    record.assessmentId = 3;
    record.newCount = 2;
    record.openCount = 5;
    record.fixedCount = 1;
    ScanTextWriter writer;
    writer.setRecord(record, u"Ledger 2.4"_s);
    const QString text = QString::fromUtf8(writer.write(SampleReports::mixed()));
    QVERIFY2(text.contains(u"Recorded:  scan 7 of assessment 'Ledger 2.4': 2 new, 5 still open, "
                           u"1 fixed\n"_s),
             qPrintable(text));
}

void tst_ScanTextWriter::cleanAndCancelled()
{
    ScanReport report = SampleReports::clean();
    report.metadata.isGitRepository = false;
    ScanTextWriter writer;
    writer.setGate(Severity::High);
    QString text = QString::fromUtf8(writer.write(report));
    QVERIFY(text.contains(u"Commit:    (not a git repository)"_s));
    QVERIFY(text.contains(u"Files:     42 scanned (3.5 MiB), 0 skipped\n"_s));
    QVERIFY(text.contains(u"Findings:  0 (0 critical, 0 high, 0 medium, 0 low, 0 info)"_s));
    QVERIFY(text.contains(u"Result:    PASSED: nothing at or above high (--fail-on high)"_s));
    QVERIFY(text.contains(u"\nFindings\n========\nNo findings.\n"_s));
    QVERIFY(!text.contains(u"Notes"_s));
    QVERIFY(!text.contains(u"Skipped files"_s));
    QVERIFY(!text.contains(u"CANCELLED"_s));

    report.metadata.cancelled = true;
    text = QString::fromUtf8(writer.write(report));
    QVERIFY(text.contains(u"CANCELLED: the scan stopped early; the results are incomplete."_s));
}

QTEST_GUILESS_MAIN(tst_ScanTextWriter)
#include "tst_ScanTextWriter.moc"
