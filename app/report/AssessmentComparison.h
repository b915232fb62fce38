#pragma once

#include <QList>
#include <QString>

#include "report/AssessmentSnapshot.h"

namespace greenlight {

// What moved between two assessments, e.g. the last release's and this one's (issue #5):
// items matched by template id + item key whose status (waivers applied) differs, findings
// matched by fingerprint that are new or fixed, and both summaries side by side. Computed
// from two snapshots, so it is a pure function that any thread can run.
class AssessmentComparison
{
public:
    enum class Direction {
        Improved,  // closer to done: failed -> open -> waived -> passed / not applicable
        Regressed, // further from done
        Changed,   // as far from done as before (passed <-> not applicable, ...)
        Added,     // only in the current assessment (its template gained the item)
        Removed,   // only in the base assessment
    };

    struct ItemChange
    {
        QString templateId;
        QString key; // "SEC-012"
        QString title;
        QString sectionTitle;
        Severity severity = Severity::Medium;
        EffectiveStatus before = EffectiveStatus::NotStarted; // meaningless when Added
        EffectiveStatus after = EffectiveStatus::NotStarted;  // meaningless when Removed
        Direction direction = Direction::Changed;
    };

    static AssessmentComparison compare(const AssessmentSnapshot &base,
                                        const AssessmentSnapshot &current);

    // Current's checklist order, then items only in base in base's order.
    QList<ItemChange> itemChanges;
    QList<SnapshotFinding> newFindings;   // open now, not open in base: current's order
    QList<SnapshotFinding> fixedFindings; // open in base, not open now: base's order
    int unchangedItems = 0;               // matched, same status
    int persistingFindings = 0;           // open in both

    QString baseName;
    QString currentName;
    ReadinessSummary baseSummary;
    ReadinessSummary currentSummary;
    VerdictLevel baseVerdict = VerdictLevel::NotReady;
    VerdictLevel currentVerdict = VerdictLevel::NotReady;

    int count(Direction direction) const;

    // 0 failed, 1 open, 2 waived, 3 done: how far from done a status is.
    static int progressRank(EffectiveStatus status);
};

} // namespace greenlight
