#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include "domain/Finding.h"
#include "domain/ItemStatus.h"
#include "domain/ScanMetadata.h"

namespace greenlight {

// Where a stored finding stands after the latest scan of its assessment. Keys are stored in
// the database: append, never renumber.
//   New   - seen in the latest scan, not open before it (first sighting, or back after a fix)
//   Open  - seen in the latest complete scan and open before it
//   Fixed - open before, absent from a later complete scan whose rules would have found it
enum class FindingState { New, Open, Fixed };
inline constexpr int FindingStateCount = 3;

QString findingStateKey(FindingState state); // "new", "open", "fixed"
std::optional<FindingState> findingStateFromKey(QStringView key);
QStringList findingStateKeys();
QString findingStateDisplayName(FindingState state); // translated "New"

// One recorded scan of one assessment's repository.
struct ScanRecord
{
    qint64 id = 0;
    qint64 assessmentId = 0;
    ScanMetadata metadata;
    int newCount = 0;     // findings first seen (or seen again after a fix) in this scan
    int openCount = 0;    // findings seen in this scan that were already open
    int fixedCount = 0;   // findings this scan marked fixed
    int findingCount = 0; // findings seen in this scan (new + open)
};

// One finding of one assessment, identified across scans by its fingerprint. finding holds
// what the scan that saw it last reported (snippet already redacted; secretHash only).
struct FindingRecord
{
    qint64 id = 0;
    qint64 assessmentId = 0;
    Finding finding;
    FindingState state = FindingState::New;
    qint64 firstScanId = 0;    // the scan that first saw it (or saw it again after a fix)
    qint64 lastSeenScanId = 0; // the last scan that reported it
    std::optional<qint64> fixedInScanId;
};

// What the latest complete scan says about one checklist item whose checks: rules ran. A
// suggestion only: the user confirms it or overrides it through AssessmentStore::updateItem.
struct ItemSuggestion
{
    qint64 itemId = 0;
    QString itemKey;
    QString templateId;
    ItemStatus suggested = ItemStatus::Passed; // Passed or Failed
    QStringList ruleIds;                       // the item's checks that ran in that scan
    int openFindings = 0;                      // open (new or open) findings of those rules
    qint64 scanId = 0;                         // the scan the suggestion comes from
};

} // namespace greenlight
