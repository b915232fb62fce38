#include "ScanStore.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include "AuditLog.h"
#include "Database.h"
#include "ScanCodec.h"
#include "ScanRecorder.h"
#include "SqlQuery.h"
#include "StoreCodec.h"
#include "StoreQueries.h"
#include "domain/Clock.h"
#include "domain/Identity.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::ScanStore)
};

QString actorOrCurrent(const QString &actor)
{
    const QString trimmed = actor.trimmed();
    return trimmed.isEmpty() ? currentActor() : trimmed;
}

// "Now" at the stored precision, so a returned record equals the one read back later.
QDateTime storedNow(const Clock &clock)
{
    return StoreCodec::timestampFromText(StoreCodec::timestampText(clock.now()));
}

// What the audit trail says about a scan: machine-readable, so reports can quote it.
QString auditSummary(const ScanRecord &scan)
{
    const QJsonObject summary{{u"scan"_s, scan.id},
                              {u"new"_s, scan.newCount},
                              {u"open"_s, scan.openCount},
                              {u"fixed"_s, scan.fixedCount},
                              {u"cancelled"_s, scan.metadata.cancelled}};
    return QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact));
}

Result<QList<FindingRecord>> readFindings(SqlQuery &select, const QString &operation)
{
    if (auto executed = select.exec(operation); !executed)
        return executed.error();
    QList<FindingRecord> list;
    while (select.next()) {
        auto record = ScanCodec::findingFromRow(select);
        if (!record)
            return record.error();
        list.append(std::move(record).value());
    }
    select.finish();
    // SQL sorted by place; severity keys do not sort as text, so rank them here (stable).
    std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        return a.finding.severity < b.finding.severity;
    });
    return list;
}

} // namespace

ScanStore::ScanStore(Database &database, const Clock &clock)
    : m_db(database)
    , m_clock(clock)
{}

QString ScanStore::databasePath() const
{
    return m_db.path();
}

Result<ScanRecord> ScanStore::recordScan(qint64 assessmentId,
                                         const ScanMetadata &metadata,
                                         const QList<Finding> &findings,
                                         const QString &actor)
{
    auto checked = ScanRecorder::checkedFindings(findings);
    if (!checked)
        return checked.error();
    const QString who = actorOrCurrent(actor);
    const QDateTime now = storedNow(m_clock);
    const QString operation = Text::tr("could not record the scan of %1").arg(metadata.root);
    const QSqlDatabase connection = m_db.connection();

    ScanRecord recorded;
    auto done = m_db.transaction(operation, [&]() -> Result<void> {
        if (auto exists = StoreQueries::requireAssessment(connection, assessmentId, false); !exists)
            return exists;
        auto scanId = ScanRecorder(connection, operation)
                              .record(assessmentId, metadata, *checked, now, who);
        if (!scanId)
            return scanId.error();
        auto record = scan(*scanId);
        if (!record)
            return record.error();
        recorded = *record;

        AuditEvent event;
        event.assessmentId = assessmentId;
        event.at = now;
        event.actor = who;
        event.action = u"scan.recorded"_s;
        event.newValue = auditSummary(recorded);
        return AuditLog(connection).append(event, operation);
    });
    if (!done)
        return done.error();
    return recorded;
}

Result<QList<ScanRecord>> ScanStore::scans(qint64 assessmentId) const
{
    const QSqlDatabase connection = m_db.connection();
    if (auto exists = StoreQueries::requireAssessment(connection, assessmentId, false); !exists)
        return exists.error();
    // Insertion order is the true order: a clock may step backwards, ids never do.
    SqlQuery select(connection,
                    u"SELECT "_s + ScanCodec::scanColumns()
                            + u" FROM scan WHERE assessment_id = ? ORDER BY id DESC"_s);
    select.bind(assessmentId);
    auto executed
            = select.exec(Text::tr("could not list the scans of assessment %1").arg(assessmentId));
    if (!executed)
        return executed.error();
    QList<ScanRecord> list;
    while (select.next())
        list.append(ScanCodec::scanFromRow(select));
    return list;
}

Result<ScanRecord> ScanStore::scan(qint64 scanId) const
{
    SqlQuery select(m_db.connection(),
                    u"SELECT "_s + ScanCodec::scanColumns() + u" FROM scan WHERE id = ?"_s);
    select.bind(scanId);
    auto executed = select.exec(Text::tr("could not load scan %1").arg(scanId));
    if (!executed)
        return executed.error();
    if (!select.next())
        return Error::make(Error::Code::NotFound,
                           Text::tr("there is no scan with id %1").arg(scanId));
    ScanRecord record = ScanCodec::scanFromRow(select);
    select.finish();
    return record;
}

Result<std::optional<ScanRecord>> ScanStore::latestScan(qint64 assessmentId) const
{
    auto all = scans(assessmentId);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return std::optional<ScanRecord>();
    return std::optional<ScanRecord>(all->first());
}

Result<QList<FindingRecord>> ScanStore::findings(qint64 assessmentId, bool includeFixed) const
{
    const QSqlDatabase connection = m_db.connection();
    if (auto exists = StoreQueries::requireAssessment(connection, assessmentId, false); !exists)
        return exists.error();
    QString sql = u"SELECT "_s + ScanCodec::findingColumns()
                  + u" FROM finding WHERE assessment_id = ? AND (state <> ?"_s;
    if (includeFixed)
        sql += u" OR fixed_in_scan_id = (SELECT MAX(id) FROM scan WHERE assessment_id = ?)"_s;
    sql += u") ORDER BY path, line, col, rule_id, id"_s;
    SqlQuery select(connection, sql);
    select.bind(assessmentId).bind(findingStateKey(FindingState::Fixed));
    if (includeFixed)
        select.bind(assessmentId);
    return readFindings(select,
                        Text::tr("could not load the findings of assessment %1").arg(assessmentId));
}

