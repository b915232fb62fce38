#pragma once

#include <QList>
#include <QWidget>

#include "store/SignoffRecords.h"

class QCheckBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace greenlight {

class SignoffServices;

// The item's evidence (issue #4): a list with kind icon, name, size, who/when, short hash and
// "stale" once past valid-until; add by dropping files or through the Add menu (file, URL,
// note, repository reference PATH:FROM-TO, command output); a small inline preview of text and
// images; Open hands the content to the system viewer; Remove hides it after confirmation
// (the record and the file stay, the removal is audited). Copies and hashing run in a worker.
class EvidencePanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 MaxPreviewBytes = 256 * 1024;
    static constexpr qint64 MaxImagePreviewBytes = 4 * 1024 * 1024;

    explicit EvidencePanel(QWidget *parent = nullptr);

    void setServices(SignoffServices *services);
    void setItem(qint64 assessmentId, qint64 itemId);
    void clear();
    void refresh();

    // What a drop or the file dialog does: each file is copied in by a worker.
    void addFiles(const QStringList &paths);
    void addEvidence(const NewEvidence &evidence);
    // Soft delete without asking (the Remove button asks first).
    bool removeEvidence(qint64 evidenceId);

    // Parses "src/app.cpp:10-20", "src/app.cpp:7" or "src/app.cpp"; false when malformed.
    static bool parseReference(const QString &text, NewEvidence &evidence);
    // One line per record, as the list shows it.
    QString describe(const EvidenceRecord &record) const;

    QList<EvidenceRecord> records() const { return m_records; }
    QListWidget *list() const { return m_list; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *imagePreview() const { return m_image; }
    QPlainTextEdit *textPreview() const { return m_text; }
    QPushButton *removeButton() const { return m_remove; }
    // "Valid until": when checked, evidence added from now on is fresh until that day and
    // shows as stale afterwards (last quarter's restore drill no longer proves much).
    QCheckBox *validUntilCheck() const { return m_validUntilCheck; }
    QDateEdit *validUntilEdit() const { return m_validUntil; }
    QPushButton *openButton() const { return m_open; }

signals:
    void errorOccurred(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void chooseFiles();
    void askUrl();
    void askNote();
    void askReference();
    void runCommand();
    void confirmRemove();
    void openCurrent();
    void showPreview();
    void updateButtons();
    void showStatus(const QString &text, bool error = false);
    void applyColours(); // stale entries and an error status follow the palette
    void added(qint64 itemId, const EvidenceRecord &record);
    void failed(qint64 itemId, const QString &message);
    const EvidenceRecord *current() const;

    SignoffServices *m_services = nullptr;
    qint64 m_assessmentId = 0;
    qint64 m_itemId = 0;
    QList<EvidenceRecord> m_records;
    bool m_statusIsError = false;
    QLabel *m_heading = nullptr;
    QToolButton *m_add = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_remove = nullptr;
    QListWidget *m_list = nullptr;
    QCheckBox *m_validUntilCheck = nullptr;
    QDateEdit *m_validUntil = nullptr;
    QStackedWidget *m_preview = nullptr;
    QLabel *m_image = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace greenlight
