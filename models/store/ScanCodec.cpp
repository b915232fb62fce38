#include "ScanCodec.h"

#include <QCoreApplication>

#include "SqlQuery.h"
#include "StoreCodec.h"

using namespace Qt::StringLiterals;

namespace greenlight::ScanCodec {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::ScanStore)
};

} // namespace

QString scanColumns()
{
    return u"id, assessment_id, root, is_git, git_head, git_branch, git_dirty, started_at, "
           "finished_at, ruleset_version, rules_run_json, files_scanned, bytes_scanned, "
           "files_skipped, cancelled, new_count, open_count, fixed_count"_s;
}

ScanRecord scanFromRow(const SqlQuery &query)
{
    ScanRecord scan;
    scan.id = query.int64(0);
    scan.assessmentId = query.int64(1);
    ScanMetadata &m = scan.metadata;
    m.root = query.text(2);
    m.isGitRepository = query.value(3).toInt() != 0;
    m.gitHead = query.text(4);
    m.gitBranch = query.text(5);
    m.gitDirty = query.value(6).toInt() != 0;
    m.startedAt = StoreCodec::timestampFromText(query.value(7));
    m.finishedAt = StoreCodec::timestampFromText(query.value(8));
    m.ruleSetVersion = query.text(9);
    m.rulesRun = StoreCodec::listFromText(query.text(10));
    m.filesScanned = query.int64(11);
    m.bytesScanned = query.int64(12);
    m.filesSkipped = query.int64(13);
    m.cancelled = query.value(14).toInt() != 0;
    scan.newCount = query.value(15).toInt();
    scan.openCount = query.value(16).toInt();
    scan.fixedCount = query.value(17).toInt();
    scan.findingCount = scan.newCount + scan.openCount;
    return scan;
}

namespace {

const QStringList FindingColumnNames = {
        u"id"_s,       u"assessment_id"_s, u"fingerprint"_s,       u"rule_id"_s,
        u"severity"_s, u"title"_s,         u"message"_s,           u"path"_s,
        u"line"_s,     u"col"_s,           u"end_line"_s,          u"end_col"_s,
        u"snippet"_s,  u"fix"_s,           u"item_keys_json"_s,    u"secret_hash"_s,
        u"state"_s,    u"first_scan_id"_s, u"last_seen_scan_id"_s, u"fixed_in_scan_id"_s,
};

} // namespace

QString findingColumns()
{
    return FindingColumnNames.join(u", "_s);
}

QString findingColumnsOfScan()
{
    QStringList columns;
    for (const QString &name : FindingColumnNames)
        columns.append(name == "state"_L1 ? u"sf.state"_s : u"f."_s + name);
    return columns.join(u", "_s);
}

Result<FindingRecord> findingFromRow(const SqlQuery &query)
{
    FindingRecord record;
    record.id = query.int64(0);
    record.assessmentId = query.int64(1);
    Finding &f = record.finding;
    f.fingerprint = query.text(2);
    f.ruleId = query.text(3);
    const auto severity = severityFromKey(query.text(4));
    f.title = query.text(5);
    f.message = query.text(6);
    f.location.path = query.text(7);
    f.location.line = query.value(8).toInt();
    f.location.column = query.value(9).toInt();
    f.location.endLine = query.value(10).toInt();
    f.location.endColumn = query.value(11).toInt();
    f.snippet = query.text(12);
    f.fix = query.text(13);
    f.itemKeys = StoreCodec::listFromText(query.text(14));
    f.secretHash = query.text(15);
    const auto state = findingStateFromKey(query.text(16));
    record.firstScanId = query.int64(17);
    record.lastSeenScanId = query.int64(18);
    if (!query.value(19).isNull())
        record.fixedInScanId = query.int64(19);

    // Only this build's keys are ever written, so an unknown one means a hand-edited file.
    if (!severity || !state) {
        return Error::make(Error::Code::Corrupt,
                           Text::tr("finding %1 has an unknown severity or state value (%2, %3)")
                                   .arg(record.id)
                                   .arg(query.text(4), query.text(16)));
    }
    f.severity = *severity;
    record.state = *state;
    return record;
}

} // namespace greenlight::ScanCodec
