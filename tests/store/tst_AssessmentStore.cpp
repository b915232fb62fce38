#include <QSqlDatabase>
#include <QTest>

#include "StoreFixture.h"
#include "StoreTestUtils.h"
#include "TemplateFixtures.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using namespace greenlight::test;

namespace {

QStringList keysOf(const QList<ItemRecord> &items)
{
    QStringList keys;
    for (const ItemRecord &item : items)
        keys.append(item.templateId + u':' + item.key);
    return keys;
}

} // namespace

Q_DECLARE_METATYPE(greenlight::NewAssessment)

class tst_AssessmentStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsAndLists();
    void listsNewestFirst();
    void refusesInvalidAssessments_data();
    void refusesInvalidAssessments();
    void snapshotsTemplateItems();
    void snapshotIgnoresLaterTemplateEdits();
    void findsAssessments_data();
    void findsAssessments();
    void renamesAndDeletes();
    void findsItems_data();
    void findsItems();
    void computesProgressAndSections();
    void reopenPersistsEverything();
    void timestampsComeFromTheClock();

private:
    StoreFixture m_fx;
};

void tst_AssessmentStore::init()
{
    auto opened = m_fx.openFresh();
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
}

void tst_AssessmentStore::cleanup()
{
    m_fx.close();
    Database::setBusyTimeoutOverride(0);
}

void tst_AssessmentStore::createsAndLists()
{
    const qint64 id = m_fx.createPayments();
    QVERIFY(id > 0);

    auto list = m_fx.store().assessments();
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    const AssessmentInfo &info = list->first();
    QCOMPARE(info.id, id);
    QCOMPARE(info.name, u"Payments 2.4"_s);
    QCOMPARE(info.system, u"Payments"_s);
    QCOMPARE(info.release, u"2.4"_s);
    QCOMPARE(info.repositoryPath, u"/srv/payments"_s);
    QCOMPARE(info.createdAt, m_fx.clock().now());
    QCOMPARE(info.createdBy, u"alice"_s);
    QCOMPARE(info.templates.size(), 2);
    QCOMPARE(info.templates[0].id, u"alpha"_s);
    QCOMPARE(info.templates[0].version, u"1.0.0"_s);
    QCOMPARE(info.templates[0].title, u"Alpha checks"_s);
    QCOMPARE(info.templates[1].id, u"beta"_s);
    QCOMPARE(info.templates[1].version, u"2.1.0"_s);

    auto single = m_fx.store().assessment(id);
    QVERIFY(single);
    QCOMPARE(single->name, info.name);
    QCOMPARE(single->templates.size(), 2);

    auto events = m_fx.store().auditEvents(id);
    QVERIFY(events);
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().action, u"assessment.created"_s);
    QCOMPARE(events->first().actor, u"alice"_s);
    QCOMPARE(events->first().newValue, u"Payments 2.4"_s);
    QVERIFY(!events->first().itemId);

    QCOMPARE(m_fx.store().assessment(id + 100).error().code, Error::Code::NotFound);
}

void tst_AssessmentStore::listsNewestFirst()
{
    const qint64 first = m_fx.createPayments(u"first"_s);
    m_fx.clock().advanceSeconds(60);
    const qint64 second = m_fx.createPayments(u"second"_s);
    const qint64 sameTime = m_fx.createPayments(u"same time"_s); // ties break by id
    m_fx.clock().advanceSeconds(-3600); // a clock set back still lists by creation time
    const qint64 backdated = m_fx.createPayments(u"backdated"_s);

    auto list = m_fx.store().assessments();
    QVERIFY(list);
    QList<qint64> ids;
    for (const AssessmentInfo &info : *list)
        ids.append(info.id);
    QCOMPARE(ids, (QList<qint64>{sameTime, second, first, backdated}));
}

