#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "CliTestHarness.h"
#include "ShowCommand.h"
#include "TemplateFixtures.h"
#include "store/AssessmentStore.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

class tst_ShowCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void text();
    void textByName();
    void json();
    void jsonIsDeterministic();
    void errors_data();
    void errors();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::CliTestHarness> m_harness;
    qint64 m_id = 0;
};

void tst_ShowCommand::initTestCase()
{
    m_harness = std::make_unique<test::CliTestHarness>(m_dir.filePath(u"db.sqlite"_s));
    auto store = m_harness->context().store(CliContext::StoreAccess::CreateIfMissing);
    QVERIFY(store);
    NewAssessment assessment;
    assessment.name = u"Checkout 2.4"_s;
    assessment.system = u"checkout"_s;
    assessment.release = u"2.4.0"_s;
    assessment.repositoryPath = u"/src/checkout"_s;
    assessment.templates = {test::alphaTemplate(), test::betaTemplate()};
    const auto id = (*store)->createAssessment(assessment, u"alice"_s);
    QVERIFY(id);
    m_id = *id;

    m_harness->clock().advanceSeconds(60);
    const auto apply =
            [&](const QString &key, ItemStatus status, const QString &owner, const QString &note) {
                const auto item = (*store)->findItem(m_id, key);
                QVERIFY2(item, qPrintable(item.errorMessage()));
                ItemEdit edit;
                edit.status = status;
                edit.owner = owner;
                edit.note = note;
                QVERIFY((*store)->updateItem(item->id, edit, u"bob"_s));
            };
    apply(u"alpha:A-001"_s, ItemStatus::Passed, u"Priya"_s, u"gitleaks clean"_s);
    apply(u"A-005"_s,
          ItemStatus::Failed,
          u"Marek"_s,
          u"COPY . . without .dockerignore\nsee Dockerfile"_s);
    apply(u"B-002"_s, ItemStatus::NotApplicable, QString(), QString());
    apply(u"A-003"_s, ItemStatus::InProgress, u"Lena"_s, QString());
}

void tst_ShowCommand::text()
{
    ShowCommand command;
    const test::CliRun run = m_harness->run(command, {QString::number(m_id)});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    const QString &out = run.out;
    QVERIFY(out.startsWith(u"Checkout 2.4 (id %1)\n"_s.arg(m_id)));
    QVERIFY(out.contains(u"System:      checkout\n"_s));
    QVERIFY(out.contains(u"Release:     2.4.0\n"_s));
    QVERIFY(out.contains(u"Repository:  /src/checkout\n"_s));
    QVERIFY(out.contains(u" by alice\n"_s));
    QVERIFY(out.contains(u"Templates:   alpha 1.0.0, beta 2.1.0\n"_s));
    QVERIFY2(out.contains(u"Progress:    2/7 done (28%): 3 not_started, 1 in_progress, 1 passed, "
                          "1 failed, 1 not_applicable\n"_s),
             qPrintable(out));

    // Section summary: one row per section, counts right-aligned under their headers.
    QVERIFY(out.contains(
            u"TEMPLATE  SECTION     ITEMS  DONE  FAILED  IN PROGRESS  NOT STARTED\n"
            "alpha     Secrets         3     1       0            1            1\n"
            "alpha     Containers      2     0       1            0            1\n"
            "beta      Operations      2     1       0            0            1\n"_s));

    // Items grouped under their sections, notes indented below the row.
    QVERIFY2(
            out.contains(
                    u"KEY    STATUS          SEVERITY  OWNER  TITLE\n"
                    "[alpha] Secrets\n"
                    "A-001  passed          critical  Priya  No hard-coded keys\n"
                    "       gitleaks clean\n"
                    "A-002  not_started     high      -      Secrets from a vault\n"
                    "A-003  in_progress     medium    Lena   Key rotation runbook\n"
                    "\n"
                    "[alpha] Containers\n"
                    "A-004  not_started     high      -      Runs as non-root\n"
                    "A-005  failed          low       Marek  .dockerignore excludes .git and .env\n"
                    "       COPY . . without .dockerignore\n"
                    "       see Dockerfile\n"
                    "\n"
                    "[beta] Operations\n"
                    "A-001  not_started     high      -      Rollback runbook tested\n"
                    "B-002  not_applicable  info      -      Backups restored quarterly\n"_s),
            qPrintable(out));
}

