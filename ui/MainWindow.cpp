#include "MainWindow.h"

#include <spdlog/spdlog.h>

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include "AssessmentActions.h"
#include "HelpActions.h"
#include "PreferencesActions.h"
#include "RecentAssessmentsMenu.h"
#include "approval/ApprovalPackExport.h"
#include "approval/SignoffServices.h"
#include "dialogs/AuditHistoryDialog.h"
#include "dialogs/ExpiringWaiversDialog.h"
#include "domain/Clock.h"
#include "itemmodels/AssessmentListModel.h"
#include "itemmodels/ChecklistFilter.h"
#include "pages/ChecklistPage.h"
#include "pages/DashboardPage.h"
#include "pages/ScanPage.h"
#include "pages/SignoffPage.h"
#include "pages/WelcomePage.h"
#include "store/AssessmentStore.h"
#include "store/Database.h"
#include "store/ScanStore.h"
#include "templates/TemplateCatalog.h"
#include "widgets/AssessmentListPanel.h"
#include "widgets/FilterBar.h"
#include "widgets/FindingsFilterBar.h"
#include "widgets/MessageBar.h"
#include "widgets/ProgressSummary.h"

using namespace Qt::StringLiterals;

namespace greenlight {

MainWindow::MainWindow(AssessmentStore &store,
                       const TemplateCatalog &catalog,
                       const QString &databasePath,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_catalog(catalog)
    , m_databasePath(databasePath)
    , m_assessments(new AssessmentListModel(store, this))
    , m_undoStack(new QUndoStack(this))
    , m_assessmentActions(new AssessmentActions(store, catalog, *m_assessments, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Greenlight"));
    setWindowIcon(QIcon(u":/icons/greenlight.svg"_s));
    createActions();

    m_messageBar = new MessageBar(this);
    m_packExport = new ApprovalPackExport(
            store, databasePath, SystemClock::instance(), catalog, *m_messageBar, this);
    m_welcome = new WelcomePage(this);
    m_welcome->setStorePath(databasePath);
    m_checklist = new ChecklistPage(store, *m_undoStack, this);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(u"pageTabs"_s);
    m_pages->setDocumentMode(true);
    m_dashboard = new DashboardPage(databasePath, SystemClock::instance(), this);
    m_pages->addTab(m_dashboard, tr("Dashboard"));
    m_pages->addTab(m_checklist, tr("Checklist"));
    // Screen readers announce a tab's tooltip as its description.
    m_pages->setTabToolTip(0,
                           tr("Readiness at a glance: the verdict and why, progress, findings, "
                              "the burn-up, expiring waivers and sign-offs"));
    m_pages->setTabToolTip(1, tr("Every item of the assessment, to assess one by one"));
    createScanPage();
    createSignoffPage();
    m_preferences = new PreferencesActions(Preferences::load(), databasePath, this);
    applyPreferences(m_preferences->current());
    m_recent = new RecentAssessmentsMenu(store, *m_assessments, databasePath, *m_messageBar, this);
    connectDashboard();
    createMenus();
    m_listPanel = new AssessmentListPanel(*m_assessments,
                                          {m_assessmentActions->newAction(),
                                           m_assessmentActions->renameAction(),
                                           m_assessmentActions->deleteAction()},
                                          this);
    m_workspace = new QSplitter(Qt::Horizontal, this);
    m_workspace->setObjectName(u"workspaceSplitter"_s);
    m_workspace->addWidget(m_listPanel);
    m_workspace->addWidget(m_pages);
    m_workspace->setStretchFactor(1, 1);
    m_workspace->setSizes({240, 1200});
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_workspace);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_assessmentLabel = new QLabel(this);
    m_progress = new ProgressSummary(this);
    statusBar()->addPermanentWidget(m_assessmentLabel, 1);
    statusBar()->addPermanentWidget(m_progress);

    setTabOrder(m_listPanel->view(), m_checklist->filterBar()->searchField());

    // Read the list before watching it, so start-up opens one assessment, not two.
    if (auto loaded = m_assessments->reload(); !loaded)
        showError(tr("Could not read the assessments: %1").arg(loaded.errorMessage()));

    connect(m_welcome,
            &WelcomePage::newAssessmentRequested,
            m_assessmentActions,
            &AssessmentActions::newAssessment);
    connect(m_welcome,
            &WelcomePage::openDemoRequested,
            m_assessmentActions,
            &AssessmentActions::openDemo);
    connect(m_assessmentActions, &AssessmentActions::assessmentCreated, this, [this](qint64 id) {
        selectAssessment(id);
        m_pages->setCurrentWidget(m_checklist); // nothing is done yet: start on the work
        m_checklist->focusTree();
    });
    connect(m_assessmentActions, &AssessmentActions::errorOccurred, this, &MainWindow::showError);
    connect(m_listPanel,
            &AssessmentListPanel::currentAssessmentChanged,
            this,
            &MainWindow::openAssessment);
    connect(m_checklist, &ChecklistPage::itemChanged, this, [this] { updateProgress(); });
    connect(m_checklist, &ChecklistPage::errorOccurred, this, &MainWindow::showError);
    connect(m_checklist, &ChecklistPage::currentItemChanged, this, &MainWindow::updateActions);
    connect(m_assessments, &QAbstractItemModel::rowsInserted, this, &MainWindow::updatePage);
    connect(m_assessments, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updatePage);
    connect(m_assessments, &QAbstractItemModel::modelReset, this, &MainWindow::updatePage);
    connect(m_assessments, &QAbstractItemModel::dataChanged, this, [this] {
        openAssessment(m_listPanel->currentAssessmentId()); // a rename changes the title
    });

    connect(m_preferences,
            &PreferencesActions::preferencesSaved,
            this,
            &MainWindow::applyPreferences);
    connect(m_preferences, &PreferencesActions::themeChosen, this, &MainWindow::themeChosen);
    connect(m_recent,
            &RecentAssessmentsMenu::assessmentRequested,
            this,
            &MainWindow::selectAssessment);
    m_recent->attachWelcomePage(m_welcome);
    reportTemplateProblems();
    restoreSettings();
    updatePage();
    m_checklist->focusTree();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});