void tst_AssessmentStore::refusesInvalidAssessments_data()
{
    QTest::addColumn<NewAssessment>("assessment");
    QTest::addColumn<QString>("messagePart");

    NewAssessment noName = StoreFixture::payments(u"   "_s);
    QTest::newRow("blank name") << noName << u"needs a name"_s;
    NewAssessment noTemplates = StoreFixture::payments();
    noTemplates.templates.clear();
    QTest::newRow("no templates") << noTemplates << u"at least one template"_s;
    NewAssessment twice = StoreFixture::payments();
    twice.templates.append(alphaTemplate());
    QTest::newRow("template chosen twice") << twice << u"alpha was chosen twice"_s;
    NewAssessment duplicateItem = StoreFixture::payments();
    duplicateItem.templates[0].sections[1].items.append(
            duplicateItem.templates[0].sections[0].items[0]);
    QTest::newRow("duplicate item id") << duplicateItem << u"item id A-001 twice"_s;
}

void tst_AssessmentStore::refusesInvalidAssessments()
{
    QFETCH(NewAssessment, assessment);
    QFETCH(QString, messagePart);
    auto id = m_fx.store().createAssessment(assessment, u"alice"_s);
    QVERIFY(!id);
    QCOMPARE(id.error().code, Error::Code::InvalidArgument);
    QVERIFY2(id.errorMessage().contains(messagePart), qPrintable(id.errorMessage()));
    QSqlDatabase connection = m_fx.db().connection();
    QCOMPARE(rawQuery(connection, u"SELECT COUNT(*) FROM item"_s), QStringList{u"0"_s});
    QVERIFY(m_fx.store().assessments()->isEmpty());
}

void tst_AssessmentStore::snapshotsTemplateItems()
{
    const qint64 id = m_fx.createPayments();
    auto items = m_fx.store().items(id);
    QVERIFY(items);
    QCOMPARE(keysOf(*items),
             (QStringList{u"alpha:A-001"_s,
                          u"alpha:A-002"_s,
                          u"alpha:A-003"_s,
                          u"alpha:A-004"_s,
                          u"alpha:A-005"_s,
                          u"beta:A-001"_s,
                          u"beta:B-002"_s}));
    for (qsizetype i = 0; i < items->size(); ++i) {
        QCOMPARE(items->at(i).position, int(i));
        QCOMPARE(items->at(i).assessmentId, id);
        QCOMPARE(items->at(i).status, ItemStatus::NotStarted);
        QVERIFY(items->at(i).owner.isEmpty());
        QVERIFY(items->at(i).note.isEmpty());
        QVERIFY(!items->at(i).updatedAt.isValid());
    }

    const TemplateItem &source = alphaTemplate().sections[1].items[0];
    const ItemRecord &a4 = items->at(3);
    QCOMPARE(a4.templateVersion, u"1.0.0"_s);
    QCOMPARE(a4.sectionId, u"containers"_s);
    QCOMPARE(a4.sectionTitle, u"Containers"_s);
    QCOMPARE(a4.title, source.title);
    QCOMPARE(a4.guidance, source.guidance);
    QCOMPARE(a4.severity, Severity::High);
    QCOMPARE(a4.evidence, source.evidence);
    QCOMPARE(a4.references, source.references);
    QCOMPARE(a4.tags, source.tags);
    QCOMPARE(items->at(5).templateVersion, u"2.1.0"_s);
    QCOMPARE(items->at(5).sectionTitle, u"Operations"_s);

    auto one = m_fx.store().item(a4.id);
    QVERIFY(one);
    QCOMPARE(one->key, u"A-004"_s);
    QCOMPARE(m_fx.store().item(a4.id + 1000).error().code, Error::Code::NotFound);
}

