#pragma once

#include <QSqlDatabase>

#include "StoreRecords.h"
#include "domain/Result.h"

namespace greenlight {

// Writes the snapshot a new assessment is made of: its chosen templates (id, version, title,
// sign-off roles) and every template item with its section, in checklist order. Editing or
// upgrading a template later never touches these rows.
class SnapshotWriter
{
public:
    // Refuses what the snapshot cannot hold: no name, no templates, a template chosen twice
    // or one with duplicate item ids.
    static Result<void> validate(const NewAssessment &assessment);
    // Runs inside the caller's transaction.
    static Result<void> write(const QSqlDatabase &connection,
                              qint64 assessmentId,
                              const QList<ChecklistTemplate> &templates,
                              const QString &operation);
};

} // namespace greenlight
