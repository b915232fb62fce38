#pragma once

#include <memory>
#include <optional>

#include <QFutureWatcher>
#include <QObject>

#include "domain/Result.h"
#include "store/DeploymentApproval.h"
#include "store/SignoffRecords.h"
#include "store/SignoffStore.h"
#include "store/WaiverStore.h"

namespace greenlight {

class Clock;
class Database;
class EvidenceStore;
class EvidenceVault;

// What the evidence, waiver and sign-off widgets work with (issue #4): one connection of
// their own on the store file (GUI thread) for the quick reads and single-row writes, and a
// worker with its own connection for evidence adds, which copy and hash files. Every change
// is announced through contentChanged(), so the sign-off page can show staleness at once.
class SignoffServices : public QObject
{
    Q_OBJECT

public:
    struct AddOutcome
    {
        qint64 itemId = 0;
        std::optional<EvidenceRecord> record;
        QString error;
    };

    SignoffServices(std::unique_ptr<Database> database,
                    QString databasePath,
                    const Clock &clock,
                    QObject *parent = nullptr);
    ~SignoffServices() override;

    static Result<std::unique_ptr<SignoffServices>> open(const QString &databasePath,
                                                         const Clock &clock);

    const Clock &clock() const { return m_clock; }
    QString actor() const { return m_actor; }
    QDate today() const;
    qint64 maxEvidenceBytes() const { return m_maxBytes; }
    void setMaxEvidenceBytes(qint64 bytes) { m_maxBytes = bytes; }

    // Copies and hashes in a worker thread with its own connection; evidenceAdded() or
    // evidenceFailed() follow. Several adds may be under way at once.
    void addEvidence(qint64 itemId, const NewEvidence &evidence);
    int pendingAdds() const { return m_pending; }

    Result<QList<EvidenceRecord>> evidence(qint64 assessmentId, qint64 itemId) const;
    Result<void> removeEvidence(qint64 assessmentId, qint64 evidenceId);
    QString blobPath(const QString &hash) const;

    Result<WaiverRecord> waive(qint64 assessmentId, qint64 itemId, const NewWaiver &waiver);
    Result<std::optional<WaiverRecord>> currentWaiver(qint64 itemId) const;
    Result<QHash<qint64, EffectiveStatus>> effectiveStatuses(qint64 assessmentId) const;
    Result<ReadinessSummary> summary(qint64 assessmentId) const;
    // Waivers in force that lapse within days (0 = today), soonest first.
    Result<QList<WaiverRecord>> expiringWaivers(qint64 assessmentId, int days) const;

    Result<QList<RoleInfo>> roles(qint64 assessmentId) const;
    Result<QList<SignatureStatus>> signatures(qint64 assessmentId) const;
    // With keyPath, also an Ed25519 signature over the content hash with that key (created
    // when the file does not exist); the store refuses it if the content moved meanwhile.
    Result<SignatureRecord> sign(qint64 assessmentId,
                                 const NewSignature &signature,
                                 const std::optional<QString> &keyPath = std::nullopt);
    Result<ApprovalVerdict> approval(qint64 assessmentId) const;
    Result<QString> chainHead() const;

    // Everything the sign-off page shows. Computing it hashes the canonical content of the
    // whole assessment and diffs it per signature, so the page reads it on a worker:
    // overview() opens a connection of its own and is safe from any thread.
    struct Overview
    {
        std::optional<ReadinessSummary> summary;
        std::optional<QList<SignatureStatus>> signatures;
        std::optional<ApprovalVerdict> verdict;
        std::optional<QString> chainHead;
        QString error; // the first thing that could not be read
    };
    static Overview overview(const QString &databasePath, const Clock &clock, qint64 assessmentId);
    QString databasePath() const { return m_path; }

    // The item's status changed elsewhere (checklist edits): content and approval moved.
    void notifyContentChanged(qint64 assessmentId) { emit contentChanged(assessmentId); }

signals:
    void evidenceAdded(qint64 itemId, const greenlight::EvidenceRecord &record);
    void evidenceFailed(qint64 itemId, const QString &message);
    void contentChanged(qint64 assessmentId);

private:
    std::unique_ptr<Database> m_db;
    QString m_path;
    const Clock &m_clock;
    QString m_actor;
    qint64 m_maxBytes;
    std::unique_ptr<EvidenceVault> m_vault;
    std::unique_ptr<EvidenceStore> m_evidence;
    std::unique_ptr<WaiverStore> m_waivers;
    std::unique_ptr<SignoffStore> m_signoffs;
    int m_pending = 0;
};

} // namespace greenlight
