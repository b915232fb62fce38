#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "SignCommand.h"
#include "SignoffCliFixture.h"
#include "SignoffsCommand.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

class tst_SignoffsCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void textShowsStalenessAndBlockers();
    void json();

private:
    void sign(const QString &role);
    std::unique_ptr<test::SignoffCliFixture> m_fx;
};

void tst_SignoffsCommand::init()
{
    m_fx = std::make_unique<test::SignoffCliFixture>();
}

void tst_SignoffsCommand::sign(const QString &role)
{
    SignCommand command;
    const test::CliRun run = m_fx->harness->run(command,
                                                {m_fx->id(),
                                                 u"--role"_s,
                                                 role,
                                                 u"--name"_s,
                                                 u"Grace"_s,
                                                 u"--decision"_s,
                                                 u"approve"_s});
    QCOMPARE(run.exitCode, 0);
}

void tst_SignoffsCommand::textShowsStalenessAndBlockers()
{
    sign(u"security-review"_s);
    m_fx->setStatus(u"A-001"_s, u"failed"_s);
    SignoffsCommand command;
    const test::CliRun run = m_fx->harness->run(command, {m_fx->id()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Security Review (security-review)\n  approve by Grace"_s),
             qPrintable(run.out));
    QVERIFY(run.out.contains(u"STALE - content changed since signing:\n"
                             "    alpha:A-001: status not_started -> failed\n"_s));
    QVERIFY(run.out.contains(u"Business Review (business-review, optional)\n  not signed"_s));
    QVERIFY(run.out.contains(u"Deployment Approval: blocked\n"_s));
    QVERIFY(run.out.contains(u"  - A-001 (critical) is failed without a waiver"_s));
}

void tst_SignoffsCommand::json()
{
    sign(u"security-review"_s);
    sign(u"operations-review"_s);
    SignoffsCommand command;
    const test::CliRun run = m_fx->harness->run(command, {m_fx->id(), u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(root.value("formatVersion"_L1).toInt(), 1);
    const QJsonArray roles = root.value("roles"_L1).toArray();
    QCOMPARE(roles.size(), 4);
    QCOMPARE(
            roles.at(0).toObject().value("signature"_L1).toObject().value("decision"_L1).toString(),
            u"approve"_s);
    QVERIFY(!roles.at(3).toObject().contains("signature"_L1));
    QVERIFY(root.value("deploymentApproval"_L1).toObject().value("allowed"_L1).toBool());
}

QTEST_GUILESS_MAIN(tst_SignoffsCommand)
#include "tst_SignoffsCommand.moc"
