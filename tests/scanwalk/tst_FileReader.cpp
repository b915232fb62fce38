#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include "WalkFixture.h"
#include "scan/walk/FileReader.h"
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace greenlight {

using namespace test::WalkFixture;

class tst_FileReader : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void grewPastTheLimit();
    void unreadableFile();
    void directoryIsUnreadable();
    void missingFile();

private:
    QTemporaryDir m_dir;
    WalkedFile fileWith(const QByteArray &name, const QByteArray &content);
};

WalkedFile tst_FileReader::fileWith(const QByteArray &name, const QByteArray &content)
{
    const QByteArray path = QFile::encodeName(m_dir.path()) + '/' + name;
    if (!writeFile(path, content))
        return {};
    return WalkedFile{QString::fromUtf8(name), path, content.size()};
}

void tst_FileReader::classify_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<bool>("readable"); // content returned as is
    QTest::addColumn<SkipReason>("reason");
    QTest::addColumn<QString>("detail");

    const QByteArray text = "FROM python:3.12\nUSER app\n";
    const SkipReason none = SkipReason::Unreadable; // unused when readable
    QTest::newRow("text") << text << qint64(1024) << true << none << QString();
    QTest::newRow("empty") << QByteArray() << qint64(1024) << true << none << QString();
    QTest::newRow("utf-8 with bom")
            << QByteArray("\xEF\xBB\xBFkey: value\n") << qint64(1024) << true << none << QString();
    QTest::newRow("latin-1 bytes are text")
            << QByteArray("caf\xe9\n") << qint64(1024) << true << none << QString();
    QTest::newRow("nul at start") << QByteArray("\0ELF", 4) << qint64(1024) << false
                                  << SkipReason::Binary << u"contains NUL bytes"_s;
    QTest::newRow("nul at the last sniffed byte")
            << QByteArray(8191, 'a') + QByteArray(1, '\0') << qint64(100000) << false
            << SkipReason::Binary << u"contains NUL bytes"_s;
    QTest::newRow("nul after 8 KiB is text") << QByteArray(8192, 'a') + QByteArray(1, '\0')
                                             << qint64(100000) << true << none << QString();
    QTest::newRow("utf-16 le") << QByteArray("\xFF\xFEk\0e\0y\0", 8) << qint64(1024) << false
                               << SkipReason::Binary << u"UTF-16"_s;
    QTest::newRow("utf-16 be") << QByteArray("\xFE\xFF\0k\0e\0y", 8) << qint64(1024) << false
                               << SkipReason::Binary << u"UTF-16"_s;
    QTest::newRow("exactly at the limit")
            << QByteArray(100, 'a') << qint64(100) << true << none << QString();
    QTest::newRow("one byte over") << QByteArray(101, 'a') << qint64(100) << false
                                   << SkipReason::TooLarge << u"101 bytes, limit 100 bytes"_s;
    QTest::newRow("mebibytes over")
            << QByteArray(2 * 1024 * 1024, 'a') << qint64(1024 * 1024) << false
            << SkipReason::TooLarge << u"2 MiB (2097152 bytes), limit 1 MiB"_s;
}

void tst_FileReader::classify()
{
    QFETCH(QByteArray, content);
    QFETCH(qint64, limit);
    QFETCH(bool, readable);
    QFETCH(SkipReason, reason);
    QFETCH(QString, detail);

    const WalkedFile file = fileWith("sample", content);
    QVERIFY(!file.nativePath.isEmpty());
    const FileReadResult result = readFileForScan(file, limit);
    QCOMPARE(bool(result.content), readable);
    QCOMPARE(bool(result.skipped), !readable);
    if (readable) {
        QCOMPARE(*result.content, content);
    } else {
        QCOMPARE(result.skipped->path, u"sample"_s);
        QCOMPARE(result.skipped->reason, reason);
        QCOMPARE(result.skipped->detail, detail);
    }
}

void tst_FileReader::grewPastTheLimit()
{
    // Walked when small, then grown: the reader checks again instead of trusting the walk.
    WalkedFile file = fileWith("growing", "small");
    QVERIFY(writeFile(file.nativePath, QByteArray(5000, 'x')));
    const FileReadResult result = readFileForScan(file, 1000);
    QVERIFY(!result.content);
    QCOMPARE(result.skipped->reason, SkipReason::TooLarge);
    QVERIFY(result.skipped->detail.startsWith(u"4.9 KiB (5000 bytes)"_s));
}

void tst_FileReader::unreadableFile()
{
    const WalkedFile file = fileWith("locked", "secret");
    QVERIFY(::chmod(file.nativePath.constData(), 0) == 0);
    QVERIFY(::chmod(QFile::encodeName(m_dir.path()).constData(), 0755) == 0);
    const auto restore = qScopeGuard([] { restoreFileAccessPrivileges(); });
    if (::geteuid() == 0 && !dropFileAccessPrivileges())
        QSKIP("running as root without the right to switch the file-system user");
    const FileReadResult result = readFileForScan(file, 1000);
    QVERIFY(!result.content);
    QCOMPARE(result.skipped->reason, SkipReason::Unreadable);
    QCOMPARE(result.skipped->detail, u"Permission denied"_s);
}

void tst_FileReader::directoryIsUnreadable()
{
    const QByteArray path = QFile::encodeName(m_dir.path()) + "/folder";
    QVERIFY(makeDirs(path));
    const FileReadResult result = readFileForScan(WalkedFile{u"folder"_s, path, 0}, 1000);
    QVERIFY(!result.content);
    QCOMPARE(result.skipped->path, u"folder"_s);
    QCOMPARE(result.skipped->reason, SkipReason::Unreadable);
    QCOMPARE(result.skipped->detail, u"Is a directory"_s);
}

void tst_FileReader::missingFile()
{
    const QByteArray path = QFile::encodeName(m_dir.path()) + "/vanished";
    const FileReadResult result = readFileForScan(WalkedFile{u"vanished"_s, path, 3}, 1000);
    QVERIFY(!result.content);
    QCOMPARE(result.skipped->reason, SkipReason::Unreadable);
    QCOMPARE(result.skipped->detail, u"No such file or directory"_s);
}

} // namespace greenlight

QTEST_GUILESS_MAIN(greenlight::tst_FileReader)
#include "tst_FileReader.moc"
