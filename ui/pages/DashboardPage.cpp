#include "DashboardPage.h"

#include <algorithm>

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "dashboard/BurnUpChart.h"
#include "dashboard/DashboardStyle.h"
#include "dashboard/FindingsChart.h"
#include "dashboard/ProgressChart.h"
#include "dashboard/ReadinessPanel.h"
#include "dialogs/CompareDialog.h"
#include "domain/Clock.h"
#include "itemmodels/AssessmentListModel.h"
#include "report/DashboardLoader.h"
#include "report/ReportText.h"
#include "widgets/Accessibility.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

enum WaiverColumn { WaiverItemColumn, WaiverExpiresColumn, WaiverLeftColumn, WaiverByColumn };
enum SignoffColumn { RoleColumn, StateColumn, SignerColumn, SignedColumn };

QTreeWidget *makeList(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setUniformRowHeights(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    // The first column (item, role) takes the spare width; the others fit their contents.
    // It keeps room for ~18 characters ("Deployment Approval") even when longer translated
    // headers and states ("Nicht unterschrieben") fill the rest: a scroll bar appears then,
    // rather than "S...".
    list->header()->setStretchLastSection(false);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setMinimumSectionSize(list->fontMetrics().averageCharWidth() * 18);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    list->setMinimumHeight(90);
    return list;
}

// Short enough for the list ("Approved, stale"); ReportText's full sentence is the tooltip.
QString signoffStateText(const SnapshotSignoff &signoff)
{
    if (!signoff.isSigned)
        return DashboardPage::tr("Not signed");
    QString state;
    switch (signoff.decision) {
    case Decision::Approve:
        state = DashboardPage::tr("Approved");
        break;
    case Decision::Conditional:
        state = DashboardPage::tr("Conditional");
        break;
    case Decision::Reject:
        state = DashboardPage::tr("Rejected");
        break;
    }
    return signoff.stale ? DashboardPage::tr("%1, stale").arg(state) : state;
}

QGroupBox *box(const QString &title, QWidget *content, QWidget *parent)
{
    auto *group = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(group);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(content);
    return group;
}

} // namespace

