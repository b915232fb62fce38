#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "domain/Finding.h"
#include "store/ScanRecords.h"

namespace greenlight {

// Findings as a table: Severity, State, Rule, Location, Message. While a scan runs its
// findings stream in through appendFindings() (no state yet: they are not recorded); once
// the scan is recorded setRecords() replaces them with the store's view, where every row
// carries New, Open or Fixed. Rows are kept in arrival order; sorting is the proxy's job.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        StateColumn,
        RuleColumn,
        LocationColumn,
        MessageColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SeverityRole = Qt::UserRole + 1, // int(Severity)
        StateRole,                       // int(FindingState), -1 while not recorded
        RuleIdRole,
        TitleRole,
        PathRole,
        LineRole,
        MessageRole,
        SnippetRole,
        FixRole,
        ItemKeysRole, // QStringList
        FingerprintRole,
        RecordIdRole,   // qint64, 0 while not recorded
        SortRole,       // per column: severity, state, rule, path + line, message
        SearchTextRole, // everything free-text search looks at, case-folded
    };
    Q_ENUM(Role)

    explicit FindingsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces every row with recorded findings. When they are the listed findings plus
    // others (a scan's stream, now recorded, plus what it fixed) the rows are updated in
    // place and the others appended, so views keep selection and scroll; else a reset.
    void setRecords(const QList<FindingRecord> &records);
    // Live results of a running scan: appended with one rowsInserted per batch.
    void appendFindings(const QList<Finding> &findings);
    void clear();

    bool isRecorded() const { return m_recorded; }
    const FindingRecord &recordAt(int row) const { return m_rows.at(row); }
    int rowOfFingerprint(const QString &fingerprint) const; // -1 when absent
    int rowOfRecord(qint64 recordId) const;                 // -1 when absent
    // Rows per state, for a summary line ("3 new, 12 open, 2 fixed").
    int countInState(FindingState state) const;

    static QString locationText(const SourceLocation &location); // "src/app.py:12"

private:
    QVariant displayData(const FindingRecord &record, int column) const;
    QVariant sortData(const FindingRecord &record, int column) const;

    bool updateInPlace(const QList<FindingRecord> &records);

    QList<FindingRecord> m_rows;
    QHash<QString, int> m_rowByFingerprint;
    bool m_recorded = false;
};

} // namespace greenlight
