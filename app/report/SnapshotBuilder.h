#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "domain/CustomRule.h"
#include "domain/Result.h"
#include "report/AssessmentSnapshot.h"

namespace greenlight {

class Clock;
class Database;

struct SnapshotOptions
{
    // Recompute the whole audit hash chain (an approval pack states it is intact; the
    // dashboard, refreshed on every edit, only shows the head).
    bool verifyAuditChain = true;
    QString preparedBy; // who the pack says prepared it (the OS user by default)
    VerdictPolicy policy;
    // The assessment templates' `rules:`: the impact and fix of custom-rule findings come
    // from here (findings of rules no longer declared keep what the scan stored).
    QList<CustomRule> customRules;
};

// Reads everything an approval pack says about one assessment from the store, in one read
// transaction so the parts agree, and judges the verdict. Runs on whichever thread owns the
// Database (a worker in the GUI); takes a few tens of milliseconds for thousands of items.
class SnapshotBuilder
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::SnapshotBuilder)

public:
    static Result<AssessmentSnapshot> build(Database &database,
                                            const Clock &clock,
                                            qint64 assessmentId,
                                            const SnapshotOptions &options = {});
};

} // namespace greenlight
