#include <QSqlDatabase>
#include <QTest>

#include "StoreFixture.h"
#include "StoreTestUtils.h"
#include "store/AuditChain.h"
#include "store/ChainVerifier.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using namespace greenlight::test;

// The audit hash chain: every write links to the one before, and any edit a raw SQL user can
// make once the append-only triggers are gone is reported at the exact row.
class tst_ChainVerifier : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void freshStoreIsIntact();
    void eachEventLinksToThePreviousOne();
    void tamperIsReportedAtTheExactRow_data();
    void tamperIsReportedAtTheExactRow();
    void migrationChainsExistingRows();

private:
    // Writes 1 + 4 events: assessment.created and four item edits.
    qint64 fillEvents();
    ChainReport verify();

    StoreFixture m_fx;
};

void tst_ChainVerifier::init()
{
    auto opened = m_fx.openFresh();
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
}

void tst_ChainVerifier::cleanup()
{
    m_fx.close();
}

qint64 tst_ChainVerifier::fillEvents()
{
    const qint64 id = m_fx.createPayments();
    const qint64 a1 = m_fx.itemId(id, u"A-002"_s);
    const qint64 a2 = m_fx.itemId(id, u"A-003"_s);
    m_fx.edit(a1, {ItemStatus::Failed, u"dana"_s, {}}); // status + owner: two events
    m_fx.clock().advanceSeconds(5);
    m_fx.edit(a2, {ItemStatus::Passed, {}, {}});
    m_fx.edit(a2, {{}, {}, u"checked by hand"_s});
    return id;
}

ChainReport tst_ChainVerifier::verify()
{
    auto report = ChainVerifier::verify(m_fx.db().connection());
    if (!report) {
        qWarning("%s", qPrintable(report.errorMessage()));
        return {};
    }
    return *report;
}

void tst_ChainVerifier::freshStoreIsIntact()
{
    const ChainReport report = verify();
    QVERIFY(report.intact);
    QCOMPARE(report.eventsChecked, 0);
    QCOMPARE(report.headHash, AuditChain::genesisHash());
}

void tst_ChainVerifier::eachEventLinksToThePreviousOne()
{
    fillEvents();
    const ChainReport report = verify();
    QVERIFY2(report.intact, qPrintable(report.problem));
    QCOMPARE(report.eventsChecked, 5);
    QCOMPARE(report.firstBrokenId, 0);

    QStringList links;
    withRawConnection(m_fx.path(), [&](QSqlDatabase &c) {
        links = rawQuery(c,
                         u"SELECT prev_hash || ' ' || entry_hash FROM audit_event ORDER BY id"_s);
    });
    QCOMPARE(links.size(), 5);
    QString previous = AuditChain::genesisHash();
    for (const QString &link : std::as_const(links)) {
        const QStringList parts = link.split(u' ');
        QCOMPARE(parts.at(0), previous);
        QCOMPARE(parts.at(1).size(), 64);
        previous = parts.at(1);
    }
    QCOMPARE(report.headHash, previous);
    QCOMPARE(*ChainVerifier::head(m_fx.db().connection()), previous);
}

void tst_ChainVerifier::tamperIsReportedAtTheExactRow_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("brokenId");
    QTest::addColumn<QString>("problemPart");

    QTest::newRow("actor edited") << u"UPDATE audit_event SET actor = 'mallory' WHERE id = 3"_s
                                  << qint64(3) << u"altered"_s;
    QTest::newRow("value edited") << u"UPDATE audit_event SET new_value = 'passed' WHERE id = 2"_s
                                  << qint64(2) << u"altered"_s;
    QTest::newRow("NULL made empty")
            << u"UPDATE audit_event SET old_value = '' WHERE id = 1"_s << qint64(1) << u"altered"_s;
    QTest::newRow("time edited")
            << u"UPDATE audit_event SET occurred_at = '2020-01-01T00:00:00.000Z' WHERE id = 5"_s
            << qint64(5) << u"altered"_s;
    QTest::newRow("middle deleted") << u"DELETE FROM audit_event WHERE id = 3"_s << qint64(4)
                                    << u"does not link to event 2"_s;
    QTest::newRow("first deleted") << u"DELETE FROM audit_event WHERE id = 1"_s << qint64(2)
                                   << u"does not start the chain"_s;
}

void tst_ChainVerifier::tamperIsReportedAtTheExactRow()
{
    QFETCH(QString, sql);
    QFETCH(qint64, brokenId);
    QFETCH(QString, problemPart);
    fillEvents();
    QVERIFY(verify().intact);
    m_fx.close();

    withRawConnection(m_fx.path(), [&](QSqlDatabase &c) {
        // Refused while the triggers stand...
        QVERIFY(rawQuery(c, sql).value(0).startsWith(u"ERROR: "_s));
        // ...and an attacker with the file simply drops them.
        QCOMPARE(rawQuery(c, u"DROP TRIGGER audit_event_no_update"_s), QStringList());
        QCOMPARE(rawQuery(c, u"DROP TRIGGER audit_event_no_delete"_s), QStringList());
        QCOMPARE(rawQuery(c, sql), QStringList());
    });
    QVERIFY(m_fx.reopen());
    const ChainReport report = verify();
    QVERIFY(!report.intact);
    QCOMPARE(report.firstBrokenId, brokenId);
    QVERIFY2(report.problem.contains(problemPart), qPrintable(report.problem));
    QVERIFY2(report.problem.contains(QString::number(brokenId)), qPrintable(report.problem));
}

void tst_ChainVerifier::migrationChainsExistingRows()
{
    const qint64 id = fillEvents();
    m_fx.close();
    withRawConnection(m_fx.path(), [&](QSqlDatabase &c) { downgradeToSchema2(c); });
    QVERIFY(m_fx.reopen());
    QCOMPARE(m_fx.db().schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(m_fx.store().auditEvents(id)->size(), 5);

    ChainReport report = verify();
    QVERIFY2(report.intact, qPrintable(report.problem));
    QCOMPARE(report.eventsChecked, 5);

    // New events continue the migrated chain, and the triggers are back.
    m_fx.edit(m_fx.itemId(id, u"A-004"_s), {ItemStatus::Passed, {}, {}});
    report = verify();
    QVERIFY2(report.intact, qPrintable(report.problem));
    QCOMPARE(report.eventsChecked, 6);
    m_fx.close();
    withRawConnection(m_fx.path(), [&](QSqlDatabase &c) {
        QVERIFY(rawQuery(c, u"UPDATE audit_event SET actor = 'x'"_s)
                        .value(0)
                        .contains(u"append-only"_s));
    });
}

QTEST_GUILESS_MAIN(tst_ChainVerifier)
#include "tst_ChainVerifier.moc"
