#include "DeploymentApproval.h"

#include <QCoreApplication>
#include <QHash>

#include "AssessmentStore.h"
#include "SignoffStore.h"
#include "WaiverStore.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::DeploymentApproval)
};

} // namespace

Result<ApprovalVerdict> DeploymentApproval::evaluate(Database &database,
                                                     const Clock &clock,
                                                     qint64 assessmentId)
{
    SignoffStore signoffs(database, clock);
    auto roles = signoffs.roles(assessmentId);
    if (!roles)
        return roles.error();
    auto signatures = signoffs.signatures(assessmentId);
    if (!signatures)
        return signatures.error();
    QHash<QString, SignatureStatus> latest;
    for (const SignatureStatus &status : std::as_const(*signatures)) {
        if (status.latestForRole)
            latest.insert(status.signature.roleId, status);
    }

    ApprovalVerdict verdict;
    for (const RoleInfo &role : std::as_const(*roles)) {
        if (!role.required || role.id == ApprovalRoleId)
            continue;
        if (!latest.contains(role.id)) {
            verdict.blockers.append(Text::tr("%1 (%2) has not signed").arg(role.title, role.id));
            verdict.pendingRoles.append(role.id);
            continue;
        }
        const SignatureStatus &status = latest.value(role.id);
        const SignatureRecord &s = status.signature;
        if (s.decision == Decision::Reject) {
            verdict.blockers.append(
                    Text::tr("%1 was rejected by %2: %3").arg(role.title, s.signerName, s.comment));
            verdict.pendingRoles.append(role.id);
        } else if (status.stale) {
            verdict.blockers.append(Text::tr("%1's signature by %2 is stale (content changed "
                                             "since signing: %3 change(s)); re-sign")
                                            .arg(role.title, s.signerName)
                                            .arg(status.changes.size()));
            verdict.pendingRoles.append(role.id);
        } else if (s.decision == Decision::Conditional) {
            verdict.conditions.append(u"%1 (%2): %3"_s.arg(role.title, s.signerName, s.comment));
        }
    }

    AssessmentStore store(database, clock);
    auto items = store.items(assessmentId);
    if (!items)
        return items.error();
    WaiverStore waivers(database, clock);
    for (const ItemRecord &item : std::as_const(*items)) {
        if (item.status != ItemStatus::Failed
            || (item.severity != Severity::Critical && item.severity != Severity::High))
            continue;
        auto waiver = waivers.currentWaiver(item.id);
        if (!waiver)
            return waiver.error();
        const auto effective = WaiverStore::effectiveStatus(item.status, *waiver, waivers.today());
        if (effective == EffectiveStatus::Waived)
            continue;
        verdict.blockers.append(
                effective == EffectiveStatus::WaiverExpired
                        ? Text::tr("%1 (%2) is failed and its waiver expired on %3")
                                  .arg(item.key,
                                       severityKey(item.severity),
                                       (*waiver)->expiresOn.toString(Qt::ISODate))
                        : Text::tr("%1 (%2) is failed without a waiver: %3")
                                  .arg(item.key, severityKey(item.severity), item.title));
    }
    verdict.allowed = verdict.blockers.isEmpty();
    return verdict;
}

} // namespace greenlight
