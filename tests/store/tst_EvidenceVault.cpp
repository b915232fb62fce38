#include <csignal>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "store/EvidenceVault.h"
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace greenlight;

// The content-addressed vault: dedupe, safe writes that leave nothing behind on failure,
// integrity checks, the size limit and names that try to escape.
class tst_EvidenceVault : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void storesByHashAndDedupes();
    void blobsAreReadOnly();
    void detectsAlteredAndMissing();
    void sizeLimit();
    void failedWriteLeavesNothing();
    void fullDiskLeavesNothing();
    void safeFileName_data();
    void safeFileName();
    void longNamesStayWithinLimits();

private:
    QString writeSource(const QString &name, const QByteArray &content);
    QStringList vaultFiles() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EvidenceVault> m_vault;
};

void tst_EvidenceVault::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = std::make_unique<EvidenceVault>(
            EvidenceVault::rootFor(m_dir->filePath(u"db.sqlite"_s)));
}

QString tst_EvidenceVault::writeSource(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qWarning("could not write %s", qPrintable(path));
    return path;
}

QStringList tst_EvidenceVault::vaultFiles() const
{
    QStringList files;
    QDir root(m_vault->root());
    if (!root.exists())
        return files;
    const auto entries = root.entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &info : entries)
        files.append(info.fileName());
    QDir shards(m_vault->root() + u"/sha256"_s);
    for (const QString &shard : shards.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir dir(shards.filePath(shard));
        for (const QString &f : dir.entryList(QDir::Files | QDir::Hidden))
            files.append(shard + u'/' + f);
    }
    return files;
}

