#include "SignoffPage.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "approval/SignoffServices.h"
#include "dialogs/SignDialog.h"
#include "widgets/Accessibility.h"
#include "widgets/StatusStyle.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

enum Column { RoleColumn, SignerColumn, DecisionColumn, SignedColumn, StateColumn, MeaningColumn };

QString decisionText(Decision decision)
{
    switch (decision) {
    case Decision::Approve:
        return SignoffPage::tr("Approved");
    case Decision::Conditional:
        return SignoffPage::tr("Approved with conditions");
    case Decision::Reject:
        return SignoffPage::tr("Rejected");
    }
    return {};
}

QColor decisionColor(Decision decision)
{
    switch (decision) {
    case Decision::Approve:
        return StatusStyle::statusColor(ItemStatus::Passed);
    case Decision::Conditional:
        return StatusStyle::cautionColor();
    case Decision::Reject:
        return StatusStyle::errorColor();
    }
    return {};
}

} // namespace

SignoffPage::SignoffPage(SignoffServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(u"signoffPage"_s);
    setAccessibleName(tr("Sign-off page"));
    auto *title = new QLabel(tr("Sign-off"), this);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_readiness = new QLabel(this);
    m_readiness->setObjectName(u"readinessLabel"_s);
    m_readiness->setTextFormat(Qt::RichText);
    m_readiness->setWordWrap(true);
    m_sign = new QPushButton(tr("&Sign…"), this);
    m_sign->setObjectName(u"signButton"_s);
    Accessibility::describe(m_sign,
                            tr("Sign off"),
                            tr("Signs for a role: approve, approve with conditions or reject the "
                               "assessment as it is now"));
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_sign);

    m_roles = new QTreeWidget(this);
    m_roles->setObjectName(u"signoffRoles"_s);
    m_roles->setHeaderLabels(
            {tr("Role"), tr("Signer"), tr("Decision"), tr("Signed"), tr("State"), tr("Meaning")});
    m_roles->setRootIsDecorated(true);
    m_roles->setAlternatingRowColors(true);
    m_roles->setWordWrap(false);
    m_roles->header()->setStretchLastSection(true);
    Accessibility::describe(m_roles,
                            tr("Sign-off roles"),
                            tr("Each role with its signer, decision and date, and whether the "
                               "signature is current or stale; under a stale one, what changed"));

    m_approvalBox = new QGroupBox(tr("Deployment Approval"), this);
    m_approval = new QLabel(m_approvalBox);
    m_approval->setObjectName(u"approvalLabel"_s);
    m_approval->setTextFormat(Qt::RichText);
    m_approval->setWordWrap(true);
    m_blockers = new QListWidget(m_approvalBox);
    m_blockers->setObjectName(u"approvalBlockers"_s);
    m_blockers->setMaximumHeight(150);
    Accessibility::describe(m_blockers,
                            tr("Approval blockers"),
                            tr("What blocks Deployment Approval, and the conditions of "
                               "conditional approvals"));
    auto *approvalLayout = new QVBoxLayout(m_approvalBox);
    approvalLayout->addWidget(m_approval);
    approvalLayout->addWidget(m_blockers);

    m_chainHead = new QLabel(this);
    m_chainHead->setObjectName(u"chainHeadLabel"_s);
    m_chainHead->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chainHead->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->addLayout(top);
    layout->addWidget(m_readiness);
    layout->addWidget(m_roles, 1);
    layout->addWidget(m_approvalBox);
    layout->addWidget(m_chainHead);

    connect(m_sign, &QPushButton::clicked, this, &SignoffPage::openSignDialog);
    connect(&m_services, &SignoffServices::contentChanged, this, [this](qint64 assessmentId) {
        if (assessmentId == m_assessmentId)
            refresh();
    });
    clear();
}

Result<void> SignoffPage::loadAssessment(qint64 assessmentId)
{
    m_assessmentId = assessmentId;
    auto roles = m_services.roles(assessmentId);
    if (!roles) {
        m_roleInfos.clear();
        refresh();
        return roles.error();
    }
    m_roleInfos = roles.value();
    refresh();
    return {};
}

