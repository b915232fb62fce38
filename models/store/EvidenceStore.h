#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "SignoffRecords.h"
#include "domain/Result.h"

namespace greenlight {

class Clock;
class Database;
class EvidenceVault;

// One evidence problem found by EvidenceStore::verify().
struct VaultProblem
{
    enum class Kind { Missing, Altered };
    Kind kind = Kind::Missing;
    qint64 evidenceId = 0;
    QString itemKey;
    QString name; // the attachment's original name
    QString hash;
    QString message; // fit to print, names the file
};

struct VaultReport
{
    int checked = 0; // vault-backed records checked
    QList<VaultProblem> problems;
    bool ok() const { return problems.isEmpty(); }
};

// Evidence attached to items: files and captured command output go into the vault, the
// other kinds (URL, note, repository reference, scan finding) are kept in the record and
// hashed from their text. Records are immutable; remove() is a soft delete (the record and
// the blob stay, an audit event says who hid it). Every add/remove is one transaction with
// its audit event. Not thread-safe: one EvidenceStore per Database per thread.
class EvidenceStore
{
public:
    EvidenceStore(Database &database, const Clock &clock, const EvidenceVault &vault);

    // Validates, stores content in the vault (files, command output), then records it.
    // Nothing is recorded when the copy fails (size limit, unreadable file, full disk).
    Result<EvidenceRecord> add(qint64 itemId, const NewEvidence &evidence, const QString &actor);

    // Oldest first; itemId restricts to one item; removed records only with includeRemoved.
    Result<QList<EvidenceRecord>> evidence(qint64 assessmentId,
                                           std::optional<qint64> itemId = std::nullopt,
                                           bool includeRemoved = false) const;
    Result<EvidenceRecord> record(qint64 evidenceId) const;
    // Hides the record (soft delete with an audit event). Removing twice is an error.
    Result<void> remove(qint64 evidenceId, const QString &actor);

    // Recomputes the hash of every vault blob the assessment's records (removed ones too)
    // refer to and reports missing and altered files by name.
    Result<VaultReport> verify(qint64 assessmentId) const;

    const EvidenceVault &vault() const { return m_vault; }

private:
    Database &m_db;
    const Clock &m_clock;
    const EvidenceVault &m_vault;
};

} // namespace greenlight
