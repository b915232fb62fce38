#pragma once

#include <QWidget>

#include "approval/SignoffServices.h"
#include "domain/Result.h"
#include "store/SignoffRecords.h"

class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace greenlight {

// The assessment's sign-off (issue #4): every role of the sign-off template with who signed,
// the decision, what the signature means, when, and whether it is stale (content changed
// since signing, with what changed); the readiness counts with waived apart from passed; the
// Deployment Approval gate with exactly what blocks it; and the audit-chain head.
class SignoffPage : public QWidget
{
    Q_OBJECT

public:
    explicit SignoffPage(SignoffServices &services, QWidget *parent = nullptr);

    Result<void> loadAssessment(qint64 assessmentId);
    void clear();
    qint64 assessmentId() const { return m_assessmentId; }
    void refresh();

    // Records a signature (what the Sign… dialog does once filled in).
    Result<SignatureRecord> signOff(const NewSignature &signature,
                                    const std::optional<QString> &keyPath = std::nullopt);

    QTreeWidget *rolesView() const { return m_roles; }
    QLabel *approvalLabel() const { return m_approval; }
    QListWidget *blockersList() const { return m_blockers; }
    QLabel *chainHeadLabel() const { return m_chainHead; }
    QLabel *readinessLabel() const { return m_readiness; }
    QPushButton *signButton() const { return m_sign; }

    // True while a refresh is being read on a worker.
    bool isRefreshing() const { return m_refreshing; }

signals:
    void errorOccurred(const QString &message);
    void refreshed(); // the page shows the store's current state

protected:
    void changeEvent(QEvent *event) override;

private:
    void openSignDialog();
    void showOverview(const SignoffServices::Overview &overview);
    void showReadiness(const SignoffServices::Overview &overview);
    void showRoles(const SignoffServices::Overview &overview);
    void showApproval(const SignoffServices::Overview &overview);

    SignoffServices &m_services;
    qint64 m_assessmentId = 0;
    quint64 m_generation = 0; // drops a slower, older read that finishes after a newer one
    bool m_refreshing = false;
    SignoffServices::Overview m_overview; // what is shown: shown again in a new palette
    QList<RoleInfo> m_roleInfos;
    QLabel *m_readiness = nullptr;
    QTreeWidget *m_roles = nullptr;
    QPushButton *m_sign = nullptr;
    QGroupBox *m_approvalBox = nullptr;
    QLabel *m_approval = nullptr;
    QListWidget *m_blockers = nullptr;
    QLabel *m_chainHead = nullptr;
};

} // namespace greenlight
