#include "CompareDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "dashboard/DashboardStyle.h"
#include "domain/Clock.h"
#include "itemmodels/AssessmentListModel.h"
#include "report/DashboardLoader.h"
#include "report/ReportText.h"
#include "widgets/Accessibility.h"
#include "widgets/StatusIcons.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

enum ItemColumn { KeyColumn, TitleColumn, SectionColumn, BeforeColumn, AfterColumn, ChangeColumn };
enum FindingColumn { SeverityColumn, FindingTitleColumn, LocationColumn, RuleColumn };

using Direction = AssessmentComparison::Direction;

QString directionText(Direction direction)
{
    switch (direction) {
    case Direction::Improved:
        return CompareDialog::tr("Improved");
    case Direction::Regressed:
        return CompareDialog::tr("Regressed");
    case Direction::Changed:
        return CompareDialog::tr("Changed");
    case Direction::Added:
        return CompareDialog::tr("New item");
    case Direction::Removed:
        return CompareDialog::tr("Not in this assessment");
    }
    return {};
}

QColor directionColor(Direction direction, const QPalette &palette)
{
    switch (direction) {
    case Direction::Improved:
        return DashboardStyle::columnColor(ProgressColumn::Pass);
    case Direction::Regressed:
        return DashboardStyle::columnColor(ProgressColumn::Fail);
    default:
        return palette.color(QPalette::Text);
    }
}

QTreeWidget *makeView(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *view = new QTreeWidget(parent);
    view->setObjectName(name);
    view->setHeaderLabels(headers);
    view->setRootIsDecorated(false);
    view->setAlternatingRowColors(true);
    view->setUniformRowHeights(true);
    view->setSortingEnabled(false);
    view->header()->setStretchLastSection(true);
    return view;
}

void fillFindings(QTreeWidget *view, const QList<SnapshotFinding> &findings)
{
    view->clear();
    for (const SnapshotFinding &finding : findings) {
        auto *row = new QTreeWidgetItem(view);
        row->setIcon(SeverityColumn, StatusIcons::severity(finding.severity));
        row->setText(SeverityColumn, severityDisplayName(finding.severity));
        row->setText(FindingTitleColumn, finding.title);
        row->setToolTip(FindingTitleColumn, finding.issue);
        row->setText(LocationColumn, finding.location);
        row->setText(RuleColumn, finding.ruleId);
    }
    for (int column = SeverityColumn; column < RuleColumn; ++column)
        view->resizeColumnToContents(column);
}

QString summaryOf(const ReadinessSummary &s, VerdictLevel verdict)
{
    return CompareDialog::tr("<span style=\"color:%1\"><b>%2</b></span>, %3 of %4 done, "
                             "%5 failed, %6 waived")
            .arg(DashboardStyle::verdictColor(verdict).name(), verdictDisplayName(verdict))
            .arg(s.done())
            .arg(s.total)
            .arg(s.failed)
            .arg(s.waived);
}

} // namespace

