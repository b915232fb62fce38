#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "StoreRecords.h"
#include "domain/Result.h"

namespace greenlight {

class Clock;
class Database;

// Assessments, their snapshotted items and the audit trail, over one Database. Every change
// is one transaction that also appends its audit event(s); audit rows are insert-only
// (triggers refuse UPDATE/DELETE). Summaries are computed in SQL, not in memory.
// Not thread-safe: use one AssessmentStore per Database per thread.
class AssessmentStore
{
public:
    AssessmentStore(Database &database, const Clock &clock);

    Result<qint64> createAssessment(const NewAssessment &assessment, const QString &actor);
    Result<QList<AssessmentInfo>> assessments() const; // not deleted, newest first
    Result<AssessmentInfo> assessment(qint64 id) const;
    // Resolves what a user typed on the command line: a numeric id, else an exact name.
    Result<AssessmentInfo> findAssessment(const QString &idOrName) const;
    Result<void> renameAssessment(qint64 id, const QString &newName, const QString &actor);
    // Hides the assessment; its items and audit trail stay (audit rows are never deleted).
    Result<void> deleteAssessment(qint64 id, const QString &actor);

    Result<QList<ItemRecord>> items(qint64 assessmentId) const; // in position order
    Result<ItemRecord> item(qint64 itemId) const;
    // key is "SEC-012" (must be unambiguous across the assessment's templates) or
    // "template-id:SEC-012".
    Result<ItemRecord> findItem(qint64 assessmentId, const QString &key) const;
    // Applies edit in one transaction with one audit event per changed field; fields equal
    // to the current value are not changed and not audited. Returns the new state.
    Result<ItemRecord> updateItem(qint64 itemId, const ItemEdit &edit, const QString &actor);

    // Oldest first. itemId restricts to one item's events.
    Result<QList<AuditEvent>> auditEvents(qint64 assessmentId,
                                          std::optional<qint64> itemId = std::nullopt) const;

    Result<StatusCounts> progress(qint64 assessmentId) const;
    Result<QList<SectionSummary>> sectionSummaries(qint64 assessmentId) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace greenlight
