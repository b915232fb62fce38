#include "FindingsModel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace greenlight {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingsModel::locationText(const SourceLocation &location)
{
    if (location.path.isEmpty())
        return tr("(repository)");
    if (location.line <= 0)
        return location.path;
    return u"%1:%2"_s.arg(location.path).arg(location.line);
}

QVariant FindingsModel::displayData(const FindingRecord &record, int column) const
{
    const Finding &finding = record.finding;
    switch (Column(column)) {
    case SeverityColumn:
        return severityDisplayName(finding.severity);
    case StateColumn:
        return m_recorded ? findingStateDisplayName(record.state) : QString();
    case RuleColumn:
        return finding.ruleId;
    case LocationColumn:
        return locationText(finding.location);
    case MessageColumn:
        return finding.message;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FindingsModel::sortData(const FindingRecord &record, int column) const
{
    const Finding &finding = record.finding;
    switch (Column(column)) {
    case SeverityColumn:
        return int(finding.severity);
    case StateColumn:
        return m_recorded ? int(record.state) : -1;
    case RuleColumn:
        return finding.ruleId;
    case LocationColumn:
        // Zero-padded so line 9 sorts before line 10 within one file.
        return u"%1\u0001%2"_s.arg(finding.location.path.toCaseFolded())
                .arg(finding.location.line, 9, 10, QChar(u'0'));
    case MessageColumn:
        return finding.message.toCaseFolded();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FindingRecord &record = m_rows.at(index.row());
    const Finding &finding = record.finding;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(record, index.column());
    case Qt::ToolTipRole:
        return finding.title.isEmpty() ? finding.message
                                       : u"%1\n%2"_s.arg(finding.title, finding.message);
    case SeverityRole:
        return int(finding.severity);
    case StateRole:
        return m_recorded ? int(record.state) : -1;
    case RuleIdRole:
        return finding.ruleId;
    case TitleRole:
        return finding.title;
    case PathRole:
        return finding.location.path;
    case LineRole:
        return finding.location.line;
    case MessageRole:
        return finding.message;
    case SnippetRole:
        return finding.snippet;
    case FixRole:
        return finding.fix;
    case ItemKeysRole:
        return finding.itemKeys;
    case FingerprintRole:
        return finding.fingerprint;
    case RecordIdRole:
        return record.id;
    case SortRole:
        return sortData(record, index.column());
    case SearchTextRole:
        return QStringList{finding.ruleId,
                           finding.title,
                           finding.message,
                           finding.location.path,
                           finding.snippet}
                .join(u'\n')
                .toCaseFolded();
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SeverityColumn:
        return tr("Severity");
    case StateColumn:
        return tr("State");
    case RuleColumn:
        return tr("Rule");
    case LocationColumn:
        return tr("Location");
    case MessageColumn:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> FindingsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{SeverityRole, "severity"},
                  {StateRole, "state"},
                  {RuleIdRole, "ruleId"},
                  {TitleRole, "title"},
                  {PathRole, "path"},
                  {LineRole, "line"},
                  {MessageRole, "message"},
                  {SnippetRole, "snippet"},
                  {FixRole, "fix"},
                  {ItemKeysRole, "itemKeys"},
                  {FingerprintRole, "fingerprint"},
                  {RecordIdRole, "recordId"},
                  {SortRole, "sortKey"},
                  {SearchTextRole, "searchText"}});
    return names;
}

void FindingsModel::setRecords(const QList<FindingRecord> &records)
{
    if (updateInPlace(records))
        return;
    beginResetModel();
    m_rows = records;
    m_recorded = true;
    m_rowByFingerprint.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowByFingerprint.insert(m_rows.at(row).finding.fingerprint, row);
    endResetModel();
}

bool FindingsModel::updateInPlace(const QList<FindingRecord> &records)
{
    // The usual case after a scan: the store's records are the findings just streamed
    // (now with ids and states) plus those the scan fixed. Updating rows keeps the view's
    // selection and scroll and costs far less than a reset of hundreds of rows.
    if (m_rows.isEmpty() || records.size() < m_rows.size())
        return false;
    QList<FindingRecord> extra;
    QList<bool> seen(m_rows.size(), false);
    for (const FindingRecord &record : records) {
        const auto row = m_rowByFingerprint.constFind(record.finding.fingerprint);
        if (row == m_rowByFingerprint.cend())
            extra.append(record);
        else
            seen[*row] = true;
    }
    if (seen.contains(false))
        return false; // a listed finding is gone: the lists differ, reset
    for (const FindingRecord &record : records) {
        const auto row = m_rowByFingerprint.constFind(record.finding.fingerprint);
        if (row != m_rowByFingerprint.cend())
            m_rows[*row] = record;
    }
    m_recorded = true;
    emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    if (!extra.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(extra.size()) - 1);
        for (FindingRecord &record : extra) {
            m_rowByFingerprint.insert(record.finding.fingerprint, int(m_rows.size()));
            m_rows.append(std::move(record));
        }
        endInsertRows();
    }
    return true;
}

void FindingsModel::appendFindings(const QList<Finding> &findings)
{
    if (findings.isEmpty())
        return;
    if (m_recorded) {
        // A new scan's stream replaces what the store said about the previous one.
        clear();
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(findings.size()) - 1);
    for (const Finding &finding : findings) {
        FindingRecord record;
        record.finding = finding;
        m_rowByFingerprint.insert(finding.fingerprint, int(m_rows.size()));
        m_rows.append(std::move(record));
    }
    endInsertRows();
}

void FindingsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowByFingerprint.clear();
    m_recorded = false;
    endResetModel();
}

int FindingsModel::rowOfFingerprint(const QString &fingerprint) const
{
    return m_rowByFingerprint.value(fingerprint, -1);
}

int FindingsModel::rowOfRecord(qint64 recordId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == recordId)
            return row;
    }
    return -1;
}

int FindingsModel::countInState(FindingState state) const
{
    if (!m_recorded)
        return 0;
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [state](const FindingRecord &r) {
        return r.state == state;
    }));
}

} // namespace greenlight
