#pragma once

#include <functional>

#include <QObject>
#include <QStringList>

#include "core/RecentAssessments.h"

class QAction;
class QMenu;
class QWidget;

namespace greenlight {

class AssessmentListModel;
class AssessmentStore;
class MessageBar;
class WelcomePage;
struct AssessmentInfo;

// File → Open Recent and what choosing an entry does. An assessment of the open store is
// selected in this window; one of another store opens in a new Greenlight process on that
// store (the window and its undo history belong to one store). An entry whose assessment was
// deleted, or whose store file is gone, leaves the list with a message in the message bar,
// and the assessments deleted in this window leave it at once.
class RecentAssessmentsMenu : public QObject
{
    Q_OBJECT

public:
    using Entry = RecentAssessments::Entry;
    // Starts program with arguments detached; QProcess::startDetached unless a test says
    // otherwise.
    using Launcher = std::function<bool(const QString &program, const QStringList &arguments)>;

    RecentAssessmentsMenu(AssessmentStore &store,
                          AssessmentListModel &model,
                          QString databasePath,
                          MessageBar &messageBar,
                          QWidget *parent);

    // What a list shows for the entry: its label, and the store's file name when the entry
    // belongs to another store than currentStore.
    static QString displayText(const Entry &entry, const QString &currentStore);

    QMenu *menu() const { return m_menu; }
    QAction *clearAction() const { return m_clear; }
    // The list as the settings hold it now (another window may have changed it).
    QList<Entry> entries() const;
    void setLauncher(Launcher launcher) { m_launch = std::move(launcher); }
    // The welcome page's Recent list shows the same entries and opens them the same way.
    void attachWelcomePage(WelcomePage *page);

    // The assessment was opened in this window: it goes to the top of the list.
    void remember(const AssessmentInfo &assessment);
    void open(const Entry &entry);
    // One of this store's assessments by id (Open Recent, --assessment at start): asks for it
    // to be selected, or removes it from the list with a message when it no longer exists.
    bool openHere(qint64 assessmentId);

public slots:
    void clear();

signals:
    void assessmentRequested(qint64 assessmentId); // one of this store's: select it
    void entriesChanged();

private:
    void rebuild();
    void forget(const QString &storePath, qint64 assessmentId);
    void forgetRemovedRows(int first, int last);
    QString labelOf(const QString &storePath, qint64 assessmentId) const;
    void showNotice(const QString &message);
    void showError(const QString &message);

    AssessmentStore &m_store;
    AssessmentListModel &m_model;
    QString m_databasePath;
    MessageBar &m_messageBar;
    QMenu *m_menu;
    QAction *m_clear;
    Launcher m_launch;
};

} // namespace greenlight
