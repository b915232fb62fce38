#pragma once

#include <functional>

#include <QByteArray>
#include <QString>

#include "domain/Result.h"

class QSaveFile;

namespace greenlight {

// The evidence vault: a folder beside the database ("<database>.evidence/") holding every
// attached file once, named by the SHA-256 of its content (sha256/ab/abcdef...). Blobs are
// written through QSaveFile (temp file + rename), so a failed or interrupted copy leaves
// nothing under the final name, and are made read-only once committed: the vault never
// modifies a blob. Original names are metadata in the database, never path components, so a
// hostile name ("../../etc/passwd", 5000 characters, broken UTF-8) cannot steer a write.
//
// A blob is written before its database record commits; if the record then fails the blob
// stays unreferenced, which is harmless (same content would map to the same name again).
class EvidenceVault
{
public:
    static constexpr qint64 DefaultMaxBytes = qint64(100) * 1024 * 1024;

    struct Stored
    {
        QString hash; // lower-case hex SHA-256
        qint64 size = 0;
        bool alreadyPresent = false; // deduplicated: the vault held this content before
    };

    enum class BlobState { Intact, Missing, Altered };

    explicit EvidenceVault(QString rootDirectory, qint64 maxBytes = DefaultMaxBytes);

    // Where the vault of the database at databasePath lives.
    static QString rootFor(const QString &databasePath);

    QString root() const { return m_root; }
    qint64 maxBytes() const { return m_maxBytes; }
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }

    // Copies a file in. Refuses a missing or unreadable file, a directory, and anything
    // larger than maxBytes() with a message naming the size and the limit.
    Result<Stored> storeFile(const QString &sourcePath) const;
    // Stores bytes held in memory (captured command output).
    Result<Stored> storeBytes(const QByteArray &content) const;

    QString blobPath(const QString &hash) const;
    // Recomputes the blob's hash: Missing when there is no file, Altered when it differs.
    BlobState check(const QString &hash) const;
    Result<QByteArray> read(const QString &hash) const;

    // A name safe to create inside an export folder: the last path component of name, with
    // separators, control characters and leading dots replaced, at most 120 characters
    // (keeping the extension), never empty.
    static QString safeFileName(const QString &name);
    // Lower-case hex SHA-256 of a file, streamed.
    static Result<QString> hashFile(const QString &path);

private:
    Result<Stored> commit(const QString &hash,
                          qint64 size,
                          const std::function<Result<void>(QSaveFile &)> &write) const;
    QString sizeText(qint64 bytes) const;

    QString m_root;
    qint64 m_maxBytes;
};

} // namespace greenlight
