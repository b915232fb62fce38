#include "DemoWindowFixture.h"

#include <QDialog>
#include <QDir>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include "AssessmentActions.h"
#include "MainWindow.h"
#include "approval/SignoffServices.h"
#include "dialogs/AuditHistoryDialog.h"
#include "dialogs/CommandEvidenceDialog.h"
#include "dialogs/CompareDialog.h"
#include "dialogs/ExpiringWaiversDialog.h"
#include "dialogs/ExportPackDialog.h"
#include "dialogs/NewAssessmentDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "dialogs/SignDialog.h"
#include "dialogs/WaiverDialog.h"
#include "domain/Clock.h"
#include "pages/ChecklistPage.h"
#include "pages/DashboardPage.h"
#include "pages/ScanPage.h"
#include "pages/SignoffPage.h"
#include "store/AssessmentStore.h"
#include "store/Database.h"
#include "widgets/EvidencePanel.h"
#include "widgets/ItemDetailPane.h"
#include "widgets/MessageBar.h"

using namespace Qt::StringLiterals;

namespace greenlight::test {
namespace {

bool fail(const char *what)
{
    qWarning("DemoWindowFixture: %s", what);
    return false;
}

} // namespace

DemoWindowFixture::DemoWindowFixture() = default;

DemoWindowFixture::~DemoWindowFixture()
{
    if (m_window && m_window->signoffServices())
        waitIdle();
    m_window.reset();
    m_store.reset();
    m_database.reset();
}

bool DemoWindowFixture::openEmpty()
{
    if (!m_dir.isValid())
        return fail("no temporary folder");
    m_catalog.load({TemplateCatalog::builtInDirectory()});
    m_path = m_dir.filePath(u"store.sqlite"_s);
    auto opened = Database::open(m_path);
    if (!opened)
        return fail(qPrintable(opened.errorMessage()));
    m_database = std::move(opened).value();
    m_store = std::make_unique<AssessmentStore>(*m_database, SystemClock::instance());
    m_window = std::make_unique<MainWindow>(*m_store, m_catalog, m_path);
    m_window->resize(1400, 900);
    m_window->show();
    m_window->activateWindow();
    return QTest::qWaitForWindowExposed(m_window.get()) || fail("window not exposed");
}

bool DemoWindowFixture::populate()
{
    MainWindow &window = *m_window;
    SignoffServices *services = window.signoffServices();
    ScanPage *scan = window.scanPage();
    if (!services || !scan)
        return fail("the window has no sign-off services or scan page");

    // Two demos: the earlier one is what Compare With… offers for the current one.
    window.assessmentActions()->openDemo();
    m_earlierId = window.currentAssessmentId().value_or(0);
    window.assessmentActions()->openDemo();
    m_demoId = window.currentAssessmentId().value_or(0);
    if (m_earlierId <= 0 || m_demoId <= 0 || m_earlierId == m_demoId)
        return fail("the demo assessments were not created");

    QSignalSpy recorded(scan, &ScanPage::scanRecorded);
    window.pageTabs()->setCurrentWidget(scan);
    scan->startAction()->trigger();
    if (!recorded.wait(60000))
        return fail("the scan of the demo system was not recorded");

    // Sign first, then change the content: the signature shows as stale.
    auto roles = services->roles(m_demoId);
    if (!roles || roles->isEmpty())
        return fail("the demo has no sign-off roles");
    NewSignature signature;
    signature.roleId = roles->first().id;
    signature.signerName = u"Grace Hopper"_s;
    signature.decision = Decision::Conditional;
    signature.comment = u"Rotate the keys before go-live"_s;
    if (!services->sign(m_demoId, signature, std::nullopt))
        return fail("could not sign");

    auto items = m_store->items(m_demoId);
    if (!items)
        return fail("could not read the items");
    QString waivedKey;
    for (const ItemRecord &item : items.value()) {
        if (item.status == ItemStatus::Failed && !item.checks.isEmpty()) {
            m_waivedItemId = item.id;
            waivedKey = item.key;
            break;
        }
    }
    if (m_waivedItemId <= 0)
        return fail("the demo has no failed item with automated checks");
    NewWaiver waiver;
    waiver.justification = u"Compensating control in place"_s;
    waiver.acceptedBy = u"Dana (CISO)"_s;
    waiver.expiresOn = services->today().addDays(10);
    waiver.ticketUrl = u"https://tracker.example/RISK-42"_s;
    if (!services->waive(m_demoId, m_waivedItemId, waiver))
        return fail("could not waive");
    QSignalSpy added(services, &SignoffServices::evidenceAdded);
    NewEvidence note;
    note.kind = EvidenceKind::Note;
    note.text = u"Restore drill passed in 42 s"_s;
    services->addEvidence(m_waivedItemId, note);
    if (!added.wait(10000))
        return fail("the evidence was not added");

    ChecklistPage *checklist = window.checklistPage();
    window.pageTabs()->setCurrentWidget(checklist);
    if (!checklist->selectItemByKey(waivedKey))
        return fail("the waived item is not in the checklist");
    checklist->refreshWaivers();
    checklist->detailPane()->evidencePanel()->list()->setCurrentRow(0); // shows the preview
    window.messageBar()->showMessage(u"A message, for its Dismiss button"_s,
                                     MessageBar::Kind::Information);
    return waitIdle() || fail("the pages did not settle");
}

bool DemoWindowFixture::waitIdle()
{
    MainWindow &window = *m_window;
    return QTest::qWaitFor(
            [&window] {
                const SignoffServices *services = window.signoffServices();
                return !window.dashboardPage()->isRefreshing()
                       && !(window.signoffPage() && window.signoffPage()->isRefreshing())
                       && !(window.scanPage() && window.scanPage()->isScanning())
                       && !(services && services->pendingAdds() > 0);
            },
            20000);
}

bool DemoWindowFixture::showPage(QWidget *page)
{
    m_window->pageTabs()->setCurrentWidget(page);
    if (!QTest::qWaitFor([page] { return page->isVisible(); }, 5000))
        return fail("the page was not shown");
    QTest::qWait(50); // a shown dashboard starts its read from its show event
    return waitIdle() || fail("the page did not settle");
}

QList<DemoWindowFixture::Dialog> DemoWindowFixture::dialogs()
{
    MainWindow *window = m_window.get();
    SignoffServices *services = window->signoffServices();
    const QString path = m_path;
    const qint64 demo = m_demoId;
    const qint64 item = m_waivedItemId;
    const QList<ChecklistTemplate> templates = m_catalog.templates();
    const auto roles = services->roles(demo);
    const QList<RoleInfo> roleList = roles ? roles.value() : QList<RoleInfo>();
    const Clock &clock = SystemClock::instance();

    const auto dialog = [](const char *name, auto make) {
        return Dialog{QString::fromLatin1(name), [make](QWidget *parent) {
                          return std::unique_ptr<QDialog>(make(parent));
                      }};
    };
    return {
            dialog("AuditHistoryDialog",
                   [=](QWidget *parent) {
                       return new AuditHistoryDialog(
                               path, demo, u"Demo"_s, item, u"ITEM"_s, parent);
                   }),
            dialog("CommandEvidenceDialog",
                   [&clock](QWidget *parent) {
                       return new CommandEvidenceDialog(clock, QDir::tempPath(), parent);
                   }),
            dialog("CompareDialog",
                   [=, &clock](QWidget *parent) {
                       return new CompareDialog(
                               path, clock, *window->assessmentModel(), demo, parent);
                   }),
            dialog("ExpiringWaiversDialog",
                   [=, &clock](QWidget *parent) {
                       return new ExpiringWaiversDialog(*services, clock, demo, parent);
                   }),
            dialog("ExportPackDialog",
                   [](QWidget *parent) { return new ExportPackDialog(u"demo-pack"_s, parent); }),
            dialog("NewAssessmentDialog",
                   [=](QWidget *parent) { return new NewAssessmentDialog(templates, parent); }),
            dialog("PreferencesDialog",
                   [](QWidget *parent) {
                       const Preferences saved = Preferences::load();
                       return new PreferencesDialog(saved, saved, parent);
                   }),
            dialog("ShortcutsDialog",
                   [=](QWidget *parent) { return new ShortcutsDialog(window, parent); }),
            dialog("SignDialog",
                   [=](QWidget *parent) { return new SignDialog(roleList, QString(), parent); }),
            dialog("WaiverDialog",
                   [=](QWidget *parent) {
                       return new WaiverDialog(*services, demo, item, u"ITEM"_s, parent);
                   }),
    };
}

} // namespace greenlight::test