    m_findAction = new QAction(tr("&Find…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (m_scan && m_pages->currentWidget() == m_scan)
            m_scan->filterBar()->focusSearch();
        else
            m_checklist->focusFilter();
    });

    for (int i = 0; i < ItemStatusCount; ++i) {
        const auto status = ItemStatus(i);
        QAction *action = new QAction(itemStatusDisplayName(status), this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, status] {
            m_checklist->setCurrentItemStatus(status);
        });
        m_statusActions[std::size_t(i)] = action;
    }

    m_showListAction = new QAction(tr("&Assessment List"), this);
    m_showListAction->setCheckable(true);
    m_showListAction->setChecked(true);
    m_showListAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_showListAction, &QAction::toggled, this, [this](bool on) {
        m_listPanel->setVisible(on);
    });
    m_expandAction = new QAction(tr("&Expand All"), this);
    connect(m_expandAction, &QAction::triggered, this, [this] { m_checklist->expandAll(); });
    m_collapseAction = new QAction(tr("&Collapse All"), this);
    connect(m_collapseAction, &QAction::triggered, this, [this] { m_checklist->collapseAll(); });
    m_clearFiltersAction = new QAction(tr("C&lear Filters"), this);
    m_clearFiltersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_clearFiltersAction, &QAction::triggered, this, [this] {
        m_checklist->clearFilters();
    });

    m_historyAction = new QAction(tr("Audit &History…"), this);
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_historyAction->setStatusTip(tr("Who changed what and when, for the assessment or the "
                                     "current item"));
    connect(m_historyAction, &QAction::triggered, this, &MainWindow::showAuditHistory);

    m_expiringWaiversAction = new QAction(tr("&Waivers Expiring Soon…"), this);
    m_expiringWaiversAction->setStatusTip(
            tr("Waivers that lapse soon: their items count as failed again afterwards"));
    connect(m_expiringWaiversAction, &QAction::triggered, this, &MainWindow::showExpiringWaivers);

    m_helpActions = new HelpActions(this);
}

