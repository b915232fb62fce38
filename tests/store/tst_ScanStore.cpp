#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include "StoreFixture.h"
#include "StoreTestUtils.h"
#include "TemplateFixtures.h"
#include "store/ScanStore.h"

using namespace Qt::StringLiterals;
using namespace greenlight;
using namespace greenlight::test;

namespace {

// The fixture rules: f1 and f2 belong to "r.a", f3 to "r.b" (see finding()).
const QStringList AllRules = {u"r.a"_s, u"r.b"_s};

QString sha256(const QString &text)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Finding finding(const QString &fingerprint, const QString &rule = {}, int line = 1)
{
    Finding f;
    f.fingerprint = fingerprint;
    f.ruleId = rule.isEmpty() ? (fingerprint == "f3"_L1 ? u"r.b"_s : u"r.a"_s) : rule;
    f.severity = Severity::High;
    f.title = u"Title of "_s + f.ruleId;
    f.message = u"message for "_s + fingerprint;
    f.location = {u"src/"_s + fingerprint + u".txt"_s, line, 3, line, 9};
    f.snippet = u"snippet "_s + fingerprint;
    f.fix = u"fix it"_s;
    return f;
}

ScanMetadata metadata(const QStringList &rules = AllRules, bool cancelled = false)
{
    ScanMetadata m;
    m.root = u"/srv/payments"_s;
    m.isGitRepository = true;
    m.gitHead = QString(40, u'a');
    m.gitBranch = u"main"_s;
    m.startedAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0, 0, 125), QTimeZone::utc());
    m.finishedAt = m.startedAt.addMSecs(1500);
    m.ruleSetVersion = u"3.0.0"_s;
    m.rulesRun = rules;
    m.filesScanned = 120;
    m.bytesScanned = 98765;
    m.filesSkipped = 2;
    m.cancelled = cancelled;
    return m;
}

// The payments assessment with checks: on some items, as the shipped templates carry them.
NewAssessment checkedPayments()
{
    NewAssessment a = StoreFixture::payments();
    QList<TemplateItem> &secrets = a.templates[0].sections[0].items;
    secrets[0].checks = {u"r.a"_s};                          // alpha:A-001
    secrets[1].checks = {u"r.b"_s, u"r.c"_s};                // A-002; r.c never runs here
    a.templates[0].sections[1].items[0].checks = {u"r.c"_s}; // only a rule that never runs
    a.templates[1].sections[0].items[1].checks = {u"r.b"_s}; // B-002
    return a;
}

} // namespace

// Scans and findings per assessment: the new / open / fixed life cycle, what a cancelled or
// partial scan may conclude, suggestions for items with checks:, and the schema 2 upgrade.
class tst_ScanStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void classifiesFindings_data();
    void classifiesFindings();
    void tracksScanIdsAndMetadata();
    void listsScansNewestFirst();
    void keepsWhatEachScanSaw();
    void refreshesDetailsAndKeepsSecretsHashed();
    void refusesBadInput();
    void storesDuplicateFingerprintsOnce();
    void appendsAuditEvent();
    void suggestsItemStatuses();
    void findsFindingsForItem();
    void migratesVersion1Store();
    void recordsBigBatchQuickly();

private:
    // Records a scan described as "f1 f2 | rules r.a | cancelled" (findings, then options).
    ScanRecord recordStep(const QString &step);
    QString states() const; // "f1=open f2=fixed"

    StoreFixture m_fx;
    std::unique_ptr<ScanStore> m_scans;
    qint64 m_assessment = 0;
};

void tst_ScanStore::init()
{
    auto opened = m_fx.openFresh();
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
    auto created = m_fx.store().createAssessment(checkedPayments(), StoreFixture::actor());
    QVERIFY2(created, qPrintable(created.errorMessage()));
    m_assessment = *created;
    m_scans = std::make_unique<ScanStore>(m_fx.db(), m_fx.clock());
}

void tst_ScanStore::cleanup()
{
    m_scans.reset();
    m_fx.close();
}

