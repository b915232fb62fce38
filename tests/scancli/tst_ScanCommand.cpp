// The scan gate end to end: the real greenlight-cli executable, as a CI job runs it.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "CliProcess.h"
#include "TreeBuilder.h"
#include <signal.h>

using namespace Qt::StringLiterals;
using namespace greenlight::test;

namespace {

// One LOW finding (deps.test-in-prod) and one HIGH (docker.copy-without-dockerignore) when
// each rule runs alone.
TreeBuilder::Tree gateTree()
{
    return {
            {u"requirements.txt"_s, "flask==3.0.2\npytest==8.1.1\npytest-django==4.8.0\n"},
            {u"Dockerfile"_s, "FROM python:3.12-slim\nUSER app\nCOPY . .\n"},
    };
}

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class tst_ScanCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exitCodeFollowsTheThreshold_data();
    void exitCodeFollowsTheThreshold();
    void usageAndInputErrors_data();
    void usageAndInputErrors();
    void rulePrefixSelectsAGroup();
    void outputFileIsWrittenAtomically();
    void unwritableOutputFailsBeforeScanning();
    void machineFormatsKeepStdoutClean_data();
    void machineFormatsKeepStdoutClean();
    void textReportOnStdout();
    void maxFileSizeSkipsLargeFiles();
    void assessmentRecordsNewOpenFixed();
    void interruptCancelsCleanly();

private:
    CliProcess m_cli;
    TreeBuilder m_tree;
};

void tst_ScanCommand::initTestCase()
{
    QVERIFY(QFileInfo(CliProcess::executable()).isExecutable());
    QVERIFY(m_cli.isValid());
    QVERIFY(m_tree.write(gateTree()));
}

void tst_ScanCommand::exitCodeFollowsTheThreshold_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QStringList>("failOn");
    QTest::addColumn<int>("exitCode");
    const QString low = u"deps.test-in-prod"_s;
    const QString high = u"docker.copy-without-dockerignore"_s;
    QTest::newRow("low finding, default high") << low << QStringList() << 0;
    QTest::newRow("low finding, fail on medium")
            << low << QStringList{u"--fail-on"_s, u"medium"_s} << 0;
    QTest::newRow("low finding, fail on low") << low << QStringList{u"--fail-on"_s, u"low"_s} << 1;
    QTest::newRow("low finding, fail on info")
            << low << QStringList{u"--fail-on"_s, u"info"_s} << 1;
    QTest::newRow("high finding, default high") << high << QStringList() << 1;
    QTest::newRow("high finding, fail on critical")
            << high << QStringList{u"--fail-on"_s, u"critical"_s} << 0;
    QTest::newRow("high finding, fail on never")
            << high << QStringList{u"--fail-on"_s, u"never"_s} << 0;
    QTest::newRow("both, fail on high")
            << low + u',' + high << QStringList{u"--fail-on"_s, u"high"_s} << 1;
}

void tst_ScanCommand::exitCodeFollowsTheThreshold()
{
    QFETCH(QString, rules);
    QFETCH(QStringList, failOn);
    QFETCH(int, exitCode);
    const ProcessRun run = m_cli.run(
            QStringList{u"scan"_s, m_tree.root(), u"--rules"_s, rules, u"--format"_s, u"json"_s}
            + failOn);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.err));
    const QJsonObject report = json(run.out);
    QVERIFY2(!report.isEmpty(), qPrintable(run.out));
    QCOMPARE(report.value(u"summary"_s).toObject().value(u"passed"_s).toBool(), exitCode == 0);
    QVERIFY(report.value(u"summary"_s).toObject().value(u"findings"_s).toInt() > 0);
    QCOMPARE(report.value(u"metadata"_s).toObject().value(u"rulesRun"_s).toArray().size(),
             rules.count(u',') + 1);
}

