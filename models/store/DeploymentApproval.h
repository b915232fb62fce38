#pragma once

#include <QString>
#include <QStringList>

#include "domain/Result.h"

namespace greenlight {

class Clock;
class Database;

struct ApprovalVerdict
{
    bool allowed = false;
    QStringList blockers;     // what stands in the way, one sentence each
    QStringList conditions;   // "Security Review: <conditions>" of conditional approvals
    QStringList pendingRoles; // role ids still to (re-)approve
};

// The Deployment Approval gate: allowed only when every required role other than the
// approval role itself has a current (latest, not stale) approve or conditional signature,
// and no critical or high item is failed without a waiver in force (an expired waiver does
// not count). The approval role is the role with id ApprovalRoleId; an assessment without
// it is still evaluated (the gate then covers all required roles).
class DeploymentApproval
{
public:
    static inline const QString ApprovalRoleId = QStringLiteral("deployment-approval");

    static Result<ApprovalVerdict> evaluate(Database &database,
                                            const Clock &clock,
                                            qint64 assessmentId);
};

} // namespace greenlight
