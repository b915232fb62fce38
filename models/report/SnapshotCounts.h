#pragma once

namespace greenlight {

struct AssessmentSnapshot;

// Fills a snapshot's summary table (categories: one row per template section, in checklist
// order) and its whole-assessment ReadinessSummary from its items, so every builder of a
// snapshot (the store's, the tests') counts the same way. Every item lands in exactly one
// column: open, pass, warning (done but with warnings), waived, N/A or fail.
class SnapshotCounts
{
public:
    static void tally(AssessmentSnapshot &snapshot);
};

} // namespace greenlight
