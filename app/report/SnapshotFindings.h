#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "domain/RuleInfo.h"
#include "report/AssessmentSnapshot.h"

namespace greenlight {

struct SourceLocation;

// Turns stored scan findings into seed 001's numbered findings, runbook gaps and
// recommendations.
class SnapshotFindings
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotFindings)

public:
    // Open findings in report order (most severe first, then rule id, path and line),
    // numbered "HIGH-001", "MEDIUM-002", ... with one running number, as seed 001 does.
    // Impact and test come from the rule catalogue; fix too unless the finding carries one.
    static QList<SnapshotFinding> fromRecords(const QList<FindingRecord> &open,
                                              const QList<RuleInfo> &rules);
    static QString location(const SourceLocation &location); // "Dockerfile:12", "."
    // One sentence per open documentation finding ("Rollback runbook: ...").
    static QStringList runbookGaps(const QList<SnapshotFinding> &findings);
    // What to do next, most important first: one line per rule with open findings (its fix,
    // with the finding numbers), then the failed items no finding explains, by severity,
    // then the items still to assess. Reads items and findings; call after both are in.
    static QStringList recommendations(const AssessmentSnapshot &snapshot);
};

} // namespace greenlight
