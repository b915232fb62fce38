#include <QTemporaryDir>
#include <QTest>

#include "SignCommand.h"
#include "SignoffCliFixture.h"
#include "signoff/Ed25519Signer.h"
#include "store/SignoffStore.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

class tst_SignCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void signsRole();
    void signsWithEd25519Key();
    void deploymentApprovalNamesBlockers();
    void errors_data();
    void errors();

private:
    std::unique_ptr<test::SignoffCliFixture> m_fx;
};

void tst_SignCommand::init()
{
    m_fx = std::make_unique<test::SignoffCliFixture>();
}

void tst_SignCommand::signsRole()
{
    SignCommand sign;
    const test::CliRun run = m_fx->harness->run(sign,
                                                {m_fx->id(),
                                                 u"--role"_s,
                                                 u"security-review"_s,
                                                 u"--name"_s,
                                                 u"Grace"_s,
                                                 u"--decision"_s,
                                                 u"conditional"_s,
                                                 u"--comment"_s,
                                                 u"rotate keys"_s});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"Security Review: conditional by Grace\ncontent sha256: "_s));
    SignoffStore store(*m_fx->harness->context().database(), m_fx->harness->clock());
    const auto list = *store.signatures(m_fx->assessmentId);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().signature.comment, u"rotate keys"_s);
    QVERIFY(list.first().signature.publicKey.isEmpty());
}

void tst_SignCommand::signsWithEd25519Key()
{
    const QString keyPath = m_fx->dir->filePath(u"keys/me.key"_s);
    SignCommand sign;
    const test::CliRun run = m_fx->harness->run(sign,
                                                {m_fx->id(),
                                                 u"--role"_s,
                                                 u"operations-review"_s,
                                                 u"--name"_s,
                                                 u"Lin"_s,
                                                 u"--decision"_s,
                                                 u"approve"_s,
                                                 u"--key"_s,
                                                 keyPath,
                                                 u"--generate-key"_s});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    const auto key = Ed25519Signer::load(keyPath);
    QVERIFY(key);
    QVERIFY(run.out.contains(key->publicKeyHex()));
    SignoffStore store(*m_fx->harness->context().database(), m_fx->harness->clock());
    const SignatureRecord s = store.signatures(m_fx->assessmentId)->first().signature;
    QCOMPARE(s.publicKey, key->publicKeyHex());
    QVERIFY(Ed25519Signer::verify(s.publicKey, s.contentHash, s.cryptoSignature));
}

void tst_SignCommand::deploymentApprovalNamesBlockers()
{
    SignCommand sign;
    const test::CliRun run = m_fx->harness->run(sign,
                                                {m_fx->id(),
                                                 u"--role"_s,
                                                 u"deployment-approval"_s,
                                                 u"--name"_s,
                                                 u"Vic"_s,
                                                 u"--decision"_s,
                                                 u"approve"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"Security Review (security-review) has not signed"_s),
             qPrintable(run.err));
    QVERIFY(run.err.contains(u"Operations Review (operations-review) has not signed"_s));
}

void tst_SignCommand::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no role") << QStringList{u"--name"_s, u"A"_s, u"--decision"_s, u"approve"_s}
                             << u"--role is required"_s;
    QTest::newRow("bad decision") << QStringList{u"--role"_s,
                                                 u"security-review"_s,
                                                 u"--name"_s,
                                                 u"A"_s,
                                                 u"--decision"_s,
                                                 u"maybe"_s}
                                  << u"unknown decision 'maybe'"_s;
    QTest::newRow("unknown role")
            << QStringList{u"--role"_s, u"qa"_s, u"--name"_s, u"A"_s, u"--decision"_s, u"approve"_s}
            << u"unknown role 'qa'"_s;
    QTest::newRow("missing key") << QStringList{u"--role"_s,
                                                u"security-review"_s,
                                                u"--name"_s,
                                                u"A"_s,
                                                u"--decision"_s,
                                                u"approve"_s,
                                                u"--key"_s,
                                                u"/nonexistent/key"_s}
                                 << u"could not read the key file"_s;
}

void tst_SignCommand::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    SignCommand sign;
    const test::CliRun run = m_fx->harness->run(sign, QStringList{m_fx->id()} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(messagePart), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(tst_SignCommand)
#include "tst_SignCommand.moc"
