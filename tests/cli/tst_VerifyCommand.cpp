#include <QSqlDatabase>
#include <QTest>

#include "EvidenceCommand.h"
#include "SignCommand.h"
#include "SignoffCliFixture.h"
#include "StoreTestUtils.h"
#include "VerifyCommand.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

class tst_VerifyCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void intactStorePasses();
    void namesFirstBrokenAuditRow();
    void detectsForgedSignature();

private:
    test::CliRun verify(const QStringList &arguments = {});
    std::unique_ptr<test::SignoffCliFixture> m_fx;
};

void tst_VerifyCommand::init()
{
    m_fx = std::make_unique<test::SignoffCliFixture>();
    m_fx->setStatus(u"A-001"_s, u"passed"_s);
    m_fx->setStatus(u"A-002"_s, u"failed"_s);
    SignCommand sign;
    const test::CliRun run = m_fx->harness->run(sign,
                                                {m_fx->id(),
                                                 u"--role"_s,
                                                 u"security-review"_s,
                                                 u"--name"_s,
                                                 u"Grace"_s,
                                                 u"--decision"_s,
                                                 u"approve"_s,
                                                 u"--key"_s,
                                                 m_fx->dir->filePath(u"k/ed.key"_s),
                                                 u"--generate-key"_s});
    QCOMPARE(run.exitCode, 0);
}

test::CliRun tst_VerifyCommand::verify(const QStringList &arguments)
{
    // A fresh harness: verify opens the file as a new CLI run would.
    test::CliTestHarness harness(m_fx->harness->databasePath());
    VerifyCommand command;
    return harness.run(command, arguments);
}

void tst_VerifyCommand::intactStorePasses()
{
    const test::CliRun run = verify({m_fx->id()});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"ok   audit chain: 4 events, head "_s));
    QVERIFY(run.out.contains(u"ok   Payments 2.4: 0 evidence file(s), 1 signature(s)"_s));
    QCOMPARE(verify().exitCode, 0); // every assessment
}

void tst_VerifyCommand::namesFirstBrokenAuditRow()
{
    m_fx->harness.reset();
    test::withRawConnection(m_fx->dir->filePath(u"db.sqlite"_s), [](QSqlDatabase &c) {
        test::rawQuery(c, u"DROP TRIGGER audit_event_no_update"_s);
        QCOMPARE(test::rawQuery(c, u"UPDATE audit_event SET new_value = 'passed' WHERE id = 3"_s),
                 QStringList());
    });
    m_fx->harness = std::make_unique<test::CliTestHarness>(m_fx->dir->filePath(u"db.sqlite"_s));
    const test::CliRun run = verify();
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"FAIL audit chain broken at event 3"_s), qPrintable(run.out));
}

void tst_VerifyCommand::detectsForgedSignature()
{
    m_fx->harness.reset();
    test::withRawConnection(m_fx->dir->filePath(u"db.sqlite"_s), [](QSqlDatabase &c) {
        test::rawQuery(c, u"DROP TRIGGER signature_no_update"_s);
        QCOMPARE(test::rawQuery(
                         c,
                         u"UPDATE signature SET crypto_signature = '%1'"_s.arg(QString(128, u'0'))),
                 QStringList());
    });
    m_fx->harness = std::make_unique<test::CliTestHarness>(m_fx->dir->filePath(u"db.sqlite"_s));
    const test::CliRun run = verify({m_fx->id()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"Ed25519 signature 1 (security-review, Grace) does not verify"_s),
             qPrintable(run.out));
}

QTEST_GUILESS_MAIN(tst_VerifyCommand)
#include "tst_VerifyCommand.moc"
