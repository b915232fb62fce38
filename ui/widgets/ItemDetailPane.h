#pragma once

#include <optional>

#include <QTimer>
#include <QWidget>

#include "store/StoreRecords.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace greenlight {

class EvidencePanel;
class ScanEvidencePanel;
class SignoffServices;
struct ItemScanEvidence;

// Everything about one checklist item: what it asks and why (read-only), and the
// assessment's answer (status, owner, note), which the user edits here. Edits leave as
// editRequested() at once: the status when chosen, the owner when editing finishes, the
// note after a short pause in typing or when focus leaves it.
class ItemDetailPane : public QWidget
{
    Q_OBJECT

public:
    static constexpr int NoteIdleMs = 500;

    explicit ItemDetailPane(QWidget *parent = nullptr);

    // location is where the item sits, e.g. "Security › Secrets".
    void setItem(const ItemRecord &item, const QString &location);
    void clearItem(const QString &placeholder = {});
    std::optional<qint64> itemId() const;

    // Refreshes the shown item after a stored change (an edit, undo or redo), without
    // clobbering a note the user is still typing.
    void itemUpdated(const ItemRecord &item);
    // Sends any note or owner text not yet handed over (before switching item or closing).
    void commitPendingEdits();
    // After a refused edit: shows the stored status and owner again. The note text stays as
    // typed so nothing is lost; it is offered again when focus next leaves the note.
    void showStoredState();

    // What the latest scan says about the shown item (items with checks: only).
    void setScanEvidence(const ItemScanEvidence &evidence);
    ScanEvidencePanel *scanEvidencePanel() const { return m_evidence; }

    // Evidence attachments and waivers (issue #4); without services both stay disabled.
    void setSignoffServices(SignoffServices *services);
    EvidencePanel *evidencePanel() const { return m_attachments; }
    QLabel *waiverLabel() const { return m_waiver; }
    QPushButton *waiveButton() const { return m_waive; }
    // Opens the waiver dialog for the shown (failed) item.
    void openWaiverDialog();
    // Re-reads the shown item's current waiver.
    void showWaiver();

    QComboBox *statusCombo() const { return m_status; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QPlainTextEdit *noteEdit() const { return m_note; }

signals:
    void editRequested(qint64 itemId, const greenlight::ItemEdit &edit);
    void findingActivated(const QString &fingerprint);
    void waiverChanged(qint64 itemId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildContent();
    void showMeta(); // severity, evidence, location: the severity in its colour
    void showState(const ItemRecord &item);
    void showStatus(ItemStatus status);
    void commitStatus();
    void commitOwner();
    void commitNote();
    void applySuggestion();
    QString guidanceHtml(const ItemRecord &item) const;
    QString updatedText(const ItemRecord &item) const;

    std::optional<ItemRecord> m_item;
    QString m_location; // "Template › Section" of the shown item
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_key = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_owner = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_updated = nullptr;
    QTextBrowser *m_guidance = nullptr;
    ScanEvidencePanel *m_evidence = nullptr;
    EvidencePanel *m_attachments = nullptr;
    QLabel *m_waiver = nullptr;
    QPushButton *m_waive = nullptr;
    SignoffServices *m_services = nullptr;
    QTimer m_noteTimer;
};

} // namespace greenlight
