#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "EvidenceCommand.h"
#include "SignoffCliFixture.h"
#include "store/EvidenceVault.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

class tst_EvidenceCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void addsEveryKind();
    void listJsonAndStale();
    void exportUsesSafeNames();
    void verifyNamesBrokenFiles();
    void errors_data();
    void errors();

private:
    test::CliRun evidence(const QStringList &arguments);
    std::unique_ptr<test::SignoffCliFixture> m_fx;
};

void tst_EvidenceCommand::init()
{
    m_fx = std::make_unique<test::SignoffCliFixture>();
}

test::CliRun tst_EvidenceCommand::evidence(const QStringList &arguments)
{
    EvidenceCommand command;
    return m_fx->harness->run(command, arguments);
}

void tst_EvidenceCommand::addsEveryKind()
{
    const QString file = test::writeFile(m_fx->dir->path(), u"restore.log"_s, "restore ok\n");
    const QList<QStringList> kinds = {
            {u"--file"_s, file},
            {u"--url"_s, u"https://ci.example.com/run/42"_s},
            {u"--note"_s, u"no image digest could be produced"_s},
            {u"--command"_s, u"echo smoke; exit 1"_s},
            {u"--ref"_s, u"src/app.py:10-24"_s},
    };
    for (const QStringList &kind : kinds) {
        const test::CliRun run = evidence(QStringList{u"add"_s, m_fx->id(), u"A-002"_s} + kind);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.startsWith(u"A-002: evidence "_s));
    }
    const test::CliRun list = evidence({u"list"_s, m_fx->id(), u"A-002"_s});
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY(lines.at(0).contains(u"file restore.log"_s));
    QVERIFY(lines.at(3).contains(u"command echo smoke; exit 1"_s));
    QVERIFY(lines.at(4).contains(u"ref src/app.py:10-24"_s));
}

void tst_EvidenceCommand::listJsonAndStale()
{
    QCOMPARE(evidence({u"add"_s,
                       m_fx->id(),
                       u"A-001"_s,
                       u"--note"_s,
                       u"drill passed"_s,
                       u"--valid-until"_s,
                       u"2026-11-10"_s})
                     .exitCode,
             0);
    m_fx->harness->clock().advanceDays(20);
    const test::CliRun run = evidence({u"list"_s, m_fx->id(), u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray list
            = QJsonDocument::fromJson(run.out.toUtf8()).object().value("evidence"_L1).toArray();
    QCOMPARE(list.size(), 1);
    const QJsonObject o = list.first().toObject();
    QCOMPARE(o.value("item"_L1).toString(), u"A-001"_s);
    QCOMPARE(o.value("validUntil"_L1).toString(), u"2026-11-10"_s);
    QVERIFY(o.value("stale"_L1).toBool());
    QCOMPARE(o.value("sha256"_L1).toString().size(), 64);
}

void tst_EvidenceCommand::exportUsesSafeNames()
{
    const QString hostileDir = m_fx->dir->filePath(u"x"_s);
    QDir().mkpath(hostileDir);
    const QString file = test::writeFile(hostileDir, u"..evil.txt"_s, "payload");
    QCOMPARE(evidence({u"add"_s, m_fx->id(), u"A-001"_s, u"--file"_s, file}).exitCode, 0);
    const QString out = m_fx->dir->filePath(u"export"_s);
    const test::CliRun run = evidence({u"export"_s, m_fx->id(), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList names = QDir(out).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(names, (QStringList{u"1-_.evil.txt"_s, u"evidence.json"_s}));
    QFile copied(QDir(out).filePath(u"1-_.evil.txt"_s));
    QVERIFY(copied.open(QIODevice::ReadOnly));
    QCOMPARE(copied.readAll(), QByteArray("payload"));
}

void tst_EvidenceCommand::verifyNamesBrokenFiles()
{
    const QString file = test::writeFile(m_fx->dir->path(), u"smoke.log"_s, "smoke");
    QCOMPARE(evidence({u"add"_s, m_fx->id(), u"A-001"_s, u"--file"_s, file}).exitCode, 0);
    QCOMPARE(evidence({u"verify"_s, m_fx->id()}).exitCode, 0);
    const EvidenceVault vault(EvidenceVault::rootFor(m_fx->harness->databasePath()));
    const QString hash = QString::fromLatin1(
            QCryptographicHash::hash("smoke", QCryptographicHash::Sha256).toHex());
    QVERIFY(QFile::remove(vault.blobPath(hash)));
    const test::CliRun run = evidence({u"verify"_s, m_fx->id()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"smoke.log"_s) && run.out.contains(u"missing"_s),
             qPrintable(run.out));
}

void tst_EvidenceCommand::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("two kinds") << QStringList{u"add"_s,
                                              u"ID"_s,
                                              u"A-001"_s,
                                              u"--note"_s,
                                              u"a"_s,
                                              u"--url"_s,
                                              u"https://x.example"_s}
                               << u"exactly one"_s;
    QTest::newRow("bad ref") << QStringList{u"add"_s, u"ID"_s, u"A-001"_s, u"--ref"_s, u"app.py"_s}
                             << u"PATH:FROM-TO"_s;
    QTest::newRow("bad date") << QStringList{u"add"_s,
                                             u"ID"_s,
                                             u"A-001"_s,
                                             u"--note"_s,
                                             u"a"_s,
                                             u"--valid-until"_s,
                                             u"soon"_s}
                              << u"not a date"_s;
    QTest::newRow("missing file")
            << QStringList{u"add"_s, u"ID"_s, u"A-001"_s, u"--file"_s, u"/nonexistent/f.log"_s}
            << u"does not exist"_s;
    QTest::newRow("unknown sub") << QStringList{u"attach"_s} << u"unknown evidence command"_s;
    QTest::newRow("unknown finding")
            << QStringList{u"add"_s, u"ID"_s, u"A-001"_s, u"--finding"_s, u"0badc0de"_s}
            << u"no scan finding 0badc0de"_s;
    QTest::newRow("bad size") << QStringList{u"add"_s,
                                             u"ID"_s,
                                             u"A-001"_s,
                                             u"--note"_s,
                                             u"a"_s,
                                             u"--max-size"_s,
                                             u"lots"_s}
                              << u"not a size"_s;
    // A file over the limit is refused with a clear message and nothing is recorded.
    QTest::newRow("over the size limit") << QStringList{u"add"_s,
                                                        u"ID"_s,
                                                        u"A-001"_s,
                                                        u"--file"_s,
                                                        u"BIGFILE"_s,
                                                        u"--max-size"_s,
                                                        u"1k"_s}
                                         << u"limit"_s;
}

void tst_EvidenceCommand::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, messagePart);
    arguments.replaceInStrings(u"ID"_s, m_fx->id());
    arguments.replaceInStrings(
            u"BIGFILE"_s, test::writeFile(m_fx->dir->path(), u"big.log"_s, QByteArray(4096, 'x')));
    const test::CliRun run = evidence(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(messagePart), qPrintable(run.err));
    QCOMPARE(evidence({u"list"_s, m_fx->id()}).out, u"no evidence\n"_s);
}

QTEST_GUILESS_MAIN(tst_EvidenceCommand)
#include "tst_EvidenceCommand.moc"
