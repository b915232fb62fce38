#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "StoreFixture.h"
#include "report/ReportExportJob.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using namespace greenlight::test;

class tst_ReportExportJob : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void exportsOnAWorkerWithProgress();
    void cancelWritesNothing();
    void missingStoreIsAnError();
    void unknownAssessmentIsAnError();

private:
    ReportExportJob::Request request(const QString &fileName) const;

    StoreFixture m_fixture;
    QTemporaryDir m_out;
    qint64 m_id = 0;
};

void tst_ReportExportJob::init()
{
    QVERIFY(m_fixture.openFresh());
    m_id = m_fixture.createPayments();
    QVERIFY(m_id > 0);
}

ReportExportJob::Request tst_ReportExportJob::request(const QString &fileName) const
{
    ReportExportJob::Request r;
    r.databasePath = m_fixture.path();
    r.assessmentId = m_id;
    r.format.format = ReportFormat::Pdf;
    r.outputPath = m_out.filePath(fileName);
    r.options.preparedBy = u"Dana"_s;
    return r;
}

void tst_ReportExportJob::exportsOnAWorkerWithProgress()
{
    ReportExportJob job(m_fixture.clock());
    QSignalSpy progress(&job, &ReportExportJob::progressChanged);
    QSignalSpy finished(&job, &ReportExportJob::finished);
    job.start(request(u"pack.pdf"_s));
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(30000));
    const auto outcome = finished.first().first().value<ReportExportJob::Outcome>();
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(outcome.message, u"Verdict: Not ready"_s); // nothing assessed yet
    QVERIFY(!progress.isEmpty());
    QFile pdf(m_out.filePath(u"pack.pdf"_s));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
}

void tst_ReportExportJob::cancelWritesNothing()
{
    int calls = 0;
    const auto outcome = ReportExportJob::run(
            request(u"cancelled.pdf"_s), m_fixture.clock(), [&calls](int) { return ++calls < 4; });
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.cancelled);
    QVERIFY(!QFile::exists(m_out.filePath(u"cancelled.pdf"_s)));
}

void tst_ReportExportJob::missingStoreIsAnError()
{
    ReportExportJob::Request r = request(u"pack.md"_s);
    r.databasePath = m_out.filePath(u"nowhere.sqlite"_s);
    const auto outcome = ReportExportJob::run(r, m_fixture.clock(), {});
    QVERIFY(!outcome.ok);
    QVERIFY(!outcome.cancelled);
    QVERIFY2(outcome.message.contains(u"nowhere.sqlite"_s), qPrintable(outcome.message));
}

void tst_ReportExportJob::unknownAssessmentIsAnError()
{
    ReportExportJob::Request r = request(u"pack.md"_s);
    r.assessmentId = 4242;
    const auto outcome = ReportExportJob::run(r, m_fixture.clock(), {});
    QVERIFY(!outcome.ok);
    QVERIFY(!outcome.message.isEmpty());
    QVERIFY(!QFile::exists(r.outputPath));
}

QTEST_MAIN(tst_ReportExportJob)
#include "tst_ReportExportJob.moc"
