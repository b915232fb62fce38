#include <QTest>

#include "SignoffCliFixture.h"
#include "WaiveCommand.h"
#include "store/Database.h"
#include "store/WaiverStore.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

class tst_WaiveCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void waivesFailedItem();
    void errors_data();
    void errors();

private:
    std::unique_ptr<test::SignoffCliFixture> m_fx;
};

void tst_WaiveCommand::init()
{
    m_fx = std::make_unique<test::SignoffCliFixture>();
    m_fx->setStatus(u"A-002"_s, u"failed"_s);
}

void tst_WaiveCommand::waivesFailedItem()
{
    WaiveCommand waive;
    const test::CliRun run = m_fx->harness->run(waive,
                                                {m_fx->id(),
                                                 u"A-002"_s,
                                                 u"--reason"_s,
                                                 u"vault migration in sprint 12"_s,
                                                 u"--by"_s,
                                                 u"Dana"_s,
                                                 u"--until"_s,
                                                 u"2026-12-01"_s,
                                                 u"--ticket"_s,
                                                 u"https://jira.example.com/SEC-88"_s});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"A-002: waived until 2026-12-01, accepted by Dana\n"_s);
    WaiverStore waivers(*m_fx->harness->context().database(), m_fx->harness->clock());
    const auto all = *waivers.waivers(m_fx->assessmentId);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().ticketUrl, u"https://jira.example.com/SEC-88"_s);
    QCOMPARE(waivers.summary(m_fx->assessmentId)->waived, 1);
}

void tst_WaiveCommand::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("messagePart");
    const QStringList rest = {u"--reason"_s, u"r"_s, u"--by"_s, u"Dana"_s};
    QTest::newRow("no until") << (QStringList{u"1"_s, u"A-002"_s} + rest) << 2
                              << u"--until is required"_s;
    QTest::newRow("bad date") << (QStringList{u"1"_s, u"A-002"_s} + rest
                                  + QStringList{u"--until"_s, u"next week"_s})
                              << 2 << u"not a date"_s;
    QTest::newRow("not failed") << (QStringList{u"1"_s, u"A-001"_s} + rest
                                    + QStringList{u"--until"_s, u"2026-12-01"_s})
                                << 2 << u"only a failed item can be waived"_s;
    QTest::newRow("past") << (QStringList{u"1"_s, u"A-002"_s} + rest
                              + QStringList{u"--until"_s, u"2026-01-01"_s})
                          << 2 << u"in the past"_s;
    QTest::newRow("unknown item") << (QStringList{u"1"_s, u"Z-9"_s} + rest
                                      + QStringList{u"--until"_s, u"2026-12-01"_s})
                                  << 2 << u"no item Z-9"_s;
}

void tst_WaiveCommand::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, messagePart);
    arguments[0] = m_fx->id();
    WaiveCommand waive;
    const test::CliRun run = m_fx->harness->run(waive, arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(messagePart), qPrintable(run.err));
    WaiverStore waivers(*m_fx->harness->context().database(), m_fx->harness->clock());
    QCOMPARE(waivers.waivers(m_fx->assessmentId)->size(), 0);
}

QTEST_GUILESS_MAIN(tst_WaiveCommand)
#include "tst_WaiveCommand.moc"