DashboardPage::DashboardPage(QString databasePath, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_path(std::move(databasePath))
    , m_clock(clock)
    , m_debounce(new QTimer(this))
    , m_compareAction(new QAction(tr("Co&mpare With…"), this))
    , m_title(new QLabel(this))
    , m_updated(new QLabel(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_readiness(new ReadinessPanel(this))
    , m_grouping(new QComboBox(this))
    , m_progress(new ProgressChart(this))
    , m_progressScroll(new QScrollArea(this))
    , m_findings(new FindingsChart(this))
    , m_burnUp(new BurnUpChart(this))
    , m_waiversTitle(new QLabel(this))
    , m_waivers(makeList(u"expiringWaivers"_s,
                         {tr("Item"), tr("Expires"), tr("Left"), tr("Accepted by")},
                         this))
    , m_signoffs(makeList(
              u"signoffStates"_s, {tr("Role"), tr("State"), tr("Signer"), tr("Signed")}, this))
{
    setObjectName(u"dashboardPage"_s);
    setAccessibleName(tr("Dashboard page"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(RefreshDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &DashboardPage::refresh);
    m_compareAction->setStatusTip(tr("What changed since another assessment, e.g. the last "
                                     "release's: item statuses, new and fixed findings"));
    connect(m_compareAction, &QAction::triggered, this, &DashboardPage::showComparison);

    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(tr("Dashboard"));
    m_updated->setObjectName(u"dashboardUpdated"_s);
    m_updated->setForegroundRole(QPalette::PlaceholderText);
    m_refresh->setObjectName(u"dashboardRefresh"_s);
    Accessibility::describe(m_refresh,
                            tr("Refresh dashboard"),
                            tr("Reads the assessment again and redraws the dashboard"));
    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_updated);
    header->addWidget(m_refresh);

    m_grouping->setObjectName(u"progressGrouping"_s);
    // By template first: six bars read at a glance, forty sections need scrolling.
    m_grouping->addItem(tr("By template"), int(ProgressChart::Grouping::ByTemplate));
    m_grouping->addItem(tr("By section"), int(ProgressChart::Grouping::BySection));
    Accessibility::describe(m_grouping,
                            tr("Progress grouping"),
                            tr("Shows the progress chart per template or per section"));
    m_progressScroll->setWidget(m_progress);
    m_progressScroll->setWidgetResizable(true);
    m_progressScroll->setFrameShape(QFrame::NoFrame);
    m_progressScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // One tab stop, the chart: its accessible description reads out every row.
    m_progressScroll->setFocusPolicy(Qt::NoFocus);
    auto *progressBox = new QWidget(this);
    auto *progressLayout = new QVBoxLayout(progressBox);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->setSpacing(2);
    auto *groupingRow = new QHBoxLayout;
    groupingRow->addStretch(1);
    groupingRow->addWidget(new QLabel(tr("Progress:"), this));
    groupingRow->addWidget(m_grouping);
    progressLayout->addLayout(groupingRow);
    progressLayout->addWidget(m_progressScroll, 1);

    m_waiversTitle->setWordWrap(true);
    m_waiversTitle->setForegroundRole(QPalette::PlaceholderText);
    auto *waiversBox = new QWidget(this);
    auto *waiversLayout = new QVBoxLayout(waiversBox);
    waiversLayout->setContentsMargins(0, 0, 0, 0);
    waiversLayout->addWidget(m_waiversTitle);
    waiversLayout->addWidget(m_waivers, 1);
    m_waivers->setToolTip(tr("Waivers in force that lapse soon: the item counts as failed again "
                             "afterwards. Double-click one to open its item in the checklist."));
    Accessibility::describe(m_waivers,
                            tr("Waivers expiring soon"),
                            tr("Waivers in force that lapse soon, after which their items count "
                               "as failed again. Enter or a double-click opens the item."));
    Accessibility::describe(m_signoffs,
                            tr("Sign-off by role"),
                            tr("Each sign-off role with its state, signer and date"));
    auto *lists = new QVBoxLayout;
    m_waiversBox = box(tr("Waivers expiring soon"), waiversBox, this);
    lists->addWidget(m_waiversBox, 2);
    lists->addWidget(box(tr("Sign-off by role"), m_signoffs, this), 3);

    auto *grid = new QGridLayout;
    grid->addWidget(progressBox, 0, 0);
    grid->addWidget(m_findings, 0, 1);
    grid->addWidget(m_burnUp, 1, 0);
    grid->addLayout(lists, 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(0, 5); // the bars carry labels and a legend; the burn-up needs less
    grid->setRowStretch(1, 4);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addLayout(header);
    layout->addWidget(m_readiness);
    layout->addLayout(grid, 1);

    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        m_progress->setGrouping(ProgressChart::Grouping(m_grouping->currentData().toInt()));
        fitProgress();
    });
    connect(m_progress, &ProgressChart::itemsRequested, this, &DashboardPage::itemsRequested);
    connect(m_findings, &FindingsChart::itemsRequested, this, &DashboardPage::itemsRequested);
    connect(m_waivers, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *row) {
        ChecklistFilter filter;
        const QString key = row->data(WaiverItemColumn, Qt::UserRole).toString();
        filter.items = QSet<QString>{key};
        filter.itemsLabel = tr("Waived item %1").arg(row->text(WaiverItemColumn));
        emit itemsRequested(filter);
    });
    showEmpty({});
}

DashboardPage::~DashboardPage()
{
    // The worker reads through the clock and the store file this page was given.
    m_running.waitForFinished();
}

void DashboardPage::setAssessmentList(const AssessmentListModel *assessments)
{
    m_assessments = assessments;
    for (const auto changed : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(assessments, changed, this, &DashboardPage::updateCompareAction);
    connect(assessments,
            &QAbstractItemModel::modelReset,
            this,
            &DashboardPage::updateCompareAction);
    updateCompareAction();
}

void DashboardPage::updateCompareAction()
{
    m_compareAction->setEnabled(m_assessmentId > 0 && m_assessments
                                && m_assessments->rowCount() > 1);
}

void DashboardPage::showComparison()
{
    if (m_assessmentId <= 0 || !m_assessments)
        return;
    auto *dialog = new CompareDialog(m_path, m_clock, *m_assessments, m_assessmentId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CompareDialog::itemActivated, this, [this](const QString &key) {
        ChecklistFilter filter;
        filter.items = QSet<QString>{key};
        filter.itemsLabel = tr("Compared item %1").arg(key.section(u':', 1));
        emit itemsRequested(filter);
    });
    dialog->show();
}

void DashboardPage::loadAssessment(qint64 assessmentId)
{
    if (assessmentId != m_assessmentId) {
        m_assessmentId = assessmentId;
        m_data = {};
        showEmpty(tr("Reading the assessment…"));
    }
    m_debounce->stop();
    updateCompareAction();
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void DashboardPage::clear()
{
    m_assessmentId = 0;
    m_data = {};
    m_stale = false;
    m_debounce->stop();
    ++m_generation;
    m_refreshing = false;
    updateCompareAction();
    showEmpty({});
}

void DashboardPage::scheduleRefresh()
{
    if (m_assessmentId <= 0)
        return;
    if (!isVisible()) {
        m_stale = true; // read when shown: nobody looks at a hidden dashboard
        return;
    }
    m_debounce->start();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The charts and the readiness panel recolour themselves; the two lists carry colours
    // set per row.
    if (event->type() == QEvent::PaletteChange && m_data.snapshot.assessmentId > 0) {
        showWaivers(m_data);
        showSignoffs(m_data.snapshot);
    }
}

void DashboardPage::refresh()
{
    m_debounce->stop();
    m_stale = false;
    const quint64 generation = ++m_generation;
    if (m_assessmentId <= 0) {
        m_refreshing = false;
        showEmpty({});
        emit refreshed();
        return;
    }
    m_refreshing = true;
    m_refresh->setEnabled(false);
    auto *watcher = new QFutureWatcher<DashboardData>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer read is on its way
        m_refreshing = false;
        m_refresh->setEnabled(true);
        const DashboardData data = watcher->result();
        if (!data.ok())
            emit errorOccurred(tr("Could not read the dashboard: %1").arg(data.error));
        showData(data);
        emit refreshed();
    });
    const auto load = qOverload<const QString &, const Clock &, qint64>(&DashboardLoader::load);
    m_running = QtConcurrent::run(load, m_path, std::cref(m_clock), m_assessmentId);
    watcher->setFuture(m_running);
}

void DashboardPage::showEmpty(const QString &message)
{
    m_readiness->showMessage(message);
    m_progress->setSnapshot({});
    fitProgress();
    m_findings->setSnapshot({});
    m_burnUp->setPoints({});
    m_waivers->clear();
    m_signoffs->clear();
    m_waiversTitle->clear();
    m_updated->clear();
    m_refresh->setEnabled(m_assessmentId > 0);
}

void DashboardPage::showData(const DashboardData &data)
{
    m_data = data;
    if (data.snapshot.assessmentId <= 0) {
        showEmpty(data.error);
        return;
    }
    const AssessmentSnapshot &snapshot = data.snapshot;
    m_title->setText(tr("Dashboard — %1").arg(snapshot.name));
    m_updated->setText(tr("as of %1").arg(ReportText::dateTime(snapshot.generatedAt)));
    m_readiness->setSnapshot(snapshot);
    m_progress->setSnapshot(snapshot);
    fitProgress();
    m_findings->setSnapshot(snapshot);
    m_burnUp->setPoints(data.burnUp);
    showWaivers(data);
    showSignoffs(snapshot);
}

void DashboardPage::fitProgress()
{
    // Room for a handful of bars without scrolling; more rows scroll inside the chart's area.
    m_progressScroll->setMinimumHeight(std::min(m_progress->preferredHeight(), 270));
}

void DashboardPage::showWaivers(const DashboardData &data)
{
    m_waivers->clear();
    m_waiversBox->setTitle(
            tr("Waivers expiring within %n day(s)", nullptr, data.expiringWithinDays));
    m_waiversTitle->setText(tr("None: no waiver in force lapses that soon."));
    m_waiversTitle->setVisible(data.expiringSoon.isEmpty());
    QHash<QString, QString> titles; // bare key -> title, for display only
    for (const SnapshotItem &item : data.snapshot.items)
        titles.insert(item.key, item.title);
    const QDate today = data.snapshot.today;
    for (const WaiverRecord &waiver : data.expiringSoon) {
        auto *row = new QTreeWidgetItem(m_waivers);
        const QString title = titles.value(waiver.itemKey);
        row->setText(WaiverItemColumn,
                     title.isEmpty() ? waiver.itemKey : tr("%1 %2").arg(waiver.itemKey, title));
        row->setData(WaiverItemColumn, Qt::UserRole, waiver.itemKey);
        row->setToolTip(WaiverItemColumn, waiver.justification);
        row->setText(WaiverExpiresColumn, ReportText::date(waiver.expiresOn));
        const qint64 left = today.daysTo(waiver.expiresOn);
        row->setText(WaiverLeftColumn,
                     left == 0 ? tr("today") : tr("%n day(s)", nullptr, int(left)));
        row->setForeground(WaiverLeftColumn,
                           left <= 3 ? DashboardStyle::urgentColor()
                                     : DashboardStyle::waivedColor());
        row->setText(WaiverByColumn, waiver.acceptedBy);
    }
}

void DashboardPage::showSignoffs(const AssessmentSnapshot &snapshot)
{
    m_signoffs->clear();
    for (const SnapshotSignoff &signoff : snapshot.signoffs) {
        auto *row = new QTreeWidgetItem(m_signoffs);
        row->setText(RoleColumn,
                     signoff.required ? signoff.roleTitle
                                      : tr("%1 (optional)").arg(signoff.roleTitle));
        row->setToolTip(RoleColumn, signoff.meaning);
        row->setText(StateColumn, signoffStateText(signoff));
        QStringList details{ReportText::signoffState(signoff)};
        if (!signoff.comment.isEmpty())
            details.append(signoff.comment);
        details += signoff.changes;
        row->setToolTip(StateColumn, details.join(u'\n'));
        QColor colour = palette().color(QPalette::PlaceholderText);
        if (signoff.isSigned)
            colour = signoff.stale ? DashboardStyle::urgentColor()
                                   : DashboardStyle::decisionColor(signoff.decision);
        row->setForeground(StateColumn, colour);
        row->setText(SignerColumn, signoff.signerName);
        row->setText(SignedColumn, ReportText::date(signoff.signedAt.toUTC().date()));
        row->setToolTip(SignedColumn, ReportText::dateTime(signoff.signedAt));
    }
}

} // namespace greenlight
