#include "ScanRecorder.h"

#include <QCoreApplication>
#include <QSet>

#include "SqlQuery.h"
#include "StoreCodec.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::ScanStore)
};

bool isHexSha256(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text) {
        const bool hex
                = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hex)
            return false;
    }
    return true;
}

// The columns a later sighting refreshes: the line moves when code above it changes, and
// the message, snippet or item mapping may differ between rule-set versions.
const QString DetailColumns = u"rule_id, severity, title, message, path, line, col, end_line, "
                              "end_col, snippet, fix, item_keys_json, secret_hash"_s;

void bindDetails(SqlQuery &query, const Finding &finding)
{
    query.bind(finding.ruleId)
            .bind(severityKey(finding.severity))
            .bind(finding.title)
            .bind(finding.message)
            .bind(finding.location.path)
            .bind(finding.location.line)
            .bind(finding.location.column)
            .bind(finding.location.endLine)
            .bind(finding.location.endColumn)
            .bind(finding.snippet)
            .bind(finding.fix)
            .bind(StoreCodec::listText(finding.itemKeys))
            .bind(finding.secretHash.toLower());
}

} // namespace

ScanRecorder::ScanRecorder(QSqlDatabase connection, QString operation)
    : m_connection(std::move(connection))
    , m_operation(std::move(operation))
{}

Result<QList<Finding>> ScanRecorder::checkedFindings(const QList<Finding> &findings)
{
    QList<Finding> checked;
    checked.reserve(findings.size());
    QSet<QString> seen;
    seen.reserve(findings.size());
    for (const Finding &finding : findings) {
        if (finding.ruleId.isEmpty() || finding.fingerprint.isEmpty()) {
            return Error::make(Error::Code::InvalidArgument,
                               Text::tr("a finding at %1:%2 has no rule id or fingerprint")
                                       .arg(finding.location.path)
                                       .arg(finding.location.line));
        }
        if (!finding.secretHash.isEmpty() && !isHexSha256(finding.secretHash)) {
            // Deliberately not quoting the value: it might be the secret itself.
            return Error::make(Error::Code::InvalidArgument,
                               Text::tr("the %1 finding at %2:%3 carries a secret hash that is "
                                        "not a SHA-256 digest; it was not stored")
                                       .arg(finding.ruleId, finding.location.path)
                                       .arg(finding.location.line));
        }
        if (seen.contains(finding.fingerprint))
            continue;
        seen.insert(finding.fingerprint);
        checked.append(finding);
    }
    return checked;
}

Result<qint64> ScanRecorder::record(qint64 assessmentId,
                                    const ScanMetadata &metadata,
                                    const QList<Finding> &findings,
                                    const QDateTime &now,
                                    const QString &actor)
{
    auto known = knownFindings(assessmentId);
    if (!known)
        return known.error();
    auto scanId = insertScan(assessmentId, metadata, now, actor);
    if (!scanId)
        return scanId.error();
    if (auto written = writeFindings(assessmentId, *scanId, findings, *known); !written)
        return written.error();
    if (auto fixed = fixVanished(*scanId, metadata, *known, findings); !fixed)
        return fixed.error();

    // Findings still open but not seen now (their rule did not run, or the scan was
    // cancelled) were there before this scan: whatever they are, they are not new in it.
    SqlQuery carried(m_connection,
                     u"UPDATE finding SET state = ? WHERE assessment_id = ? AND state = ?"
                     " AND last_seen_scan_id <> ?"_s);
    carried.bind(findingStateKey(FindingState::Open))
            .bind(assessmentId)
            .bind(findingStateKey(FindingState::New))
            .bind(*scanId);
    if (auto done = carried.exec(m_operation); !done)
        return done.error();

    if (auto counted = storeCounts(*scanId); !counted)
        return counted.error();
    return *scanId;
}

Result<QHash<QString, ScanRecorder::Known>> ScanRecorder::knownFindings(qint64 assessmentId)
{
    SqlQuery select(m_connection,
                    u"SELECT fingerprint, id, state, rule_id, first_scan_id FROM finding"
                    " WHERE assessment_id = ?"_s);
    select.bind(assessmentId);
    if (auto executed = select.exec(m_operation); !executed)
        return executed.error();
    QHash<QString, Known> known;
    while (select.next()) {
        const auto state = findingStateFromKey(select.text(2));
        if (!state) {
            return Error::make(Error::Code::Corrupt,
                               Text::tr("finding %1 has an unknown state value (%2)")
                                       .arg(select.int64(1))
                                       .arg(select.text(2)));
        }
        known.insert(select.text(0),
                     Known{select.int64(1), *state, select.text(3), select.int64(4)});
    }
    select.finish();
    return known;
}

