#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QList>

#include "domain/Result.h"
#include "store/ScanRecords.h"

namespace greenlight {

class ScanStore;

// The recorded scans of one assessment, newest first: when, which commit (short, marked
// when the work tree was dirty), how many files, and the new / open / fixed counts.
class ScanHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        CommitColumn,
        FilesColumn,
        NewColumn,
        OpenColumn,
        FixedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        ScanIdRole = Qt::UserRole + 1, // qint64
        FinishedAtRole,                // QDateTime, UTC
        CommitRole,                    // full commit id, empty outside git
        DirtyRole,                     // bool
        CancelledRole,                 // bool
        CountRole,                     // int: the column's number (files, new, open, fixed)
        SortRole,
    };
    Q_ENUM(Role)

    explicit ScanHistoryModel(ScanStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Re-reads the assessment's scans; on error the model is left empty.
    Result<void> load(qint64 assessmentId);
    void clear();
    qint64 assessmentId() const { return m_assessmentId; }

    // A scan just recorded for this assessment goes on top without a reset, so the view
    // keeps its scroll position. Ignored for another assessment.
    void addScan(const ScanRecord &scan);

    std::optional<ScanRecord> scanAt(int row) const;
    int rowOf(qint64 scanId) const; // -1 when absent

    static QString commitText(const ScanMetadata &metadata); // "3f9c2a1b*", "—"

private:
    QVariant displayData(const ScanRecord &scan, int column) const;
    QVariant countData(const ScanRecord &scan, int column) const;

    ScanStore &m_store;
    qint64 m_assessmentId = 0;
    QList<ScanRecord> m_scans;
};

} // namespace greenlight
