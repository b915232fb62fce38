#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "ScanRecords.h"
#include "domain/Result.h"

namespace greenlight {

class SqlQuery;

// The body of ScanStore::recordScan, run inside its transaction: inserts the scan row,
// upserts the findings by fingerprint, marks the vanished ones fixed, links each finding it
// saw or fixed to the scan (scan_finding) and stores the counts. Portable SQL only; the
// new/open/fixed decisions are made here in C++ over one read of the assessment's findings,
// so a 5,000-finding scan costs one SELECT plus two prepared executions per finding.
class ScanRecorder
{
public:
    ScanRecorder(QSqlDatabase connection, QString operation);

    // Checks what a scan hands over before anything is written: every finding needs a rule
    // id and a fingerprint, and a secret hash must look like one (hex SHA-256), so a secret
    // passed in the wrong field is refused rather than stored. Findings reported twice
    // (same fingerprint) are kept once.
    static Result<QList<Finding>> checkedFindings(const QList<Finding> &findings);

    // Returns the new scan's id; findings must come from checkedFindings().
    Result<qint64> record(qint64 assessmentId,
                          const ScanMetadata &metadata,
                          const QList<Finding> &findings,
                          const QDateTime &now,
                          const QString &actor);

private:
    struct Known
    {
        qint64 id = 0;
        FindingState state = FindingState::New;
        QString ruleId;
        qint64 firstScanId = 0;
    };

    Result<QHash<QString, Known>> knownFindings(qint64 assessmentId);
    Result<qint64> insertScan(qint64 assessmentId,
                              const ScanMetadata &metadata,
                              const QDateTime &now,
                              const QString &actor);
    Result<void> writeFindings(qint64 assessmentId,
                               qint64 scanId,
                               const QList<Finding> &findings,
                               const QHash<QString, Known> &known);
    Result<void> fixVanished(qint64 scanId,
                             const ScanMetadata &metadata,
                             const QHash<QString, Known> &known,
                             const QList<Finding> &findings);
    Result<void> storeCounts(qint64 scanId);

    QSqlDatabase m_connection;
    QString m_operation;
};

} // namespace greenlight
