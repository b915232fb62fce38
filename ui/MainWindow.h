#pragma once

#include <array>
#include <memory>
#include <optional>

#include <QMainWindow>

#include "core/Preferences.h"
#include "domain/ItemStatus.h"

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QUndoStack;

namespace greenlight {

class AssessmentActions;
class AssessmentListModel;
class AssessmentListPanel;
class AssessmentStore;
class ChecklistPage;
class DashboardPage;
class Database;
class ApprovalPackExport;
class HelpActions;
class MessageBar;
class PreferencesActions;
class ProgressSummary;
class RecentAssessmentsMenu;
class ScanPage;
class ScanStore;
class SignoffPage;
class SignoffServices;
class TemplateCatalog;
class WelcomePage;

// The desktop window: assessments on the left, the open assessment's Dashboard, Checklist,
// Scan and Sign-off pages (tabs) in the middle, progress in the status bar. It owns the actions,
// the undo stack (cleared when another assessment opens) and the persisted window state; the work
// itself happens in the pages and widgets, each in its own class. Saved Preferences apply at
// once where they can: the size limits here, the theme through themeChosen().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(AssessmentStore &store,
               const TemplateCatalog &catalog,
               const QString &databasePath,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    std::optional<qint64> currentAssessmentId() const;
    bool isWelcomeShown() const;

    AssessmentListModel *assessmentModel() const { return m_assessments; }
    AssessmentListPanel *assessmentPanel() const { return m_listPanel; }
    ChecklistPage *checklistPage() const { return m_checklist; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    ScanPage *scanPage() const { return m_scan; } // null when the scan store could not open
    SignoffPage *signoffPage() const { return m_signoff; } // null when the store could not open
    SignoffServices *signoffServices() const { return m_signoffServices.get(); }
    ApprovalPackExport *packExport() const { return m_packExport; }
    QTabWidget *pageTabs() const { return m_pages; }
    WelcomePage *welcomePage() const { return m_welcome; }
    MessageBar *messageBar() const { return m_messageBar; }
    ProgressSummary *progressSummary() const { return m_progress; }
    QUndoStack *undoStack() const { return m_undoStack; }
    AssessmentActions *assessmentActions() const { return m_assessmentActions; }
    HelpActions *helpActions() const { return m_helpActions; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *historyAction() const { return m_historyAction; }
    QAction *expiringWaiversAction() const { return m_expiringWaiversAction; }
    PreferencesActions *preferencesActions() const { return m_preferences; }
    RecentAssessmentsMenu *recentAssessments() const { return m_recent; }

    // Selects one of this store's assessments (--assessment at start); when it no longer
    // exists, says so in the message bar and drops it from the recent assessments.
    bool openAssessmentById(qint64 id);

public slots:
    void selectAssessment(qint64 id);

signals:
    void themeChosen(greenlight::ThemeChoice theme); // saved in Preferences, and a change

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createScanPage();
    void createSignoffPage();
    void connectDashboard();
    void openAssessment(std::optional<qint64> id);
    void updatePage();
    void updateProgress();
    void updateActions();
    void showError(const QString &message);
    void showAuditHistory();
    void showExpiringWaivers();
    void applyPreferences(const Preferences &preferences);
    void reportTemplateProblems();
    void restoreSettings();
    void saveSettings() const;

    AssessmentStore &m_store;
    const TemplateCatalog &m_catalog;
    QString m_databasePath;

    AssessmentListModel *m_assessments = nullptr;
    QUndoStack *m_undoStack = nullptr;
    MessageBar *m_messageBar = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    QSplitter *m_workspace = nullptr;
    AssessmentListPanel *m_listPanel = nullptr;
    DashboardPage *m_dashboard = nullptr;
    ChecklistPage *m_checklist = nullptr;
    QTabWidget *m_pages = nullptr;
    ScanPage *m_scan = nullptr;
    // Scans are stored through a connection of their own on the same file (ScanStore and
    // AssessmentStore each work over one Database; both live on the GUI thread).
    std::unique_ptr<Database> m_scanDatabase;
    std::unique_ptr<ScanStore> m_scanStore;
    std::unique_ptr<SignoffServices> m_signoffServices;
    SignoffPage *m_signoff = nullptr;
    ApprovalPackExport *m_packExport = nullptr;
    PreferencesActions *m_preferences = nullptr;
    RecentAssessmentsMenu *m_recent = nullptr;
    ProgressSummary *m_progress = nullptr;
    QLabel *m_assessmentLabel = nullptr;

    AssessmentActions *m_assessmentActions = nullptr;
    HelpActions *m_helpActions = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_showListAction = nullptr;
    QAction *m_expandAction = nullptr;
    QAction *m_collapseAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_expiringWaiversAction = nullptr;
    std::array<QAction *, ItemStatusCount> m_statusActions{};
};

} // namespace greenlight