void tst_ShowCommand::textByName()
{
    ShowCommand command;
    const test::CliRun run = m_harness->run(command, {u"Checkout 2.4"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"Checkout 2.4 (id %1)\n"_s.arg(m_id)));
}

void tst_ShowCommand::json()
{
    ShowCommand command;
    const test::CliRun run = m_harness->run(command, {u"Checkout 2.4"_s, u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.keys(),
             (QStringList{u"assessment"_s,
                          u"formatVersion"_s,
                          u"items"_s,
                          u"progress"_s,
                          u"sections"_s}));
    QCOMPARE(root[u"formatVersion"_s].toInt(), 1);

    const QJsonObject assessment = root[u"assessment"_s].toObject();
    QCOMPARE(assessment[u"id"_s].toInteger(), m_id);
    QCOMPARE(assessment[u"system"_s].toString(), u"checkout"_s);
    QCOMPARE(assessment[u"createdBy"_s].toString(), u"alice"_s);
    QCOMPARE(assessment[u"createdAt"_s].toString(), u"2026-11-01T09:00:00.000Z"_s);

    const QJsonObject progress = root[u"progress"_s].toObject();
    QCOMPARE(progress[u"total"_s].toInt(), 7);
    QCOMPARE(progress[u"done"_s].toInt(), 2);
    QCOMPARE(progress[u"assessed"_s].toInt(), 3);
    QCOMPARE(progress[u"percentDone"_s].toInt(), 28);
    QCOMPARE(progress[u"byStatus"_s].toObject()[u"failed"_s].toInt(), 1);

    const QJsonArray sections = root[u"sections"_s].toArray();
    QCOMPARE(sections.size(), 3);
    const QJsonObject containers = sections.at(1).toObject();
    QCOMPARE(containers[u"sectionId"_s].toString(), u"containers"_s);
    QCOMPARE(containers[u"failedBySeverity"_s].toObject()[u"low"_s].toInt(), 1);
    QCOMPARE(containers[u"bySeverity"_s].toObject()[u"high"_s].toInt(), 1);

    const QJsonArray items = root[u"items"_s].toArray();
    QCOMPARE(items.size(), 7);
    const QJsonObject failed = items.at(4).toObject();
    QCOMPARE(failed[u"key"_s].toString(), u"A-005"_s);
    QCOMPARE(failed[u"templateId"_s].toString(), u"alpha"_s);
    QCOMPARE(failed[u"status"_s].toString(), u"failed"_s);
    QCOMPARE(failed[u"severity"_s].toString(), u"low"_s);
    QCOMPARE(failed[u"owner"_s].toString(), u"Marek"_s);
    QCOMPARE(failed[u"note"_s].toString(), u"COPY . . without .dockerignore\nsee Dockerfile"_s);
    QCOMPARE(failed[u"updatedBy"_s].toString(), u"bob"_s);
    QCOMPARE(failed[u"updatedAt"_s].toString(), u"2026-11-01T09:01:00.000Z"_s);
    QVERIFY(items.at(1).toObject()[u"updatedAt"_s].isNull());
    QCOMPARE(items.at(5).toObject()[u"templateVersion"_s].toString(), u"2.1.0"_s);
}

void tst_ShowCommand::jsonIsDeterministic()
{
    ShowCommand command;
    const QStringList arguments{QString::number(m_id), u"--format"_s, u"json"_s};
    const test::CliRun first = m_harness->run(command, arguments);
    const test::CliRun second = m_harness->run(command, arguments);
    QCOMPARE(first.out, second.out);
    QVERIFY(first.out.startsWith(u"{\n    \"assessment\": {\n"_s)); // pretty-printed, sorted
}

void tst_ShowCommand::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no assessment") << QStringList{} << u"no assessment given"_s;
    QTest::newRow("two assessments") << QStringList{u"1"_s, u"2"_s} << u"unexpected argument '2'"_s;
    QTest::newRow("bad format") << QStringList{u"1"_s, u"--format"_s, u"xml"_s}
                                << u"unknown format 'xml'"_s;
    QTest::newRow("unknown id") << QStringList{u"999"_s} << QString();
    QTest::newRow("unknown name") << QStringList{u"Checkout 9"_s} << QString();
}

void tst_ShowCommand::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    ShowCommand command;
    const test::CliRun run = m_harness->run(command, arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(u"greenlight-cli: error: "_s + message), qPrintable(run.err));
    if (message.isEmpty()) // the store names what it could not find
        QVERIFY2(run.err.contains(arguments.first()), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(tst_ShowCommand)
#include "tst_ShowCommand.moc"