void SignoffPage::clear()
{
    m_assessmentId = 0;
    m_roleInfos.clear();
    refresh();
}

void SignoffPage::refresh()
{
    m_sign->setEnabled(m_assessmentId > 0 && !m_roleInfos.isEmpty());
    const quint64 generation = ++m_generation;
    if (m_assessmentId <= 0) {
        m_refreshing = false;
        showOverview({});
        emit refreshed();
        return;
    }
    m_refreshing = true;
    auto *watcher = new QFutureWatcher<SignoffServices::Overview>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer refresh is on its way
        m_refreshing = false;
        const SignoffServices::Overview overview = watcher->result();
        if (!overview.error.isEmpty())
            emit errorOccurred(tr("Could not read the sign-offs: %1").arg(overview.error));
        showOverview(overview);
        emit refreshed();
    });
    watcher->setFuture(QtConcurrent::run(&SignoffServices::overview,
                                         m_services.databasePath(),
                                         std::cref(m_services.clock()),
                                         m_assessmentId));
}

void SignoffPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_assessmentId > 0 && !m_refreshing)
        showOverview(SignoffServices::Overview(m_overview)); // the state colours, repainted
}

void SignoffPage::showOverview(const SignoffServices::Overview &overview)
{
    m_overview = overview;
    showReadiness(overview);
    showRoles(overview);
    showApproval(overview);
    if (m_assessmentId <= 0)
        m_chainHead->clear();
    else if (overview.chainHead)
        m_chainHead->setText(tr("Audit chain head: %1").arg(*overview.chainHead));
    else
        m_chainHead->setText(tr("Audit chain head unavailable: %1").arg(overview.error));
    m_chainHead->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

void SignoffPage::showReadiness(const SignoffServices::Overview &overview)
{
    if (m_assessmentId <= 0) {
        m_readiness->clear();
        return;
    }
    if (!overview.summary) {
        m_readiness->setText(overview.error.toHtmlEscaped());
        return;
    }
    const ReadinessSummary &s = *overview.summary;
    QString text = tr("%1 of %2 items done: <b>%3 passed</b>, %4 not applicable, "
                      "<span style=\"color:#b06000\"><b>%5 waived</b></span> (risk accepted, "
                      "not passed) · <span style=\"color:#c0392b\"><b>%6 failed</b></span> · "
                      "%7 in progress · %8 not started")
                           .arg(s.done())
                           .arg(s.total)
                           .arg(s.passed)
                           .arg(s.notApplicable)
                           .arg(s.waived)
                           .arg(s.failed)
                           .arg(s.inProgress)
                           .arg(s.notStarted);
    if (s.waiverExpired > 0)
        text += tr(" · <span style=\"color:#c0392b\">%1 with an expired waiver</span>")
                        .arg(s.waiverExpired);
    m_readiness->setText(StatusStyle::themedHtml(text));
}

void SignoffPage::showRoles(const SignoffServices::Overview &overview)
{
    m_roles->clear();
    if (m_assessmentId <= 0 || !overview.signatures)
        return;
    const QList<SignatureStatus> &signatures = *overview.signatures;
    for (const RoleInfo &role : std::as_const(m_roleInfos)) {
        auto *row = new QTreeWidgetItem(m_roles);
        row->setText(RoleColumn, role.required ? role.title : tr("%1 (optional)").arg(role.title));
        row->setData(RoleColumn, Qt::UserRole, role.id);
        row->setText(MeaningColumn, role.meaning);
        row->setToolTip(MeaningColumn, role.meaning);
        const SignatureStatus *latest = nullptr;
        for (const SignatureStatus &status : signatures) {
            if (status.signature.roleId == role.id && status.latestForRole)
                latest = &status;
        }
        if (!latest) {
            row->setText(StateColumn, tr("Not signed"));
            row->setForeground(StateColumn, palette().color(QPalette::PlaceholderText));
            continue;
        }
        const SignatureRecord &sig = latest->signature;
        row->setText(SignerColumn, sig.signerName);
        row->setText(DecisionColumn, decisionText(sig.decision));
        row->setForeground(DecisionColumn, decisionColor(sig.decision));
        if (!sig.comment.isEmpty())
            row->setToolTip(DecisionColumn, sig.comment);
        row->setText(SignedColumn,
                     QLocale().toString(sig.signedAt.toLocalTime(), QLocale::ShortFormat));
        row->setToolTip(SignedColumn, tr("Content SHA-256 %1").arg(sig.contentHash));
        if (latest->stale) {
            row->setText(StateColumn, tr("stale — content changed since signing"));
            row->setForeground(StateColumn, StatusStyle::errorColor());
            for (const QString &change : latest->changes) {
                auto *child = new QTreeWidgetItem(row);
                child->setText(RoleColumn, change);
                child->setFirstColumnSpanned(true);
            }
            row->setExpanded(true);
        } else {
            row->setText(StateColumn, tr("current"));
            row->setForeground(StateColumn, StatusStyle::statusColor(ItemStatus::Passed));
        }
        if (!sig.comment.isEmpty()) {
            auto *child = new QTreeWidgetItem(row);
            child->setText(RoleColumn,
                           (sig.decision == Decision::Conditional ? tr("Conditions: %1")
                                                                  : tr("Comment: %1"))
                                   .arg(sig.comment));
            child->setFirstColumnSpanned(true);
            row->setExpanded(true);
        }
    }
    for (int column = RoleColumn; column < MeaningColumn; ++column)
        m_roles->resizeColumnToContents(column);
}

void SignoffPage::showApproval(const SignoffServices::Overview &overview)
{
    m_blockers->clear();
    if (m_assessmentId <= 0) {
        m_approval->clear();
        return;
    }
    if (!overview.verdict) {
        m_approval->setText(overview.error.toHtmlEscaped());
        return;
    }
    const ApprovalVerdict &v = *overview.verdict;
    if (v.allowed) {
        m_approval->setText(StatusStyle::themedHtml(
                tr("<span style=\"color:#1e8449\"><b>Deployment Approval can be "
                   "given.</b></span> Every required role has approved and no "
                   "critical or high item is failed without a waiver in force.")));
    } else {
        m_approval->setText(
                StatusStyle::themedHtml(tr("<span style=\"color:#c0392b\"><b>Deployment Approval "
                                           "is blocked</b></span> by %n thing(s):",
                                           nullptr,
                                           int(v.blockers.size()))));
    }
    for (const QString &blocker : v.blockers) {
        auto *entry = new QListWidgetItem(
                style()->standardIcon(QStyle::SP_MessageBoxCritical), blocker, m_blockers);
        entry->setToolTip(blocker);
    }
    for (const QString &condition : v.conditions) {
        new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                            tr("Condition: %1").arg(condition),
                            m_blockers);
    }
    m_blockers->setVisible(m_blockers->count() > 0);
}

Result<SignatureRecord> SignoffPage::signOff(const NewSignature &signature,
                                             const std::optional<QString> &keyPath)
{
    auto signedUp = m_services.sign(m_assessmentId, signature, keyPath);
    refresh(); // also after contentChanged: a refused signature changes nothing
    return signedUp;
}

void SignoffPage::openSignDialog()
{
    if (m_assessmentId <= 0)
        return;
    QString roleId;
    if (QTreeWidgetItem *row = m_roles->currentItem()) {
        while (row->parent())
            row = row->parent();
        roleId = row->data(RoleColumn, Qt::UserRole).toString();
    }
    SignDialog dialog(m_roleInfos, roleId, this);
    while (dialog.exec() == QDialog::Accepted) {
        auto signedUp = signOff(dialog.signature(), dialog.keyPath());
        if (signedUp)
            return;
        dialog.showError(signedUp.errorMessage());
    }
}

} // namespace greenlight