void MainWindow::createScanPage()
{
    auto opened = Database::open(m_databasePath, Database::Mode::ExistingOnly);
    if (!opened) {
        showError(tr("Scans are unavailable: could not open the store for them: %1")
                          .arg(opened.errorMessage()));
        return;
    }
    m_scanDatabase = std::move(opened).value();
    m_scanStore = std::make_unique<ScanStore>(*m_scanDatabase, SystemClock::instance());
    m_scan = new ScanPage(m_store, *m_scanStore, &m_catalog, this);
    m_pages->addTab(m_scan, tr("Scan"));
    m_pages->setTabToolTip(m_pages->indexOf(m_scan),
                           tr("Scan the repository and review what the scan found"));
    m_checklist->setScanStore(m_scanStore.get());

    connect(m_scan->startAction(), &QAction::triggered, this, [this] {
        m_pages->setCurrentWidget(m_scan);
    });
    connect(m_scan, &ScanPage::errorOccurred, this, &MainWindow::showError);
    connect(m_scan, &ScanPage::itemActivated, this, [this](const QString &key) {
        m_pages->setCurrentWidget(m_checklist);
        if (!m_checklist->selectItemByKey(key))
            showError(tr("The item %1 is not in this assessment's checklist.").arg(key));
        m_checklist->focusTree();
    });
    connect(m_scan, &ScanPage::scanRecorded, this, [this](qint64 assessmentId) {
        if (assessmentId == m_checklist->assessmentId())
            m_checklist->refreshScanEvidence();
    });
    connect(m_checklist, &ChecklistPage::findingActivated, this, [this](const QString &print) {
        m_pages->setCurrentWidget(m_scan);
        if (!m_scan->showFinding(print))
            showError(tr("That finding is no longer open."));
    });
}

void MainWindow::createSignoffPage()
{
    auto opened = SignoffServices::open(m_databasePath, SystemClock::instance());
    if (!opened) {
        showError(tr("Evidence and sign-off are unavailable: could not open the store for "
                     "them: %1")
                          .arg(opened.errorMessage()));
        return;
    }
    m_signoffServices = std::move(opened).value();
    m_signoff = new SignoffPage(*m_signoffServices, this);
    m_pages->addTab(m_signoff, tr("Sign-off"));
    m_pages->setTabToolTip(m_pages->indexOf(m_signoff),
                           tr("Sign-off roles and signatures, and what blocks Deployment "
                              "Approval"));
    m_checklist->setSignoffServices(m_signoffServices.get());
    connect(m_signoff, &SignoffPage::errorOccurred, this, &MainWindow::showError);
    connect(m_signoffServices.get(),
            &SignoffServices::contentChanged,
            this,
            [this](qint64 assessmentId) {
                if (assessmentId == m_checklist->assessmentId()) {
                    m_checklist->refreshWaivers();
                    updateProgress(); // a waiver moves an item between failed and waived
                }
            });
}

void MainWindow::connectDashboard()
{
    m_dashboard->setAssessmentList(m_assessments);
    connect(m_dashboard, &DashboardPage::errorOccurred, this, &MainWindow::showError);
    connect(m_dashboard,
            &DashboardPage::itemsRequested,
            this,
            [this](const ChecklistFilter &filter) {
                m_pages->setCurrentWidget(m_checklist);
                m_checklist->showItems(filter);
                m_checklist->focusTree();
            });
    connect(m_checklist, &ChecklistPage::itemChanged, m_dashboard, &DashboardPage::scheduleRefresh);
    const auto refreshIfShown = [this](qint64 assessmentId) {
        if (assessmentId == m_dashboard->assessmentId())
            m_dashboard->scheduleRefresh();
    };
    if (m_scan)
        connect(m_scan, &ScanPage::scanRecorded, m_dashboard, refreshIfShown);
    if (m_signoffServices)
        connect(m_signoffServices.get(),
                &SignoffServices::contentChanged,
                m_dashboard,
                refreshIfShown);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_assessmentActions->newAction());
    file->addAction(m_assessmentActions->demoAction());
    file->addMenu(m_recent->menu());
    file->addSeparator();
    file->addAction(m_assessmentActions->renameAction());
    file->addAction(m_assessmentActions->deleteAction());
    file->addAction(m_historyAction);
    file->addAction(m_expiringWaiversAction);
    file->addAction(m_dashboard->compareAction());
    file->addSeparator();
    file->addAction(m_packExport->action());
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    QMenu *status = edit->addMenu(tr("Set &Status"));
    for (QAction *action : m_statusActions)
        status->addAction(action);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addSeparator();
    edit->addAction(m_preferences->action());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_showListAction);
    view->addSeparator();
    view->addAction(m_expandAction);
    view->addAction(m_collapseAction);
    view->addAction(m_clearFiltersAction);

    if (m_scan) {
        QMenu *scan = menuBar()->addMenu(tr("S&can"));
        scan->addAction(m_scan->startAction());
        scan->addAction(m_scan->cancelAction());
    }

    m_helpActions->addTo(menuBar()->addMenu(tr("&Help")));
}

