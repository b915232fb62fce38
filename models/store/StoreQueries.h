#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include "StoreRecords.h"
#include "domain/Result.h"

namespace greenlight {

class SqlQuery;

// Read helpers AssessmentStore shares between its operations (and runs inside their
// transactions). Portable SQL only.
class StoreQueries
{
public:
    // Hidden (deleted) assessments count as missing unless allowDeleted (the audit trail).
    static Result<void> requireAssessment(const QSqlDatabase &connection,
                                          qint64 assessmentId,
                                          bool allowDeleted);
    // Templates of one assessment, or (id unset) of every listed one, keyed by assessment id.
    static Result<QHash<qint64, QList<TemplateRef>>> templateRefs(const QSqlDatabase &connection,
                                                                  std::optional<qint64> id);
    static Result<ItemRecord> item(const QSqlDatabase &connection, qint64 itemId);
    // Item row id -> "SEC-012" for one assessment (to name items in reports).
    static Result<QHash<qint64, QString>> itemKeys(const QSqlDatabase &connection,
                                                   qint64 assessmentId);
    // Runs a SELECT of StoreCodec::itemColumns() and decodes every row.
    static Result<QList<ItemRecord>> items(SqlQuery &select, const QString &operation);
};

} // namespace greenlight
