#include <QTest>

#include "SnapshotSamples.h"
#include "report/ReportText.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

// The wording every approval-pack format shares (the parts added for the text writers).
class tst_ReportText : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldHasALabel();
    void columnsMatchTheSummaryHeader();
    void countsAddUpToTotal();
    void progressLine_data();
    void progressLine();
    void auditState_data();
    void auditState();
    void evidenceKindNames();
    void smallPhrases();
};

void tst_ReportText::everyFieldHasALabel()
{
    QSet<QString> seen;
    for (int f = 0; f <= int(ReportText::Field::AuditChain); ++f) {
        const QString label = ReportText::field(ReportText::Field(f));
        QVERIFY2(!label.isEmpty(), qPrintable(u"field %1 has no label"_s.arg(f)));
        seen.insert(label);
    }
    // Labels are distinct except where two fields read alike on purpose: none do.
    QCOMPARE(seen.size(), int(ReportText::Field::AuditChain) + 1);
}

void tst_ReportText::columnsMatchTheSummaryHeader()
{
    const QStringList columns = ReportText::summaryColumns();
    QCOMPARE(columns.size(), int(ReportText::Column::Total) + 1);
    for (int c = 0; c < columns.size(); ++c)
        QCOMPARE(ReportText::columnName(ReportText::Column(c)), columns[c]);
    QCOMPARE(ReportText::columnName(ReportText::Column::NotApplicable), u"N/A"_s);
}

void tst_ReportText::countsAddUpToTotal()
{
    using Column = ReportText::Column;
    const AssessmentSnapshot s = test::SnapshotSamples::seedReview();
    QVERIFY(!s.categories.isEmpty());
    for (const SnapshotCategory &c : s.categories) {
        int sum = 0;
        for (const Column column : {Column::Pass,
                                    Column::Fail,
                                    Column::Warning,
                                    Column::Waived,
                                    Column::NotApplicable,
                                    Column::Open}) {
            sum += ReportText::count(c, column);
        }
        QCOMPARE(sum, ReportText::count(c, Column::Total));
        QCOMPARE(ReportText::count(c, Column::Category), 0);
    }
    QCOMPARE(ReportText::count(s.categories[0], Column::Fail), s.categories[0].fail);
}

void tst_ReportText::progressLine_data()
{
    QTest::addColumn<ReadinessSummary>("summary");
    QTest::addColumn<QString>("expected");

    ReadinessSummary empty;
    QTest::newRow("empty")
            << empty
            << u"Items done: 0 of 0 (0 passed, 0 waived, 0 not applicable); failed: 0; "
               "not started: 0, in progress: 0."_s;
    ReadinessSummary one;
    one.total = 1;
    one.passed = 1;
    QTest::newRow("one") << one
                         << u"Items done: 1 of 1 (1 passed, 0 waived, 0 not applicable); "
                            "failed: 0; not started: 0, in progress: 0."_s;
    ReadinessSummary expired;
    expired.total = 8;
    expired.passed = 3;
    expired.waived = 1;
    expired.notApplicable = 1;
    expired.failed = 2;
    expired.waiverExpired = 1;
    expired.inProgress = 1;
    QTest::newRow("expired waiver")
            << expired
            << u"Items done: 5 of 8 (3 passed, 1 waived, 1 not applicable); failed: 2 (1 with "
               "an expired waiver); not started: 0, in progress: 1."_s;
}

void tst_ReportText::progressLine()
{
    QFETCH(ReadinessSummary, summary);
    QFETCH(QString, expected);
    QCOMPARE(ReportText::progressLine(summary), expected);
}

void tst_ReportText::auditState_data()
{
    QTest::addColumn<bool>("verified");
    QTest::addColumn<bool>("intact");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not verified") << false << true << u"not verified"_s;
    QTest::newRow("intact") << true << true << u"verified, intact"_s;
    QTest::newRow("broken") << true << false << u"verified, BROKEN: row 12"_s;
}

void tst_ReportText::auditState()
{
    QFETCH(bool, verified);
    QFETCH(bool, intact);
    QFETCH(QString, expected);
    SnapshotAudit audit;
    audit.verified = verified;
    audit.intact = intact;
    audit.problem = u"row 12"_s;
    QCOMPARE(ReportText::auditState(audit), expected);
}

void tst_ReportText::evidenceKindNames()
{
    QCOMPARE(ReportText::evidenceKindName(u"command"_s), u"Command output"_s);
    QCOMPARE(ReportText::evidenceKindName(u"url"_s), u"Link"_s);
    QCOMPARE(ReportText::evidenceKindName(u"note"_s), u"Note"_s);
    // A kind a newer store wrote reads as its key rather than as something it is not.
    QCOMPARE(ReportText::evidenceKindName(u"hologram"_s), u"hologram"_s);
}

void tst_ReportText::smallPhrases()
{
    QCOMPARE(ReportText::blockingThreshold(Severity::High),
             u"Failures and open findings of severity high or worse block go-live."_s);
    QCOMPARE(ReportText::templateLine({u"release-review"_s, u"3"_s, u"Review"_s}),
             u"Review (release-review, version 3)"_s);
    QCOMPARE(ReportText::decisionName(Decision::Conditional), u"Approve with conditions"_s);
    QCOMPARE(ReportText::fillIn(), u"________________"_s);
    QCOMPARE(ReportText::notSet().size(), 1);
    QCOMPARE(ReportText::workingTree(true), u"uncommitted changes"_s);

    const AssessmentSnapshot s = test::SnapshotSamples::seedReview();
    QCOMPARE(ReportText::scanFindings(s.scan), u"1 new, 3 open, 2 fixed"_s);
    QCOMPARE(ReportText::scanPeriod(s.scan), u"2026-11-20 09:10 UTC to 2026-11-20 09:11 UTC"_s);
    QCOMPARE(ReportText::evidenceAdded(s.items[1].evidence[0]), u"2026-11-18 15:05 UTC by sam"_s);
    SnapshotSignoff signoff = s.signoffs[1];
    QCOMPARE(ReportText::signatureKind(signoff), u"Ed25519 signature"_s);
    signoff.cryptographic = false;
    QCOMPARE(ReportText::signatureKind(signoff), u"recorded without a key"_s);
}

QTEST_GUILESS_MAIN(tst_ReportText)
#include "tst_ReportText.moc"
