#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "SignoffRecords.h"
#include "domain/Result.h"

namespace greenlight {

class Clock;
class Database;

// A signature with what has happened since: stale when the assessment's content hash no
// longer equals the one signed (changes lists the differences, from the stored snapshot).
struct SignatureStatus
{
    SignatureRecord signature;
    bool stale = false;
    bool latestForRole = true; // false once the role signed again
    QStringList changes;
};

// Sign-offs (issue #4). Roles come from the sign-off roles snapshotted with the assessment's
// templates (the shipped "signoff" template declares security, architecture, operations,
// business review and deployment-approval). A signature records the canonical content
// (ContentSnapshot) and its SHA-256 at signing time; signatures are append-only and bound to
// their assessment (the table refuses UPDATE, so one cannot be moved). Cryptographic
// signatures are made by the caller (Ed25519Signer in app/) over contentHash() and handed in
// with the expected hash, so this layer needs no crypto library.
// Not thread-safe: one per Database per thread.
class SignoffStore
{
public:
    SignoffStore(Database &database, const Clock &clock);

    // In template order; the first declaration of a role id wins.
    Result<QList<RoleInfo>> roles(qint64 assessmentId) const;
    Result<QByteArray> content(qint64 assessmentId) const; // ContentSnapshot::canonicalJson
    Result<QString> contentHash(qint64 assessmentId) const;

    // Records a signature for a role of the assessment. expectedHash, when not empty, must
    // equal the current content hash (the content a crypto signature was made over).
    // Signing the deployment-approval role with approve or conditional is refused while
    // DeploymentApproval reports blockers; the error lists them. Audited "signoff.signed".
    Result<SignatureRecord> sign(qint64 assessmentId,
                                 const NewSignature &signature,
                                 const QString &actor,
                                 const QString &expectedHash = {});

    // Oldest first, each with staleness and the diff since signing.
    Result<QList<SignatureStatus>> signatures(qint64 assessmentId) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace greenlight