void tst_ScanCommand::usageAndInputErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString root = m_tree.root();
    QTest::newRow("unknown rule") << QStringList{u"scan"_s, root, u"--rules"_s, u"docker.nope"_s}
                                  << u"unknown rule 'docker.nope'"_s;
    QTest::newRow("prefix matching nothing")
            << QStringList{u"scan"_s, root, u"--rules"_s, u"nothing.*"_s}
            << u"unknown rule 'nothing.*'"_s;
    QTest::newRow("missing root") << QStringList{u"scan"_s, root + u"/does-not-exist"_s}
                                  << u"is not a directory"_s;
    QTest::newRow("root is a file")
            << QStringList{u"scan"_s, root + u"/Dockerfile"_s} << u"is not a directory"_s;
    QTest::newRow("no path") << QStringList{u"scan"_s} << u"no PATH given"_s;
    QTest::newRow("two paths") << QStringList{u"scan"_s, root, root} << u"unexpected argument"_s;
    QTest::newRow("bad format") << QStringList{u"scan"_s, root, u"--format"_s, u"xml"_s}
                                << u"unknown format 'xml' (use text, json, sarif or junit)"_s;
    QTest::newRow("bad threshold") << QStringList{u"scan"_s, root, u"--fail-on"_s, u"severe"_s}
                                   << u"unknown severity 'severe' for --fail-on"_s;
    QTest::newRow("bad size") << QStringList{u"scan"_s, root, u"--max-file-size"_s, u"lots"_s}
                              << u"invalid --max-file-size 'lots'"_s;
    QTest::newRow("zero size") << QStringList{u"scan"_s, root, u"--max-file-size"_s, u"0"_s}
                               << u"invalid --max-file-size '0'"_s;
    QTest::newRow("unknown assessment")
            << QStringList{u"scan"_s, root, u"--assessment"_s, u"nope"_s}
            << u"greenlight-cli: error:"_s;
}

void tst_ScanCommand::usageAndInputErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const ProcessRun run = m_cli.run(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
}

void tst_ScanCommand::rulePrefixSelectsAGroup()
{
    const ProcessRun run = m_cli.run({u"scan"_s,
                                      m_tree.root(),
                                      u"--rules"_s,
                                      u"deps.*, docker.root-user"_s,
                                      u"--format"_s,
                                      u"json"_s});
    QCOMPARE(run.exitCode, 0);
    QStringList rulesRun;
    for (const QJsonValue &id :
         json(run.out).value(u"metadata"_s).toObject().value(u"rulesRun"_s).toArray())
        rulesRun.append(id.toString());
    QVERIFY2(rulesRun.contains(u"deps.test-in-prod"_s), qPrintable(rulesRun.join(u", "_s)));
    QVERIFY(rulesRun.contains(u"docker.root-user"_s));
    for (const QString &id : std::as_const(rulesRun))
        QVERIFY2(id.startsWith(u"deps."_s) || id == "docker.root-user"_L1, qPrintable(id));
}

void tst_ScanCommand::outputFileIsWrittenAtomically()
{
    QTemporaryDir out;
    QVERIFY(out.isValid());
    const QString file = out.filePath(u"report.json"_s);
    const ProcessRun run = m_cli.run({u"scan"_s,
                                      m_tree.root(),
                                      u"--format"_s,
                                      u"json"_s,
                                      u"--output"_s,
                                      file,
                                      u"--rules"_s,
                                      u"docker.*"_s});
    QCOMPARE(run.exitCode, 1);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(written.readAll()).object();
    QCOMPARE(report.value(u"formatVersion"_s).toInt(), 1);
    QVERIFY(report.value(u"summary"_s).toObject().value(u"findings"_s).toInt() >= 1);
    // stdout carries the verdict, not the report; no temporary file is left behind.
    QVERIFY2(run.out.contains(u"FAILED"_s) && run.out.contains(u"(report: "_s),
             qPrintable(run.out));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"report.json"_s});

    // A second run replaces the file whole.
    const ProcessRun again = m_cli.run({u"scan"_s,
                                        m_tree.root(),
                                        u"--format"_s,
                                        u"sarif"_s,
                                        u"--output"_s,
                                        file,
                                        u"--rules"_s,
                                        u"deps.*"_s});
    QCOMPARE(again.exitCode, 0);
    QFile replaced(file);
    QVERIFY(replaced.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(replaced.readAll()).object().value(u"version"_s).toString(),
             u"2.1.0"_s);
}