std::optional<qint64> MainWindow::currentAssessmentId() const
{
    const qint64 id = m_checklist->assessmentId();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

bool MainWindow::isWelcomeShown() const
{
    return m_stack->currentWidget() == m_welcome;
}

void MainWindow::selectAssessment(qint64 id)
{
    updatePage();
    m_listPanel->selectAssessment(id);
}

bool MainWindow::openAssessmentById(qint64 id)
{
    return m_recent->openHere(id);
}

void MainWindow::openAssessment(std::optional<qint64> id)
{
    const auto info = id ? m_assessments->assessmentById(*id) : std::nullopt;
    if (!info) {
        m_checklist->commitPendingEdits();
        m_undoStack->clear();
        m_checklist->clear();
        m_dashboard->clear();
        if (m_scan)
            m_scan->clear();
        if (m_signoff)
            m_signoff->clear();
        setWindowTitle(tr("Greenlight"));
        m_assessmentLabel->clear();
        updateProgress();
        updateActions();
        return;
    }
    if (info->id != m_checklist->assessmentId()) {
        // Undo history belongs to one assessment; it must not reach into another.
        m_checklist->commitPendingEdits();
        m_undoStack->clear();
        if (auto loaded = m_checklist->loadAssessment(info->id); !loaded)
            showError(tr("Could not open the assessment: %1").arg(loaded.errorMessage()));
    }
    if (info->id != m_dashboard->assessmentId())
        m_dashboard->loadAssessment(info->id);
    if (m_scan && info->id != m_scan->assessmentId()) {
        if (auto loaded = m_scan->loadAssessment(info->id); !loaded)
            showError(tr("Could not read the scans: %1").arg(loaded.errorMessage()));
    }
    if (m_signoff && info->id != m_signoff->assessmentId()) {
        if (auto loaded = m_signoff->loadAssessment(info->id); !loaded)
            showError(tr("Could not read the sign-offs: %1").arg(loaded.errorMessage()));
    }
    m_recent->remember(*info);
    setWindowTitle(tr("%1 — Greenlight").arg(info->name));
    m_assessmentLabel->setText(tr("%1 %2").arg(info->system, info->release));
    updateProgress();
    updateActions();
}

void MainWindow::updatePage()
{
    const bool empty = m_assessments->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_welcome) : m_workspace);
    if (!empty && !m_listPanel->currentAssessmentId())
        m_listPanel->selectAssessment(
                m_assessments->data(m_assessments->index(0), AssessmentListModel::IdRole)
                        .toLongLong());
    updateActions();
}

void MainWindow::updateProgress()
{
    const auto id = currentAssessmentId();
    if (!id) {
        m_progress->clear();
        return;
    }
    auto progress = m_store.progress(*id);
    if (!progress) {
        showError(tr("Could not compute the progress: %1").arg(progress.errorMessage()));
        return;
    }
    int waived = 0;
    if (m_signoffServices) {
        // Waived items stay failed in the store; the summary knows which waivers are in force.
        if (auto readiness = m_signoffServices->summary(*id))
            waived = readiness->waived;
    }
    m_progress->setCounts(progress.value(), waived);
}

void MainWindow::updateActions()
{
    const bool hasAssessment = currentAssessmentId().has_value() && !isWelcomeShown();
    m_assessmentActions->setCurrentAssessment(currentAssessmentId());
    const bool hasItem = m_checklist && m_checklist->hasCurrentItem();
    for (QAction *action : m_statusActions)
        action->setEnabled(hasItem);
    for (QAction *action :
         {m_findAction, m_expandAction, m_collapseAction, m_clearFiltersAction, m_historyAction})
        action->setEnabled(hasAssessment);
    m_expiringWaiversAction->setEnabled(hasAssessment && m_signoffServices);
    m_packExport->setAssessment(hasAssessment ? currentAssessmentId() : std::nullopt);
}

