#pragma once

#include <QWidget>

#include "core/RecentAssessments.h"

class QCommandLinkButton;
class QLabel;
class QListWidget;

namespace greenlight {

// Shown while the store holds no assessment. It creates nothing by itself: the user picks
// a new assessment, the demo, or a recent assessment (of another store, mostly).
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setStorePath(const QString &path);
    // The Recent list, hidden while entries is empty.
    void setRecentAssessments(const QList<RecentAssessments::Entry> &entries);
    QCommandLinkButton *newAssessmentButton() const { return m_new; }
    QCommandLinkButton *openDemoButton() const { return m_demo; }
    QListWidget *recentList() const { return m_recent; }

signals:
    void newAssessmentRequested();
    void openDemoRequested();
    void recentRequested(const greenlight::RecentAssessments::Entry &entry);

private:
    QCommandLinkButton *m_new;
    QCommandLinkButton *m_demo;
    QLabel *m_recentHeading;
    QListWidget *m_recent;
    QLabel *m_storePath;
    QString m_store;
    QList<RecentAssessments::Entry> m_entries;
};

} // namespace greenlight
