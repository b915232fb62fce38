#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "CliTestHarness.h"
#include "TemplatesCommand.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

class tst_TemplatesCommand : public QObject
{
    Q_OBJECT

private slots:
    void listsTheSixBuiltInTemplates();
    void extraFolderAddsAndOverrides();
    void brokenTemplateIsAWarning();
    void rejectsArguments();
};

void tst_TemplatesCommand::listsTheSixBuiltInTemplates()
{
    QTemporaryDir dir;
    test::CliTestHarness harness(dir.filePath(u"db.sqlite"_s));
    TemplatesCommand command;
    const test::CliRun run = harness.run(command);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());

    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7);
    QVERIFY(lines.first().startsWith(u"ID"_s));
    QVERIFY(lines.first().contains(u"VERSION"_s));
    QStringList ids;
    int items = 0;
    for (const QString &line : lines.mid(1)) {
        const QStringList cells = line.split(u' ', Qt::SkipEmptyParts);
        QVERIFY(cells.size() >= 4);
        ids.append(cells.at(0));
        items += cells.at(2).toInt();
    }
    QCOMPARE(ids,
             (QStringList{u"cicd"_s,
                          u"data-protection"_s,
                          u"infrastructure"_s,
                          u"observability"_s,
                          u"security"_s,
                          u"signoff"_s}));
    QVERIFY2(items >= 120, qPrintable(run.out)); // the minimum across the six
    QVERIFY(!QFileInfo::exists(harness.databasePath()));
}

void tst_TemplatesCommand::extraFolderAddsAndOverrides()
{
    QTemporaryDir dir;
    test::writeFile(dir.path(), u"team.yaml"_s, test::validTemplateYaml(u"team"_s, u"TEAM"_s));
    // Shadows the built-in security template.
    test::writeFile(
            dir.path(), u"security.yaml"_s, test::validTemplateYaml(u"security"_s, u"SEC"_s));
    test::CliTestHarness harness(dir.filePath(u"db.sqlite"_s), {dir.path()});
    TemplatesCommand command;
    const test::CliRun run = harness.run(command);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 8);
    bool sawTeam = false;
    for (const QString &line : lines) {
        const QStringList cells = line.split(u' ', Qt::SkipEmptyParts);
        if (cells.first() == "team"_L1) {
            sawTeam = true;
            QCOMPARE(cells.mid(0, 3), (QStringList{u"team"_s, u"3.1.4"_s, u"2"_s}));
            QVERIFY(line.endsWith(u"Fixture team"_s));
        }
        if (cells.first() == "security"_L1)
            QCOMPARE(cells.mid(0, 3), (QStringList{u"security"_s, u"3.1.4"_s, u"2"_s}));
    }
    QVERIFY(sawTeam);
}

void tst_TemplatesCommand::brokenTemplateIsAWarning()
{
    QTemporaryDir dir;
    const QString broken = test::writeFile(dir.path(), u"broken.yaml"_s, "schema: 1\nid: broken\n");
    test::CliTestHarness harness(dir.filePath(u"db.sqlite"_s), {dir.path()});
    TemplatesCommand command;
    const test::CliRun run = harness.run(command);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.startsWith(u"greenlight-cli: warning: "_s + broken + u':'),
             qPrintable(run.err));
    QVERIFY(!run.out.contains(u"broken"_s));
    QVERIFY(run.out.contains(u"security"_s));
}

void tst_TemplatesCommand::rejectsArguments()
{
    QTemporaryDir dir;
    test::CliTestHarness harness(dir.filePath(u"db.sqlite"_s));
    TemplatesCommand command;
    const test::CliRun run = harness.run(command, {u"security"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith(u"greenlight-cli: error: unexpected argument 'security'"_s));
}

QTEST_GUILESS_MAIN(tst_TemplatesCommand)
#include "tst_TemplatesCommand.moc"
