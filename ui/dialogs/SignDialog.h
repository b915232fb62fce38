#pragma once

#include <optional>

#include <QDialog>
#include <QList>

#include "store/SignoffRecords.h"

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace greenlight {

// Collects one signature: the signer's name, the role, the decision (approve, approve with
// conditions, reject) and the conditions or comment. The role's meaning is shown, because
// that is what the signature says. Conditions and rejections need a comment.
class SignDialog : public QDialog
{
    Q_OBJECT

public:
    SignDialog(const QList<RoleInfo> &roles, const QString &roleId, QWidget *parent = nullptr);

    NewSignature signature() const;
    // The Ed25519 key file to sign with, when the signer asked for a cryptographic signature.
    std::optional<QString> keyPath() const;
    QString validationError() const; // empty when the form can be submitted
    void showError(const QString &message);

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleCombo() const { return m_role; }
    QComboBox *decisionCombo() const { return m_decision; }
    QPlainTextEdit *commentEdit() const { return m_comment; }
    QLabel *meaningLabel() const { return m_meaning; }
    QLabel *errorLabel() const { return m_error; }
    QCheckBox *keyCheck() const { return m_useKey; }
    QLineEdit *keyPathEdit() const { return m_keyPath; }

public slots:
    void accept() override;

private:
    void showMeaning();

    QList<RoleInfo> m_roles;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLabel *m_meaning = nullptr;
    QComboBox *m_decision = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QLabel *m_error = nullptr;
    QCheckBox *m_useKey = nullptr;
    QLineEdit *m_keyPath = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace greenlight
