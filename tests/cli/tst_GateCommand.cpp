#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "GateCommand.h"
#include "SignoffCliFixture.h"
#include "WaiveCommand.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

class tst_GateCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void unassessedIsNotReady();
    void allPassedIsReady();
    void lowFailureIsReadyWithFixes();
    void highFailureBlocksUntilWaived();
    void jsonCarriesVerdictAndReasons();
    void errors_data();
    void errors();

private:
    void passAll();
    test::CliRun gate(const QStringList &extra = {});

    std::unique_ptr<test::SignoffCliFixture> m_fx;
};

void tst_GateCommand::init()
{
    m_fx = std::make_unique<test::SignoffCliFixture>();
}

void tst_GateCommand::passAll()
{
    for (const QString &key :
         {u"A-001"_s, u"A-002"_s, u"A-003"_s, u"A-004"_s, u"A-005"_s, u"S-001"_s})
        m_fx->setStatus(key, u"passed"_s);
}

test::CliRun tst_GateCommand::gate(const QStringList &extra)
{
    GateCommand command;
    return m_fx->harness->run(command, QStringList{m_fx->id()} + extra);
}

void tst_GateCommand::unassessedIsNotReady()
{
    m_fx->setStatus(u"A-001"_s, u"passed"_s);
    const test::CliRun run = gate();
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.startsWith(u"payments 2.4.0: Not ready (blocking at high and above)\n"_s),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Blocking:\n  - Items not yet assessed: 5 of 6.\n"_s),
             qPrintable(run.out));
    QVERIFY(run.out.endsWith(u"gate: failed\n"_s));
}

void tst_GateCommand::allPassedIsReady()
{
    passAll();
    test::CliRun run = gate();
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u": Ready (blocking"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(
            u"Items: 6 done of 6 (passed 6, n/a 0, waived 0), failed 0, open 0"_s));
    QVERIFY(!run.out.contains(u"Blocking:"_s));
    // Nobody signed: the roles are listed, and fail the gate only when asked to.
    QVERIFY(run.out.contains(u"Sign-off pending:"_s));
    QVERIFY(run.out.endsWith(u"gate: passed\n"_s));
    run = gate({u"--require-signoff"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains(u"Security Review: not signed yet."_s));
}

void tst_GateCommand::lowFailureIsReadyWithFixes()
{
    passAll();
    m_fx->setStatus(u"A-005"_s, u"failed"_s); // low
    test::CliRun run = gate();
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Ready with fixes"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"To fix or accept:\n  - A-005 (low)"_s));
    QCOMPARE(gate({u"--strict"_s}).exitCode, 1);
    run = gate({u"--fail-on"_s, u"low"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"Not ready (blocking at low and above)"_s), qPrintable(run.out));
}

void tst_GateCommand::highFailureBlocksUntilWaived()
{
    passAll();
    m_fx->setStatus(u"A-002"_s, u"failed"_s); // high
    test::CliRun run = gate();
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"Blocking:\n  - A-002 (high)"_s), qPrintable(run.out));
    QCOMPARE(gate({u"--fail-on"_s, u"critical"_s}).exitCode, 0);

    WaiveCommand waive;
    QCOMPARE(m_fx->harness
                     ->run(waive,
                           {m_fx->id(),
                            u"A-002"_s,
                            u"--reason"_s,
                            u"vault next sprint"_s,
                            u"--by"_s,
                            u"Dana"_s,
                            u"--until"_s,
                            u"2026-12-01"_s})
                     .exitCode,
             0);
    run = gate();
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"is waived until 2026-12-01: vault next sprint"_s),
             qPrintable(run.out));
}

void tst_GateCommand::jsonCarriesVerdictAndReasons()
{
    passAll();
    m_fx->setStatus(u"A-002"_s, u"failed"_s);
    const test::CliRun run = gate({u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(u"verdict"_s).toString(), u"not_ready"_s);
    QCOMPARE(json.value(u"blockAt"_s).toString(), u"high"_s);
    QCOMPARE(json.value(u"passed"_s).toBool(true), false);
    QCOMPARE(json.value(u"blockers"_s).toArray().size(), 1);
    QCOMPARE(json.value(u"pendingSignoffs"_s).toArray().size(), 3); // business is optional
}

void tst_GateCommand::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("no assessment") << QStringList{} << u"missing ASSESSMENT"_s;
    QTest::newRow("two assessments") << QStringList{u"1"_s, u"2"_s} << u"unexpected argument"_s;
    QTest::newRow("unknown assessment") << QStringList{u"Nope"_s} << u"Nope"_s;
    QTest::newRow("bad severity") << QStringList{u"1"_s, u"--fail-on"_s, u"severe"_s}
                                  << u"unknown severity 'severe'"_s;
    QTest::newRow("bad format") << QStringList{u"1"_s, u"--format"_s, u"xml"_s}
                                << u"unknown format"_s;
}

void tst_GateCommand::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    GateCommand command;
    const test::CliRun run = m_fx->harness->run(command, arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(messagePart), qPrintable(run.err));
    QCOMPARE(run.out, QString());
}

QTEST_GUILESS_MAIN(tst_GateCommand)
#include "tst_GateCommand.moc"
