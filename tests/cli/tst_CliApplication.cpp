#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "CliApplication.h"
#include "CliCommand.h"
#include "CliTestHarness.h"
#include "core/Translations.h"
#include "greenlight/Version.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

class tst_CliApplication : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void helpListsEveryCommand();
    void version();
    void usageErrors_data();
    void usageErrors();
    void helpForOneCommand_data();
    void helpForOneCommand();
    void globalOptionsBeforeTheCommand();
    void languageOptionTranslatesHelpAndErrors_data();
    void languageOptionTranslatesHelpAndErrors();
    void unknownLanguageIsAUsageError();
    void commandTemplatesOptionIsNotTheGlobalOne();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::CliTestHarness> m_harness;
};

void tst_CliApplication::init()
{
    m_harness = std::make_unique<test::CliTestHarness>(m_dir.filePath(u"db.sqlite"_s));
}

void tst_CliApplication::helpListsEveryCommand()
{
    for (const QString &flag : {u"--help"_s, u"-h"_s}) {
        const test::CliRun run = m_harness->runApplication({flag});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QString());
        QVERIFY(run.out.startsWith(u"Usage: greenlight-cli [global options] COMMAND"_s));
        for (const QString &command :
             {u"validate"_s, u"templates"_s, u"new"_s, u"list"_s, u"show"_s, u"set"_s, u"demo"_s})
            QVERIFY2(run.out.contains(u"\n  "_s + command + u' '), qPrintable(command));
        for (const QString &option : {u"--db PATH"_s,
                                      u"--templates DIR"_s,
                                      u"-v, --verbose"_s,
                                      u"--version"_s,
                                      u"Exit status: 0"_s})
            QVERIFY2(run.out.contains(option), qPrintable(option));
    }
}

void tst_CliApplication::version()
{
    const test::CliRun run = m_harness->runApplication({u"--version"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"greenlight-cli "_s + QString::fromLatin1(VersionString) + u'\n');
}

void tst_CliApplication::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("no command") << QStringList{} << u"no command given"_s;
    QTest::newRow("unknown command")
            << QStringList{u"frobnicate"_s} << u"unknown command 'frobnicate'"_s;
    QTest::newRow("unknown global option")
            << QStringList{u"--colour"_s, u"list"_s} << u"Unknown option 'colour'."_s;
    QTest::newRow("global option without value")
            << QStringList{u"--templates"_s} << u"Missing value after '--templates'."_s;
}

void tst_CliApplication::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const test::CliRun run = m_harness->runApplication(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(u"greenlight-cli: error: "_s + message), qPrintable(run.err));
    QCOMPARE(run.out, QString());
    QVERIFY(!QFileInfo::exists(m_harness->databasePath()));
}

void tst_CliApplication::helpForOneCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("help COMMAND") << QStringList{u"help"_s, u"set"_s};
    QTest::newRow("COMMAND --help") << QStringList{u"set"_s, u"--help"_s};
    QTest::newRow("COMMAND -h") << QStringList{u"set"_s, u"-h"_s};
}

void tst_CliApplication::helpForOneCommand()
{
    QFETCH(QStringList, arguments);
    const test::CliRun run = m_harness->runApplication(arguments);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(u"Usage: greenlight-cli [global options] set [options] "
                                "ASSESSMENT ITEM-ID STATUS\n"_s),
             qPrintable(run.out));
    QVERIFY(run.out.contains(u"not_started, in_progress, passed, failed, not_applicable"_s));
    QVERIFY(run.out.contains(u"--owner NAME"_s));
}

void tst_CliApplication::globalOptionsBeforeTheCommand()
{
    // --db before the command: `list` reads it and, finding no file, creates none.
    const QString other = m_dir.filePath(u"elsewhere.sqlite"_s);
    const test::CliRun run = m_harness->runApplication({u"--db"_s, other, u"-v"_s, u"list"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"No assessments."_s));
    QVERIFY(!QFileInfo::exists(other));
}

void tst_CliApplication::languageOptionTranslatesHelpAndErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); // in stdout, or else in stderr

    QTest::newRow("German help, before the command")
            << QStringList{u"--language"_s, u"de"_s, u"--help"_s} << 0 << u"Befehle:"_s;
    QTest::newRow("French help, after the command")
            << QStringList{u"list"_s, u"--language"_s, u"fr"_s, u"--help"_s} << 0
            << u"Options\u00a0:"_s;
    QTest::newRow("German error") << QStringList{u"--language"_s, u"de"_s, u"frobnicate"_s} << 2
                                  << u"frobnicate"_s;
    QTest::newRow("English") << QStringList{u"--language"_s, u"en"_s, u"--help"_s} << 0
                             << u"Commands:"_s;
}

void tst_CliApplication::languageOptionTranslatesHelpAndErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);

    const test::CliRun run = m_harness->runApplication(arguments);
    Translations::install(u"en"_s); // the next test reads English again
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2((run.out + run.err).contains(expected), qPrintable(run.out + run.err));
    if (arguments.at(1) != u"en") {
        const QString english = exitCode == 0 ? u"Show this"_s : u"unknown command"_s;
        QVERIFY2(!(run.out + run.err).contains(english), qPrintable(run.out + run.err));
    }
}

void tst_CliApplication::unknownLanguageIsAUsageError()
{
    const test::CliRun run = m_harness->runApplication({u"--language"_s, u"tlh"_s, u"list"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"unknown language 'tlh' (choose one of: en, de, fr)"_s),
             qPrintable(run.err));
    QCOMPARE(run.out, QString());
    QVERIFY(!QFileInfo::exists(m_harness->databasePath()));
}

void tst_CliApplication::commandTemplatesOptionIsNotTheGlobalOne()
{
    // The global --templates DIR adds a folder; after `new`, --templates names template ids.
    QTemporaryDir templates;
    test::writeFile(
            templates.path(), u"team.yaml"_s, test::validTemplateYaml(u"team"_s, u"TEAM"_s));
    const test::CliRun created = m_harness->runApplication({u"--templates"_s,
                                                            templates.path(),
                                                            u"new"_s,
                                                            u"--name"_s,
                                                            u"N"_s,
                                                            u"--system"_s,
                                                            u"S"_s,
                                                            u"--release"_s,
                                                            u"1"_s,
                                                            u"--templates"_s,
                                                            u"team,security"_s});
    QCOMPARE(created.exitCode, 0);
    QVERIFY2(created.err.isEmpty(), qPrintable(created.err));
    QCOMPARE(created.out.trimmed().toLongLong() > 0, true);

    // Without the folder the team template is unknown.
    const test::CliRun unknown = m_harness->runApplication({u"new"_s,
                                                            u"--name"_s,
                                                            u"N2"_s,
                                                            u"--system"_s,
                                                            u"S"_s,
                                                            u"--release"_s,
                                                            u"1"_s,
                                                            u"--templates"_s,
                                                            u"team"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"unknown template(s): team"_s), qPrintable(unknown.err));
}

QTEST_GUILESS_MAIN(tst_CliApplication)
#include "tst_CliApplication.moc"
