#include "WaiverDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

#include "approval/SignoffServices.h"
#include "widgets/Accessibility.h"
#include "widgets/StatusStyle.h"

using namespace Qt::StringLiterals;

namespace greenlight {

WaiverDialog::WaiverDialog(SignoffServices &services,
                           qint64 assessmentId,
                           qint64 itemId,
                           const QString &itemLabel,
                           QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_assessmentId(assessmentId)
    , m_itemId(itemId)
    , m_today(services.today())
{
    setObjectName(u"waiverDialog"_s);
    setWindowTitle(tr("Waive %1").arg(itemLabel));

    auto *intro = new QLabel(tr("<b>Accept the risk of %1 failing.</b> The item counts as done "
                                "but is shown as waived, never as passed, and turns failed again "
                                "when the waiver expires.")
                                     .arg(itemLabel.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_justification = new QPlainTextEdit(this);
    m_justification->setObjectName(u"justificationEdit"_s);
    m_justification->setPlaceholderText(tr("Why the release may go ahead despite this failure"));
    m_justification->setTabChangesFocus(true);
    m_justification->setMaximumHeight(90);
    Accessibility::describe(m_justification,
                            tr("Justification"),
                            tr("Why the release may go ahead despite this failure"));
    m_acceptedBy = new QLineEdit(this);
    m_acceptedBy->setObjectName(u"acceptedByEdit"_s);
    m_acceptedBy->setPlaceholderText(tr("The person who owns the risk"));
    Accessibility::describe(m_acceptedBy, tr("Accepted by"), tr("The person who owns the risk"));
    m_expiry = new QDateEdit(this);
    m_expiry->setObjectName(u"expiryEdit"_s);
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_expiry->setDate(m_today.addDays(30));
    Accessibility::describe(m_expiry,
                            tr("Expires on"),
                            tr("The last day the waiver is in force; after it the item counts "
                               "as failed again"));
    m_ticket = new QLineEdit(this);
    m_ticket->setObjectName(u"ticketEdit"_s);
    m_ticket->setPlaceholderText(tr("Optional, e.g. https://tracker.example/RISK-42"));
    Accessibility::describe(
            m_ticket, tr("Ticket"), tr("Optional: the address of the risk's ticket"));
    m_error = new QLabel(this);
    m_error->setObjectName(u"waiverError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: %1;"_s.arg(StatusStyle::errorColor().name()));
    m_error->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Justification:"), m_justification);
    form->addRow(tr("&Accepted by:"), m_acceptedBy);
    form->addRow(tr("&Expires on:"), m_expiry);
    form->addRow(tr("&Ticket:"), m_ticket);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Waive"));
    Accessibility::describe(m_buttons->button(QDialogButtonBox::Ok),
                            tr("Waive"),
                            tr("Records the waiver; the item counts as done, shown as waived"));
    Accessibility::describe(m_buttons->button(QDialogButtonBox::Cancel),
                            tr("Cancel"),
                            tr("Closes without waiving"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &WaiverDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    Accessibility::tabThroughButtonsInLayoutOrder(m_buttons, m_ticket);
    resize(460, sizeHint().height());
}

NewWaiver WaiverDialog::waiver() const
{
    NewWaiver waiver;
    waiver.justification = m_justification->toPlainText().trimmed();
    waiver.acceptedBy = m_acceptedBy->text().trimmed();
    waiver.expiresOn = m_expiry->date();
    waiver.ticketUrl = m_ticket->text().trimmed();
    return waiver;
}

QString WaiverDialog::validationError() const
{
    const NewWaiver w = waiver();
    QStringList problems;
    if (w.justification.isEmpty())
        problems.append(tr("Write the justification."));
    if (w.acceptedBy.isEmpty())
        problems.append(tr("Name the person who accepts the risk."));
    if (w.expiresOn <= m_today)
        problems.append(tr("The expiry date must be in the future (after %1).")
                                .arg(m_today.toString(Qt::ISODate)));
    if (!w.ticketUrl.isEmpty()) {
        const QUrl url(w.ticketUrl, QUrl::StrictMode);
        if (!url.isValid() || url.isRelative())
            problems.append(tr("The ticket must be an absolute URL (https://…)."));
    }
    return problems.join(u'\n');
}

void WaiverDialog::accept()
{
    const QString problem = validationError();
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->setVisible(true);
        return;
    }
    auto waived = m_services.waive(m_assessmentId, m_itemId, waiver());
    if (!waived) {
        m_error->setText(waived.errorMessage());
        m_error->setVisible(true);
        return;
    }
    m_error->setVisible(false);
    QDialog::accept();
}

} // namespace greenlight
