#pragma once

#include "report/AssessmentSnapshot.h"

namespace greenlight::test {

// In-memory approval-pack inputs, so report writers are tested without a store.
class SnapshotSamples
{
public:
    // Seed 001's review as a snapshot: three sections, a HIGH .dockerignore finding, a
    // MEDIUM audit lockdown finding, a LOW pytest finding (with a redacted secret snippet in
    // a fourth, secrets finding), a waiver, evidence, two runbook gaps and four sign-off
    // roles (one approved, one conditional and stale, two unsigned). Fixed dates
    // (generated 2026-11-20 09:30 UTC), verdict evaluated.
    static AssessmentSnapshot seedReview();

    // items items over templates of 5 sections each, a finding every 10 items, evidence on
    // every third item: the size a large programme's pack reaches. Verdict evaluated.
    static AssessmentSnapshot large(int items);

    // The secret planted (redacted) in seedReview(): it must not appear in any export.
    static QString plantedSecret();
};

} // namespace greenlight::test
