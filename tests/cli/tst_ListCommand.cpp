#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "CliTestHarness.h"
#include "ListCommand.h"
#include "TemplateFixtures.h"
#include "store/AssessmentStore.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

class tst_ListCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void noDatabaseMeansNoAssessments();
    void emptyStore();
    void tableNewestFirstWithProgress();
    void json();
    void corruptDatabaseIsExitTwo();
    void rejectsArguments();

private:
    qint64 create(const QString &name, const QString &release);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::CliTestHarness> m_harness;
};

void tst_ListCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_harness = std::make_unique<test::CliTestHarness>(m_dir->filePath(u"db.sqlite"_s));
}

qint64 tst_ListCommand::create(const QString &name, const QString &release)
{
    auto store = m_harness->context().store(CliContext::StoreAccess::CreateIfMissing);
    if (!store)
        qFatal("%s", qPrintable(store.errorMessage()));
    NewAssessment assessment;
    assessment.name = name;
    assessment.system = u"checkout"_s;
    assessment.release = release;
    assessment.templates = {test::alphaTemplate()};
    auto id = (*store)->createAssessment(assessment, u"tester"_s);
    if (!id)
        qFatal("%s", qPrintable(id.errorMessage()));
    m_harness->clock().advanceSeconds(3600);
    return *id;
}

void tst_ListCommand::noDatabaseMeansNoAssessments()
{
    ListCommand command;
    test::CliRun run = m_harness->run(command);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"No assessments. Create one with 'greenlight-cli new'"_s));

    run = m_harness->run(command, {u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(root[u"formatVersion"_s].toInt(), 1);
    QVERIFY(root[u"assessments"_s].isArray());
    QVERIFY(root[u"assessments"_s].toArray().isEmpty());
    QVERIFY(!QFileInfo::exists(m_harness->databasePath()));
}

void tst_ListCommand::emptyStore()
{
    QVERIFY(m_harness->context().store(CliContext::StoreAccess::CreateIfMissing));
    ListCommand command;
    const test::CliRun run = m_harness->run(command);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"No assessments."_s));
}

void tst_ListCommand::tableNewestFirstWithProgress()
{
    const qint64 first = create(u"Checkout 2.3"_s, u"2.3.0"_s);
    const qint64 second = create(u"Checkout 2.4 go-live"_s, u"2.4.0"_s);
    auto store = m_harness->context().store(CliContext::StoreAccess::ExistingOnly);
    const auto item = (*store)->findItem(second, u"A-001"_s);
    QVERIFY(item);
    ItemEdit edit;
    edit.status = ItemStatus::Passed;
    QVERIFY((*store)->updateItem(item->id, edit, u"tester"_s));

    ListCommand command;
    const test::CliRun run = m_harness->run(command);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    const QStringList header = lines.at(0).split(u' ', Qt::SkipEmptyParts);
    QCOMPARE(header,
             (QStringList{
                     u"ID"_s, u"NAME"_s, u"SYSTEM"_s, u"RELEASE"_s, u"CREATED"_s, u"PROGRESS"_s}));
    QVERIFY(lines.at(1).trimmed().startsWith(QString::number(second)
                                             + u"  Checkout 2.4 go-live"_s));
    QVERIFY(lines.at(1).endsWith(u"1/5 (20%)"_s));
    QVERIFY(lines.at(2).trimmed().startsWith(QString::number(first) + u"  Checkout 2.3  "_s));
    QVERIFY(lines.at(2).endsWith(u"0/5 (0%)"_s));
    // Columns line up: every row has the release at the header's RELEASE offset.
    const qsizetype releaseColumn = lines.at(0).indexOf(u"RELEASE"_s);
    QCOMPARE(lines.at(1).mid(releaseColumn, 5), u"2.4.0"_s);
    QCOMPARE(lines.at(2).mid(releaseColumn, 5), u"2.3.0"_s);
    const QString created
            = m_harness->clock().now().addSecs(-3600).toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    QVERIFY2(lines.at(1).contains(created), qPrintable(lines.at(1)));
}

void tst_ListCommand::json()
{
    const qint64 id = create(u"Checkout 2.4"_s, u"2.4.0"_s);
    ListCommand command;
    const test::CliRun run = m_harness->run(command, {u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray assessments = document.object()[u"assessments"_s].toArray();
    QCOMPARE(assessments.size(), 1);
    const QJsonObject assessment = assessments.first().toObject();
    QCOMPARE(assessment[u"id"_s].toInteger(), id);
    QCOMPARE(assessment[u"name"_s].toString(), u"Checkout 2.4"_s);
    QCOMPARE(assessment[u"release"_s].toString(), u"2.4.0"_s);
    QCOMPARE(assessment[u"templates"_s].toArray().first().toObject()[u"id"_s].toString(),
             u"alpha"_s);
    QCOMPARE(assessment[u"progress"_s].toObject()[u"total"_s].toInt(), 5);
    QCOMPARE(assessment[u"progress"_s]
                     .toObject()[u"byStatus"_s]
                     .toObject()[u"not_started"_s]
                     .toInt(),
             5);
}

void tst_ListCommand::corruptDatabaseIsExitTwo()
{
    const QByteArray garbage("SQLite format 3\0garbage garbage garbage", 40);
    test::writeFile(m_dir->path(), u"db.sqlite"_s, garbage.repeated(100));
    ListCommand command;
    const test::CliRun run = m_harness->run(command);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(u"greenlight-cli: error: cannot open "_s), qPrintable(run.err));
    QCOMPARE(run.out, QString());
    QFile file(m_harness->databasePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage.repeated(100));
}

void tst_ListCommand::rejectsArguments()
{
    ListCommand command;
    const test::CliRun run = m_harness->run(command, {u"all"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith(u"greenlight-cli: error: unexpected argument 'all'"_s));
}

QTEST_GUILESS_MAIN(tst_ListCommand)
#include "tst_ListCommand.moc"
