#pragma once

#include <optional>

#include <QAbstractListModel>
#include <QList>

#include "domain/Result.h"
#include "store/StoreRecords.h"

namespace greenlight {

class AssessmentStore;

// The assessments of one store (not deleted, newest first). Changes made through this model
// go to the store first and are mirrored with fine-grained row signals, so views keep their
// selection and scroll position.
class AssessmentListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        SystemRole,
        ReleaseRole,
        RepositoryPathRole,
        CreatedAtRole,
        CreatedByRole,
        TemplateIdsRole,
    };
    Q_ENUM(Role)

    explicit AssessmentListModel(AssessmentStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Re-reads everything (one query) and resets the model.
    Result<void> reload();

    Result<qint64> createAssessment(const NewAssessment &assessment, const QString &actor);
    Result<void> renameAssessment(qint64 id, const QString &newName, const QString &actor);
    Result<void> deleteAssessment(qint64 id, const QString &actor);
    // Picks up an assessment created or changed elsewhere (e.g. the demo) without a reset.
    Result<void> refreshAssessment(qint64 id);

    int rowOf(qint64 id) const; // -1 when absent
    QModelIndex indexOf(qint64 id) const;
    std::optional<AssessmentInfo> assessmentAt(int row) const;
    std::optional<AssessmentInfo> assessmentById(qint64 id) const;

private:
    int insertionRow(const AssessmentInfo &info) const;

    AssessmentStore &m_store;
    QList<AssessmentInfo> m_assessments;
};

} // namespace greenlight