void tst_AssessmentStore::snapshotIgnoresLaterTemplateEdits()
{
    ChecklistTemplate alpha = alphaTemplate();
    alpha.sections[0].items[0].checks = {u"secrets.hardcoded"_s};
    auto before
            = m_fx.store().createAssessment({u"before"_s, u"s"_s, u"1"_s, {}, {alpha}}, u"alice"_s);
    QVERIFY(before);

    // The template evolves: new version, an item reworded and re-rated, one dropped, one added.
    alpha.version = u"1.1.0"_s;
    alpha.sections[0].items[0].title = u"No keys anywhere"_s;
    alpha.sections[0].items[0].severity = Severity::Low;
    alpha.sections[0].items[0].checks = {u"secrets.entropy"_s, u"secrets.git-history"_s};
    alpha.sections[0].items.removeAt(1);
    TemplateItem added;
    added.id = u"A-006"_s;
    added.title = u"Read-only root file system"_s;
    alpha.sections[1].items.append(added);
    auto after
            = m_fx.store().createAssessment({u"after"_s, u"s"_s, u"1"_s, {}, {alpha}}, u"alice"_s);
    QVERIFY(after);

    auto oldItems = m_fx.store().items(*before);
    auto newItems = m_fx.store().items(*after);
    QCOMPARE(keysOf(*oldItems),
             (QStringList{u"alpha:A-001"_s,
                          u"alpha:A-002"_s,
                          u"alpha:A-003"_s,
                          u"alpha:A-004"_s,
                          u"alpha:A-005"_s}));
    QCOMPARE(oldItems->first().title, u"No hard-coded keys"_s);
    QCOMPARE(oldItems->first().severity, Severity::Critical);
    QCOMPARE(oldItems->first().templateVersion, u"1.0.0"_s);
    QCOMPARE(oldItems->first().checks, QStringList{u"secrets.hardcoded"_s});
    QCOMPARE(m_fx.store().assessment(*before)->templates.first().version, u"1.0.0"_s);

    QCOMPARE(keysOf(*newItems),
             (QStringList{u"alpha:A-001"_s,
                          u"alpha:A-003"_s,
                          u"alpha:A-004"_s,
                          u"alpha:A-005"_s,
                          u"alpha:A-006"_s}));
    QCOMPARE(newItems->first().title, u"No keys anywhere"_s);
    QCOMPARE(newItems->first().severity, Severity::Low);
    QCOMPARE(newItems->first().templateVersion, u"1.1.0"_s);
    QCOMPARE(newItems->first().checks.size(), 2);
}

void tst_AssessmentStore::findsAssessments_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expectedName"); // empty: an error is expected
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("by id") << u"2"_s << u"Checkout"_s << 0 << QString();
    QTest::newRow("by id with spaces") << u" 2 "_s << u"Checkout"_s << 0 << QString();
    QTest::newRow("by name") << u"Checkout"_s << u"Checkout"_s << 0 << QString();
    QTest::newRow("numeric name") << u"2026"_s << u"2026"_s << 0 << QString();
    QTest::newRow("unknown") << u"Nope"_s << QString() << int(Error::Code::NotFound) << u"Nope"_s;
    QTest::newRow("unknown id") << u"99"_s << QString() << int(Error::Code::NotFound) << u"99"_s;
    QTest::newRow("ambiguous name")
            << u"Twin"_s << QString() << int(Error::Code::InvalidArgument) << u"(ids 3, 4)"_s;
    QTest::newRow("deleted") << u"Gone"_s << QString() << int(Error::Code::NotFound) << u"Gone"_s;
    QTest::newRow("deleted by id") << u"6"_s << QString() << int(Error::Code::NotFound) << u"6"_s;
}

void tst_AssessmentStore::findsAssessments()
{
    QFETCH(QString, query);
    QFETCH(QString, expectedName);
    QFETCH(int, code);
    QFETCH(QString, messagePart);

    for (const QString &name :
         {u"Payments"_s, u"Checkout"_s, u"Twin"_s, u"Twin"_s, u"2026"_s, u"Gone"_s}) {
        QVERIFY(m_fx.createPayments(name) > 0);
    }
    QVERIFY(m_fx.store().deleteAssessment(6, u"alice"_s));

    auto found = m_fx.store().findAssessment(query);
    if (expectedName.isEmpty()) {
        QVERIFY(!found);
        QCOMPARE(int(found.error().code), code);
        QVERIFY2(found.errorMessage().contains(messagePart), qPrintable(found.errorMessage()));
    } else {
        QVERIFY2(found, qPrintable(found.errorMessage()));
        QCOMPARE(found->name, expectedName);
    }
}

