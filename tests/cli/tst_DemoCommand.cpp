#include <QTemporaryDir>
#include <QTest>

#include "CliTestHarness.h"
#include "DemoCommand.h"
#include "store/AssessmentStore.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

class tst_DemoCommand : public QObject
{
    Q_OBJECT

private slots:
    void createsTheDemoAndPrintsItsId();
    void eachRunCreatesAnother();
    void rejectsArguments();
};

void tst_DemoCommand::createsTheDemoAndPrintsItsId()
{
    QTemporaryDir dir;
    test::CliTestHarness harness(dir.filePath(u"fresh/db.sqlite"_s));
    DemoCommand command;
    const test::CliRun run = harness.run(command);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    bool ok = false;
    const qint64 id = run.out.trimmed().toLongLong(&ok);
    QVERIFY(ok);

    AssessmentStore &store = **harness.context().store(CliContext::StoreAccess::ExistingOnly);
    const auto info = store.assessment(id);
    QVERIFY(info);
    QCOMPARE(info->name, u"Checkout service 2.4 go-live"_s);
    QCOMPARE(info->createdBy, harness.context().actor());
    const auto dockerignore = store.findItem(id, u"INF-001"_s);
    QVERIFY(dockerignore);
    QCOMPARE(dockerignore->status, ItemStatus::Failed);
    const auto progress = store.progress(id);
    QVERIFY(progress->assessed() > 30);
}

void tst_DemoCommand::eachRunCreatesAnother()
{
    QTemporaryDir dir;
    test::CliTestHarness harness(dir.filePath(u"db.sqlite"_s));
    DemoCommand command;
    const qint64 first = harness.run(command).out.trimmed().toLongLong();
    const qint64 second = harness.run(command).out.trimmed().toLongLong();
    QVERIFY(first > 0);
    QVERIFY(second > 0);
    QVERIFY(first != second);
}

void tst_DemoCommand::rejectsArguments()
{
    QTemporaryDir dir;
    test::CliTestHarness harness(dir.filePath(u"db.sqlite"_s));
    DemoCommand command;
    const test::CliRun run = harness.run(command, {u"again"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith(u"greenlight-cli: error: unexpected argument 'again'"_s));
}

QTEST_GUILESS_MAIN(tst_DemoCommand)
#include "tst_DemoCommand.moc"
