#include <csignal>

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include "StoreFixture.h"
#include "StoreTestUtils.h"
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace greenlight;
using namespace greenlight::test;

// The audit trail as AssessmentStore writes it: one event per changed field, none for a
// no-op, rows nobody can UPDATE or DELETE, and no trace of a change that failed to commit.
class tst_AuditLog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void updatesItemWithOneEventPerField();
    void noOpUpdateWritesNothing();
    void refusesBadItemUpdates();
    void auditEventsAreAppendOnly_data();
    void auditEventsAreAppendOnly();
    void lockedWriteFailsCleanly();
    void fullDiskFailsCleanly();

private:
    StoreFixture m_fx;
};

void tst_AuditLog::init()
{
    auto opened = m_fx.openFresh();
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
}

void tst_AuditLog::cleanup()
{
    m_fx.close();
    Database::setBusyTimeoutOverride(0);
}

void tst_AuditLog::updatesItemWithOneEventPerField()
{
    const qint64 id = m_fx.createPayments();
    const ItemRecord before = m_fx.itemByKey(id, u"A-002"_s);
    m_fx.clock().advanceSeconds(30);

    auto updated = m_fx.store().updateItem(
            before.id, {ItemStatus::Failed, u" dana "_s, u"Vault not wired"_s}, u"erin"_s);
    QVERIFY2(updated, qPrintable(updated.errorMessage()));
    QCOMPARE(updated->status, ItemStatus::Failed);
    QCOMPARE(updated->owner, u"dana"_s);
    QCOMPARE(updated->note, u"Vault not wired"_s);
    QCOMPARE(updated->updatedAt, m_fx.clock().now());
    QCOMPARE(updated->updatedBy, u"erin"_s);

    auto stored = m_fx.store().item(before.id);
    QVERIFY(stored);
    QCOMPARE(stored->status, ItemStatus::Failed);
    QCOMPARE(stored->owner, u"dana"_s);
    QCOMPARE(stored->updatedAt, updated->updatedAt);

    auto events = m_fx.store().auditEvents(id, before.id);
    QVERIFY(events);
    QCOMPARE(events->size(), 3);
    const QStringList fields = {u"status"_s, u"owner"_s, u"note"_s};
    const QStringList olds = {u"not_started"_s, QString(), QString()};
    const QStringList news = {u"failed"_s, u"dana"_s, u"Vault not wired"_s};
    for (int i = 0; i < 3; ++i) {
        const AuditEvent &event = events->at(i);
        QCOMPARE(event.action, u"item.updated"_s);
        QCOMPARE(event.itemId, std::optional<qint64>(before.id));
        QCOMPARE(event.assessmentId, id);
        QCOMPARE(event.field, fields[i]);
        QCOMPARE(event.oldValue, olds[i]);
        QCOMPARE(event.newValue, news[i]);
        QCOMPARE(event.actor, u"erin"_s);
        QCOMPARE(event.at, m_fx.clock().now());
    }

    // Only what changes is written and audited.
    m_fx.clock().advanceSeconds(30);
    auto second = m_fx.store().updateItem(
            before.id, {ItemStatus::Failed, u"dana"_s, u"Vault wired, test red"_s}, u"frank"_s);
    QVERIFY(second);
    events = m_fx.store().auditEvents(id, before.id);
    QCOMPARE(events->size(), 4);
    QCOMPARE(events->last().field, u"note"_s);
    QCOMPARE(events->last().oldValue, u"Vault not wired"_s);
    QCOMPARE(events->last().newValue, u"Vault wired, test red"_s);
    QCOMPARE(second->updatedBy, u"frank"_s);

    // Other items are untouched and the assessment trail holds everything in order.
    QCOMPARE(m_fx.itemByKey(id, u"A-003"_s).status, ItemStatus::NotStarted);
    QCOMPARE(m_fx.store().auditEvents(id)->size(), 5);
}

void tst_AuditLog::noOpUpdateWritesNothing()
{
    const qint64 id = m_fx.createPayments();
    const ItemRecord item = m_fx.itemByKey(id, u"alpha:A-001"_s);
    QVERIFY(m_fx.store().updateItem(item.id, {ItemStatus::Passed, {}, {}}, u"erin"_s));
    const ItemRecord after = *m_fx.store().item(item.id);
    const qsizetype events = m_fx.store().auditEvents(id)->size();

    m_fx.clock().advanceSeconds(60);
    for (const ItemEdit &edit : {ItemEdit{},
                                 ItemEdit{ItemStatus::Passed, {}, {}},
                                 ItemEdit{ItemStatus::Passed, QString(), QString()}}) {
        auto result = m_fx.store().updateItem(item.id, edit, u"someone-else"_s);
        QVERIFY(result);
        QCOMPARE(result->updatedAt, after.updatedAt);
    }
    QCOMPARE(m_fx.store().auditEvents(id)->size(), events);
    QCOMPARE(m_fx.store().item(item.id)->updatedBy, u"erin"_s);
    QCOMPARE(m_fx.store().item(item.id)->updatedAt, after.updatedAt);
}

void tst_AuditLog::refusesBadItemUpdates()
{
    const qint64 id = m_fx.createPayments();
    auto missing = m_fx.store().updateItem(424242, {ItemStatus::Passed, {}, {}}, u"erin"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);

    const ItemRecord item = m_fx.itemByKey(id, u"alpha:A-001"_s);
    auto unknown = m_fx.store().updateItem(item.id, {ItemStatus(42), {}, {}}, u"erin"_s);
    QCOMPARE(unknown.error().code, Error::Code::InvalidArgument);
    auto huge = m_fx.store().updateItem(item.id, {{}, {}, QString(200000, u'x')}, u"erin"_s);
    QCOMPARE(huge.error().code, Error::Code::InvalidArgument);
    QCOMPARE(m_fx.store().auditEvents(id)->size(), 1);
}