void tst_AssessmentStore::renamesAndDeletes()
{
    const qint64 id = m_fx.createPayments();
    const qint64 other = m_fx.createPayments(u"Other"_s);
    const ItemRecord item = m_fx.itemByKey(id, u"B-002"_s);

    m_fx.clock().advanceSeconds(10);
    QVERIFY(m_fx.store().renameAssessment(id, u"  Payments 2.5 "_s, u"bob"_s));
    QVERIFY(m_fx.store().renameAssessment(id, u"Payments 2.5"_s, u"bob"_s)); // no-op
    QCOMPARE(m_fx.store().assessment(id)->name, u"Payments 2.5"_s);
    QCOMPARE(m_fx.store().renameAssessment(id, u" "_s, u"bob"_s).error().code,
             Error::Code::InvalidArgument);
    QCOMPARE(m_fx.store().renameAssessment(999, u"x"_s, u"bob"_s).error().code,
             Error::Code::NotFound);

    m_fx.clock().advanceSeconds(10);
    QVERIFY(m_fx.store().deleteAssessment(id, u"carol"_s));
    QCOMPARE(m_fx.store().assessments()->size(), 1);
    QCOMPARE(m_fx.store().assessments()->first().id, other);
    QCOMPARE(m_fx.store().assessment(id).error().code, Error::Code::NotFound);
    QCOMPARE(m_fx.store().items(id).error().code, Error::Code::NotFound);
    QCOMPARE(m_fx.store().deleteAssessment(id, u"carol"_s).error().code, Error::Code::NotFound);
    auto edit = m_fx.store().updateItem(item.id, {ItemStatus::Passed, {}, {}}, u"carol"_s);
    QCOMPARE(edit.error().code, Error::Code::NotFound);

    // The audit trail outlives the deletion.
    auto events = m_fx.store().auditEvents(id);
    QVERIFY(events);
    QCOMPARE(events->size(), 3);
    QCOMPARE(events->at(1).action, u"assessment.renamed"_s);
    QCOMPARE(events->at(1).field, u"name"_s);
    QCOMPARE(events->at(1).oldValue, u"Payments 2.4"_s);
    QCOMPARE(events->at(1).newValue, u"Payments 2.5"_s);
    QCOMPARE(events->at(1).actor, u"bob"_s);
    QCOMPARE(events->at(2).action, u"assessment.deleted"_s);
    QCOMPARE(events->at(2).actor, u"carol"_s);
    QCOMPARE(events->at(2).at, m_fx.clock().now());
    QCOMPARE(m_fx.store().auditEvents(999).error().code, Error::Code::NotFound);
}

void tst_AssessmentStore::findsItems_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected"); // "template:key", empty for an error
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("unique key") << u"A-002"_s << u"alpha:A-002"_s << 0 << QString();
    QTest::newRow("unique key of beta") << u"B-002"_s << u"beta:B-002"_s << 0 << QString();
    QTest::newRow("qualified alpha") << u"alpha:A-001"_s << u"alpha:A-001"_s << 0 << QString();
    QTest::newRow("qualified beta") << u"beta:A-001"_s << u"beta:A-001"_s << 0 << QString();
    QTest::newRow("spaces") << u" beta : A-001 "_s << u"beta:A-001"_s << 0 << QString();
    QTest::newRow("ambiguous") << u"A-001"_s << QString() << int(Error::Code::InvalidArgument)
                               << u"alpha:A-001, beta:A-001"_s;
    QTest::newRow("unknown key") << u"A-999"_s << QString() << int(Error::Code::NotFound)
                                 << u"A-999"_s;
    QTest::newRow("wrong template")
            << u"beta:A-002"_s << QString() << int(Error::Code::NotFound) << u"A-002"_s;
    QTest::newRow("unknown template")
            << u"gamma:A-001"_s << QString() << int(Error::Code::NotFound) << u"gamma"_s;
    QTest::newRow("empty") << u" "_s << QString() << int(Error::Code::InvalidArgument) << QString();
}

void tst_AssessmentStore::findsItems()
{
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QFETCH(int, code);
    QFETCH(QString, messagePart);

    const qint64 id = m_fx.createPayments();
    auto found = m_fx.store().findItem(id, key);
    if (expected.isEmpty()) {
        QVERIFY(!found);
        QCOMPARE(int(found.error().code), code);
        QVERIFY2(found.errorMessage().contains(messagePart), qPrintable(found.errorMessage()));
    } else {
        QVERIFY2(found, qPrintable(found.errorMessage()));
        QCOMPARE(found->templateId + u':' + found->key, expected);
        QCOMPARE(found->assessmentId, id);
    }
    QCOMPARE(m_fx.store().findItem(id + 50, u"A-002"_s).error().code, Error::Code::NotFound);
}

