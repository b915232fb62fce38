#include <QTest>
#include <QtConcurrent>

#include "StoreFixture.h"
#include "scan/ScanRecording.h"
#include "store/ScanStore.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

class tst_ScanRecording : public QObject
{
    Q_OBJECT

private slots:
    void recordsOnAWorkerAndReadsTheFindingsBack();
    void secondScanClassifiesAgainstTheFirst();
    void missingStoreIsAnErrorNotACrash();

private:
    static ScanReport report(const QStringList &paths);
};

ScanReport tst_ScanRecording::report(const QStringList &paths)
{
    ScanReport report;
    report.metadata.root = u"/srv/payments"_s;
    report.metadata.startedAt = test::StoreFixture::startTime();
    report.metadata.finishedAt = test::StoreFixture::startTime().addSecs(2);
    report.metadata.rulesRun = {u"docker.root-user"_s};
    report.metadata.filesScanned = paths.size();
    int i = 0;
    for (const QString &path : paths) {
        Finding finding;
        finding.ruleId = u"docker.root-user"_s;
        finding.severity = Severity::High;
        finding.title = u"Container runs as root"_s;
        finding.message = u"no USER"_s;
        finding.location = {path, 1, 1, 1, 4};
        finding.fingerprint = u"fp-%1"_s.arg(path);
        finding.snippet = u"FROM x %1"_s.arg(++i);
        report.findings.append(finding);
    }
    return report;
}

void tst_ScanRecording::recordsOnAWorkerAndReadsTheFindingsBack()
{
    test::StoreFixture fixture;
    QVERIFY(fixture.openFresh().ok());
    const qint64 assessment = fixture.createPayments();
    ScanStore scans(fixture.db(), fixture.clock());

    // On a pool thread, as the Scan page does: the worker opens its own connection.
    const ScanReport scanned = report({u"Dockerfile"_s, u"api/Dockerfile"_s});
    const RecordedScan recorded = QtConcurrent::run(&ScanRecording::record,
                                                    scans.databasePath(),
                                                    std::cref(scans.clock()),
                                                    assessment,
                                                    scanned,
                                                    u"alice"_s)
                                          .result();
    QVERIFY2(recorded.error.isEmpty(), qPrintable(recorded.error));
    QVERIFY(recorded.record.has_value());
    QCOMPARE(recorded.record->newCount, 2);
    QCOMPARE(recorded.findings.size(), 2);

    // What the GUI thread's connection sees afterwards is the same.
    const auto stored = scans.findings(assessment, true);
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 2);
    QCOMPARE(scans.latestScan(assessment).value()->id, recorded.record->id);
}

void tst_ScanRecording::secondScanClassifiesAgainstTheFirst()
{
    test::StoreFixture fixture;
    QVERIFY(fixture.openFresh().ok());
    const qint64 assessment = fixture.createPayments();
    ScanStore scans(fixture.db(), fixture.clock());
    const auto first = ScanRecording::record(scans.databasePath(),
                                             scans.clock(),
                                             assessment,
                                             report({u"Dockerfile"_s, u"api/Dockerfile"_s}),
                                             u"alice"_s);
    QVERIFY(first.record.has_value());
    const auto second = ScanRecording::record(
            scans.databasePath(), scans.clock(), assessment, report({u"Dockerfile"_s}), u"alice"_s);
    QVERIFY(second.record.has_value());
    QCOMPARE(second.record->openCount, 1);
    QCOMPARE(second.record->fixedCount, 1);
    // The page lists open findings plus the ones this scan fixed.
    QCOMPARE(second.findings.size(), 2);
}

void tst_ScanRecording::missingStoreIsAnErrorNotACrash()
{
    QTemporaryDir dir;
    const auto recorded = ScanRecording::record(dir.filePath(u"gone.sqlite"_s),
                                                SystemClock::instance(),
                                                1,
                                                report({u"Dockerfile"_s}),
                                                u"alice"_s);
    QVERIFY(!recorded.record.has_value());
    QVERIFY(!recorded.error.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(u"gone.sqlite"_s))); // nothing created
}

QTEST_GUILESS_MAIN(tst_ScanRecording)
#include "tst_ScanRecording.moc"
