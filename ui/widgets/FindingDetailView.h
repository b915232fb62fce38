#pragma once

#include <QHash>
#include <QWidget>

#include "scan/FindingContext.h"
#include "store/ScanRecords.h"

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QVBoxLayout;

namespace greenlight {

// One finding in full: severity, rule and title, message, location, how to fix it, the
// checklist items it bears on (links: itemActivated()), and the lines around it with line
// numbers and the finding's line highlighted. The lines are read on a worker thread, and
// never show a secret: see FindingContext.
class FindingDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit FindingDetailView(QWidget *parent = nullptr);

    // root is the scanned repository the finding's path is relative to.
    void setFinding(const FindingRecord &record, const QString &root);
    void clear(const QString &placeholder = {});
    bool hasFinding() const { return m_hasFinding; }
    QString fingerprint() const { return m_record.finding.fingerprint; }
    // Titles shown next to the item keys ("SEC-012 No secrets in the image").
    void setItemTitles(const QHash<QString, QString> &titles) { m_itemTitles = titles; }

    bool isLoadingContext() const { return m_loading; }
    QPlainTextEdit *contextView() const { return m_context; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *itemsLabel() const { return m_items; }
    QLabel *locationLabel() const { return m_location; }
    QLabel *contextNoteLabel() const { return m_contextNote; }

signals:
    void itemActivated(const QString &itemKey);
    void contextShown(); // the context lines (or why there are none) are on screen

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildContent();
    void showMeta();
    void loadContext(const QString &root);
    void showContext(const FindingContext &context);
    void markContext(); // muted line numbers, the finding's lines in its severity's colour
    QString itemsHtml(const QStringList &keys) const;

    FindingRecord m_record;
    FindingContext m_shownContext;
    bool m_hasFinding = false;
    bool m_loading = false;
    quint64 m_generation = 0;
    QHash<QString, QString> m_itemTitles;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_location = nullptr;
    QLabel *m_fixHeading = nullptr;
    QLabel *m_fix = nullptr;
    QLabel *m_itemsHeading = nullptr;
    QLabel *m_items = nullptr;
    QPlainTextEdit *m_context = nullptr;
    QLabel *m_contextNote = nullptr;
    QVBoxLayout *m_contentLayout = nullptr;
};

} // namespace greenlight