ScanRecord tst_ScanStore::recordStep(const QString &step)
{
    const QStringList parts = step.split(u'|');
    QList<Finding> found;
    for (const QString &fp : parts.first().split(u' ', Qt::SkipEmptyParts))
        found.append(finding(fp));
    QStringList rules = AllRules;
    bool cancelled = false;
    for (const QString &option : parts.mid(1)) {
        const QStringList words = option.split(u' ', Qt::SkipEmptyParts);
        if (words.value(0) == "rules"_L1)
            rules = words.mid(1);
        else if (words.value(0) == "cancelled"_L1)
            cancelled = true;
    }
    m_fx.clock().advanceSeconds(60);
    auto recorded = m_scans->recordScan(m_assessment, metadata(rules, cancelled), found, {});
    if (!recorded)
        qWarning("%s", qPrintable(recorded.errorMessage()));
    return recorded ? *recorded : ScanRecord{};
}

QString tst_ScanStore::states() const
{
    auto all = m_scans->findings(m_assessment, true);
    QStringList parts;
    for (const FindingRecord &record : *all)
        parts.append(record.finding.fingerprint + u'=' + findingStateKey(record.state));
    parts.sort();
    return parts.join(u' ');
}

void tst_ScanStore::classifiesFindings_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("expectedStates"); // findings(includeFixed): open + fixed now
    QTest::addColumn<QString>("lastCounts");     // new/open/fixed of the last scan

    QTest::newRow("first sighting is new")
            << QStringList{u"f1 f2 f3"_s} << u"f1=new f2=new f3=new"_s << u"3/0/0"_s;
    QTest::newRow("seen again is open") << QStringList{u"f1 f2 f3"_s, u"f1 f2 f3"_s}
                                        << u"f1=open f2=open f3=open"_s << u"0/3/0"_s;
    QTest::newRow("absent is fixed") << QStringList{u"f1 f2 f3"_s, u"f1 f3"_s}
                                     << u"f1=open f2=fixed f3=open"_s << u"0/2/1"_s;
    QTest::newRow("all gone") << QStringList{u"f1 f2 f3"_s, QString()}
                              << u"f1=fixed f2=fixed f3=fixed"_s << u"0/0/3"_s;
    QTest::newRow("fixed comes back as new")
            << QStringList{u"f1 f2"_s, u"f1"_s, u"f1 f2"_s} << u"f1=open f2=new"_s << u"1/1/0"_s;
    QTest::newRow("fixed earlier is not listed")
            << QStringList{u"f1 f2"_s, u"f1"_s, u"f1"_s} << u"f1=open"_s << u"0/1/0"_s;
    QTest::newRow("cancelled scan fixes nothing") << QStringList{u"f1 f2 f3"_s, u"f1 | cancelled"_s}
                                                  << u"f1=open f2=open f3=open"_s << u"0/1/0"_s;
    QTest::newRow("new in a cancelled scan, open after")
            << QStringList{u"f1 | cancelled"_s, u"f1"_s} << u"f1=open"_s << u"0/1/0"_s;
    QTest::newRow("rule not run keeps its findings")
            << QStringList{u"f1 f2 f3"_s, u"f1 | rules r.a"_s} << u"f1=open f2=fixed f3=open"_s
            << u"0/1/1"_s;
    QTest::newRow("no rules ran, nothing fixed")
            << QStringList{u"f1 f2"_s, u" | rules"_s} << u"f1=open f2=open"_s << u"0/0/0"_s;
    QTest::newRow("carried finding is no longer new")
            << QStringList{u"f1"_s, u"f3 | rules r.b"_s} << u"f1=open f3=new"_s << u"1/0/0"_s;
}

