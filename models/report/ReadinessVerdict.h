#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include "domain/Severity.h"

namespace greenlight {

struct AssessmentSnapshot;

// Seed 001's "Deployment Reliable: With Fixes", as three levels.
enum class VerdictLevel { Ready, ReadyWithFixes, NotReady };

QString verdictKey(VerdictLevel level); // "ready", "ready_with_fixes", "not_ready"
std::optional<VerdictLevel> verdictFromKey(QStringView key);
QString verdictDisplayName(VerdictLevel level); // translated "Ready with fixes"

// Where the line between "fix it before go-live" and "fix it soon" is drawn. The CLI's
// `gate --fail-on LEVEL` moves it; the default matches DeploymentApproval (critical and
// high failures block).
struct VerdictPolicy
{
    Severity blockAt = Severity::High; // failures and open findings this severe or worse block
};

// The verdict with exactly why, one sentence per reason, most severe first.
struct ReadinessVerdict
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::ReadinessVerdict)

public:
    VerdictLevel level = VerdictLevel::NotReady;
    Severity blockAt = Severity::High; // the policy it was judged with
    QStringList blockers;              // NotReady because of these (empty unless NotReady)
    QStringList fixes;                 // to fix or accept: the "with fixes" of Ready with fixes
    QStringList pendingSignoffs;       // required roles without a current approval (informational)

    // Judges a snapshot whose verdict is not yet filled in (the other fields are read):
    //  - Not ready: items not yet assessed; failed items at or above blockAt without a waiver
    //    in force; open scan findings at or above blockAt whose items are not all waived; a
    //    required role's current decision is reject; a verified audit chain that is broken.
    //  - Ready with fixes: failed items below blockAt; waivers in force; open findings below
    //    blockAt; done items with warnings (stale or missing required evidence, findings
    //    against a passed item); conditional approvals.
    //  - Ready otherwise.
    // Sign-offs not yet given (or gone stale) never change the level: the pack is what
    // approvers sign from. They are listed in pendingSignoffs.
    static ReadinessVerdict evaluate(const AssessmentSnapshot &snapshot,
                                     const VerdictPolicy &policy = {});
};

} // namespace greenlight
