#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "CliTestHarness.h"
#include "ValidateCommand.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

class tst_ValidateCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validFile();
    void invalidFiles_data();
    void invalidFiles();
    void mixedFilesReportEachAndExitOne();
    void unreadableFileIsExitTwo_data();
    void unreadableFileIsExitTwo();
    void noFilesIsUsageError();
    void shippedTemplatesAreValid();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::CliTestHarness> m_harness;
};

void tst_ValidateCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_harness = std::make_unique<test::CliTestHarness>(m_dir.filePath(u"db.sqlite"_s));
}

void tst_ValidateCommand::validFile()
{
    const QString path = test::writeFile(
            m_dir.path(), u"good.yaml"_s, test::validTemplateYaml(u"good"_s, u"GOOD"_s));
    ValidateCommand command;
    const test::CliRun run = m_harness->run(command, {path});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, path + u": ok (2 items)\n"_s);
    QCOMPARE(run.err, QString());
    // validate never needs the database
    QVERIFY(!QFileInfo::exists(m_harness->databasePath()));
}

void tst_ValidateCommand::invalidFiles_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expectedProblem"); // "line:col: message start"

    QByteArray good = test::validTemplateYaml(u"bad"_s, u"BAD"_s);
    QTest::newRow("unknown key") << QByteArray(good).replace("severity: high", "severty: high")
                                 << u"12:9: unknown key 'severty'"_s;
    QTest::newRow("bad severity") << QByteArray(good).replace("severity: high", "severity: urgent")
                                  << u"12:19: invalid severity 'urgent'"_s;
    QTest::newRow("yaml syntax") << QByteArray("schema: 1\nid: [unclosed\n") << u"3:1: "_s;
}

void tst_ValidateCommand::invalidFiles()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expectedProblem);
    const QString path = test::writeFile(m_dir.path(), u"bad.yaml"_s, yaml);
    ValidateCommand command;
    const test::CliRun run = m_harness->run(command, {path});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    const QStringList lines = run.err.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    const QRegularExpression position(u"^"_s + QRegularExpression::escape(path)
                                      + u":\\d+:\\d+: \\S"_s);
    for (const QString &line : lines)
        QVERIFY2(position.match(line).hasMatch(), qPrintable(line));
    QVERIFY2(run.err.contains(path + u':' + expectedProblem), qPrintable(run.err));
}

void tst_ValidateCommand::mixedFilesReportEachAndExitOne()
{
    const QString good = test::writeFile(
            m_dir.path(), u"one.yaml"_s, test::validTemplateYaml(u"one"_s, u"ONE"_s));
    const QString bad = test::writeFile(m_dir.path(), u"two.yaml"_s, "schema: 2\n");
    const QString good2 = test::writeFile(
            m_dir.path(), u"three.yml"_s, test::validTemplateYaml(u"three"_s, u"THR"_s));
    ValidateCommand command;
    const test::CliRun run = m_harness->run(command, {good, bad, good2});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, good + u": ok (2 items)\n"_s + good2 + u": ok (2 items)\n"_s);
    QVERIFY(run.err.startsWith(bad + u':'));
    QVERIFY(!run.err.contains(good));
}

void tst_ValidateCommand::unreadableFileIsExitTwo_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing") << u"nope.yaml"_s << u"no such file"_s;
    QTest::newRow("folder") << u"."_s << u"is a folder"_s;
}

void tst_ValidateCommand::unreadableFileIsExitTwo()
{
    QFETCH(QString, name);
    QFETCH(QString, reason);
    const QString good = test::writeFile(
            m_dir.path(), u"fine.yaml"_s, test::validTemplateYaml(u"fine"_s, u"FIN"_s));
    const QString bad = test::writeFile(m_dir.path(), u"broken.yaml"_s, "schema: 1\n");
    const QString path = m_dir.filePath(name);
    ValidateCommand command;
    // An unreadable file outranks an invalid one; the other files are still checked.
    const test::CliRun run = m_harness->run(command, {path, bad, good});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(u"greenlight-cli: error: cannot read %1: %2\n"_s.arg(path, reason)),
             qPrintable(run.err));
    QVERIFY(run.err.contains(bad + u':'));
    QCOMPARE(run.out, good + u": ok (2 items)\n"_s);
}

void tst_ValidateCommand::noFilesIsUsageError()
{
    ValidateCommand command;
    const test::CliRun run = m_harness->run(command, {});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith(u"greenlight-cli: error: no template files given\n"_s));
    QVERIFY(run.err.contains(u"validate FILE..."_s));
}

void tst_ValidateCommand::shippedTemplatesAreValid()
{
    const QDir checklists(QStringLiteral(GREENLIGHT_SOURCE_DIR) + u"/checklists"_s);
    QStringList files;
    for (const QString &name : checklists.entryList({u"*.yaml"_s}, QDir::Files, QDir::Name))
        files.append(checklists.filePath(name));
    QCOMPARE(files.size(), 6);
    ValidateCommand command;
    const test::CliRun run = m_harness->run(command, files);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.count(u": ok ("_s), 6);
}

QTEST_GUILESS_MAIN(tst_ValidateCommand)
#include "tst_ValidateCommand.moc"