void tst_ScanStore::classifiesFindings()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, expectedStates);
    QFETCH(QString, lastCounts);

    ScanRecord last;
    for (const QString &step : std::as_const(steps)) {
        last = recordStep(step);
        QVERIFY(last.id > 0);
    }
    QCOMPARE(states(), expectedStates);
    QCOMPARE(u"%1/%2/%3"_s.arg(last.newCount).arg(last.openCount).arg(last.fixedCount), lastCounts);
    QCOMPARE(last.findingCount, last.newCount + last.openCount);
    // What recordScan returned is what the store keeps.
    auto latest = m_scans->latestScan(m_assessment);
    QVERIFY(latest && latest->has_value());
    QCOMPARE((*latest)->newCount, last.newCount);
    QCOMPARE((*latest)->fixedCount, last.fixedCount);
}

void tst_ScanStore::tracksScanIdsAndMetadata()
{
    const ScanRecord first = recordStep(u"f1 f2"_s);
    const ScanRecord second = recordStep(u"f1"_s);
    const ScanRecord third = recordStep(u"f1 f2"_s);

    auto all = m_scans->findings(m_assessment);
    QVERIFY2(all, qPrintable(all.errorMessage()));
    QCOMPARE(all->size(), 2);
    for (const FindingRecord &record : *all) {
        QCOMPARE(record.assessmentId, m_assessment);
        QCOMPARE(record.lastSeenScanId, third.id);
        QVERIFY(!record.fixedInScanId);
        // f1 stayed open throughout; f2 was fixed in the second scan and starts over.
        QCOMPARE(record.firstScanId, record.finding.fingerprint == "f1"_L1 ? first.id : third.id);
    }

    // The moment f2 was fixed, as the second scan left it.
    auto fixedNow = m_scans->recordScan(m_assessment, metadata(), {finding(u"f1"_s)}, {});
    QVERIFY(fixedNow);
    auto withFixed = m_scans->findings(m_assessment, true);
    QCOMPARE(withFixed->size(), 2);
    const FindingRecord &f2
            = withFixed->at(withFixed->at(0).finding.fingerprint == "f2"_L1 ? 0 : 1);
    QCOMPARE(f2.state, FindingState::Fixed);
    QCOMPARE(f2.fixedInScanId, std::optional<qint64>(fixedNow->id));
    QCOMPARE(f2.lastSeenScanId, third.id);
    QVERIFY(second.id > first.id);

    auto stored = m_scans->scan(first.id);
    QVERIFY2(stored, qPrintable(stored.errorMessage()));
    const ScanMetadata expected = metadata();
    const ScanMetadata &m = stored->metadata;
    QCOMPARE(stored->assessmentId, m_assessment);
    QCOMPARE(m.root, expected.root);
    QCOMPARE(m.isGitRepository, true);
    QCOMPARE(m.gitHead, expected.gitHead);
    QCOMPARE(m.gitBranch, u"main"_s);
    QCOMPARE(m.gitDirty, false);
    QCOMPARE(m.startedAt, expected.startedAt);
    QCOMPARE(m.finishedAt, expected.finishedAt);
    QCOMPARE(m.ruleSetVersion, u"3.0.0"_s);
    QCOMPARE(m.rulesRun, AllRules);
    QCOMPARE(m.filesScanned, 120);
    QCOMPARE(m.bytesScanned, 98765);
    QCOMPARE(m.filesSkipped, 2);
    QCOMPARE(m.cancelled, false);
    QCOMPARE(stored->newCount, 2);
    QCOMPARE(m_scans->scan(4242).error().code, Error::Code::NotFound);
}

void tst_ScanStore::listsScansNewestFirst()
{
    auto none = m_scans->latestScan(m_assessment);
    QVERIFY(none && !none->has_value());
    QCOMPARE(m_scans->scans(m_assessment)->size(), 0);

    const qint64 a = recordStep(u"f1"_s).id;
    const qint64 b = recordStep(u"f1 | cancelled"_s).id;
    m_fx.clock().advanceSeconds(-7200); // a clock set back does not reorder history
    const qint64 c = m_scans->recordScan(m_assessment, metadata(), {}, {})->id;

    auto list = m_scans->scans(m_assessment);
    QVERIFY(list);
    QList<qint64> ids;
    for (const ScanRecord &scan : *list)
        ids.append(scan.id);
    QCOMPARE(ids, (QList<qint64>{c, b, a}));
    QCOMPARE(list->at(1).metadata.cancelled, true);
    QCOMPARE((*m_scans->latestScan(m_assessment))->id, c);
    QCOMPARE(m_scans->scans(m_assessment + 99).error().code, Error::Code::NotFound);
}