Result<QList<FindingRecord>> ScanStore::findingsOfScan(qint64 scanId) const
{
    if (auto exists = scan(scanId); !exists)
        return exists.error();
    SqlQuery select(m_db.connection(),
                    u"SELECT "_s + ScanCodec::findingColumnsOfScan()
                            + u" FROM scan_finding sf JOIN finding f ON f.id = sf.finding_id"
                              " WHERE sf.scan_id = ? ORDER BY f.path, f.line, f.col, f.rule_id,"
                              " f.id"_s);
    select.bind(scanId);
    return readFindings(select, Text::tr("could not load the findings of scan %1").arg(scanId));
}

Result<QList<FindingRecord>> ScanStore::findingsForItem(qint64 assessmentId,
                                                        const QString &itemKey) const
{
    // "template-id:SEC-012" names one template's item, as AssessmentStore::findItem reads it.
    const qsizetype colon = itemKey.indexOf(u':');
    const QString templateId = colon < 0 ? QString() : itemKey.left(colon).trimmed();
    const QString key = (colon < 0 ? itemKey : itemKey.mid(colon + 1)).trimmed();
    const QString operation
            = Text::tr("could not load the findings of item %1").arg(itemKey.trimmed());

    QString sql = u"SELECT checks_json FROM item WHERE assessment_id = ? AND item_key = ?"_s;
    if (!templateId.isEmpty())
        sql += u" AND template_id = ?"_s;
    SqlQuery select(m_db.connection(), sql);
    select.bind(assessmentId).bind(key);
    if (!templateId.isEmpty())
        select.bind(templateId);
    if (auto executed = select.exec(operation); !executed)
        return executed.error();
    bool found = false;
    QSet<QString> checks;
    while (select.next()) {
        found = true;
        for (const QString &rule : StoreCodec::listFromText(select.text(0)))
            checks.insert(rule);
    }
    select.finish();
    if (!found) {
        return Error::make(
                Error::Code::NotFound,
                Text::tr("assessment %1 has no item %2").arg(assessmentId).arg(itemKey.trimmed()));
    }

    auto open = findings(assessmentId);
    if (!open)
        return open.error();
    // A finding bears on the item when the engine mapped it there (itemKeys, from the
    // templates' checks:) or when the item's snapshotted checks name its rule.
    QList<FindingRecord> bearing;
    for (const FindingRecord &record : std::as_const(*open)) {
        if (record.finding.itemKeys.contains(key) || checks.contains(record.finding.ruleId))
            bearing.append(record);
    }
    return bearing;
}

Result<QList<ItemSuggestion>> ScanStore::suggestions(qint64 assessmentId) const
{
    const QSqlDatabase connection = m_db.connection();
    const QString operation
            = Text::tr("could not compute the scan suggestions of assessment %1").arg(assessmentId);
    if (auto exists = StoreQueries::requireAssessment(connection, assessmentId, false); !exists)
        return exists.error();

    // Only a complete scan can vouch for a pass: a cancelled one did not read every file.
    SqlQuery latest(connection,
                    u"SELECT id, rules_run_json FROM scan WHERE assessment_id = ?"
                    " AND cancelled = 0 ORDER BY id DESC"_s);
    latest.bind(assessmentId);
    if (auto executed = latest.exec(operation); !executed)
        return executed.error();
    if (!latest.next())
        return QList<ItemSuggestion>();
    const qint64 scanId = latest.int64(0);
    const QStringList rulesRunList = StoreCodec::listFromText(latest.text(1));
    const QSet<QString> rulesRun(rulesRunList.cbegin(), rulesRunList.cend());
    latest.finish();

    SqlQuery counts(connection,
                    u"SELECT rule_id, COUNT(*) FROM finding WHERE assessment_id = ?"
                    " AND state <> ? GROUP BY rule_id"_s);
    counts.bind(assessmentId).bind(findingStateKey(FindingState::Fixed));
    if (auto executed = counts.exec(operation); !executed)
        return executed.error();
    QHash<QString, int> openByRule;
    while (counts.next())
        openByRule.insert(counts.text(0), counts.value(1).toInt());
    counts.finish();

    // checks_json is a JSON array; matching inside it in SQL would not be portable, so the
    // items' checks are intersected with the rules that ran here.
    SqlQuery items(connection,
                   u"SELECT id, item_key, template_id, checks_json FROM item"
                   " WHERE assessment_id = ? AND checks_json <> ? ORDER BY position, id"_s);
    items.bind(assessmentId).bind(u"[]"_s);
    if (auto executed = items.exec(operation); !executed)
        return executed.error();
    QList<ItemSuggestion> list;
    while (items.next()) {
        ItemSuggestion suggestion;
        for (const QString &rule : StoreCodec::listFromText(items.text(3))) {
            if (!rulesRun.contains(rule))
                continue;
            suggestion.ruleIds.append(rule);
            suggestion.openFindings += openByRule.value(rule);
        }
        if (suggestion.ruleIds.isEmpty())
            continue;
        suggestion.itemId = items.int64(0);
        suggestion.itemKey = items.text(1);
        suggestion.templateId = items.text(2);
        suggestion.suggested
                = suggestion.openFindings > 0 ? ItemStatus::Failed : ItemStatus::Passed;
        suggestion.scanId = scanId;
        list.append(suggestion);
    }
    return list;
}

} // namespace greenlight
