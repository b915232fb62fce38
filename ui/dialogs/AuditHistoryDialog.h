#pragma once

#include <optional>

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace greenlight {

class AuditHistoryFilterProxyModel;
class AuditHistoryModel;
struct AuditHistoryLoad;

// Who changed what, when, old -> new: the audit trail of one assessment, or of one item
// (a check box widens it to the whole assessment), searchable. The trail is read on a
// worker with its own connection: an assessment may have 100,000 events.
class AuditHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    // itemId/itemLabel preselect one item ("SEC-012 No hard-coded keys"); without them the
    // dialog shows the whole assessment.
    AuditHistoryDialog(const QString &databasePath,
                       qint64 assessmentId,
                       const QString &assessmentName,
                       std::optional<qint64> itemId,
                       const QString &itemLabel,
                       QWidget *parent = nullptr);
    ~AuditHistoryDialog() override;

    QLineEdit *searchEdit() const { return m_search; }
    QCheckBox *itemOnlyCheck() const { return m_itemOnly; }
    QTableView *table() const { return m_table; }
    QLabel *countLabel() const { return m_count; }
    AuditHistoryModel *model() const { return m_model; }
    bool isLoaded() const { return m_loaded; }

signals:
    void loaded(); // the events are shown (or the error is)

private:
    void load(const QString &databasePath, qint64 assessmentId);
    void showLoaded(const AuditHistoryLoad &result);
    void updateCount();

    std::optional<qint64> m_itemId;
    AuditHistoryModel *m_model;
    AuditHistoryFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QCheckBox *m_itemOnly;
    QTableView *m_table;
    QLabel *m_count;
    bool m_loaded = false;
};

} // namespace greenlight