void tst_ScanStore::keepsWhatEachScanSaw()
{
    const auto ofScan = [this](qint64 scanId) {
        auto found = m_scans->findingsOfScan(scanId);
        if (!found)
            return found.errorMessage();
        QStringList parts;
        for (const FindingRecord &record : *found)
            parts.append(record.finding.fingerprint + u'=' + findingStateKey(record.state));
        return parts.join(u' ');
    };
    const ScanRecord first = recordStep(u"f1 f2"_s);
    const ScanRecord second = recordStep(u"f1 f3"_s);
    const ScanRecord cancelled = recordStep(u"f3 | cancelled"_s);
    const ScanRecord fourth = recordStep(u"f2"_s);

    // An older scan keeps its own view, however later scans moved the findings on.
    QCOMPARE(ofScan(first.id), u"f1=new f2=new"_s);
    QCOMPARE(ofScan(second.id), u"f1=open f2=fixed f3=new"_s);
    QCOMPARE(ofScan(cancelled.id), u"f3=open"_s);
    QCOMPARE(ofScan(fourth.id), u"f1=fixed f2=new f3=fixed"_s);
    QCOMPARE(fourth.newCount, 1);
    QCOMPARE(fourth.fixedCount, 2);
    QCOMPARE(m_scans->findingsOfScan(4242).error().code, Error::Code::NotFound);
}

void tst_ScanStore::refreshesDetailsAndKeepsSecretsHashed()
{
    Finding secret = finding(u"s1"_s, u"secrets.aws-access-key"_s, 7);
    secret.severity = Severity::Critical;
    secret.snippet = u"aws_access_key_id = AKIA************"_s;
    secret.secretHash = sha256(u"AKIAIOSFODNN7EXAMPLE"_s);
    secret.itemKeys = {u"A-001"_s, u"B-002"_s};
    Finding low = finding(u"f1"_s);
    low.severity = Severity::Low;
    QVERIFY(m_scans->recordScan(m_assessment, metadata(), {low, secret}, {}));

    // Code above it moved: same fingerprint, new line; details follow the latest sighting.
    secret.location = {u"config/aws.ini"_s, 12, 21, 12, 41};
    secret.message = u"moved"_s;
    QVERIFY(m_fx.reopen());
    m_scans = std::make_unique<ScanStore>(m_fx.db(), m_fx.clock());
    QVERIFY(m_scans->recordScan(m_assessment, metadata(), {low, secret}, {}));

    auto all = m_scans->findings(m_assessment);
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    const Finding &stored = all->first().finding; // critical sorts first
    QCOMPARE(stored.ruleId, secret.ruleId);
    QCOMPARE(stored.severity, Severity::Critical);
    QCOMPARE(stored.title, secret.title);
    QCOMPARE(stored.message, u"moved"_s);
    QCOMPARE(stored.location.path, u"config/aws.ini"_s);
    QCOMPARE(stored.location.line, 12);
    QCOMPARE(stored.location.column, 21);
    QCOMPARE(stored.location.endLine, 12);
    QCOMPARE(stored.location.endColumn, 41);
    QCOMPARE(stored.snippet, secret.snippet);
    QCOMPARE(stored.fix, secret.fix);
    QCOMPARE(stored.itemKeys, secret.itemKeys);
    QCOMPARE(stored.secretHash, secret.secretHash);
    QCOMPARE(stored.fingerprint, u"s1"_s);
    QCOMPARE(all->first().state, FindingState::Open);
    QCOMPARE(all->last().finding.secretHash, QString());
}

