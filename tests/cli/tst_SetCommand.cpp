#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "CliTestHarness.h"
#include "SetCommand.h"
#include "TemplateFixtures.h"
#include "store/AssessmentStore.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

class tst_SetCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void setsStatusAndAudits();
    void ownerAndNote();
    void emptyValuesClear();
    void qualifiedItemId();
    void errors_data();
    void errors();
    void badStatusNeedsNoDatabase();

private:
    AssessmentStore &store();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::CliTestHarness> m_harness;
    qint64 m_id = 0;
};

void tst_SetCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_harness = std::make_unique<test::CliTestHarness>(m_dir->filePath(u"db.sqlite"_s));
    auto created = m_harness->context().store(CliContext::StoreAccess::CreateIfMissing);
    QVERIFY(created);
    NewAssessment assessment;
    assessment.name = u"Checkout 2.4"_s;
    assessment.system = u"checkout"_s;
    assessment.release = u"2.4.0"_s;
    assessment.templates = {test::alphaTemplate(), test::betaTemplate()};
    const auto id = (*created)->createAssessment(assessment, u"alice"_s);
    QVERIFY(id);
    m_id = *id;
}

AssessmentStore &tst_SetCommand::store()
{
    return **m_harness->context().store(CliContext::StoreAccess::ExistingOnly);
}

void tst_SetCommand::setsStatusAndAudits()
{
    SetCommand command;
    const test::CliRun run
            = m_harness->run(command, {QString::number(m_id), u"A-002"_s, u"passed"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, u"A-002: not_started -> passed\n"_s);

    const auto item = store().findItem(m_id, u"A-002"_s);
    QVERIFY(item);
    QCOMPARE(item->status, ItemStatus::Passed);
    QCOMPARE(item->updatedAt, m_harness->clock().now());
    QCOMPARE(item->updatedBy, m_harness->context().actor());
    const auto events = store().auditEvents(m_id, item->id);
    QVERIFY(events);
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().field, u"status"_s);
    QCOMPARE(events->first().oldValue, u"not_started"_s);
    QCOMPARE(events->first().newValue, u"passed"_s);
    QCOMPARE(events->first().actor, m_harness->context().actor());

    // Setting the same status again changes nothing and audits nothing.
    const test::CliRun again
            = m_harness->run(command, {u"Checkout 2.4"_s, u"A-002"_s, u"passed"_s});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, u"A-002: passed -> passed\n"_s);
    QCOMPARE(store().auditEvents(m_id, item->id)->size(), 1);
}

void tst_SetCommand::ownerAndNote()
{
    SetCommand command;
    const test::CliRun run = m_harness->run(command,
                                            {u"Checkout 2.4"_s,
                                             u"A-005"_s,
                                             u"failed"_s,
                                             u"--owner"_s,
                                             u" Marek "_s,
                                             u"--note"_s,
                                             u"COPY . . without .dockerignore"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(
            run.out,
            u"A-005: not_started -> failed\nA-005: owner (none) -> Marek\nA-005: note updated\n"_s);
    const auto item = store().findItem(m_id, u"A-005"_s);
    QCOMPARE(item->status, ItemStatus::Failed);
    QCOMPARE(item->owner, u"Marek"_s);
    QCOMPARE(item->note, u"COPY . . without .dockerignore"_s);
    QCOMPARE(store().auditEvents(m_id, item->id)->size(), 3);
}

void tst_SetCommand::emptyValuesClear()
{
    SetCommand command;
    QCOMPARE(m_harness
                     ->run(command,
                           {u"Checkout 2.4"_s,
                            u"A-004"_s,
                            u"in_progress"_s,
                            u"--owner"_s,
                            u"Lena"_s,
                            u"--note"_s,
                            u"halfway"_s})
                     .exitCode,
             0);
    const test::CliRun run = m_harness->run(
            command,
            {u"Checkout 2.4"_s, u"A-004"_s, u"in_progress"_s, u"--owner="_s, u"--note"_s, u""_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(
            run.out,
            u"A-004: in_progress -> in_progress\nA-004: owner Lena -> (none)\nA-004: note updated\n"_s);
    const auto item = store().findItem(m_id, u"A-004"_s);
    QCOMPARE(item->owner, QString());
    QCOMPARE(item->note, QString());
}

void tst_SetCommand::qualifiedItemId()
{
    // A-001 is in both alpha and beta: the plain id is ambiguous, template:id is not.
    SetCommand command;
    const test::CliRun ambiguous
            = m_harness->run(command, {QString::number(m_id), u"A-001"_s, u"passed"_s});
    QCOMPARE(ambiguous.exitCode, 2);
    QVERIFY2(ambiguous.err.startsWith(u"greenlight-cli: error: "_s), qPrintable(ambiguous.err));
    QVERIFY(ambiguous.err.contains(u"A-001"_s));

    const test::CliRun run
            = m_harness->run(command, {QString::number(m_id), u"beta:A-001"_s, u"failed"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"A-001: not_started -> failed\n"_s);
    QCOMPARE(store().findItem(m_id, u"beta:A-001"_s)->status, ItemStatus::Failed);
    QCOMPARE(store().findItem(m_id, u"alpha:A-001"_s)->status, ItemStatus::NotStarted);
}

void tst_SetCommand::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("too few") << QStringList{u"1"_s, u"A-002"_s}
                             << u"expected ASSESSMENT, ITEM-ID and STATUS"_s;
    QTest::newRow("too many") << QStringList{u"1"_s, u"A-002"_s, u"passed"_s, u"now"_s}
                              << u"unexpected argument 'now'"_s;
    QTest::newRow("unknown status")
            << QStringList{u"1"_s, u"A-002"_s, u"done"_s}
            << u"unknown status 'done' (valid: not_started, in_progress, passed, failed, "
               "not_applicable)"_s;
    QTest::newRow("status is case-sensitive")
            << QStringList{u"1"_s, u"A-002"_s, u"Passed"_s} << u"unknown status 'Passed'"_s;
    QTest::newRow("unknown assessment")
            << QStringList{u"Checkout 9"_s, u"A-002"_s, u"passed"_s} << QString();
    QTest::newRow("unknown item") << QStringList{u"Checkout 2.4"_s, u"ZZZ-999"_s, u"passed"_s}
                                  << QString();
}

void tst_SetCommand::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    SetCommand command;
    const test::CliRun run = m_harness->run(command, arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(u"greenlight-cli: error: "_s + message), qPrintable(run.err));
    if (message.isEmpty()) { // the store's message names what it could not find
        const QString missing
                = arguments.at(0) == "Checkout 9"_L1 ? arguments.at(0) : arguments.at(1);
        QVERIFY2(run.err.contains(missing), qPrintable(run.err));
    }
    // Nothing changed.
    const auto progress = store().progress(m_id);
    QCOMPARE(progress->count(ItemStatus::NotStarted), 7);
}

void tst_SetCommand::badStatusNeedsNoDatabase()
{
    QTemporaryDir dir;
    test::CliTestHarness harness(dir.filePath(u"none.sqlite"_s));
    SetCommand command;
    test::CliRun run = harness.run(command, {u"x"_s, u"SEC-001"_s, u"green"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith(u"greenlight-cli: error: unknown status 'green'"_s));
    run = harness.run(command, {u"x"_s, u"SEC-001"_s, u"passed"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(u"greenlight-cli: error: no Greenlight database at "_s),
             qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(harness.databasePath()));
}

QTEST_GUILESS_MAIN(tst_SetCommand)
#include "tst_SetCommand.moc"
