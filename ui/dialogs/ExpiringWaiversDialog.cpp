#include "ExpiringWaiversDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "approval/SignoffServices.h"
#include "domain/Clock.h"
#include "widgets/Accessibility.h"

using namespace Qt::StringLiterals;

namespace greenlight {

namespace {

enum Column {
    ItemColumn,
    ExpiresColumn,
    DaysLeftColumn,
    AcceptedByColumn,
    ReasonColumn,
    TicketColumn,
    ColumnCount
};

} // namespace

ExpiringWaiversDialog::ExpiringWaiversDialog(SignoffServices &services,
                                             const Clock &clock,
                                             qint64 assessmentId,
                                             QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_clock(clock)
    , m_assessmentId(assessmentId)
    , m_days(new QSpinBox(this))
    , m_table(new QTableWidget(this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"expiringWaiversDialog"_s);
    setWindowTitle(tr("Waivers Expiring Soon"));
    resize(860, 420);

    m_days->setObjectName(u"expiringDays"_s);
    m_days->setRange(0, 365);
    m_days->setValue(30);
    m_days->setSuffix(tr(" days"));
    Accessibility::describe(
            m_days, tr("Days ahead"), tr("Shows the waivers that lapse within this many days"));
    auto *daysLabel = new QLabel(tr("Expiring &within:"), this);
    daysLabel->setBuddy(m_days);

    m_table->setObjectName(u"expiringTable"_s);
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Item"),
                                        tr("Expires"),
                                        tr("Days left"),
                                        tr("Accepted by"),
                                        tr("Why"),
                                        tr("Ticket")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ReasonColumn, 300);
    Accessibility::describe(m_table,
                            tr("Waivers expiring soon"),
                            tr("Waivers that lapse within the period, soonest first: item, "
                               "expiry, days left, who accepted the risk, why and the ticket. "
                               "Enter or a double-click opens the item."));
    m_summary->setObjectName(u"expiringSummary"_s);
    m_summary->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(daysLabel);
    top->addWidget(m_days);
    top->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    Accessibility::describe(buttons->button(QDialogButtonBox::Close),
                            tr("Close"),
                            tr("Closes the list of expiring waivers"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_days, &QSpinBox::valueChanged, this, &ExpiringWaiversDialog::reload);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        emit itemActivated(m_table->item(row, ItemColumn)->text());
    });
    reload();
}

void ExpiringWaiversDialog::reload()
{
    m_table->setRowCount(0);
    const auto waivers = m_services.expiringWaivers(m_assessmentId, m_days->value());
    if (!waivers) {
        m_summary->setText(tr("Could not read the waivers: %1").arg(waivers.errorMessage()));
        return;
    }
    const QDate today = m_clock.now().toUTC().date();
    const QLocale locale;
    m_table->setRowCount(int(waivers->size()));
    for (int row = 0; row < waivers->size(); ++row) {
        const WaiverRecord &waiver = waivers->at(row);
        const qint64 left = today.daysTo(waiver.expiresOn);
        const QStringList cells = {
                waiver.itemKey,
                locale.toString(waiver.expiresOn, QLocale::ShortFormat),
                left == 0 ? tr("last day") : locale.toString(left),
                waiver.acceptedBy,
                waiver.justification.section(u'\n', 0, 0),
                waiver.ticketUrl,
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            if (column == ReasonColumn)
                cell->setToolTip(waiver.justification);
            m_table->setItem(row, column, cell);
        }
    }
    m_summary->setText(waivers->isEmpty()
                               ? tr("No waiver lapses within %n day(s).", nullptr, m_days->value())
                               : tr("%n waiver(s) lapse within the period; their items count as "
                                    "failed again afterwards. Double-click one to open it.",
                                    nullptr,
                                    int(waivers->size())));
}

} // namespace greenlight