void tst_ScanStore::refusesBadInput()
{
    const QString clear = u"ghp_R3alT0kenValue0000000000000000000000"_s;
    Finding leaked = finding(u"f1"_s, u"secrets.github-token"_s);
    leaked.secretHash = clear; // the secret in the wrong field: refused, never written
    auto refused = m_scans->recordScan(m_assessment, metadata(), {finding(u"f2"_s), leaked}, {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::InvalidArgument);
    QVERIFY2(!refused.errorMessage().contains(clear), qPrintable(refused.errorMessage()));
    QCOMPARE(m_scans->scans(m_assessment)->size(), 0);
    m_fx.close();
    for (const QString &file : {m_fx.path(), m_fx.path() + u"-wal"_s}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            QVERIFY2(!f.readAll().contains(clear.toUtf8()), qPrintable(file));
    }
    QVERIFY(m_fx.reopen());
    m_scans = std::make_unique<ScanStore>(m_fx.db(), m_fx.clock());

    Finding unnamed = finding(u"f1"_s);
    unnamed.fingerprint.clear();
    QCOMPARE(m_scans->recordScan(m_assessment, metadata(), {unnamed}, {}).error().code,
             Error::Code::InvalidArgument);
    QCOMPARE(m_scans->recordScan(4242, metadata(), {finding(u"f1"_s)}, {}).error().code,
             Error::Code::NotFound);
    QVERIFY(m_fx.store().deleteAssessment(m_assessment, {}));
    QCOMPARE(m_scans->recordScan(m_assessment, metadata(), {}, {}).error().code,
             Error::Code::NotFound);
    QCOMPARE(m_scans->findings(m_assessment).error().code, Error::Code::NotFound);
}

void tst_ScanStore::storesDuplicateFingerprintsOnce()
{
    const ScanRecord scan = m_scans->recordScan(m_assessment,
                                                metadata(),
                                                {finding(u"f1"_s), finding(u"f1"_s, {}, 9)},
                                                {})
                                    .value();
    QCOMPARE(scan.newCount, 1);
    auto all = m_scans->findings(m_assessment);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().finding.location.line, 1); // the first report wins
}

void tst_ScanStore::appendsAuditEvent()
{
    recordStep(u"f1 f2"_s);
    m_fx.clock().advanceSeconds(5);
    auto second = m_scans->recordScan(
            m_assessment, metadata(), {finding(u"f1"_s), finding(u"f3"_s)}, u"erin"_s);
    QVERIFY(second);

    auto events = m_fx.store().auditEvents(m_assessment);
    QVERIFY(events);
    QCOMPARE(events->size(), 3); // assessment.created + two scans
    const AuditEvent &event = events->last();
    QCOMPARE(event.action, u"scan.recorded"_s);
    QCOMPARE(event.actor, u"erin"_s);
    QCOMPARE(event.at, m_fx.clock().now());
    QVERIFY(!event.itemId);
    const QJsonObject summary = QJsonDocument::fromJson(event.newValue.toUtf8()).object();
    QCOMPARE(summary.value(u"scan"_s).toInteger(), second->id);
    QCOMPARE(summary.value(u"new"_s).toInt(), 1);
    QCOMPARE(summary.value(u"open"_s).toInt(), 1);
    QCOMPARE(summary.value(u"fixed"_s).toInt(), 1);
    QCOMPARE(summary.value(u"cancelled"_s).toBool(), false);
    QCOMPARE(events->at(1).actor, u"tester"_s); // blank actor: the current user
}

