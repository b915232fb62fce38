#include "ProgressSummary.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

using namespace Qt::StringLiterals;

namespace greenlight {

ProgressSummary::ProgressSummary(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    setObjectName(u"progressSummary"_s);
    m_label->setObjectName(u"progressText"_s);
    m_bar->setObjectName(u"progressBar"_s);
    m_bar->setFixedWidth(160);
    m_bar->setMaximumHeight(16);
    m_bar->setTextVisible(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->setSpacing(10);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    clear();
}

QString ProgressSummary::describe(const StatusCounts &counts, int waived)
{
    if (waived > 0) {
        //: Status bar progress; "n/a" = not applicable; waived = failed, risk accepted
        return tr("%1 of %2 assessed · %3 passed · %4 waived · %5 failed · %6 n/a")
                .arg(counts.assessed())
                .arg(counts.total)
                .arg(counts.count(ItemStatus::Passed))
                .arg(waived)
                .arg(counts.count(ItemStatus::Failed) - waived)
                .arg(counts.count(ItemStatus::NotApplicable));
    }
    //: Status bar progress; "n/a" = not applicable
    return tr("%1 of %2 assessed · %3 passed · %4 failed · %5 n/a")
            .arg(counts.assessed())
            .arg(counts.total)
            .arg(counts.count(ItemStatus::Passed))
            .arg(counts.count(ItemStatus::Failed))
            .arg(counts.count(ItemStatus::NotApplicable));
}

void ProgressSummary::setCounts(const StatusCounts &counts, int waived)
{
    m_label->setText(describe(counts, waived));
    m_bar->setRange(0, qMax(1, counts.total));
    m_bar->setValue(counts.assessed());
    m_bar->setToolTip(tr("%1 in progress, %2 not started")
                              .arg(counts.count(ItemStatus::InProgress))
                              .arg(counts.count(ItemStatus::NotStarted)));
    m_label->show();
    m_bar->show();
}

void ProgressSummary::clear()
{
    m_label->clear();
    m_label->hide();
    m_bar->hide();
}

QString ProgressSummary::text() const
{
    return m_label->text();
}

} // namespace greenlight