void tst_AuditLog::auditEventsAreAppendOnly_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("update one") << u"UPDATE audit_event SET actor = 'mallory' WHERE id = %1"_s;
    QTest::newRow("update all") << u"UPDATE audit_event SET new_value = 'passed'"_s;
    QTest::newRow("delete one") << u"DELETE FROM audit_event WHERE id = %1"_s;
    QTest::newRow("delete all") << u"DELETE FROM audit_event"_s;
}

void tst_AuditLog::auditEventsAreAppendOnly()
{
    QFETCH(QString, sql);
    const qint64 id = m_fx.createPayments();
    const ItemRecord item = m_fx.itemByKey(id, u"A-004"_s);
    QVERIFY(m_fx.store().updateItem(item.id, {ItemStatus::Failed, u"gina"_s, {}}, u"erin"_s));
    const QList<AuditEvent> before = *m_fx.store().auditEvents(id);
    QCOMPARE(before.size(), 3);

    QSqlQuery query(m_fx.db().connection());
    QVERIFY(!query.exec(sql.contains(u"%1"_s) ? sql.arg(before.at(1).id) : sql));
    QVERIFY2(query.lastError().text().contains(u"audit events are append-only"_s),
             qPrintable(query.lastError().text()));

    const QList<AuditEvent> after = *m_fx.store().auditEvents(id);
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(after[i].id, before[i].id);
        QCOMPARE(after[i].actor, before[i].actor);
        QCOMPARE(after[i].newValue, before[i].newValue);
        QCOMPARE(after[i].at, before[i].at);
    }
}

void tst_AuditLog::lockedWriteFailsCleanly()
{
    Database::setBusyTimeoutOverride(200);
    auto reopened = m_fx.reopen(); // picks up the short timeout
    QVERIFY2(reopened, qPrintable(reopened.errorMessage()));
    const qint64 id = m_fx.createPayments();
    const ItemRecord item = m_fx.itemByKey(id, u"alpha:A-001"_s);

    withRawConnection(m_fx.path(), [&](QSqlDatabase &other) {
        QVERIFY(rawQuery(other, u"BEGIN IMMEDIATE"_s).isEmpty()); // another writer
        QVERIFY(rawQuery(other, u"UPDATE assessment SET repo_path = 'x'"_s).isEmpty());

        auto edit = m_fx.store().updateItem(item.id, {ItemStatus::Passed, {}, {}}, u"erin"_s);
        QVERIFY(!edit);
        QCOMPARE(edit.error().code, Error::Code::Locked);
        QCOMPARE(edit.errorMessage(), u"could not save item status: database is locked"_s);

        // Readers are not blocked (WAL), and a second window can still open the store.
        QCOMPARE(m_fx.store().item(item.id)->status, ItemStatus::NotStarted);
        auto second = Database::open(m_fx.path(), Database::Mode::ExistingOnly);
        QVERIFY2(second, qPrintable(second.errorMessage()));
        rawQuery(other, u"ROLLBACK"_s);
    });

    QCOMPARE(m_fx.store().item(item.id)->status, ItemStatus::NotStarted);
    QCOMPARE(m_fx.store().auditEvents(id)->size(), 1);
    QVERIFY(m_fx.store().updateItem(item.id, {ItemStatus::Passed, {}, {}}, u"erin"_s));
    QCOMPARE(m_fx.store().auditEvents(id)->size(), 2);
}

void tst_AuditLog::fullDiskFailsCleanly()
{
    const qint64 id = m_fx.createPayments();
    const ItemRecord item = m_fx.itemByKey(id, u"A-005"_s);
    QVERIFY(m_fx.store().updateItem(item.id, {ItemStatus::InProgress, {}, u"before"_s}, u"erin"_s));

    // A file-size limit of one byte makes every write fail the way a full disk does.
    rlimit original{};
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &original), 0);
    auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit tiny = original;
    tiny.rlim_cur = 1;
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &tiny), 0);
    auto edit = m_fx.store().updateItem(item.id, {ItemStatus::Passed, {}, u"after"_s}, u"erin"_s);
    ::setrlimit(RLIMIT_FSIZE, &original);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!edit);
    QCOMPARE(edit.error().code, Error::Code::Io);
    QVERIFY2(edit.errorMessage().startsWith(u"could not save the item changes: "_s),
             qPrintable(edit.errorMessage()));
    QVERIFY2(edit.errorMessage().contains(m_fx.path()), qPrintable(edit.errorMessage()));
    qInfo("%s", qPrintable(edit.errorMessage()));

    // Nothing of the failed change stuck, and the store carries on.
    QCOMPARE(m_fx.store().item(item.id)->status, ItemStatus::InProgress);
    QCOMPARE(m_fx.store().item(item.id)->note, u"before"_s);
    QCOMPARE(m_fx.store().auditEvents(id)->size(), 3);
    QVERIFY(m_fx.store().updateItem(item.id, {ItemStatus::Passed, {}, u"after"_s}, u"erin"_s));

    auto reopened = m_fx.reopen();
    QVERIFY2(reopened, qPrintable(reopened.errorMessage()));
    QCOMPARE(m_fx.store().item(item.id)->note, u"after"_s);
    QCOMPARE(m_fx.store().auditEvents(id)->size(), 5);
}

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_AuditLog.moc"