void tst_ScanStore::suggestsItemStatuses()
{
    QCOMPARE(m_scans->suggestions(m_assessment)->size(), 0); // no scan, no suggestion

    const ScanRecord first = recordStep(u"f1 f2"_s); // r.a fails, r.b passes
    auto suggestions = m_scans->suggestions(m_assessment);
    QVERIFY2(suggestions, qPrintable(suggestions.errorMessage()));
    QStringList summary;
    for (const ItemSuggestion &s : *suggestions) {
        summary.append(u"%1:%2=%3(%4;%5)"_s
                               .arg(s.templateId,
                                    s.itemKey,
                                    itemStatusKey(s.suggested),
                                    s.ruleIds.join(u','))
                               .arg(s.openFindings));
        QCOMPARE(s.scanId, first.id);
        QCOMPARE(s.itemId, m_fx.itemId(m_assessment, s.templateId + u':' + s.itemKey));
    }
    // A-004 checks only r.c, which never ran: no suggestion; items without checks: neither.
    QCOMPARE(summary,
             (QStringList{u"alpha:A-001=failed(r.a;2)"_s,
                          u"alpha:A-002=passed(r.b;0)"_s,
                          u"beta:B-002=passed(r.b;0)"_s}));

    // A cancelled scan cannot vouch for a pass: suggestions still come from the first scan,
    // though they count the open finding it saw.
    recordStep(u"f3 | cancelled"_s);
    suggestions = m_scans->suggestions(m_assessment);
    QCOMPARE(suggestions->size(), 3);
    QCOMPARE(suggestions->at(1).suggested, ItemStatus::Failed);
    QCOMPARE(suggestions->at(1).scanId, first.id);

    // Only r.b ran: A-001 (r.a) gets no suggestion, and the fixed f3 passes A-002.
    const ScanRecord partial = recordStep(u" | rules r.b"_s);
    suggestions = m_scans->suggestions(m_assessment);
    QCOMPARE(suggestions->size(), 2);
    QCOMPARE(suggestions->at(0).itemKey, u"A-002"_s);
    QCOMPARE(suggestions->at(0).suggested, ItemStatus::Passed);
    QCOMPARE(suggestions->at(0).scanId, partial.id);

    // Suggestions only: no item status changed behind the user's back.
    const auto items = m_fx.store().items(m_assessment);
    QVERIFY(items);
    for (const ItemRecord &item : *items)
        QCOMPARE(item.status, ItemStatus::NotStarted);
}

void tst_ScanStore::findsFindingsForItem()
{
    Finding mapped = finding(u"f9"_s, u"r.z"_s); // a rule no item checks, mapped by the engine
    mapped.itemKeys = {u"A-004"_s};
    QVERIFY(m_scans->recordScan(
            m_assessment, metadata(), {finding(u"f1"_s), finding(u"f3"_s), mapped}, {}));

    const auto fingerprints = [this](const QString &key) {
        QStringList list;
        auto found = m_scans->findingsForItem(m_assessment, key);
        if (!found)
            return QStringList{found.errorMessage()};
        for (const FindingRecord &record : *found)
            list.append(record.finding.fingerprint);
        list.sort();
        return list;
    };
    QCOMPARE(fingerprints(u"alpha:A-001"_s), QStringList{u"f1"_s}); // checks r.a
    QCOMPARE(fingerprints(u"beta:A-001"_s), QStringList());         // no checks
    QCOMPARE(fingerprints(u"A-001"_s), QStringList{u"f1"_s});       // both templates' A-001
    QCOMPARE(fingerprints(u"A-002"_s), QStringList{u"f3"_s});       // checks r.b
    QCOMPARE(fingerprints(u"A-004"_s), QStringList{u"f9"_s});       // by itemKeys
    QCOMPARE(m_scans->findingsForItem(m_assessment, u"Z-999"_s).error().code,
             Error::Code::NotFound);

    recordStep(u"f3"_s); // fixes f1; r.z did not run, so f9 stays open
    QCOMPARE(fingerprints(u"A-001"_s), QStringList());
    QCOMPARE(fingerprints(u"A-004"_s), QStringList{u"f9"_s});
}

