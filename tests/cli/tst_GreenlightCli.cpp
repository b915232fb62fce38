// End to end: runs the real greenlight-cli executable, as a user or a CI job would.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "greenlight/Version.h"

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class tst_GreenlightCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version();
    void help();
    void validate();
    void templatesListsTheSixShipped();
    void newListSetShow();
    void unknownAssessmentItemOrStatus_data();
    void unknownAssessmentItemOrStatus();
    void corruptDatabaseIsRefusedUntouched();
    void demo();
    void demoApprovalPackWithoutDisplay();
    void doesNotLinkWidgets();

private:
    Run cli(const QStringList &arguments, bool withDb = true) const;

    QTemporaryDir m_dir;
    QString m_db;
};

void tst_GreenlightCli::initTestCase()
{
    QVERIFY(QFileInfo(QStringLiteral(GREENLIGHT_CLI_PATH)).isExecutable());
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"greenlight.sqlite"_s);
}

Run tst_GreenlightCli::cli(const QStringList &arguments, bool withDb) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Keep the default data folder (and so the user template folder) inside the sandbox.
    env.insert(u"HOME"_s, m_dir.path());
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg"_s));
    env.insert(u"GREENLIGHT_USER"_s, u"e2e-tester"_s);
    env.remove(u"DISPLAY"_s); // it needs none
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s); // not even for a PDF
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GREENLIGHT_CLI_PATH),
                  withDb ? QStringList{u"--db"_s, m_db} + arguments : arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void tst_GreenlightCli::version()
{
    const Run run = cli({u"--version"_s}, false);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
             u"greenlight-cli "_s + QString::fromLatin1(greenlight::VersionString) + u'\n');
}

void tst_GreenlightCli::help()
{
    const Run run = cli({u"--help"_s}, false);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"validate"_s));
    QVERIFY(run.out.contains(u"--templates DIR"_s));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"xdg"_s))); // help creates no data folder

    const Run none = cli({}, false);
    QCOMPARE(none.exitCode, 2);
    QVERIFY(none.err.startsWith(u"greenlight-cli: error: no command given"_s));
}

void tst_GreenlightCli::validate()
{
    QDir(m_dir.path()).mkpath(u"tpl"_s);
    const QString good = m_dir.filePath(u"tpl/good.yaml"_s);
    const QString bad = m_dir.filePath(u"tpl/bad.yaml"_s);
    QFile::copy(QStringLiteral(GREENLIGHT_SOURCE_DIR) + u"/checklists/security.yaml"_s, good);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("schema: 1\nid: bad\ntitle: Bad\nversion: \"1\"\ndescription: d\nsections:\n"
               "  - id: s\n    title: S\n    items:\n      - id: BAD-001\n        title: t\n"
               "        guidance: g\n        severity: urgent\n        evidence: none\n");
    file.close();

    Run run = cli({u"validate"_s, good}, false);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QRegularExpression(u"^"_s + QRegularExpression::escape(good)
                                + u": ok \\(\\d+ items\\)\n$"_s)
                     .match(run.out)
                     .hasMatch(),
             qPrintable(run.out));

    run = cli({u"validate"_s, good, bad}, false);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(bad + u":13:19: invalid severity 'urgent'"_s), qPrintable(run.err));

    run = cli({u"validate"_s}, false);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith(u"greenlight-cli: error: no template files given"_s));
}

void tst_GreenlightCli::templatesListsTheSixShipped()
{
    const Run run = cli({u"templates"_s});
    QCOMPARE(run.exitCode, 0);
    QStringList ids;
    for (const QString &line : run.out.split(u'\n', Qt::SkipEmptyParts).mid(1))
        ids.append(line.section(u' ', 0, 0));
    QCOMPARE(ids,
             (QStringList{u"cicd"_s,
                          u"data-protection"_s,
                          u"infrastructure"_s,
                          u"observability"_s,
                          u"security"_s,
                          u"signoff"_s}));
}

