#include "SignDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "signoff/Ed25519Signer.h"
#include "widgets/Accessibility.h"
#include "widgets/StatusStyle.h"

using namespace Qt::StringLiterals;

namespace greenlight {

SignDialog::SignDialog(const QList<RoleInfo> &roles, const QString &roleId, QWidget *parent)
    : QDialog(parent)
    , m_roles(roles)
{
    setObjectName(u"signDialog"_s);
    setWindowTitle(tr("Sign Off"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"signerNameEdit"_s);
    m_name->setPlaceholderText(tr("Your full name"));
    Accessibility::describe(
            m_name, tr("Signer name"), tr("Your full name, recorded with the signature"));
    m_role = new QComboBox(this);
    m_role->setObjectName(u"roleCombo"_s);
    for (const RoleInfo &role : roles)
        m_role->addItem(role.title, role.id);
    if (const int index = m_role->findData(roleId); index >= 0)
        m_role->setCurrentIndex(index);
    Accessibility::describe(m_role, tr("Role"), tr("The sign-off role you sign for"));
    m_meaning = new QLabel(this);
    m_meaning->setObjectName(u"meaningLabel"_s);
    m_meaning->setWordWrap(true);
    m_decision = new QComboBox(this);
    m_decision->setObjectName(u"decisionCombo"_s);
    m_decision->addItem(tr("Approve"), int(Decision::Approve));
    m_decision->addItem(tr("Approve with conditions"), int(Decision::Conditional));
    m_decision->addItem(tr("Reject"), int(Decision::Reject));
    Accessibility::describe(
            m_decision, tr("Decision"), tr("Approve, approve with conditions, or reject"));
    m_comment = new QPlainTextEdit(this);
    m_comment->setObjectName(u"signComment"_s);
    m_comment->setPlaceholderText(tr("Conditions (for a conditional approval) or reasons"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(90);
    Accessibility::describe(m_comment,
                            tr("Comment"),
                            tr("The conditions of a conditional approval, or the reasons for a "
                               "rejection"));
    m_useKey = new QCheckBox(tr("Also sign with my Ed25519 &key (created if missing)"), this);
    m_useKey->setObjectName(u"signWithKeyCheck"_s);
    m_useKey->setToolTip(tr("Adds a signature anyone with your public key can verify offline"));
    Accessibility::describe(m_useKey,
                            tr("Sign with my key"),
                            tr("Also signs with your Ed25519 key, so anyone with your public key "
                               "can verify the signature offline"));
    m_keyPath = new QLineEdit(Ed25519Signer::defaultKeyPath(), this);
    m_keyPath->setObjectName(u"signKeyPathEdit"_s);
    Accessibility::describe(
            m_keyPath, tr("Key file"), tr("The Ed25519 key file to sign with; created if missing"));
    m_keyPath->setEnabled(false);
    connect(m_useKey, &QCheckBox::toggled, m_keyPath, &QWidget::setEnabled);
    m_error = new QLabel(this);
    m_error->setObjectName(u"signError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: %1;"_s.arg(StatusStyle::errorColor().name()));
    m_error->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("Meaning:"), m_meaning);
    form->addRow(tr("&Decision:"), m_decision);
    form->addRow(tr("&Comment:"), m_comment);
    form->addRow(QString(), m_useKey);
    form->addRow(tr("Key &file:"), m_keyPath);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign"));
    Accessibility::describe(m_buttons->button(QDialogButtonBox::Ok),
                            tr("Sign"),
                            tr("Records the signature over the assessment's current content"));
    Accessibility::describe(m_buttons->button(QDialogButtonBox::Cancel),
                            tr("Cancel"),
                            tr("Closes without signing"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_role, &QComboBox::currentIndexChanged, this, &SignDialog::showMeaning);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    showMeaning();
    Accessibility::tabThroughButtonsInLayoutOrder(m_buttons, m_keyPath);
    resize(460, sizeHint().height());
}

void SignDialog::showMeaning()
{
    const int index = m_role->currentIndex();
    m_meaning->setText(index >= 0 && index < m_roles.size()
                               ? tr("By signing you state: %1").arg(m_roles.at(index).meaning)
                               : QString());
}

NewSignature SignDialog::signature() const
{
    NewSignature signature;
    signature.roleId = m_role->currentData().toString();
    signature.signerName = m_name->text().trimmed();
    signature.decision = Decision(m_decision->currentData().toInt());
    signature.comment = m_comment->toPlainText().trimmed();
    return signature;
}

std::optional<QString> SignDialog::keyPath() const
{
    if (!m_useKey->isChecked())
        return std::nullopt;
    return m_keyPath->text().trimmed();
}

QString SignDialog::validationError() const
{
    const NewSignature s = signature();
    QStringList problems;
    if (m_useKey->isChecked() && m_keyPath->text().trimmed().isEmpty())
        problems.append(tr("Give the key file to sign with."));
    if (s.roleId.isEmpty())
        problems.append(tr("Choose the role you sign for."));
    if (s.signerName.isEmpty())
        problems.append(tr("Enter your name."));
    if (s.decision != Decision::Approve && s.comment.isEmpty())
        problems.append(s.decision == Decision::Conditional
                                ? tr("List the conditions of the approval.")
                                : tr("Say why you reject."));
    return problems.join(u'\n');
}

void SignDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SignDialog::accept()
{
    const QString problem = validationError();
    if (!problem.isEmpty()) {
        showError(problem);
        return;
    }
    QDialog::accept();
}

} // namespace greenlight
