#include "ScanHistoryModel.h"

#include <QLocale>

#include "store/ScanStore.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

constexpr int ShortCommitLength = 8;

QDateTime scanTime(const ScanRecord &scan)
{
    return scan.metadata.finishedAt.isValid() ? scan.metadata.finishedAt : scan.metadata.startedAt;
}

} // namespace

ScanHistoryModel::ScanHistoryModel(ScanStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{}

int ScanHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_scans.size());
}

int ScanHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScanHistoryModel::commitText(const ScanMetadata &metadata)
{
    if (metadata.gitHead.isEmpty())
        return metadata.isGitRepository ? tr("(no commit)") : tr("—");
    // The asterisk is git's own convention (e.g. in shell prompts) for a dirty work tree.
    return metadata.gitHead.left(ShortCommitLength) + (metadata.gitDirty ? u"*"_s : QString());
}

QVariant ScanHistoryModel::countData(const ScanRecord &scan, int column) const
{
    switch (Column(column)) {
    case FilesColumn:
        return scan.metadata.filesScanned;
    case NewColumn:
        return scan.newCount;
    case OpenColumn:
        return scan.openCount;
    case FixedColumn:
        return scan.fixedCount;
    default:
        return {};
    }
}

QVariant ScanHistoryModel::displayData(const ScanRecord &scan, int column) const
{
    switch (Column(column)) {
    case TimeColumn: {
        const QString time = QLocale().toString(scanTime(scan).toLocalTime(), QLocale::ShortFormat);
        return scan.metadata.cancelled ? tr("%1 (cancelled)").arg(time) : time;
    }
    case CommitColumn:
        return commitText(scan.metadata);
    case FilesColumn:
        return QLocale().toString(scan.metadata.filesScanned);
    case NewColumn:
    case OpenColumn:
    case FixedColumn:
        return QLocale().toString(countData(scan, column).toInt());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ScanHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScanRecord &scan = m_scans.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(scan, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= FilesColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant();
    case Qt::ToolTipRole: {
        const ScanMetadata &m = scan.metadata;
        QStringList lines{m.root};
        if (!m.gitHead.isEmpty()) {
            lines.append(m.gitBranch.isEmpty() ? m.gitHead
                                               : tr("%1 on %2").arg(m.gitHead, m.gitBranch));
            if (m.gitDirty)
                lines.append(tr("The work tree had uncommitted changes."));
        }
        lines.append(tr("Rule set %1; %2 files scanned, %3 skipped")
                             .arg(m.ruleSetVersion,
                                  QLocale().toString(m.filesScanned),
                                  QLocale().toString(m.filesSkipped)));
        if (m.cancelled)
            lines.append(tr("Cancelled: only part of the tree was scanned."));
        return lines.join(u'\n');
    }
    case ScanIdRole:
        return scan.id;
    case FinishedAtRole:
        return scanTime(scan);
    case CommitRole:
        return scan.metadata.gitHead;
    case DirtyRole:
        return scan.metadata.gitDirty;
    case CancelledRole:
        return scan.metadata.cancelled;
    case CountRole:
        return countData(scan, index.column());
    case SortRole:
        switch (Column(index.column())) {
        case TimeColumn:
            return scanTime(scan);
        case CommitColumn:
            return scan.metadata.gitHead;
        default:
            return countData(scan, index.column());
        }
    default:
        return {};
    }
}

QVariant ScanHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Scanned");
    case CommitColumn:
        return tr("Commit");
    case FilesColumn:
        return tr("Files");
    case NewColumn:
        return tr("New");
    case OpenColumn:
        return tr("Open");
    case FixedColumn:
        return tr("Fixed");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> ScanHistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{ScanIdRole, "scanId"},
                  {FinishedAtRole, "finishedAt"},
                  {CommitRole, "commit"},
                  {DirtyRole, "dirty"},
                  {CancelledRole, "cancelled"},
                  {CountRole, "count"},
                  {SortRole, "sortKey"}});
    return names;
}

Result<void> ScanHistoryModel::load(qint64 assessmentId)
{
    auto scans = m_store.scans(assessmentId);
    beginResetModel();
    m_assessmentId = assessmentId;
    m_scans = scans ? scans.value() : QList<ScanRecord>();
    endResetModel();
    if (!scans)
        return scans.error();
    return {};
}

void ScanHistoryModel::clear()
{
    beginResetModel();
    m_assessmentId = 0;
    m_scans.clear();
    endResetModel();
}

void ScanHistoryModel::addScan(const ScanRecord &scan)
{
    if (scan.assessmentId != m_assessmentId || rowOf(scan.id) >= 0)
        return;
    beginInsertRows({}, 0, 0);
    m_scans.prepend(scan);
    endInsertRows();
}

std::optional<ScanRecord> ScanHistoryModel::scanAt(int row) const
{
    if (row < 0 || row >= m_scans.size())
        return std::nullopt;
    return m_scans.at(row);
}

int ScanHistoryModel::rowOf(qint64 scanId) const
{
    for (int row = 0; row < m_scans.size(); ++row) {
        if (m_scans.at(row).id == scanId)
            return row;
    }
    return -1;
}

} // namespace greenlight