void tst_EvidenceVault::storesByHashAndDedupes()
{
    const QByteArray content = "backup restore drill: OK\n";
    const QString expected = u"%1"_s.arg(QString::fromLatin1(
            QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    auto first = m_vault->storeFile(writeSource(u"a.log"_s, content));
    QVERIFY2(first, qPrintable(first.errorMessage()));
    QCOMPARE(first->hash, expected);
    QCOMPARE(first->size, content.size());
    QVERIFY(!first->alreadyPresent);
    QVERIFY(m_vault->blobPath(expected).startsWith(m_vault->root() + u"/sha256/"_s
                                                   + expected.left(2)));

    auto second = m_vault->storeFile(writeSource(u"copy-of-a.log"_s, content));
    QVERIFY(second);
    QCOMPARE(second->hash, expected);
    QVERIFY(second->alreadyPresent);
    auto bytes = m_vault->storeBytes(content);
    QVERIFY(bytes && bytes->alreadyPresent);
    QCOMPARE(vaultFiles(), QStringList{expected.left(2) + u'/' + expected});
    QCOMPARE(*m_vault->read(expected), content);
    QCOMPARE(m_vault->check(expected), EvidenceVault::BlobState::Intact);
}

void tst_EvidenceVault::blobsAreReadOnly()
{
    auto stored = m_vault->storeBytes("immutable");
    QVERIFY(stored);
    QFile blob(m_vault->blobPath(stored->hash));
    QVERIFY(!(blob.permissions() & QFileDevice::WriteOwner));
}

void tst_EvidenceVault::detectsAlteredAndMissing()
{
    auto a = m_vault->storeBytes("alpha");
    auto b = m_vault->storeBytes("beta");
    QVERIFY(a && b);
    const QString pathA = m_vault->blobPath(a->hash);
    QFile::setPermissions(pathA, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile file(pathA);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("alpha, edited");
    file.close();
    QVERIFY(QFile::remove(m_vault->blobPath(b->hash)));

    QCOMPARE(m_vault->check(a->hash), EvidenceVault::BlobState::Altered);
    QCOMPARE(m_vault->check(b->hash), EvidenceVault::BlobState::Missing);
    QCOMPARE(m_vault->check(u"../../etc/passwd"_s), EvidenceVault::BlobState::Missing);

    // Storing the true content again repairs the altered blob.
    auto again = m_vault->storeBytes("alpha");
    QVERIFY2(again, qPrintable(again.errorMessage()));
    QVERIFY(!again->alreadyPresent);
    QCOMPARE(m_vault->check(a->hash), EvidenceVault::BlobState::Intact);
}

void tst_EvidenceVault::sizeLimit()
{
    m_vault->setMaxBytes(1024);
    const QString big = writeSource(u"big.bin"_s, QByteArray(2048, 'x'));
    auto refused = m_vault->storeFile(big);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::InvalidArgument);
    QVERIFY2(refused.errorMessage().contains(u"2.0 KiB"_s), qPrintable(refused.errorMessage()));
    QVERIFY2(refused.errorMessage().contains(u"1.0 KiB"_s), qPrintable(refused.errorMessage()));
    QVERIFY(!m_vault->storeBytes(QByteArray(1025, 'y')));
    QVERIFY(m_vault->storeFile(writeSource(u"small.bin"_s, QByteArray(1024, 'z'))));
    QCOMPARE(EvidenceVault::DefaultMaxBytes, qint64(100) * 1024 * 1024);

    QCOMPARE(m_vault->storeFile(m_dir->filePath(u"nope"_s)).error().code, Error::Code::NotFound);
    QCOMPARE(m_vault->storeFile(m_dir->path()).error().code, Error::Code::InvalidArgument);
}

void tst_EvidenceVault::failedWriteLeavesNothing()
{
    QVERIFY(m_vault->storeBytes("first"));
    QVERIFY(QFile::setPermissions(m_vault->root() + u"/sha256"_s,
                                  QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    auto failed = m_vault->storeBytes("second");
    QFile::setPermissions(m_vault->root() + u"/sha256"_s,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (failed)
        QSKIP("running as root: directory permissions do not stop writes");
    QCOMPARE(failed.error().code, Error::Code::Io);
    QCOMPARE(vaultFiles().size(), 1);
}

void tst_EvidenceVault::fullDiskLeavesNothing()
{
    // A file size limit makes write() fail with EFBIG the way a full disk fails with ENOSPC.
    const QString source = writeSource(u"large.log"_s, QByteArray(512 * 1024, 'L'));
    QVERIFY(QDir().mkpath(m_vault->root()));
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit old{};
    getrlimit(RLIMIT_FSIZE, &old);
    rlimit limited = old;
    limited.rlim_cur = 64 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    auto stored = m_vault->storeFile(source);
    setrlimit(RLIMIT_FSIZE, &old);
    QVERIFY(!stored);
    QCOMPARE(stored.error().code, Error::Code::Io);
    QCOMPARE(vaultFiles(), QStringList()); // no blob, no temporary file left behind
}

void tst_EvidenceVault::safeFileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"restore.log"_s << u"restore.log"_s;
    QTest::newRow("dot-dot") << u"../../etc/passwd"_s << u"passwd"_s;
    QTest::newRow("backslashes") << u"..\\..\\boot.ini"_s << u"boot.ini"_s;
    QTest::newRow("hidden") << u".bashrc"_s << u"_bashrc"_s;
    QTest::newRow("only dots") << u".."_s << u"_."_s;
    QTest::newRow("empty") << QString() << u"evidence"_s;
    QTest::newRow("control") << u"a\nb\tc.txt"_s << u"a_b_c.txt"_s;
    QTest::newRow("non-UTF-8") << QString::fromUtf8("r\xff\xfe.txt") << u"r\uFFFD\uFFFD.txt"_s;
}

void tst_EvidenceVault::safeFileName()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(EvidenceVault::safeFileName(name), expected);
}

void tst_EvidenceVault::longNamesStayWithinLimits()
{
    const QString longName = QString(5000, u'x') + u".pdf"_s;
    const QString safe = EvidenceVault::safeFileName(longName);
    QVERIFY(safe.endsWith(u".pdf"_s));
    QVERIFY(safe.size() <= 120);
    const QString wide = QString(300, QChar(0x00E9)) + u".txt"_s; // 2 bytes each in UTF-8
    QVERIFY(EvidenceVault::safeFileName(wide).toUtf8().size() <= 200);
}

QTEST_GUILESS_MAIN(tst_EvidenceVault)
#include "tst_EvidenceVault.moc"
