#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include "CliTestHarness.h"
#include "NewCommand.h"
#include "store/AssessmentStore.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

class tst_NewCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createsAndPrintsId();
    void allTemplates();
    void repositoryIsStoredAbsolute();
    void missingRepositoryIsAWarning();
    void usageErrors_data();
    void usageErrors();
    void unknownTemplateListsAvailable();

private:
    AssessmentStore &store();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::CliTestHarness> m_harness;
};

void tst_NewCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    test::writeFile(m_dir->path(), u"team.yaml"_s, test::validTemplateYaml(u"team"_s, u"TEAM"_s));
    m_harness = std::make_unique<test::CliTestHarness>(m_dir->filePath(u"db.sqlite"_s),
                                                       QStringList{m_dir->path()});
}

AssessmentStore &tst_NewCommand::store()
{
    auto store = m_harness->context().store(CliContext::StoreAccess::ExistingOnly);
    if (!store)
        qFatal("%s", qPrintable(store.errorMessage()));
    return **store;
}

void tst_NewCommand::createsAndPrintsId()
{
    NewCommand command;
    const test::CliRun run = m_harness->run(command,
                                            {u"--name"_s,
                                             u" Checkout 2.4 "_s,
                                             u"--system"_s,
                                             u"checkout"_s,
                                             u"--release"_s,
                                             u"2.4.0"_s,
                                             u"--templates"_s,
                                             u"team, security,team"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    bool ok = false;
    const qint64 id = run.out.trimmed().toLongLong(&ok);
    QVERIFY2(ok, qPrintable(run.out));

    const auto info = store().assessment(id);
    QVERIFY(info);
    QCOMPARE(info->name, u"Checkout 2.4"_s);
    QCOMPARE(info->system, u"checkout"_s);
    QCOMPARE(info->release, u"2.4.0"_s);
    QCOMPARE(info->repositoryPath, QString());
    QCOMPARE(info->createdBy,
             qEnvironmentVariable("GREENLIGHT_USER", m_harness->context().actor()));
    QCOMPARE(info->createdAt, m_harness->clock().now());
    QCOMPARE(info->templates.size(), 2); // duplicates collapse, order kept
    QCOMPARE(info->templates.at(0).id, u"team"_s);
    QCOMPARE(info->templates.at(0).version, u"3.1.4"_s);
    QCOMPARE(info->templates.at(1).id, u"security"_s);

    const auto items = store().items(id);
    QVERIFY(items);
    QVERIFY(items->size() > 2);
    QCOMPARE(items->first().key, u"TEAM-001"_s);
}

void tst_NewCommand::allTemplates()
{
    NewCommand command;
    const test::CliRun run = m_harness->run(command,
                                            {u"--name"_s,
                                             u"All"_s,
                                             u"--system"_s,
                                             u"s"_s,
                                             u"--release"_s,
                                             u"1"_s,
                                             u"--templates"_s,
                                             u"all"_s});
    QCOMPARE(run.exitCode, 0);
    const auto info = store().assessment(run.out.trimmed().toLongLong());
    QVERIFY(info);
    QStringList ids;
    for (const TemplateRef &ref : info->templates)
        ids.append(ref.id);
    QCOMPARE(ids,
             (QStringList{u"cicd"_s,
                          u"data-protection"_s,
                          u"infrastructure"_s,
                          u"observability"_s,
                          u"security"_s,
                          u"signoff"_s,
                          u"team"_s}));
}

void tst_NewCommand::repositoryIsStoredAbsolute()
{
    QVERIFY(QDir(m_dir->path()).mkpath(u"repo/sub"_s));
    const QString previous = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_dir->filePath(u"repo"_s)));
    const auto restore = qScopeGuard([&] { QDir::setCurrent(previous); });
    NewCommand command;
    const test::CliRun run = m_harness->run(command,
                                            {u"--name"_s,
                                             u"R"_s,
                                             u"--system"_s,
                                             u"s"_s,
                                             u"--release"_s,
                                             u"1"_s,
                                             u"--templates"_s,
                                             u"team"_s,
                                             u"--repo"_s,
                                             u"sub/../sub"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    const auto info = store().assessment(run.out.trimmed().toLongLong());
    QVERIFY(info);
    QCOMPARE(QFileInfo(info->repositoryPath).canonicalFilePath(),
             QFileInfo(m_dir->filePath(u"repo/sub"_s)).canonicalFilePath());
    QVERIFY(QDir::isAbsolutePath(info->repositoryPath));
    QVERIFY(!info->repositoryPath.contains(u".."_s));
}

void tst_NewCommand::missingRepositoryIsAWarning()
{
    NewCommand command;
    const test::CliRun run = m_harness->run(command,
                                            {u"--name"_s,
                                             u"R"_s,
                                             u"--system"_s,
                                             u"s"_s,
                                             u"--release"_s,
                                             u"1"_s,
                                             u"--templates"_s,
                                             u"team"_s,
                                             u"--repo"_s,
                                             u"/no/such/repo"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.startsWith(
                     u"greenlight-cli: warning: repository /no/such/repo is not a folder"_s),
             qPrintable(run.err));
}

void tst_NewCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const QStringList complete{u"--name"_s,
                               u"N"_s,
                               u"--system"_s,
                               u"S"_s,
                               u"--release"_s,
                               u"R"_s,
                               u"--templates"_s,
                               u"team"_s};
    QTest::newRow("no name") << complete.mid(2) << u"--name is required"_s;
    QTest::newRow("blank system") << QStringList(complete).replaceInStrings(u"S"_s, u" "_s)
                                  << u"--system is required"_s;
    QTest::newRow("no templates") << complete.mid(0, 6) << u"--templates is required"_s;
    QTest::newRow("only commas") << complete.mid(0, 6) + QStringList{u"--templates"_s, u", ,"_s}
                                 << u"--templates names no template"_s;
    QTest::newRow("stray argument")
            << complete + QStringList{u"extra"_s} << u"unexpected argument 'extra'"_s;
    QTest::newRow("missing value")
            << QStringList{u"--name"_s} << u"Missing value after '--name'."_s;
}

void tst_NewCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    NewCommand command;
    const test::CliRun run = m_harness->run(command, arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(u"greenlight-cli: error: "_s + message), qPrintable(run.err));
    QCOMPARE(run.out, QString());
    QVERIFY(!QFileInfo::exists(m_harness->databasePath()));
}

void tst_NewCommand::unknownTemplateListsAvailable()
{
    NewCommand command;
    const test::CliRun run = m_harness->run(command,
                                            {u"--name"_s,
                                             u"N"_s,
                                             u"--system"_s,
                                             u"S"_s,
                                             u"--release"_s,
                                             u"R"_s,
                                             u"--templates"_s,
                                             u"security,nope,zilch"_s});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err,
             u"greenlight-cli: error: unknown template(s): nope, zilch (available: cicd, "
             "data-protection, infrastructure, observability, security, signoff, team)\n"_s);
    QVERIFY(!QFileInfo::exists(m_harness->databasePath()));
}

QTEST_GUILESS_MAIN(tst_NewCommand)
#include "tst_NewCommand.moc"