void MainWindow::showError(const QString &message)
{
    spdlog::warn("{}", message.toStdString());
    m_messageBar->showMessage(message, MessageBar::Kind::Error);
}

void MainWindow::showAuditHistory()
{
    const auto id = currentAssessmentId();
    if (!id)
        return;
    m_checklist->commitPendingEdits(); // a note being typed is part of the history
    const auto info = m_assessments->assessmentById(*id);
    const auto item = m_checklist->currentItem();
    auto *dialog = new AuditHistoryDialog(m_databasePath,
                                          *id,
                                          info ? info->name : QString(),
                                          item ? std::optional<qint64>(item->id) : std::nullopt,
                                          item ? item->key : QString(),
                                          this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showExpiringWaivers()
{
    const auto id = currentAssessmentId();
    if (!id || !m_signoffServices)
        return;
    auto *dialog
            = new ExpiringWaiversDialog(*m_signoffServices, SystemClock::instance(), *id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExpiringWaiversDialog::itemActivated, this, [this](const QString &key) {
        m_pages->setCurrentWidget(m_checklist);
        if (!m_checklist->selectItemByKey(key))
            showError(tr("Item %1 is not in this assessment.").arg(key));
    });
    dialog->show();
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    // The store location and the language wait for the next start (the dialog says so).
    if (m_signoffServices)
        m_signoffServices->setMaxEvidenceBytes(preferences.evidenceMaxBytes);
    if (m_scan)
        m_scan->setMaxFileSize(preferences.scanMaxFileBytes);
}

void MainWindow::reportTemplateProblems()
{
    const TemplateProblems problems = m_catalog.problems();
    if (problems.isEmpty())
        return;
    for (const TemplateProblem &problem : problems)
        spdlog::warn("template problem: {}", problem.toString().toStdString());
    m_messageBar->showMessage(tr("Some template files were skipped (problems: %1). First: %2")
                                      .arg(problems.size())
                                      .arg(problems.first().toString()),
                              MessageBar::Kind::Warning);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    if (!restoreGeometry(settings.value(u"geometry"_s).toByteArray()))
        resize(1360, 860);
    restoreState(settings.value(u"state"_s).toByteArray());
    m_workspace->restoreState(settings.value(u"workspace"_s).toByteArray());
    m_checklist->restoreState(settings.value(u"checklist"_s).toByteArray());
    if (m_scan)
        m_scan->restoreState(settings.value(u"scan"_s).toByteArray());
    m_showListAction->setChecked(settings.value(u"showList"_s, true).toBool());
    const QString page = settings.value(u"page"_s).toString(); // the tab the user left open
    for (int i = 0; i < m_pages->count(); ++i) {
        if (!page.isEmpty() && m_pages->widget(i)->objectName() == page)
            m_pages->setCurrentIndex(i);
    }
    settings.endGroup();

    settings.beginGroup(u"Session"_s);
    if (settings.value(u"database"_s).toString() == m_databasePath) {
        const qint64 last = settings.value(u"assessment"_s).toLongLong();
        if (m_assessments->rowOf(last) >= 0)
            m_listPanel->selectAssessment(last);
    }
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    settings.setValue(u"workspace"_s, m_workspace->saveState());
    settings.setValue(u"checklist"_s, m_checklist->saveState());
    if (m_scan)
        settings.setValue(u"scan"_s, m_scan->saveState());
    settings.setValue(u"showList"_s, m_showListAction->isChecked());
    settings.setValue(u"page"_s, m_pages->currentWidget()->objectName());
    settings.endGroup();

    settings.beginGroup(u"Session"_s);
    settings.setValue(u"database"_s, m_databasePath);
    if (const auto id = currentAssessmentId())
        settings.setValue(u"assessment"_s, *id);
    else
        settings.remove(u"assessment"_s);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A note typed within the last moments must not be lost on quit.
    m_checklist->commitPendingEdits();
    saveSettings();
    event->accept();
}

} // namespace greenlight
