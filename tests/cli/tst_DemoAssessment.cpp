#include <string>

#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "MockClock.h"
#include "core/AppPaths.h"
#include "core/DemoAssessment.h"
#include "store/AssessmentStore.h"
#include "store/Database.h"
#include "templates/TemplateCatalog.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

class tst_DemoAssessment : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyRecordedItemExists();
    void createsTheRecordedStates();
    void repositoryIsTheShippedExample();
    void editsAreAuditedAsTheirOwners();
    void missingTemplateIsAnError();
    void unknownItemsAreNamedAndNothingIsCreated();

private:
    struct Recorded
    {
        QString item;
        QString status;
        QString owner;
        QString note;
    };

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AssessmentStore> m_store;
    test::MockClock m_clock;
    TemplateCatalog m_catalog;
    QList<Recorded> m_recorded;
    qint64 m_id = 0;
};

void tst_DemoAssessment::initTestCase()
{
    auto database = Database::open(m_dir.filePath(u"demo.sqlite"_s));
    QVERIFY2(database, qPrintable(database.errorMessage()));
    m_database = std::move(database).value();
    m_store = std::make_unique<AssessmentStore>(*m_database, m_clock);
    m_catalog.load({TemplateCatalog::builtInDirectory()});
    QVERIFY(m_catalog.problems().isEmpty());

    // Read the embedded file independently of the code under test.
    QFile file(u":/examples/demo-assessment.yaml"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const YAML::Node root = YAML::Load(file.readAll().toStdString());
    for (const YAML::Node &entry : root["items"]) {
        const auto get = [&](const char *key) {
            return entry[key] ? QString::fromStdString(entry[key].as<std::string>()) : QString();
        };
        m_recorded.append({get("item"), get("status"), get("owner"), get("note")});
    }
    QVERIFY2(m_recorded.size() >= 35, "the demo should record a meaningful amount of progress");

    const auto id = DemoAssessment::create(*m_store, m_catalog, u"tester"_s);
    QVERIFY2(id, qPrintable(id.errorMessage()));
    m_id = *id;
}

void tst_DemoAssessment::everyRecordedItemExists()
{
    QSet<QString> seen;
    for (const Recorded &recorded : std::as_const(m_recorded)) {
        QVERIFY2(m_store->findItem(m_id, recorded.item), qPrintable(recorded.item));
        QVERIFY2(!seen.contains(recorded.item), qPrintable(u"recorded twice: "_s + recorded.item));
        seen.insert(recorded.item);
    }
}

void tst_DemoAssessment::createsTheRecordedStates()
{
    const auto info = m_store->assessment(m_id);
    QVERIFY(info);
    QCOMPARE(info->name, u"Checkout service 2.4 go-live"_s);
    QCOMPARE(info->system, u"checkout-service"_s);
    QCOMPARE(info->release, u"2.4.0"_s);
    QCOMPARE(info->createdBy, u"tester"_s);
    QStringList templates;
    for (const TemplateRef &ref : info->templates)
        templates.append(ref.id);
    QCOMPARE(templates,
             (QStringList{u"security"_s,
                          u"infrastructure"_s,
                          u"cicd"_s,
                          u"observability"_s,
                          u"data-protection"_s,
                          u"signoff"_s}));

    for (const Recorded &recorded : std::as_const(m_recorded)) {
        const auto item = m_store->findItem(m_id, recorded.item);
        QCOMPARE(itemStatusKey(item->status), recorded.status);
        QCOMPARE(item->owner, recorded.owner);
        QCOMPARE(item->note, recorded.note);
    }
    const auto progress = m_store->progress(m_id);
    QCOMPARE(progress->assessed() + progress->count(ItemStatus::InProgress),
             int(m_recorded.size()));
    // A demo that is all red or all green shows nothing: it has both, and work in progress.
    QVERIFY(progress->count(ItemStatus::Failed) >= 10);
    QVERIFY(progress->count(ItemStatus::Passed) >= 10);
    QVERIFY(progress->count(ItemStatus::InProgress) >= 3);
    QVERIFY(progress->count(ItemStatus::NotApplicable) >= 1);

    const auto dockerignore = m_store->findItem(m_id, u"infrastructure:INF-001"_s);
    QCOMPARE(dockerignore->status, ItemStatus::Failed);
    QVERIFY(dockerignore->note.contains(u"COPY . ."_s));
}

void tst_DemoAssessment::repositoryIsTheShippedExample()
{
    const auto info = m_store->assessment(m_id);
    const QString examples = AppPaths::examplesDirectory();
    QVERIFY(!examples.isEmpty()); // the source tree's examples/ in a build
    QCOMPARE(info->repositoryPath, QDir(examples).filePath(u"demo-system"_s));
    // The gaps the notes cite are really there.
    const QDir repo(info->repositoryPath);
    QVERIFY(repo.exists(u"Dockerfile"_s));
    QVERIFY(!repo.exists(u".dockerignore"_s));
    QFile requirements(repo.filePath(u"requirements.txt"_s));
    QVERIFY(requirements.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = requirements.readAll().split('\n');
    QVERIFY(lines.at(22).startsWith("pytest=="));        // line 23
    QVERIFY(lines.at(23).startsWith("pytest-django==")); // line 24
}

void tst_DemoAssessment::editsAreAuditedAsTheirOwners()
{
    const auto item = m_store->findItem(m_id, u"DAT-014"_s);
    const auto events = m_store->auditEvents(m_id, item->id);
    QVERIFY(events);
    QVERIFY(!events->isEmpty());
    for (const AuditEvent &event : *events)
        QCOMPARE(event.actor, u"Priya Raman"_s);
}

void tst_DemoAssessment::missingTemplateIsAnError()
{
    TemplateCatalog partial; // nothing loaded
    partial.load({m_dir.path()});
    const auto before = m_store->assessments();
    const auto id = DemoAssessment::create(*m_store, partial, u"tester"_s);
    QVERIFY(!id);
    QVERIFY2(id.errorMessage().contains(u"security"_s), qPrintable(id.errorMessage()));
    QCOMPARE(m_store->assessments()->size(), before->size()); // nothing half-created
}

void tst_DemoAssessment::unknownItemsAreNamedAndNothingIsCreated()
{
    // A security template without the demo's SEC items shadows the built-in one.
    QTemporaryDir override;
    QFile file(override.filePath(u"security.yaml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("schema: 1\nid: security\ntitle: Slim\nversion: \"9\"\ndescription: d\n"
               "sections:\n  - id: s\n    title: S\n    items:\n"
               "      - id: SEC-001\n        title: t\n        guidance: g\n"
               "        severity: low\n        evidence: none\n");
    file.close();
    TemplateCatalog catalog;
    catalog.load({TemplateCatalog::builtInDirectory(), override.path()});
    QCOMPARE(catalog.find(u"security"_s)->version, u"9"_s);

    const auto before = m_store->assessments();
    const auto id = DemoAssessment::create(*m_store, catalog, u"tester"_s);
    QVERIFY(!id);
    QCOMPARE(id.error().code, Error::Code::InvalidArgument);
    QVERIFY2(id.errorMessage().contains(u"SEC-002, SEC-004"_s), qPrintable(id.errorMessage()));
    QVERIFY(!id.errorMessage().contains(u"SEC-001"_s));
    QVERIFY(!id.errorMessage().contains(u"INF-"_s));
    QCOMPARE(m_store->assessments()->size(), before->size());
}

QTEST_GUILESS_MAIN(tst_DemoAssessment)
#include "tst_DemoAssessment.moc"
