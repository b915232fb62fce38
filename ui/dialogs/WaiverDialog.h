#pragma once

#include <QDate>
#include <QDialog>

#include "store/SignoffRecords.h"

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace greenlight {

class SignoffServices;

// Risk acceptance for a failed item: justification, who accepts the risk, an expiry date in
// the future and an optional ticket link. Problems show inline under the form; OK records the
// waiver through the store and stays open when the store refuses it.
class WaiverDialog : public QDialog
{
    Q_OBJECT

public:
    WaiverDialog(SignoffServices &services,
                 qint64 assessmentId,
                 qint64 itemId,
                 const QString &itemLabel,
                 QWidget *parent = nullptr);

    NewWaiver waiver() const;
    // Empty when the form can be submitted.
    QString validationError() const;

    QPlainTextEdit *justificationEdit() const { return m_justification; }
    QLineEdit *acceptedByEdit() const { return m_acceptedBy; }
    QDateEdit *expiryEdit() const { return m_expiry; }
    QLineEdit *ticketEdit() const { return m_ticket; }
    QLabel *errorLabel() const { return m_error; }

public slots:
    void accept() override;

private:
    SignoffServices &m_services;
    qint64 m_assessmentId;
    qint64 m_itemId;
    QDate m_today;
    QPlainTextEdit *m_justification = nullptr;
    QLineEdit *m_acceptedBy = nullptr;
    QDateEdit *m_expiry = nullptr;
    QLineEdit *m_ticket = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace greenlight
