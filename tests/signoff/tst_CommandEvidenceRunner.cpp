#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "MockClock.h"
#include "signoff/CommandEvidenceRunner.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

// Runs commands in a worker: output and exit code captured, timeout and cancel honoured.
class tst_CommandEvidenceRunner : public QObject
{
    Q_OBJECT

private slots:
    void capturesOutputAndExitCode();
    void timesOut();
    void cancelsFromAnotherThread();
    void missingWorkingDirectory();

private:
    test::MockClock m_clock;
};

void tst_CommandEvidenceRunner::capturesOutputAndExitCode()
{
    QTemporaryDir dir;
    const CommandRun run = CommandEvidenceRunner::run(
            u"echo smoke; echo failing >&2; pwd; exit 3"_s, dir.path(), 10000, m_clock);
    QVERIFY(run.completed());
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.output, "smoke\nfailing\n" + dir.path().toUtf8() + '\n');
    QCOMPARE(run.workingDirectory, dir.path());
    QCOMPARE(run.startedAt, m_clock.now());
}

void tst_CommandEvidenceRunner::timesOut()
{
    const CommandRun run = CommandEvidenceRunner::run(u"sleep 10"_s, {}, 200, m_clock);
    QVERIFY(run.timedOut);
    QVERIFY(!run.completed());
    QCOMPARE(run.exitCode, -1);
    QVERIFY(run.durationMs < 5000);
}

void tst_CommandEvidenceRunner::cancelsFromAnotherThread()
{
    CommandEvidenceRunner runner(m_clock);
    QSignalSpy finished(&runner, &CommandEvidenceRunner::finished);
    QVERIFY(runner.start(u"echo started; sleep 10"_s, {}, 60000));
    QVERIFY(runner.isRunning());
    QVERIFY(!runner.start(u"true"_s, {})); // one at a time
    QTest::qWait(200);
    runner.cancel();
    QVERIFY(finished.wait(5000));
    const auto run = finished.first().first().value<CommandRun>();
    QVERIFY(run.cancelled);
    QVERIFY(run.output.startsWith("started"));
}

void tst_CommandEvidenceRunner::missingWorkingDirectory()
{
    const CommandRun run
            = CommandEvidenceRunner::run(u"true"_s, u"/nonexistent/dir"_s, 1000, m_clock);
    QVERIFY(!run.completed());
    QVERIFY(run.error.contains(u"does not exist"_s));
}

QTEST_GUILESS_MAIN(tst_CommandEvidenceRunner)
#include "tst_CommandEvidenceRunner.moc"
