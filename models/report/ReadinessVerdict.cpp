#include "ReadinessVerdict.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>

#include "report/AssessmentSnapshot.h"

using namespace Qt::StringLiterals;

namespace greenlight {

namespace {

bool isFailing(EffectiveStatus status)
{
    return status == EffectiveStatus::Failed || status == EffectiveStatus::WaiverExpired;
}

bool isBlocking(Severity severity, const VerdictPolicy &policy)
{
    return severity <= policy.blockAt; // Critical < High < ...: "at least as severe"
}

QString itemLine(const SnapshotItem &item)
{
    return u"%1 (%2) %3"_s.arg(item.key, severityKey(item.severity), item.title);
}

void addUnassessed(const AssessmentSnapshot &snapshot, QStringList &blockers)
{
    int open = 0;
    for (const SnapshotItem &item : snapshot.items)
        open += item.effective == EffectiveStatus::NotStarted
                || item.effective == EffectiveStatus::InProgress;
    if (open > 0) {
        blockers << ReadinessVerdict::tr("Items not yet assessed: %1 of %2.")
                            .arg(open)
                            .arg(snapshot.items.size());
    }
}

void addFailedItems(const AssessmentSnapshot &snapshot,
                    const VerdictPolicy &policy,
                    QStringList &blockers,
                    QStringList &fixes)
{
    for (const SnapshotItem &item : snapshot.items) {
        if (!isFailing(item.effective))
            continue;
        const QString line = item.effective == EffectiveStatus::WaiverExpired
                                     ? ReadinessVerdict::tr("%1 failed; its waiver has expired.")
                                               .arg(itemLine(item))
                                     : ReadinessVerdict::tr("%1 failed.").arg(itemLine(item));
        (isBlocking(item.severity, policy) ? blockers : fixes) << line;
    }
}

void addWaivers(const AssessmentSnapshot &snapshot, QStringList &fixes)
{
    for (const SnapshotWaiver &waiver : snapshot.waivers) {
        if (waiver.expired)
            continue; // counted as a failure above
        fixes << ReadinessVerdict::tr("%1 (%2) is waived until %3: %4")
                         .arg(waiver.itemKey,
                              severityKey(waiver.severity),
                              waiver.expiresOn.toString(Qt::ISODate),
                              waiver.justification);
    }
}

void addFindings(const AssessmentSnapshot &snapshot,
                 const VerdictPolicy &policy,
                 QStringList &blockers,
                 QStringList &fixes)
{
    QHash<QString, EffectiveStatus> statusByKey;
    for (const SnapshotItem &item : snapshot.items)
        statusByKey.insert(item.key, item.effective);
    for (const SnapshotFinding &finding : snapshot.findings) {
        // A finding whose every item carries a waiver in force is accepted risk.
        const bool accepted
                = !finding.itemKeys.isEmpty()
                  && std::all_of(finding.itemKeys.begin(),
                                 finding.itemKeys.end(),
                                 [&](const QString &key) {
                                     return statusByKey.value(key) == EffectiveStatus::Waived;
                                 });
        if (accepted)
            continue;
        const QString line = ReadinessVerdict::tr("[%1] %2 at %3.")
                                     .arg(finding.number, finding.title, finding.location);
        (isBlocking(finding.severity, policy) ? blockers : fixes) << line;
    }
}

void addWarnings(const AssessmentSnapshot &snapshot, QStringList &fixes)
{
    for (const SnapshotItem &item : snapshot.items) {
        for (const QString &warning : item.warnings)
            fixes << u"%1: %2"_s.arg(item.key, warning);
    }
}

void addSignoffs(const AssessmentSnapshot &snapshot,
                 QStringList &blockers,
                 QStringList &fixes,
                 QStringList &pending)
{
    for (const SnapshotSignoff &role : snapshot.signoffs) {
        const bool current = role.isSigned && !role.stale;
        if (current && role.decision == Decision::Reject) {
            blockers << ReadinessVerdict::tr("%1 rejected (%2): %3")
                                .arg(role.roleTitle, role.signerName, role.comment);
            continue;
        }
        if (current && role.decision == Decision::Conditional) {
            fixes << ReadinessVerdict::tr("%1 approved with conditions (%2): %3")
                             .arg(role.roleTitle, role.signerName, role.comment);
            continue;
        }
        if (current || !role.required)
            continue;
        pending << (role.stale ? ReadinessVerdict::tr(
                                         "%1: signed by %2, but the content changed since.")
                                         .arg(role.roleTitle, role.signerName)
                               : ReadinessVerdict::tr("%1: not signed yet.").arg(role.roleTitle));
    }
}

} // namespace

QString verdictKey(VerdictLevel level)
{
    switch (level) {
    case VerdictLevel::Ready:
        return u"ready"_s;
    case VerdictLevel::ReadyWithFixes:
        return u"ready_with_fixes"_s;
    case VerdictLevel::NotReady:
        return u"not_ready"_s;
    }
    return {};
}

std::optional<VerdictLevel> verdictFromKey(QStringView key)
{
    for (VerdictLevel level :
         {VerdictLevel::Ready, VerdictLevel::ReadyWithFixes, VerdictLevel::NotReady}) {
        if (key == verdictKey(level))
            return level;
    }
    return std::nullopt;
}

QString verdictDisplayName(VerdictLevel level)
{
    switch (level) {
    case VerdictLevel::Ready:
        return ReadinessVerdict::tr("Ready");
    case VerdictLevel::ReadyWithFixes:
        return ReadinessVerdict::tr("Ready with fixes");
    case VerdictLevel::NotReady:
        return ReadinessVerdict::tr("Not ready");
    }
    return {};
}

ReadinessVerdict ReadinessVerdict::evaluate(const AssessmentSnapshot &snapshot,
                                            const VerdictPolicy &policy)
{
    ReadinessVerdict verdict;
    verdict.blockAt = policy.blockAt;
    if (snapshot.audit.verified && !snapshot.audit.intact) {
        verdict.blockers << ReadinessVerdict::tr("The audit trail is broken: %1")
                                    .arg(snapshot.audit.problem);
    }
    addUnassessed(snapshot, verdict.blockers);
    addFailedItems(snapshot, policy, verdict.blockers, verdict.fixes);
    addFindings(snapshot, policy, verdict.blockers, verdict.fixes);
    addWaivers(snapshot, verdict.fixes);
    addWarnings(snapshot, verdict.fixes);
    addSignoffs(snapshot, verdict.blockers, verdict.fixes, verdict.pendingSignoffs);
    if (snapshot.items.isEmpty())
        verdict.blockers << ReadinessVerdict::tr("The assessment has no checklist items.");

    if (!verdict.blockers.isEmpty())
        verdict.level = VerdictLevel::NotReady;
    else if (!verdict.fixes.isEmpty())
        verdict.level = VerdictLevel::ReadyWithFixes;
    else
        verdict.level = VerdictLevel::Ready;
    return verdict;
}

} // namespace greenlight