void tst_ScanCommand::unwritableOutputFailsBeforeScanning()
{
    const QString file = m_tree.root() + u"/no/such/dir/report.json"_s;
    const ProcessRun run = m_cli.run({u"scan"_s, m_tree.root(), u"--output"_s, file});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"cannot write"_s), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(file));
}

void tst_ScanCommand::machineFormatsKeepStdoutClean_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("json") << u"json"_s;
    QTest::newRow("sarif") << u"sarif"_s;
    QTest::newRow("junit") << u"junit"_s;
}

void tst_ScanCommand::machineFormatsKeepStdoutClean()
{
    QFETCH(QString, format);
    const ProcessRun run = m_cli.run({u"-v"_s,
                                      u"scan"_s,
                                      m_tree.root(),
                                      u"--format"_s,
                                      format,
                                      u"--rules"_s,
                                      u"deps.test-in-prod"_s});
    QCOMPARE(run.exitCode, 0);
    if (format == "junit"_L1) {
        QXmlStreamReader reader(run.out);
        int cases = 0;
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::StartElement
                && reader.name() == "testcase"_L1)
                ++cases;
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString() + u'\n' + run.out));
        QCOMPARE(cases, 1);
        // The JUnit report agrees with the gate: a LOW finding under --fail-on high passes.
        QVERIFY(run.out.contains(u"failures=\"0\""_s));
    } else {
        QJsonParseError error;
        QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }
    // The verdict and -v's progress go to stderr.
    QVERIFY2(run.err.contains(u"PASSED: nothing at or above high"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"greenlight-cli: scanning "_s), qPrintable(run.err));
}