Result<qint64> ScanRecorder::insertScan(qint64 assessmentId,
                                        const ScanMetadata &metadata,
                                        const QDateTime &now,
                                        const QString &actor)
{
    // A caller that did not time the scan still gets a well-formed row.
    const QDateTime started = metadata.startedAt.isValid() ? metadata.startedAt : now;
    const QDateTime finished = metadata.finishedAt.isValid() ? metadata.finishedAt : now;
    SqlQuery insert(m_connection,
                    u"INSERT INTO scan (assessment_id, root, is_git, git_head, git_branch,"
                    " git_dirty, started_at, finished_at, recorded_at, recorded_by,"
                    " ruleset_version, rules_run_json, files_scanned, bytes_scanned,"
                    " files_skipped, cancelled) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    " ?, ?, ?) RETURNING id"_s);
    insert.bind(assessmentId)
            .bind(metadata.root)
            .bind(int(metadata.isGitRepository))
            .bind(metadata.gitHead)
            .bind(metadata.gitBranch)
            .bind(int(metadata.gitDirty))
            .bind(StoreCodec::timestampText(started))
            .bind(StoreCodec::timestampText(finished))
            .bind(StoreCodec::timestampText(now))
            .bind(actor)
            .bind(metadata.ruleSetVersion)
            .bind(StoreCodec::listText(metadata.rulesRun))
            .bind(metadata.filesScanned)
            .bind(metadata.bytesScanned)
            .bind(metadata.filesSkipped)
            .bind(int(metadata.cancelled));
    return insert.insertReturningId(m_operation);
}

Result<void> ScanRecorder::writeFindings(qint64 assessmentId,
                                         qint64 scanId,
                                         const QList<Finding> &findings,
                                         const QHash<QString, Known> &known)
{
    SqlQuery insert(m_connection,
                    u"INSERT INTO finding (assessment_id, fingerprint, "_s + DetailColumns
                            + u", state, first_scan_id, last_seen_scan_id) VALUES (?, ?, ?, ?,"
                              " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    SqlQuery update(m_connection,
                    u"UPDATE finding SET rule_id = ?, severity = ?, title = ?, message = ?,"
                    " path = ?, line = ?, col = ?, end_line = ?, end_col = ?, snippet = ?,"
                    " fix = ?, item_keys_json = ?, secret_hash = ?, state = ?,"
                    " first_scan_id = ?, last_seen_scan_id = ?, fixed_in_scan_id = NULL"
                    " WHERE id = ?"_s);
    SqlQuery link(m_connection,
                  u"INSERT INTO scan_finding (scan_id, finding_id, state) VALUES (?, ?, ?)"_s);
    const QString newKey = findingStateKey(FindingState::New);
    const QString openKey = findingStateKey(FindingState::Open);
    for (const Finding &finding : findings) {
        const auto existing = known.constFind(finding.fingerprint);
        qint64 findingId = 0;
        QString state = newKey;
        if (existing == known.cend()) {
            insert.bind(assessmentId).bind(finding.fingerprint);
            bindDetails(insert, finding);
            insert.bind(newKey).bind(scanId).bind(scanId);
            auto id = insert.insertReturningId(m_operation);
            if (!id)
                return id.error();
            findingId = *id;
        } else {
            // Open while it stays; a fixed finding that comes back is news again and its
            // history starts over with this scan.
            const bool stillOpen = existing->state != FindingState::Fixed;
            state = stillOpen ? openKey : newKey;
            findingId = existing->id;
            bindDetails(update, finding);
            update.bind(state)
                    .bind(stillOpen ? existing->firstScanId : scanId)
                    .bind(scanId)
                    .bind(findingId);
            if (auto done = update.exec(m_operation); !done)
                return done;
        }
        link.bind(scanId).bind(findingId).bind(state);
        if (auto done = link.exec(m_operation); !done)
            return done;
    }
    return {};
}

Result<void> ScanRecorder::fixVanished(qint64 scanId,
                                       const ScanMetadata &metadata,
                                       const QHash<QString, Known> &known,
                                       const QList<Finding> &findings)
{
    // A cancelled scan saw only part of the tree, and a rule that did not run saw nothing:
    // absence proves a fix only when the whole tree was read by the finding's rule.
    if (metadata.cancelled)
        return {};
    const QSet<QString> rulesRun(metadata.rulesRun.cbegin(), metadata.rulesRun.cend());
    QSet<QString> seen;
    seen.reserve(findings.size());
    for (const Finding &finding : findings)
        seen.insert(finding.fingerprint);

    SqlQuery fix(m_connection,
                 u"UPDATE finding SET state = ?, fixed_in_scan_id = ? WHERE id = ?"_s);
    SqlQuery link(m_connection,
                  u"INSERT INTO scan_finding (scan_id, finding_id, state) VALUES (?, ?, ?)"_s);
    const QString fixedKey = findingStateKey(FindingState::Fixed);
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (it->state == FindingState::Fixed || seen.contains(it.key())
            || !rulesRun.contains(it->ruleId))
            continue;
        fix.bind(fixedKey).bind(scanId).bind(it->id);
        if (auto done = fix.exec(m_operation); !done)
            return done;
        link.bind(scanId).bind(it->id).bind(fixedKey);
        if (auto done = link.exec(m_operation); !done)
            return done;
    }
    return {};
}

Result<void> ScanRecorder::storeCounts(qint64 scanId)
{
    // Counted by the database from what was just written, so the scan row cannot disagree
    // with its scan_finding rows.
    const QString count = u"(SELECT COUNT(*) FROM scan_finding WHERE scan_id = ? AND state = ?)"_s;
    SqlQuery update(m_connection,
                    u"UPDATE scan SET new_count = "_s + count + u", open_count = "_s + count
                            + u", fixed_count = "_s + count + u" WHERE id = ?"_s);
    for (FindingState state : {FindingState::New, FindingState::Open, FindingState::Fixed})
        update.bind(scanId).bind(findingStateKey(state));
    update.bind(scanId);
    return update.execOneRow(m_operation, Text::tr("scan %1 vanished while recording").arg(scanId));
}

} // namespace greenlight
