#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "signoff/Ed25519Signer.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

// Ed25519 sign-off keys: 0600 key files, signatures that verify offline with the public key
// and fail for any other hash, key or signature.
class tst_Ed25519Signer : public QObject
{
    Q_OBJECT

private slots:
    void generatesPrivateKeyFile();
    void signAndVerify();
    void verifyFails_data();
    void verifyFails();
    void refusesLooseOrBadKeys();

private:
    QTemporaryDir m_dir;
};

void tst_Ed25519Signer::generatesPrivateKeyFile()
{
    const QString path = m_dir.filePath(u"keys/ed25519.key"_s);
    auto key = Ed25519Signer::generate(path);
    QVERIFY2(key, qPrintable(key.errorMessage()));
    QCOMPARE(key->publicKey.size(), 32);
    QCOMPARE(key->secretKey.size(), 64);
    const QFileDevice::Permissions mode = QFile::permissions(path);
    QVERIFY(mode.testFlag(QFileDevice::ReadOwner) && mode.testFlag(QFileDevice::WriteOwner));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                            | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                            | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(mode & others, QFileDevice::Permissions()); // 0600
    QFile pub(path + u".pub"_s);
    QVERIFY(pub.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromLatin1(pub.readAll().trimmed()), key->publicKeyHex());
    QVERIFY(!Ed25519Signer::generate(path)); // never overwritten

    auto loaded = Ed25519Signer::load(path);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded->publicKey, key->publicKey);
    QVERIFY(Ed25519Signer::defaultKeyPath().endsWith(u"keys/ed25519.key"_s));
}

void tst_Ed25519Signer::signAndVerify()
{
    auto key = Ed25519Signer::generate(m_dir.filePath(u"sv.key"_s));
    QVERIFY(key);
    const QString hash = QString(64, u'a');
    const QString signature = Ed25519Signer::sign(*key, hash);
    QCOMPARE(signature.size(), 128);
    QVERIFY(Ed25519Signer::verify(key->publicKeyHex(), hash, signature));
}

void tst_Ed25519Signer::verifyFails_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("other hash") << u"hash"_s;
    QTest::newRow("other key") << u"key"_s;
    QTest::newRow("flipped bit") << u"signature"_s;
    QTest::newRow("garbage") << u"garbage"_s;
}

void tst_Ed25519Signer::verifyFails()
{
    QFETCH(QString, what);
    auto key = Ed25519Signer::generate(m_dir.filePath(u"vf-%1.key"_s.arg(what)));
    auto other = Ed25519Signer::generate(m_dir.filePath(u"vf-other-%1.key"_s.arg(what)));
    QVERIFY(key && other);
    QString hash = QString(64, u'b');
    QString publicKey = key->publicKeyHex();
    QString signature = Ed25519Signer::sign(*key, hash);
    if (what == "hash"_L1)
        hash = QString(64, u'c');
    else if (what == "key"_L1)
        publicKey = other->publicKeyHex();
    else if (what == "signature"_L1)
        signature[0] = signature[0] == u'0' ? u'1' : u'0';
    else
        signature = u"zz"_s;
    QVERIFY(!Ed25519Signer::verify(publicKey, hash, signature));
}

void tst_Ed25519Signer::refusesLooseOrBadKeys()
{
    const QString path = m_dir.filePath(u"loose.key"_s);
    QVERIFY(Ed25519Signer::generate(path));
    QFile::setPermissions(
            path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    auto loose = Ed25519Signer::load(path);
    QVERIFY(!loose);
    QVERIFY(loose.errorMessage().contains(u"chmod 600"_s));

    const QString bad = m_dir.filePath(u"bad.key"_s);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a key\n");
    file.close();
    QFile::setPermissions(bad, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(!Ed25519Signer::load(bad));
    QVERIFY(!Ed25519Signer::load(m_dir.filePath(u"missing.key"_s)));
}

QTEST_GUILESS_MAIN(tst_Ed25519Signer)
#include "tst_Ed25519Signer.moc"