void tst_ScanCommand::textReportOnStdout()
{
    const ProcessRun run = m_cli.run({u"scan"_s,
                                      m_tree.root(),
                                      u"--rules"_s,
                                      u"deps.test-in-prod,docker.copy-without-dockerignore"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.startsWith(u"Greenlight scan of "_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"Result:    FAILED: 1 finding at or above high (--fail-on high)"_s));
    QVERIFY(run.out.contains(u"[HIGH-001] "_s));
    QVERIFY(run.out.contains(u"- Location: `requirements.txt:2`"_s));
    QVERIFY(run.out.contains(u"- Location: `requirements.txt:3`"_s));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
}

void tst_ScanCommand::maxFileSizeSkipsLargeFiles()
{
    TreeBuilder tree({{u"small.txt"_s, "hello\n"}, {u"big.txt"_s, QByteArray(4096, 'x')}});
    const ProcessRun run = m_cli.run({u"scan"_s,
                                      tree.root(),
                                      u"--format"_s,
                                      u"json"_s,
                                      u"--max-file-size"_s,
                                      u"2k"_s,
                                      u"--fail-on"_s,
                                      u"never"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray skipped = json(run.out).value(u"skipped"_s).toArray();
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(skipped.first().toObject().value(u"path"_s).toString(), u"big.txt"_s);
    QCOMPARE(skipped.first().toObject().value(u"reason"_s).toString(), u"too-large"_s);
}

void tst_ScanCommand::assessmentRecordsNewOpenFixed()
{
    TreeBuilder tree(gateTree());
    const ProcessRun created = m_cli.run({u"new"_s,
                                          u"--name"_s,
                                          u"Ledger 2.4"_s,
                                          u"--system"_s,
                                          u"Ledger"_s,
                                          u"--release"_s,
                                          u"2.4"_s,
                                          u"--templates"_s,
                                          u"security,infrastructure,cicd"_s,
                                          u"--repo"_s,
                                          tree.root()});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));

    // PATH defaults to the assessment's repository.
    const ProcessRun first = m_cli.run({u"scan"_s,
                                        u"--assessment"_s,
                                        u"Ledger 2.4"_s,
                                        u"--format"_s,
                                        u"json"_s,
                                        u"--fail-on"_s,
                                        u"never"_s});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QJsonObject report = json(first.out);
    const int findings = report.value(u"summary"_s).toObject().value(u"findings"_s).toInt();
    QVERIFY(findings >= 2);
    const QJsonObject record = report.value(u"record"_s).toObject();
    QCOMPARE(record.value(u"new"_s).toInt(), findings);
    QCOMPARE(record.value(u"open"_s).toInt(), 0);
    QCOMPARE(record.value(u"fixed"_s).toInt(), 0);
    QVERIFY2(first.err.contains(u"Recorded scan "_s), qPrintable(first.err));
    // Findings name the assessment's items (their checks: as snapshotted).
    bool itemKeys = false;
    for (const QJsonValue &finding : report.value(u"findings"_s).toArray())
        itemKeys = itemKeys || !finding.toObject().value(u"itemKeys"_s).toArray().isEmpty();
    QVERIFY(itemKeys);

    // Fix one finding: pytest-django leaves the production requirements.
    QVERIFY(tree.writeFile(u"requirements.txt"_s, "flask==3.0.2\npytest==8.1.1\n"));
    const ProcessRun second = m_cli.run({u"scan"_s,
                                         tree.root(),
                                         u"--assessment"_s,
                                         u"Ledger 2.4"_s,
                                         u"--fail-on"_s,
                                         u"never"_s});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QVERIFY2(second.out.contains(u"Recorded:  scan 2 of assessment 'Ledger 2.4': 0 new, %1 still "
                                 u"open, 1 fixed"_s.arg(findings - 1)),
             qPrintable(second.out));
}

void tst_ScanCommand::interruptCancelsCleanly()
{
    // Enough files that the scan is still running when the signal arrives.
    TreeBuilder tree;
    TreeBuilder::Tree files;
    const QByteArray text
            = QByteArray("password = \"not-a-secret\"\nsome text line\n").repeated(200);
    for (int i = 0; i < 4000; ++i)
        files.insert(u"dir%1/file%2.txt"_s.arg(i % 40).arg(i), text);
    QVERIFY(tree.write(files));
    QTemporaryDir out;
    const QString report = out.filePath(u"report.json"_s);

    const auto process = m_cli.start(
            {u"-v"_s, u"scan"_s, tree.root(), u"--format"_s, u"json"_s, u"--output"_s, report});
    QVERIFY(process->waitForStarted());
    QString err;
    QElapsedTimer waited;
    waited.start();
    while (!err.contains(u"greenlight-cli: scanning "_s) && waited.elapsed() < 30000) {
        process->waitForReadyRead(100);
        err += QString::fromUtf8(process->readAllStandardError());
    }
    QVERIFY2(err.contains(u"greenlight-cli: scanning "_s), qPrintable(err));
    ::kill(pid_t(process->processId()), SIGINT);
    QVERIFY(process->waitForFinished(30000));
    err += QString::fromUtf8(process->readAllStandardError());
    if (process->exitStatus() == QProcess::NormalExit && process->exitCode() != 130)
        QSKIP("the scan finished before the signal arrived");
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(process->exitCode(), 130);
    QVERIFY2(err.contains(u"interrupted"_s), qPrintable(err));
    QVERIFY2(!QFileInfo::exists(report), "an interrupted scan writes no report");
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

QTEST_GUILESS_MAIN(tst_ScanCommand)
#include "tst_ScanCommand.moc"