void tst_AssessmentStore::computesProgressAndSections()
{
    const qint64 id = m_fx.createPayments();
    const qint64 other = m_fx.createPayments(u"Other"_s);
    const QList<std::pair<QString, ItemStatus>> edits = {
            {u"alpha:A-001"_s, ItemStatus::Failed},        // critical
            {u"alpha:A-002"_s, ItemStatus::Passed},        // high
            {u"alpha:A-004"_s, ItemStatus::Failed},        // high
            {u"alpha:A-005"_s, ItemStatus::NotApplicable}, // low
            {u"beta:A-001"_s, ItemStatus::InProgress},     // high
    };
    for (const auto &[key, status] : edits)
        QVERIFY(m_fx.store().updateItem(m_fx.itemByKey(id, key).id, {status, {}, {}}, u"erin"_s));
    // Noise in another assessment must not leak into the figures.
    QVERIFY(m_fx.store().updateItem(
            m_fx.itemByKey(other, u"B-002"_s).id, {ItemStatus::Failed, {}, {}}, {}));

    auto progress = m_fx.store().progress(id);
    QVERIFY(progress);
    QCOMPARE(progress->total, 7);
    QCOMPARE(progress->count(ItemStatus::NotStarted), 2);
    QCOMPARE(progress->count(ItemStatus::InProgress), 1);
    QCOMPARE(progress->count(ItemStatus::Passed), 1);
    QCOMPARE(progress->count(ItemStatus::Failed), 2);
    QCOMPARE(progress->count(ItemStatus::NotApplicable), 1);
    QCOMPARE(progress->assessed(), 4);
    QCOMPARE(progress->done(), 2);

    auto sections = m_fx.store().sectionSummaries(id);
    QVERIFY(sections);
    QCOMPARE(sections->size(), 3);
    const SectionSummary &secrets = sections->at(0);
    const SectionSummary &containers = sections->at(1);
    const SectionSummary &ops = sections->at(2);
    QCOMPARE(secrets.templateId + u'/' + secrets.sectionId, u"alpha/secrets"_s);
    QCOMPARE(secrets.sectionTitle, u"Secrets"_s);
    QCOMPARE(containers.templateId + u'/' + containers.sectionId, u"alpha/containers"_s);
    QCOMPARE(ops.templateId + u'/' + ops.sectionId, u"beta/ops"_s);

    using Counts = std::array<int, 5>;
    auto statusArray = [](const SectionSummary &s) {
        return s.status.byStatus;
    };
    // not started, in progress, passed, failed, not applicable
    QCOMPARE(statusArray(secrets), (Counts{1, 0, 1, 1, 0}));
    QCOMPARE(statusArray(containers), (Counts{0, 0, 0, 1, 1}));
    QCOMPARE(statusArray(ops), (Counts{1, 1, 0, 0, 0}));
    QCOMPARE(secrets.status.total, 3);
    QCOMPARE(containers.status.total, 2);
    QCOMPARE(ops.status.total, 2);
    // critical, high, medium, low, info
    QCOMPARE(secrets.bySeverity, (Counts{1, 1, 1, 0, 0}));
    QCOMPARE(containers.bySeverity, (Counts{0, 1, 0, 1, 0}));
    QCOMPARE(ops.bySeverity, (Counts{0, 1, 0, 0, 1}));
    QCOMPARE(secrets.failedBySeverity, (Counts{1, 0, 0, 0, 0}));
    QCOMPARE(containers.failedBySeverity, (Counts{0, 1, 0, 0, 0}));
    QCOMPARE(ops.failedBySeverity, (Counts{0, 0, 0, 0, 0}));

    QCOMPARE(m_fx.store().progress(999).error().code, Error::Code::NotFound);
    QCOMPARE(m_fx.store().sectionSummaries(999).error().code, Error::Code::NotFound);
}

