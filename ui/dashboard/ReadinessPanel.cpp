#include "ReadinessPanel.h"

#include <algorithm>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QStyle>
#include <QVBoxLayout>

#include "DashboardStyle.h"
#include "widgets/Accessibility.h"
#include "widgets/StatusStyle.h"

using namespace Qt::StringLiterals;

namespace greenlight {

ReadinessPanel::ReadinessPanel(QWidget *parent)
    : QWidget(parent)
    , m_verdict(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_reasons(new QListWidget(this))
{
    setObjectName(u"readinessPanel"_s);
    m_verdict->setObjectName(u"verdictLabel"_s);
    m_verdict->setAlignment(Qt::AlignCenter);
    m_verdict->setMinimumWidth(250);
    m_verdict->setMargin(10);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_verdict->setFont(big);
    m_verdict->setAutoFillBackground(true);
    m_counts->setObjectName(u"doneLabel"_s);
    m_counts->setWordWrap(true);
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_progress->setObjectName(u"doneProgress"_s);
    m_progress->setTextVisible(true);
    m_reasons->setObjectName(u"verdictReasons"_s);
    Accessibility::describe(m_reasons,
                            tr("Verdict reasons"),
                            tr("Why the verdict is what it is: what blocks go-live, what needs "
                               "fixing and which sign-offs are pending"));
    m_reasons->setWordWrap(true);
    m_reasons->setAlternatingRowColors(true);
    m_reasons->setSelectionMode(QAbstractItemView::NoSelection);
    m_reasons->setMinimumHeight(110);
    m_reasons->setMaximumHeight(160); // the charts below need the height more; it scrolls

    auto *left = new QVBoxLayout;
    left->addWidget(m_verdict);
    left->addWidget(m_progress);
    left->addWidget(m_counts, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left);
    layout->addWidget(m_reasons, 1);
    clear();
}

void ReadinessPanel::clear()
{
    showMessage({});
}

void ReadinessPanel::showMessage(const QString &message)
{
    m_level.reset();
    m_verdict->setText(tr("—"));
    m_verdict->setPalette(QPalette()); // the panel's own colours again
    m_counts->setText(message.toHtmlEscaped());
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    m_reasons->clear();
}

void ReadinessPanel::setSnapshot(const AssessmentSnapshot &snapshot)
{
    const ReadinessVerdict &verdict = snapshot.verdict;
    m_level = verdict.level;
    m_summary = snapshot.summary;
    m_verdict->setText(verdictDisplayName(verdict.level));
    m_verdict->setToolTip(tr("Judged with failures and findings of severity %1 or worse "
                             "blocking go-live")
                                  .arg(severityDisplayName(verdict.blockAt).toLower()));

    const ReadinessSummary &s = snapshot.summary;
    m_progress->setRange(0, std::max(s.total, 1));
    m_progress->setValue(s.done());
    m_progress->setFormat(tr("%1 of %2 done (%3%)")
                                  .arg(s.done())
                                  .arg(s.total)
                                  .arg(s.total > 0 ? s.done() * 100 / s.total : 0));
    showVerdictColours();

    m_reasons->clear();
    const auto add = [this](QStyle::StandardPixmap icon, const QString &text, const QString &kind) {
        auto *row = new QListWidgetItem(style()->standardIcon(icon), text, m_reasons);
        row->setToolTip(text);
        row->setData(Qt::UserRole, kind);
    };
    for (const QString &blocker : verdict.blockers)
        add(QStyle::SP_MessageBoxCritical, blocker, u"blocker"_s);
    for (const QString &fix : verdict.fixes)
        add(QStyle::SP_MessageBoxWarning, fix, u"fix"_s);
    for (const QString &pending : verdict.pendingSignoffs)
        add(QStyle::SP_MessageBoxInformation, pending, u"signoff"_s);
    if (m_reasons->count() == 0) {
        add(QStyle::SP_DialogApplyButton,
            tr("Every item is done, nothing is failed or waived and no finding is open."),
            u"ready"_s);
    }
}

void ReadinessPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_level)
        showVerdictColours();
}

void ReadinessPanel::showVerdictColours()
{
    const QColor colour = DashboardStyle::verdictColor(*m_level);
    QPalette badge;
    badge.setColor(QPalette::Window, colour);
    badge.setColor(QPalette::WindowText, StatusStyle::textOn(colour));
    m_verdict->setPalette(badge);

    const ReadinessSummary &s = m_summary;
    QString counts = tr("%1 passed · %2 not applicable<br><span style=\"color:%3\">%4 "
                        "waived</span> · <span style=\"color:%5\">%6 failed</span><br>%7 in "
                        "progress · %8 not started")
                             .arg(s.passed)
                             .arg(s.notApplicable)
                             .arg(DashboardStyle::waivedColor().name())
                             .arg(s.waived)
                             .arg(DashboardStyle::columnColor(ProgressColumn::Fail).name())
                             .arg(s.failed)
                             .arg(s.inProgress)
                             .arg(s.notStarted);
    if (s.waiverExpired > 0)
        counts += tr("<br>%n with an expired waiver", nullptr, s.waiverExpired);
    m_counts->setText(counts);
}

} // namespace greenlight