void tst_ScanStore::migratesVersion1Store()
{
    // A schema 1 store as issue 2 wrote it: migration 2 only adds tables (and their
    // indexes), so dropping them and resetting user_version yields exactly the old file.
    const qint64 assessment = m_assessment;
    const qint64 a002 = m_fx.itemId(assessment, u"A-002"_s);
    QVERIFY(m_fx.store().updateItem(a002, {ItemStatus::Failed, u"dana"_s, {}}, u"erin"_s));
    QStringList v1Objects;
    m_scans.reset();
    m_fx.close();
    withRawConnection(m_fx.path(), [&](QSqlDatabase &c) {
        downgradeToSchema2(c);
        QCOMPARE(rawQuery(c, u"DROP TABLE scan_finding"_s), QStringList());
        QCOMPARE(rawQuery(c, u"DROP TABLE finding"_s), QStringList());
        QCOMPARE(rawQuery(c, u"DROP TABLE scan"_s), QStringList());
        QCOMPARE(rawQuery(c, u"PRAGMA user_version = 1"_s), QStringList());
        v1Objects = rawQuery(c, u"SELECT name || ':' || sql FROM sqlite_master ORDER BY name"_s);
    });
    QVERIFY(!v1Objects.join(u' ').contains(u"scan"_s));

    auto reopened = m_fx.reopen();
    QVERIFY2(reopened, qPrintable(reopened.errorMessage()));
    QCOMPARE(m_fx.db().schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 2);

    // Data intact, schema 1 objects untouched, and the new tables work.
    QCOMPARE(m_fx.store().assessment(assessment)->name, u"Payments 2.4"_s);
    QCOMPARE(m_fx.store().items(assessment)->size(), 7);
    const ItemRecord item = m_fx.store().item(a002).value();
    QCOMPARE(item.status, ItemStatus::Failed);
    QCOMPARE(item.owner, u"dana"_s);
    QCOMPARE(m_fx.store().auditEvents(assessment)->size(), 3);
    QStringList after;
    withRawConnection(m_fx.path(), [&](QSqlDatabase &c) {
        after = rawQuery(c, u"SELECT name || ':' || sql FROM sqlite_master ORDER BY name"_s);
    });
    // audit_event itself is the exception: schema 3 adds its hash columns.
    for (const QString &object : std::as_const(v1Objects)) {
        if (!object.startsWith(u"audit_event:"_s))
            QVERIFY2(after.contains(object), qPrintable(object));
    }
    QVERIFY(after.size() > v1Objects.size());

    m_scans = std::make_unique<ScanStore>(m_fx.db(), m_fx.clock());
    const ScanRecord scan = recordStep(u"f1"_s);
    QCOMPARE(scan.newCount, 1);
    QCOMPARE(m_scans->suggestions(assessment)->size(), 3);
}

void tst_ScanStore::recordsBigBatchQuickly()
{
    constexpr int Count = 5000;
    QList<Finding> batch;
    batch.reserve(Count);
    for (int i = 0; i < Count; ++i) {
        Finding f = finding(u"big-%1"_s.arg(i), i % 2 ? u"r.a"_s : u"r.b"_s, i + 1);
        f.itemKeys = {u"A-001"_s};
        batch.append(f);
    }
    QElapsedTimer timer;
    timer.start();
    auto first = m_scans->recordScan(m_assessment, metadata(), batch, {});
    const qint64 insertMs = timer.restart();
    QVERIFY2(first, qPrintable(first.errorMessage()));
    QCOMPARE(first->newCount, Count);

    batch.resize(Count - 100); // the last hundred were fixed
    auto second = m_scans->recordScan(m_assessment, metadata(), batch, {});
    const qint64 updateMs = timer.restart();
    QVERIFY(second);
    QCOMPARE(second->openCount, Count - 100);
    QCOMPARE(second->fixedCount, 100);
    auto open = m_scans->findings(m_assessment);
    const qint64 readMs = timer.elapsed();
    QCOMPARE(open->size(), Count - 100);
    qInfo("%d findings: recorded in %lld ms, re-recorded (100 fixed) in %lld ms, read in %lld ms",
          Count,
          insertMs,
          updateMs,
          readMs);
    // One transaction each: generous bounds for a loaded CI machine; fsync per row would
    // take minutes.
    QVERIFY2(insertMs < 10000, qPrintable(QString::number(insertMs)));
    QVERIFY2(updateMs < 10000, qPrintable(QString::number(updateMs)));
}

QTEST_GUILESS_MAIN(tst_ScanStore)
#include "tst_ScanStore.moc"
