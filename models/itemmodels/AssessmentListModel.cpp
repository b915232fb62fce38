#include "AssessmentListModel.h"

#include "store/AssessmentStore.h"

using namespace Qt::StringLiterals;

namespace greenlight {

AssessmentListModel::AssessmentListModel(AssessmentStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{}

int AssessmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_assessments.size());
}

QVariant AssessmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssessmentInfo &a = m_assessments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        //: Assessment list entry: name — system release
        return tr("%1 — %2 %3").arg(a.name, a.system, a.release);
    case Qt::ToolTipRole: {
        QStringList templates;
        for (const TemplateRef &t : a.templates)
            templates.append(u"%1 %2"_s.arg(t.id, t.version));
        return tr("%1\nSystem: %2, release %3\nCreated %4 by %5\nTemplates: %6")
                .arg(a.name,
                     a.system,
                     a.release,
                     a.createdAt.toLocalTime().toString(Qt::ISODate),
                     a.createdBy,
                     templates.join(u", "_s));
    }
    case IdRole:
        return a.id;
    case NameRole:
        return a.name;
    case SystemRole:
        return a.system;
    case ReleaseRole:
        return a.release;
    case RepositoryPathRole:
        return a.repositoryPath;
    case CreatedAtRole:
        return a.createdAt;
    case CreatedByRole:
        return a.createdBy;
    case TemplateIdsRole: {
        QStringList ids;
        for (const TemplateRef &t : a.templates)
            ids.append(t.id);
        return ids;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> AssessmentListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "assessmentId");
    names.insert(NameRole, "name");
    names.insert(SystemRole, "system");
    names.insert(ReleaseRole, "release");
    names.insert(RepositoryPathRole, "repositoryPath");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(CreatedByRole, "createdBy");
    names.insert(TemplateIdsRole, "templateIds");
    return names;
}

Result<void> AssessmentListModel::reload()
{
    auto loaded = m_store.assessments();
    if (!loaded)
        return loaded.error();
    beginResetModel();
    m_assessments = std::move(loaded).value();
    endResetModel();
    return {};
}

Result<qint64> AssessmentListModel::createAssessment(const NewAssessment &assessment,
                                                     const QString &actor)
{
    auto created = m_store.createAssessment(assessment, actor);
    if (!created)
        return created;
    auto refreshed = refreshAssessment(created.value());
    if (!refreshed)
        return refreshed.error();
    return created;
}

Result<void> AssessmentListModel::renameAssessment(qint64 id,
                                                   const QString &newName,
                                                   const QString &actor)
{
    auto renamed = m_store.renameAssessment(id, newName, actor);
    if (!renamed)
        return renamed;
    return refreshAssessment(id);
}

Result<void> AssessmentListModel::deleteAssessment(qint64 id, const QString &actor)
{
    auto deleted = m_store.deleteAssessment(id, actor);
    if (!deleted)
        return deleted;
    const int row = rowOf(id);
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_assessments.removeAt(row);
        endRemoveRows();
    }
    return {};
}

Result<void> AssessmentListModel::refreshAssessment(qint64 id)
{
    auto fetched = m_store.assessment(id);
    const int row = rowOf(id);
    if (!fetched) {
        // Deleted elsewhere: drop it; any other failure is reported unchanged.
        if (fetched.error().code == Error::Code::NotFound && row >= 0) {
            beginRemoveRows({}, row, row);
            m_assessments.removeAt(row);
            endRemoveRows();
            return {};
        }
        return fetched.error();
    }
    if (row >= 0) {
        m_assessments[row] = std::move(fetched).value();
        const QModelIndex changed = index(row);
        emit dataChanged(changed, changed);
        return {};
    }
    const int at = insertionRow(fetched.value());
    beginInsertRows({}, at, at);
    m_assessments.insert(at, std::move(fetched).value());
    endInsertRows();
    return {};
}

int AssessmentListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_assessments.size(); ++row) {
        if (m_assessments.at(row).id == id)
            return row;
    }
    return -1;
}

QModelIndex AssessmentListModel::indexOf(qint64 id) const
{
    const int row = rowOf(id);
    return row >= 0 ? index(row) : QModelIndex();
}

std::optional<AssessmentInfo> AssessmentListModel::assessmentAt(int row) const
{
    if (row < 0 || row >= m_assessments.size())
        return std::nullopt;
    return m_assessments.at(row);
}

std::optional<AssessmentInfo> AssessmentListModel::assessmentById(qint64 id) const
{
    return assessmentAt(rowOf(id));
}

int AssessmentListModel::insertionRow(const AssessmentInfo &info) const
{
    // Same order as the store: newest first, the later id first among equal times.
    for (int row = 0; row < m_assessments.size(); ++row) {
        const AssessmentInfo &other = m_assessments.at(row);
        if (info.createdAt > other.createdAt
            || (info.createdAt == other.createdAt && info.id > other.id))
            return row;
    }
    return int(m_assessments.size());
}

} // namespace greenlight
