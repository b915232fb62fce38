#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace greenlight {

// Values of issue #4's tables (schema 3): evidence, waivers and signatures. Enum keys are
// stored in the database: append, never renumber.

enum class EvidenceKind { File, Url, CommandOutput, RepositoryReference, Note, Finding };

QString evidenceKindKey(EvidenceKind kind); // "file", "url", "command", "ref", "note", "finding"
std::optional<EvidenceKind> evidenceKindFromKey(QStringView key);

// What a caller hands to EvidenceStore::add(); which fields apply depends on kind.
struct NewEvidence
{
    EvidenceKind kind = EvidenceKind::Note;
    QString sourcePath;       // File: the file to copy into the vault
    QString originalName;     // File: the name to record (defaults to sourcePath's file name)
    QString url;              // Url
    QString text;             // Note: the note; CommandOutput: the captured output
    QString command;          // CommandOutput: the command line as typed
    int exitCode = 0;         // CommandOutput
    QString workingDirectory; // CommandOutput
    QDateTime ranAt;          // CommandOutput: when it ran (UTC); defaults to now
    QString path;             // RepositoryReference: path inside the repository
    int lineFrom = 0;         // RepositoryReference: 1-based, inclusive; 0 = whole file
    int lineTo = 0;
    QString fingerprint;             // Finding: the scan finding's fingerprint
    std::optional<QDate> validUntil; // freshness: stale after this day
};

struct EvidenceRecord
{
    qint64 id = 0;
    qint64 assessmentId = 0;
    qint64 itemId = 0;
    EvidenceKind kind = EvidenceKind::Note;
    QString originalName; // files; a display name for the others
    QString contentHash;  // SHA-256 hex: of the vault blob, or of the text for other kinds
    qint64 size = 0;
    QString mimeType;
    bool inVault = false; // content lives in the vault (files, command output)
    QString locator;      // url, repository path, command line or finding fingerprint
    int lineFrom = 0;
    int lineTo = 0;
    QString body; // the note's text
    std::optional<int> exitCode;
    QString workingDirectory;
    QDateTime ranAt;
    std::optional<QDate> validUntil;
    QDateTime createdAt;
    QString createdBy;
    QDateTime removedAt; // null while shown; set by a soft delete
    QString removedBy;

    bool isRemoved() const { return removedAt.isValid(); }
    // Stale: the validity day has passed (the evidence no longer speaks for today).
    bool isStale(const QDate &today) const { return validUntil && today > *validUntil; }
    // "src/app.cpp:10-20" for references, the locator or name otherwise.
    QString displayName() const;
};

struct NewWaiver
{
    QString justification;
    QString acceptedBy;
    QDate expiresOn;   // valid through this day (UTC)
    QString ticketUrl; // optional
};

struct WaiverRecord
{
    qint64 id = 0;
    qint64 assessmentId = 0;
    qint64 itemId = 0;
    QString itemKey; // for display ("SEC-012")
    QString justification;
    QString acceptedBy;
    QDate expiresOn;
    QString ticketUrl;
    QDateTime createdAt;
    QString createdBy;

    bool isExpired(const QDate &today) const { return today > expiresOn; }
};

enum class Decision { Approve, Conditional, Reject };
QString decisionKey(Decision decision); // "approve", "conditional", "reject"
std::optional<Decision> decisionFromKey(QStringView key);

// A sign-off role as snapshotted from the assessment's templates (assessment_template).
struct RoleInfo
{
    QString id;
    QString title;
    QString meaning;
    bool required = true;
    QString templateId;
};

struct NewSignature
{
    QString roleId;
    QString signerName;
    Decision decision = Decision::Approve;
    QString comment; // conditions for Conditional, reasons for Reject
    // Optional Ed25519 (see Ed25519Signer): hex public key and hex signature over the
    // content hash. Empty when the signer holds no key.
    QString publicKey;
    QString cryptoSignature;
};

struct SignatureRecord
{
    qint64 id = 0;
    qint64 assessmentId = 0;
    QString roleId;
    QString roleTitle;
    QString meaning;
    QString signerName;
    Decision decision = Decision::Approve;
    QString comment;
    QDateTime signedAt;
    QString signedBy; // the OS actor who recorded it
    QString contentHash;
    QString snapshotJson;
    QString publicKey;
    QString cryptoSignature;
};

} // namespace greenlight