void tst_AssessmentStore::reopenPersistsEverything()
{
    const qint64 id = m_fx.createPayments();
    const ItemRecord item = m_fx.itemByKey(id, u"beta:A-001"_s);
    m_fx.clock().advanceSeconds(5);
    QVERIFY(m_fx.store().updateItem(
            item.id, {ItemStatus::NotApplicable, u"hal"_s, u"no ops"_s}, u"ivy"_s));
    QVERIFY(m_fx.store().renameAssessment(id, u"Payments GA"_s, u"ivy"_s));
    const QList<AssessmentInfo> assessments = *m_fx.store().assessments();
    const QList<ItemRecord> items = *m_fx.store().items(id);
    const QList<AuditEvent> events = *m_fx.store().auditEvents(id);

    auto reopened = m_fx.reopen();
    QVERIFY2(reopened, qPrintable(reopened.errorMessage()));

    const QList<AssessmentInfo> reAssessments = *m_fx.store().assessments();
    QCOMPARE(reAssessments.size(), assessments.size());
    QCOMPARE(reAssessments.first().name, u"Payments GA"_s);
    QCOMPARE(reAssessments.first().createdAt, assessments.first().createdAt);
    QCOMPARE(reAssessments.first().templates.size(), 2);

    const QList<ItemRecord> reItems = *m_fx.store().items(id);
    QCOMPARE(reItems.size(), items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        QCOMPARE(reItems[i].id, items[i].id);
        QCOMPARE(reItems[i].key, items[i].key);
        QCOMPARE(reItems[i].guidance, items[i].guidance);
        QCOMPARE(reItems[i].references, items[i].references);
        QCOMPARE(reItems[i].status, items[i].status);
        QCOMPARE(reItems[i].owner, items[i].owner);
        QCOMPARE(reItems[i].note, items[i].note);
        QCOMPARE(reItems[i].updatedAt, items[i].updatedAt);
        QCOMPARE(reItems[i].updatedBy, items[i].updatedBy);
    }
    QCOMPARE(m_fx.store().item(item.id)->status, ItemStatus::NotApplicable);
    QCOMPARE(m_fx.store().item(item.id)->note, u"no ops"_s);

    const QList<AuditEvent> reEvents = *m_fx.store().auditEvents(id);
    QCOMPARE(reEvents.size(), events.size());
    QCOMPARE(reEvents.size(), 5); // created, 3 fields, renamed
    for (qsizetype i = 0; i < events.size(); ++i) {
        QCOMPARE(reEvents[i].id, events[i].id);
        QCOMPARE(reEvents[i].at, events[i].at);
        QCOMPARE(reEvents[i].field, events[i].field);
        QCOMPARE(reEvents[i].newValue, events[i].newValue);
    }
}

void tst_AssessmentStore::timestampsComeFromTheClock()
{
    const QDateTime created(QDate(2027, 2, 28), QTime(23, 59, 59, 999), Qt::UTC);
    m_fx.clock().set(created);
    const qint64 id = m_fx.createPayments();
    QCOMPARE(m_fx.store().assessment(id)->createdAt, created);
    QCOMPARE(m_fx.store().assessment(id)->createdAt.timeSpec(), Qt::UTC);

    m_fx.clock().advanceSeconds(1);
    const ItemRecord item = m_fx.itemByKey(id, u"A-003"_s);
    QVERIFY(m_fx.store().updateItem(item.id, {ItemStatus::InProgress, {}, {}}, u"erin"_s));
    const QDateTime updated = m_fx.store().item(item.id)->updatedAt;
    QCOMPARE(updated, created.addSecs(1));
    QCOMPARE(updated.toString(Qt::ISODateWithMs), u"2027-03-01T00:00:00.999Z"_s);
    QCOMPARE(m_fx.store().auditEvents(id, item.id)->first().at, created.addSecs(1));

    QSqlDatabase connection = m_fx.db().connection();
    QCOMPARE(rawQuery(connection, u"SELECT created_at FROM assessment WHERE id = %1"_s.arg(id)),
             QStringList{u"2027-02-28T23:59:59.999Z"_s});
}

QTEST_GUILESS_MAIN(tst_AssessmentStore)
#include "tst_AssessmentStore.moc"
