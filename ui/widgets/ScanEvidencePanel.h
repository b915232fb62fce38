#pragma once

#include <optional>

#include <QFrame>
#include <QList>
#include <QStringList>

#include "domain/ItemStatus.h"
#include "store/ScanRecords.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace greenlight {

// What the latest scan says about one checklist item.
struct ItemScanEvidence
{
    QStringList checks;                       // the item's checks: rules
    std::optional<ItemSuggestion> suggestion; // none while its rules have not run
    std::optional<ScanRecord> scan;           // the scan the suggestion comes from
    QList<FindingRecord> findings;            // open findings bearing on the item
};

// The scan's word on a checklist item inside the item's detail pane: "Scan suggests:
// Failed — 3 open findings (…)" with an Apply button while it differs from the item's
// status, and the item's open findings (file:line; activating one opens it on the Scan
// page). Hidden for items without checks.
class ScanEvidencePanel : public QFrame
{
    Q_OBJECT

public:
    static constexpr int MaxFindingsInNote = 10;

    explicit ScanEvidencePanel(QWidget *parent = nullptr);

    void setEvidence(const ItemScanEvidence &evidence, ItemStatus currentStatus);
    void setCurrentStatus(ItemStatus status);
    void clear();
    const ItemScanEvidence &evidence() const { return m_evidence; }
    bool canApply() const;

    // The text appended to the item's note when the suggestion is applied, so the decision
    // keeps its evidence: which scan, what it found and where.
    static QString suggestionNote(const ItemScanEvidence &evidence);

    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *applyButton() const { return m_apply; }
    QListWidget *findingsList() const { return m_list; }

signals:
    void applyRequested();
    void findingActivated(const QString &fingerprint);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateSummary();

    ItemScanEvidence m_evidence;
    ItemStatus m_status = ItemStatus::NotStarted;
    QLabel *m_summary;
    QPushButton *m_apply;
    QListWidget *m_list;
};

} // namespace greenlight