void tst_GreenlightCli::newListSetShow()
{
    Run run = cli({u"new"_s,
                   u"--name"_s,
                   u"Payments 1.0"_s,
                   u"--system"_s,
                   u"payments"_s,
                   u"--release"_s,
                   u"1.0.0"_s,
                   u"--repo"_s,
                   m_dir.path(),
                   u"--templates"_s,
                   u"security,cicd"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QString id = run.out.trimmed();
    QVERIFY(id.toLongLong() > 0);
    QVERIFY(QFileInfo::exists(m_db));

    run = cli({u"list"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"Payments 1.0"_s));
    QVERIFY2(QRegularExpression(u"  0/\\d+ \\(0%\\)\n"_s).match(run.out).hasMatch(),
             qPrintable(run.out));

    run = cli({u"set"_s,
               u"Payments 1.0"_s,
               u"SEC-001"_s,
               u"passed"_s,
               u"--owner"_s,
               u"Priya"_s,
               u"--note"_s,
               u"gitleaks clean"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"SEC-001: not_started -> passed\n"_s));
    run = cli({u"set"_s, id, u"cicd:CI-006"_s, u"failed"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"CI-006: not_started -> failed\n"_s);

    run = cli({u"show"_s, id});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"Payments 1.0 (id "_s + id + u")\n"_s));
    QVERIFY(run.out.contains(u"SEC-001  passed "_s));
    QVERIFY(run.out.contains(u"gitleaks clean"_s));

    run = cli({u"show"_s, u"Payments 1.0"_s, u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root[u"assessment"_s].toObject()[u"name"_s].toString(), u"Payments 1.0"_s);
    QCOMPARE(root[u"assessment"_s].toObject()[u"createdBy"_s].toString(), u"e2e-tester"_s);
    QCOMPARE(QDir(root[u"assessment"_s].toObject()[u"repositoryPath"_s].toString()).canonicalPath(),
             QDir(m_dir.path()).canonicalPath());
    const QJsonObject progress = root[u"progress"_s].toObject();
    QCOMPARE(progress[u"byStatus"_s].toObject()[u"passed"_s].toInt(), 1);
    QCOMPARE(progress[u"byStatus"_s].toObject()[u"failed"_s].toInt(), 1);
    int total = 0;
    for (const QJsonValue &section : root[u"sections"_s].toArray())
        total += section.toObject()[u"status"_s].toObject()[u"total"_s].toInt();
    QCOMPARE(total, progress[u"total"_s].toInt());
    QCOMPARE(root[u"items"_s].toArray().size(), progress[u"total"_s].toInt());
    bool found = false;
    for (const QJsonValue &value : root[u"items"_s].toArray()) {
        const QJsonObject item = value.toObject();
        if (item[u"key"_s].toString() == "SEC-001"_L1) {
            found = true;
            QCOMPARE(item[u"status"_s].toString(), u"passed"_s);
            QCOMPARE(item[u"owner"_s].toString(), u"Priya"_s);
            QCOMPARE(item[u"note"_s].toString(), u"gitleaks clean"_s);
            QCOMPARE(item[u"updatedBy"_s].toString(), u"e2e-tester"_s);
            QCOMPARE(item[u"templateId"_s].toString(), u"security"_s);
        }
    }
    QVERIFY(found);

    run = cli({u"list"_s, u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray assessments
            = QJsonDocument::fromJson(run.out.toUtf8()).object()[u"assessments"_s].toArray();
    QCOMPARE(assessments.size(), 1);
    QCOMPARE(assessments.first().toObject()[u"progress"_s].toObject()[u"done"_s].toInt(), 1);
}

void tst_GreenlightCli::unknownAssessmentItemOrStatus_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown assessment") << QStringList{u"show"_s, u"Nope 9"_s} << u"Nope 9"_s;
    QTest::newRow("unknown item")
            << QStringList{u"set"_s, u"Payments 1.0"_s, u"SEC-999"_s, u"passed"_s} << u"SEC-999"_s;
    QTest::newRow("unknown status")
            << QStringList{u"set"_s, u"Payments 1.0"_s, u"SEC-001"_s, u"done"_s}
            << u"unknown status 'done'"_s;
    QTest::newRow("unknown template") << QStringList{u"new"_s,
                                                     u"--name"_s,
                                                     u"x"_s,
                                                     u"--system"_s,
                                                     u"x"_s,
                                                     u"--release"_s,
                                                     u"1"_s,
                                                     u"--templates"_s,
                                                     u"nope"_s}
                                      << u"available: cicd, data-protection"_s;
}

void tst_GreenlightCli::unknownAssessmentItemOrStatus()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(u"greenlight-cli: error: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QCOMPARE(run.out, QString());
}

void tst_GreenlightCli::corruptDatabaseIsRefusedUntouched()
{
    const QString path = m_dir.filePath(u"corrupt.sqlite"_s);
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(char((i * 7919) % 251));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    const QList<QStringList> commands{{u"list"_s},
                                      {u"show"_s, u"1"_s},
                                      {u"set"_s, u"1"_s, u"SEC-001"_s, u"passed"_s},
                                      {u"demo"_s},
                                      {u"new"_s,
                                       u"--name"_s,
                                       u"x"_s,
                                       u"--system"_s,
                                       u"x"_s,
                                       u"--release"_s,
                                       u"1"_s,
                                       u"--templates"_s,
                                       u"security"_s}};
    for (const QStringList &command : commands) {
        const Run run = cli(QStringList{u"--db"_s, path} + command, false);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(u"greenlight-cli: error: cannot open "_s + path),
                 qPrintable(run.err));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    QVERIFY(!QFileInfo::exists(path + u"-journal"_s));
}

void tst_GreenlightCli::demo()
{
    const QString db = m_dir.filePath(u"demo.sqlite"_s);
    Run run = cli({u"--db"_s, db, u"demo"_s}, false);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QString id = run.out.trimmed();
    QVERIFY(id.toLongLong() > 0);

    run = cli({u"--db"_s, db, u"show"_s, id, u"--format"_s, u"json"_s}, false);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(root[u"assessment"_s].toObject()[u"name"_s].toString(),
             u"Checkout service 2.4 go-live"_s);
    QVERIFY(root[u"assessment"_s].toObject()[u"repositoryPath"_s].toString().endsWith(
            u"examples/demo-system"_s));
    QCOMPARE(root[u"assessment"_s].toObject()[u"templates"_s].toArray().size(), 6);
    QVERIFY(root[u"progress"_s].toObject()[u"byStatus"_s].toObject()[u"failed"_s].toInt() >= 10);
    bool sawDockerignore = false;
    for (const QJsonValue &value : root[u"items"_s].toArray()) {
        const QJsonObject item = value.toObject();
        if (item[u"key"_s].toString() != "INF-001"_L1)
            continue;
        sawDockerignore = true;
        QCOMPARE(item[u"status"_s].toString(), u"failed"_s);
        QCOMPARE(item[u"owner"_s].toString(), u"Marek Nowak"_s);
        QVERIFY(item[u"note"_s].toString().contains(u"COPY . ."_s));
        QCOMPARE(item[u"updatedBy"_s].toString(), u"Marek Nowak"_s);
    }
    QVERIFY(sawDockerignore);

    run = cli({u"--db"_s, db, u"list"_s}, false);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"Checkout service 2.4 go-live"_s));
}

// The CI use: a PDF pack and the gate, on a box with no display.
void tst_GreenlightCli::demoApprovalPackWithoutDisplay()
{
    const QString db = m_dir.filePath(u"pack.sqlite"_s);
    Run run = cli({u"--db"_s, db, u"demo"_s}, false);
    QCOMPARE(run.exitCode, 0);
    const QString id = run.out.trimmed();

    const QString pdf = m_dir.filePath(u"pack.pdf"_s);
    run = cli({u"--db"_s, db, u"report"_s, id, u"--output"_s, pdf, u"--page-size"_s, u"letter"_s},
              false);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"wrote PDF document (Verdict: "_s), qPrintable(run.out));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QVERIFY(file.size() > 10000);

    run = cli({u"--db"_s, db, u"report"_s, id, u"--format"_s, u"md"_s}, false);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"Checkout service"_s));

    // The demo still has failed high items: the gate says no, and why.
    run = cli({u"--db"_s, db, u"gate"_s, id}, false);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(u"Not ready"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"INF-001"_s));
}

void tst_GreenlightCli::doesNotLinkWidgets()
{
    const QString ldd = QStandardPaths::findExecutable(u"ldd"_s);
    if (ldd.isEmpty())
        QSKIP("ldd is not available");
    QProcess process;
    process.start(ldd, {QStringLiteral(GREENLIGHT_CLI_PATH)});
    QVERIFY(process.waitForFinished(30000));
    const QString libraries = QString::fromLocal8Bit(process.readAllStandardOutput());
    QVERIFY2(libraries.contains(u"libQt6Core"_s), qPrintable(libraries));
    QVERIFY2(!libraries.contains(u"libQt6Widgets"_s), qPrintable(libraries));
}

QTEST_GUILESS_MAIN(tst_GreenlightCli)
#include "tst_GreenlightCli.moc"
