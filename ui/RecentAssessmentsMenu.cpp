#include "RecentAssessmentsMenu.h"

#include <spdlog/spdlog.h>

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QProcess>

#include "itemmodels/AssessmentListModel.h"
#include "pages/WelcomePage.h"
#include "store/AssessmentStore.h"
#include "widgets/MessageBar.h"

using namespace Qt::StringLiterals;

namespace greenlight {

RecentAssessmentsMenu::RecentAssessmentsMenu(AssessmentStore &store,
                                             AssessmentListModel &model,
                                             QString databasePath,
                                             MessageBar &messageBar,
                                             QWidget *parent)
    : QObject(parent)
    , m_store(store)
    , m_model(model)
    , m_databasePath(QDir::cleanPath(databasePath))
    , m_messageBar(messageBar)
    , m_menu(new QMenu(tr("&Open Recent"), parent))
    , m_clear(new QAction(tr("&Clear Menu"), this))
    , m_launch([](const QString &program, const QStringList &arguments) {
        return QProcess::startDetached(program, arguments);
    })
{
    m_menu->setObjectName(u"openRecentMenu"_s);
    m_menu->setToolTipsVisible(true); // the tooltips name each entry's store
    m_clear->setObjectName(u"clearRecent"_s);
    m_clear->setStatusTip(tr("Empty the list of recent assessments; nothing is deleted"));
    connect(m_clear, &QAction::triggered, this, &RecentAssessmentsMenu::clear);
    // Another Greenlight window may have changed the list since it was last built.
    connect(m_menu, &QMenu::aboutToShow, this, &RecentAssessmentsMenu::rebuild);
    connect(&m_model,
            &QAbstractItemModel::rowsAboutToBeRemoved,
            this,
            [this](const QModelIndex &, int first, int last) { forgetRemovedRows(first, last); });
    rebuild();
}

QString RecentAssessmentsMenu::displayText(const Entry &entry, const QString &currentStore)
{
    if (entry.isOf(currentStore, entry.assessmentId))
        return entry.label;
    //: A recent assessment of another store: its label, then the store's file name.
    return tr("%1 (%2)").arg(entry.label, QFileInfo(entry.storePath).fileName());
}

QList<RecentAssessmentsMenu::Entry> RecentAssessmentsMenu::entries() const
{
    return RecentAssessments::load().entries();
}

void RecentAssessmentsMenu::attachWelcomePage(WelcomePage *page)
{
    const auto show = [this, page] {
        page->setRecentAssessments(entries());
    };
    connect(this, &RecentAssessmentsMenu::entriesChanged, page, show);
    connect(page, &WelcomePage::recentRequested, this, &RecentAssessmentsMenu::open);
    show();
}

void RecentAssessmentsMenu::remember(const AssessmentInfo &assessment)
{
    RecentAssessments recent = RecentAssessments::load();
    const Entry entry{m_databasePath,
                      assessment.id,
                      RecentAssessments::label(assessment.system, assessment.release)};
    if (!recent.isEmpty() && recent.entries().first() == entry)
        return; // already on top: no write, no rebuild
    recent.touch(entry);
    recent.save();
    rebuild();
}

void RecentAssessmentsMenu::open(const Entry &entry)
{
    if (entry.isOf(m_databasePath, entry.assessmentId)) {
        openHere(entry.assessmentId);
        return;
    }
    const QString store = QDir::toNativeSeparators(entry.storePath);
    // Never start Greenlight on a missing store: it would create a new, empty one there.
    if (!QFileInfo(entry.storePath).isFile()) {
        forget(entry.storePath, entry.assessmentId);
        showNotice(tr("The store %1 no longer exists, so “%2” was removed from the "
                      "recent assessments.")
                           .arg(store, entry.label));
        return;
    }
    const QStringList arguments{
            u"--db"_s, entry.storePath, u"--assessment"_s, QString::number(entry.assessmentId)};
    spdlog::info("opening assessment {} of store {} in a new window",
                 entry.assessmentId,
                 entry.storePath.toStdString());
    if (!m_launch(QCoreApplication::applicationFilePath(), arguments))
        showError(tr("Could not start Greenlight on the store %1.").arg(store));
}

bool RecentAssessmentsMenu::openHere(qint64 assessmentId)
{
    const auto found = m_store.assessment(assessmentId);
    if (!found) {
        if (found.error().code != Error::Code::NotFound) {
            showError(tr("Could not open the assessment: %1").arg(found.errorMessage()));
            return false;
        }
        const QString label = labelOf(m_databasePath, assessmentId);
        forget(m_databasePath, assessmentId);
        if (m_model.rowOf(assessmentId) >= 0) // deleted by another window meanwhile
            (void)m_model.reload();
        showNotice(
                label.isEmpty()
                        ? tr("There is no assessment %1 in this store; it may have been deleted.")
                                  .arg(assessmentId)
                        : tr("The assessment “%1” no longer exists: it was deleted. It was "
                             "removed from the recent assessments.")
                                  .arg(label));
        return false;
    }
    if (m_model.rowOf(assessmentId) < 0) { // created by another window meanwhile
        if (auto refreshed = m_model.refreshAssessment(assessmentId); !refreshed) {
            showError(refreshed.errorMessage());
            return false;
        }
    }
    emit assessmentRequested(assessmentId);
    return true;
}

void RecentAssessmentsMenu::clear()
{
    RecentAssessments none;
    none.save();
    rebuild();
}

void RecentAssessmentsMenu::rebuild()
{
    RecentAssessments recent = RecentAssessments::load();
    if (recent.removeMissingStores() > 0) // they can never be opened again
        recent.save();
    m_menu->clear();
    const QList<Entry> entries = recent.entries();
    for (int i = 0; i < entries.size(); ++i) {
        const Entry &entry = entries.at(i);
        QString text = displayText(entry, m_databasePath);
        text.replace(u'&', u"&&"_s); // a label's "&" is not a mnemonic
        const int number = i + 1;
        const QString prefix = number < 10 ? u"&%1 "_s.arg(number) : u"1&0 "_s;
        QAction *action = m_menu->addAction(prefix + text);
        action->setToolTip(QDir::toNativeSeparators(entry.storePath));
        action->setStatusTip(
                tr("Open %1 from %2").arg(entry.label, QDir::toNativeSeparators(entry.storePath)));
        connect(action, &QAction::triggered, this, [this, entry] { open(entry); });
    }
    if (entries.isEmpty()) {
        QAction *none = m_menu->addAction(tr("No Recent Assessments"));
        none->setEnabled(false);
    }
    m_menu->addSeparator();
    m_menu->addAction(m_clear);
    m_clear->setEnabled(!entries.isEmpty());
    emit entriesChanged();
}

void RecentAssessmentsMenu::forget(const QString &storePath, qint64 assessmentId)
{
    RecentAssessments recent = RecentAssessments::load();
    if (recent.remove(storePath, assessmentId))
        recent.save();
    rebuild();
}

void RecentAssessmentsMenu::forgetRemovedRows(int first, int last)
{
    // A reset or reload also removes rows without deleting anything; only a deletion in this
    // window comes through here with the assessment gone from the store.
    RecentAssessments recent = RecentAssessments::load();
    bool changed = false;
    for (int row = first; row <= last; ++row) {
        const auto info = m_model.assessmentAt(row);
        if (!info)
            continue;
        const auto stored = m_store.assessment(info->id);
        if (!stored && stored.error().code == Error::Code::NotFound)
            changed = recent.remove(m_databasePath, info->id) || changed;
    }
    if (!changed)
        return;
    recent.save();
    rebuild();
}

QString RecentAssessmentsMenu::labelOf(const QString &storePath, qint64 assessmentId) const
{
    const QList<Entry> list = entries();
    for (const Entry &entry : list) {
        if (entry.isOf(storePath, assessmentId))
            return entry.label;
    }
    return {};
}

void RecentAssessmentsMenu::showNotice(const QString &message)
{
    spdlog::info("{}", message.toStdString());
    m_messageBar.showMessage(message, MessageBar::Kind::Warning);
}

void RecentAssessmentsMenu::showError(const QString &message)
{
    spdlog::warn("{}", message.toStdString());
    m_messageBar.showMessage(message, MessageBar::Kind::Error);
}

} // namespace greenlight