CompareDialog::CompareDialog(QString databasePath,
                             const Clock &clock,
                             const AssessmentListModel &assessments,
                             qint64 currentId,
                             QWidget *parent)
    : QDialog(parent)
    , m_path(std::move(databasePath))
    , m_clock(clock)
    , m_base(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_items(makeView(
              u"changedItems"_s,
              {tr("Item"), tr("Title"), tr("Section"), tr("Before"), tr("Now"), tr("Change")},
              this))
    , m_newFindings(makeView(
              u"newFindings"_s, {tr("Severity"), tr("Finding"), tr("Location"), tr("Rule")}, this))
    , m_fixedFindings(makeView(u"fixedFindings"_s,
                               {tr("Severity"), tr("Finding"), tr("Location"), tr("Rule")},
                               this))
{
    setObjectName(u"compareDialog"_s);
    for (int row = 0; row < assessments.rowCount(); ++row) {
        const auto info = assessments.assessmentAt(row);
        if (info && info->id == currentId)
            m_current = *info;
        else if (info)
            m_others.append(*info);
    }
    setWindowTitle(tr("Compare %1 With…").arg(m_current.name));
    resize(980, 600);

    m_base->setObjectName(u"compareBase"_s);
    Accessibility::describe(m_base,
                            tr("Assessment to compare with"),
                            tr("The earlier assessment, e.g. the last release's, whose statuses "
                               "and findings this one is compared with"));
    for (const AssessmentInfo &info : m_others) {
        m_base->addItem(tr("%1 — %2 %3 (%4)")
                                .arg(info.name,
                                     info.system,
                                     info.release,
                                     ReportText::date(info.createdAt.toUTC().date())),
                        info.id);
    }
    auto *baseLabel = new QLabel(tr("Compare &with:"), this);
    baseLabel->setBuddy(m_base);
    auto *top = new QHBoxLayout;
    top->addWidget(baseLabel);
    top->addWidget(m_base, 1);

    m_summary->setObjectName(u"compareSummary"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_items->setToolTip(tr("Double-click an item to open it in the checklist"));
    m_tabs->setObjectName(u"compareTabs"_s);
    m_tabs->addTab(m_items, tr("Changed items"));
    m_tabs->addTab(m_newFindings, tr("New findings"));
    m_tabs->addTab(m_fixedFindings, tr("Fixed findings"));
    // Screen readers announce a tab's tooltip as its description.
    m_tabs->setTabToolTip(0, tr("Items whose status changed since the other assessment"));
    m_tabs->setTabToolTip(1, tr("Findings open now that the other assessment did not have"));
    m_tabs->setTabToolTip(2, tr("Findings of the other assessment that are gone now"));
    Accessibility::describe(m_items,
                            tr("Changed items"),
                            tr("Items whose status changed: before, now and whether it improved "
                               "or regressed. Enter or a double-click opens the item."));
    Accessibility::describe(m_newFindings,
                            tr("New findings"),
                            tr("Findings open now that the other assessment did not have"));
    Accessibility::describe(m_fixedFindings,
                            tr("Fixed findings"),
                            tr("Findings of the other assessment that are gone now"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    Accessibility::describe(
            buttons->button(QDialogButtonBox::Close), tr("Close"), tr("Closes the comparison"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_base, &QComboBox::currentIndexChanged, this, &CompareDialog::compare);
    connect(m_items, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *row) {
        const QString key = row->data(KeyColumn, Qt::UserRole).toString();
        if (!key.isEmpty())
            emit itemActivated(key);
    });

    if (m_others.isEmpty()) {
        m_base->setEnabled(false);
        m_summary->setText(tr("There is no other assessment to compare with."));
        return;
    }
    const QSignalBlocker blocker(m_base);
    m_base->setCurrentIndex(defaultBaseIndex(m_current, m_others));
    QMetaObject::invokeMethod(this, &CompareDialog::compare, Qt::QueuedConnection);
}

CompareDialog::~CompareDialog()
{
    m_running.waitForFinished(); // the worker reads through m_clock
}

int CompareDialog::defaultBaseIndex(const AssessmentInfo &current,
                                    const QList<AssessmentInfo> &others)
{
    int best = -1;
    for (int i = 0; i < others.size(); ++i) {
        const AssessmentInfo &other = others.at(i);
        if (other.system != current.system)
            continue;
        if (best < 0 || other.createdAt > others.at(best).createdAt)
            best = i;
    }
    if (best >= 0)
        return best;
    for (int i = 0; i < others.size(); ++i) {
        if (best < 0 || others.at(i).createdAt > others.at(best).createdAt)
            best = i;
    }
    return std::max(best, 0);
}

void CompareDialog::compare()
{
    const qint64 baseId = m_base->currentData().toLongLong();
    if (baseId <= 0)
        return;
    const quint64 generation = ++m_generation;
    m_comparing = true;
    m_summary->setText(tr("Comparing…"));
    auto *watcher = new QFutureWatcher<Result<AssessmentComparison>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_comparing = false;
        showResult(watcher->result());
        emit compared();
    });
    m_running = QtConcurrent::run(
            &DashboardLoader::compare, m_path, std::cref(m_clock), baseId, m_current.id);
    watcher->setFuture(m_running);
}

void CompareDialog::showResult(const Result<AssessmentComparison> &result)
{
    if (!result) {
        m_comparison.reset();
        m_items->clear();
        m_newFindings->clear();
        m_fixedFindings->clear();
        m_summary->setText(tr("Could not compare: %1").arg(result.errorMessage().toHtmlEscaped()));
        return;
    }
    const AssessmentComparison &c = result.value();
    m_comparison = c;
    m_summary->setText(
            tr("<b>%1</b> (then): %2<br><b>%3</b> (now): %4<br>"
               "%5 items changed status: <span style=\"color:%6\">%7 improved</span>, "
               "<span style=\"color:%8\">%9 regressed</span>, %10 otherwise; %11 unchanged. "
               "Findings: %12 new, %13 fixed, %14 still open.")
                    .arg(c.baseName.toHtmlEscaped(), summaryOf(c.baseSummary, c.baseVerdict))
                    .arg(c.currentName.toHtmlEscaped(),
                         summaryOf(c.currentSummary, c.currentVerdict))
                    .arg(c.itemChanges.size())
                    .arg(DashboardStyle::columnColor(ProgressColumn::Pass).name())
                    .arg(c.count(Direction::Improved))
                    .arg(DashboardStyle::columnColor(ProgressColumn::Fail).name())
                    .arg(c.count(Direction::Regressed))
                    .arg(c.itemChanges.size() - c.count(Direction::Improved)
                         - c.count(Direction::Regressed))
                    .arg(c.unchangedItems)
                    .arg(c.newFindings.size())
                    .arg(c.fixedFindings.size())
                    .arg(c.persistingFindings));
    showItems(c);
    fillFindings(m_newFindings, c.newFindings);
    fillFindings(m_fixedFindings, c.fixedFindings);
    m_tabs->setTabText(0, tr("Changed items (%1)").arg(c.itemChanges.size()));
    m_tabs->setTabText(1, tr("New findings (%1)").arg(c.newFindings.size()));
    m_tabs->setTabText(2, tr("Fixed findings (%1)").arg(c.fixedFindings.size()));
}

void CompareDialog::showItems(const AssessmentComparison &comparison)
{
    m_items->clear();
    for (const AssessmentComparison::ItemChange &change : comparison.itemChanges) {
        auto *row = new QTreeWidgetItem(m_items);
        row->setText(KeyColumn, change.key);
        if (change.direction != Direction::Removed)
            row->setData(KeyColumn, Qt::UserRole, change.templateId + u':' + change.key);
        row->setIcon(KeyColumn, StatusIcons::severity(change.severity));
        row->setToolTip(KeyColumn, severityDisplayName(change.severity));
        row->setText(TitleColumn, change.title);
        row->setToolTip(TitleColumn, change.title);
        row->setText(SectionColumn, change.sectionTitle);
        if (change.direction != Direction::Added)
            row->setText(BeforeColumn, ReportText::statusName(change.before));
        if (change.direction != Direction::Removed)
            row->setText(AfterColumn, ReportText::statusName(change.after));
        row->setText(ChangeColumn, directionText(change.direction));
        row->setForeground(ChangeColumn, directionColor(change.direction, palette()));
    }
    m_items->resizeColumnToContents(KeyColumn);
    m_items->setColumnWidth(TitleColumn, 320);
    for (int column = SectionColumn; column < ChangeColumn; ++column)
        m_items->resizeColumnToContents(column);
}

} // namespace greenlight
