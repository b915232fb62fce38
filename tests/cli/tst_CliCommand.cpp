#include <QCommandLineParser>
#include <QTemporaryDir>
#include <QTest>

#include "CliCommand.h"
#include "CliTestHarness.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

namespace {

// Records what execute() handed to run().
class EchoCommand final : public CliCommand
{
public:
    QString name() const override { return u"echo"_s; }
    QString summary() const override { return u"Echo the arguments."_s; }
    QString arguments() const override { return u"WORD..."_s; }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(u"shout"_s, u"Upper-case the words."_s), formatOption()};
    }

    int runs = 0;
    QString databasePath;

protected:
    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        ++runs;
        databasePath = context.databasePath();
        bool json = false;
        if (!readFormat(parser, context, &json))
            return 2;
        QString words = parser.positionalArguments().join(u' ');
        if (parser.isSet(u"shout"_s))
            words = words.toUpper();
        context.out() << (json ? u"[json] "_s : QString()) << words << '\n';
        return 0;
    }
};

} // namespace

class tst_CliCommand : public QObject
{
    Q_OBJECT

private slots:
    void runsWithParsedArguments_data();
    void runsWithParsedArguments();
    void unknownOptionIsUsageError();
    void helpPrintsOptionsWithoutRunning();
    void commonOptionsAfterTheCommand();
    void badFormatIsUsageError();
    void formatOptionsAlignsDescriptions();

private:
    QTemporaryDir m_dir;
};

void tst_CliCommand::runsWithParsedArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");

    QTest::newRow("words") << QStringList{u"a"_s, u"b"_s} << u"a b\n"_s;
    QTest::newRow("option before") << QStringList{u"--shout"_s, u"a"_s} << u"A\n"_s;
    QTest::newRow("option after") << QStringList{u"a"_s, u"--shout"_s} << u"A\n"_s;
    QTest::newRow("format json") << QStringList{u"--format"_s, u"json"_s, u"x"_s}
                                 << u"[json] x\n"_s;
    QTest::newRow("double dash ends options")
            << QStringList{u"--"_s, u"--shout"_s} << u"--shout\n"_s;
}

void tst_CliCommand::runsWithParsedArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    test::CliTestHarness harness(m_dir.filePath(u"db.sqlite"_s));
    EchoCommand command;
    const test::CliRun run = harness.run(command, arguments);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, expected);
    QCOMPARE(run.err, QString());
}

void tst_CliCommand::unknownOptionIsUsageError()
{
    test::CliTestHarness harness(m_dir.filePath(u"db.sqlite"_s));
    EchoCommand command;
    const test::CliRun run = harness.run(command, {u"--loud"_s});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(command.runs, 0);
    QVERIFY2(run.err.startsWith(u"greenlight-cli: error: Unknown option 'loud'."_s),
             qPrintable(run.err));
    QVERIFY(run.err.contains(u"Usage: greenlight-cli [global options] echo [options] WORD..."_s));
    QVERIFY(run.err.contains(u"greenlight-cli echo --help"_s));
}

void tst_CliCommand::helpPrintsOptionsWithoutRunning()
{
    test::CliTestHarness harness(m_dir.filePath(u"db.sqlite"_s));
    EchoCommand command;
    const test::CliRun run = harness.run(command, {u"--help"_s, u"word"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(command.runs, 0);
    QVERIFY(run.out.startsWith(u"Usage: greenlight-cli [global options] echo [options] WORD...\n\n"
                               "Echo the arguments.\n"_s));
    for (const QString &option :
         {u"--shout"_s, u"--format FORMAT"_s, u"-h, --help"_s, u"--db PATH"_s, u"-v, --verbose"_s})
        QVERIFY2(run.out.contains(option), qPrintable(option));
}

void tst_CliCommand::commonOptionsAfterTheCommand()
{
    test::CliTestHarness harness(m_dir.filePath(u"db.sqlite"_s));
    EchoCommand command;
    const QString other = m_dir.filePath(u"other.sqlite"_s);
    const test::CliRun run = harness.run(command, {u"x"_s, u"--db"_s, other, u"-v"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(command.databasePath, other);
}

void tst_CliCommand::badFormatIsUsageError()
{
    test::CliTestHarness harness(m_dir.filePath(u"db.sqlite"_s));
    EchoCommand command;
    const test::CliRun run = harness.run(command, {u"--format"_s, u"yaml"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith(
            u"greenlight-cli: error: unknown format 'yaml' (use text or json)"_s));
    QCOMPARE(run.out, QString());
}

void tst_CliCommand::formatOptionsAlignsDescriptions()
{
    const QString text = CliCommand::formatOptions(
            {QCommandLineOption({u"v"_s, u"verbose"_s}, u"Talk more."_s),
             QCommandLineOption(u"db"_s, u"Database."_s, u"PATH"_s)});
    QCOMPARE(text, u"  -v, --verbose  Talk more.\n  --db PATH      Database.\n"_s);
}

QTEST_GUILESS_MAIN(tst_CliCommand)
#include "tst_CliCommand.moc"
