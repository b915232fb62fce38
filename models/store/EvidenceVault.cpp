#include "EvidenceVault.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::EvidenceVault)
};

constexpr qint64 ChunkBytes = 1024 * 1024;
constexpr qsizetype MaxExportNameLength = 120;
constexpr qsizetype MaxExportNameBytes = 200;

bool isHexSha256(const QString &hash)
{
    if (hash.size() != 64)
        return false;
    for (const QChar c : hash) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace

EvidenceVault::EvidenceVault(QString rootDirectory, qint64 maxBytes)
    : m_root(std::move(rootDirectory))
    , m_maxBytes(maxBytes)
{}

QString EvidenceVault::rootFor(const QString &databasePath)
{
    return databasePath + u".evidence"_s;
}

QString EvidenceVault::sizeText(qint64 bytes) const
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

Result<EvidenceVault::Stored> EvidenceVault::storeFile(const QString &sourcePath) const
{
    const QFileInfo info(sourcePath);
    if (!info.exists()) {
        return Error::make(Error::Code::NotFound,
                           Text::tr("the evidence file %1 does not exist").arg(sourcePath));
    }
    if (!info.isFile()) {
        return Error::make(
                Error::Code::InvalidArgument,
                Text::tr("%1 is not a regular file; attach files one by one").arg(sourcePath));
    }
    if (info.size() > m_maxBytes) {
        return Error::make(Error::Code::InvalidArgument,
                           Text::tr("%1 is %2, larger than the evidence size limit of %3; "
                                    "attach a link to it instead or raise the limit")
                                   .arg(sourcePath, sizeText(info.size()), sizeText(m_maxBytes)));
    }
    auto hash = hashFile(sourcePath);
    if (!hash)
        return hash.error();
    return commit(*hash, info.size(), [&](QSaveFile &target) -> Result<void> {
        QFile source(sourcePath);
        if (!source.open(QIODevice::ReadOnly)) {
            return Error::make(
                    Error::Code::Io,
                    Text::tr("could not read %1: %2").arg(sourcePath, source.errorString()));
        }
        // Re-hash while copying: a file that changes between hashing and copying would
        // otherwise be stored under a name that does not match its content.
        QCryptographicHash copied(QCryptographicHash::Sha256);
        while (!source.atEnd()) {
            const QByteArray chunk = source.read(ChunkBytes);
            if (chunk.isEmpty() && source.error() != QFile::NoError)
                break;
            copied.addData(chunk);
            if (target.write(chunk) != chunk.size()) {
                return Error::make(Error::Code::Io,
                                   Text::tr("could not write to the evidence vault %1: %2")
                                           .arg(m_root, target.errorString()));
            }
        }
        if (source.error() != QFile::NoError) {
            return Error::make(
                    Error::Code::Io,
                    Text::tr("could not read %1: %2").arg(sourcePath, source.errorString()));
        }
        if (QString::fromLatin1(copied.result().toHex()) != *hash) {
            return Error::make(
                    Error::Code::Io,
                    Text::tr("%1 changed while it was being copied; try again").arg(sourcePath));
        }
        return {};
    });
}

Result<EvidenceVault::Stored> EvidenceVault::storeBytes(const QByteArray &content) const
{
    if (content.size() > m_maxBytes) {
        return Error::make(Error::Code::InvalidArgument,
                           Text::tr("the evidence is %1, larger than the evidence size limit of %2")
                                   .arg(sizeText(content.size()), sizeText(m_maxBytes)));
    }
    const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    return commit(hash, content.size(), [&](QSaveFile &target) -> Result<void> {
        if (target.write(content) != content.size()) {
            return Error::make(Error::Code::Io,
                               Text::tr("could not write to the evidence vault %1: %2")
                                       .arg(m_root, target.errorString()));
        }
        return {};
    });
}

Result<EvidenceVault::Stored> EvidenceVault::commit(
        const QString &hash,
        qint64 size,
        const std::function<Result<void>(QSaveFile &)> &write) const
{
    const QString path = blobPath(hash);
    // Same content stored once. A present but damaged blob is not silently trusted: it is
    // left for verify() to report, and this content is written over it below.
    if (check(hash) == BlobState::Intact)
        return Stored{hash, size, true};

    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return Error::make(Error::Code::Io,
                           Text::tr("could not create the evidence vault folder %1")
                                   .arg(QFileInfo(path).absolutePath()));
    }
    // A damaged read-only blob must become writable for QSaveFile's rename to replace it.
    if (QFile::exists(path))
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QSaveFile target(path);
    if (!target.open(QIODevice::WriteOnly)) {
        return Error::make(Error::Code::Io,
                           Text::tr("could not write to the evidence vault %1: %2")
                                   .arg(m_root, target.errorString()));
    }
    if (auto written = write(target); !written) {
        target.cancelWriting(); // the temporary file goes, nothing appears under path
        return written.error();
    }
    if (!target.commit()) {
        return Error::make(Error::Code::Io,
                           Text::tr("could not save evidence in the vault %1 (disk full?): %2")
                                   .arg(m_root, target.errorString()));
    }
    QFile::setPermissions(path,
                          QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    return Stored{hash, size, false};
}

QString EvidenceVault::blobPath(const QString &hash) const
{
    // Only a well-formed hash becomes a path: nothing else can reach the file system.
    const QString safe = isHexSha256(hash) ? hash : u"invalid"_s;
    return m_root + u"/sha256/"_s + safe.left(2) + u'/' + safe;
}

EvidenceVault::BlobState EvidenceVault::check(const QString &hash) const
{
    const QString path = blobPath(hash);
    if (!isHexSha256(hash) || !QFileInfo(path).isFile())
        return BlobState::Missing;
    auto actual = hashFile(path);
    if (!actual)
        return BlobState::Missing;
    return *actual == hash ? BlobState::Intact : BlobState::Altered;
}

Result<QByteArray> EvidenceVault::read(const QString &hash) const
{
    QFile file(blobPath(hash));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(Error::Code::NotFound,
                           Text::tr("the evidence vault has no content %1").arg(hash));
    }
    return file.readAll();
}

QString EvidenceVault::safeFileName(const QString &name)
{
    QString base = name;
    base.replace(u'\\', u'/');
    base = base.section(u'/', -1);
    QString safe;
    safe.reserve(base.size());
    for (const QChar c : std::as_const(base)) {
        const bool bad = c.category() == QChar::Other_Control || c == u':' || c == u'*' || c == u'?'
                         || c == u'"' || c == u'<' || c == u'>' || c == u'|' || c.isNonCharacter();
        safe.append(bad ? u'_' : c);
    }
    while (safe.startsWith(u'.'))
        safe[0] = u'_';
    // Round-trip through UTF-8 so lone surrogates (from undecodable bytes) become U+FFFD.
    safe = QString::fromUtf8(safe.toUtf8());
    // File systems limit names in bytes (255 on ext4), so shorten by encoded length.
    const qsizetype dot = safe.lastIndexOf(u'.');
    const QString extension = dot > 0 && safe.size() - dot <= 16 ? safe.mid(dot) : QString();
    QString stem = extension.isEmpty() ? safe : safe.left(dot);
    while (!stem.isEmpty()
           && (stem.size() + extension.size() > MaxExportNameLength
               || (stem + extension).toUtf8().size() > MaxExportNameBytes))
        stem.chop(1);
    safe = stem + extension;
    safe = safe.trimmed();
    return safe.isEmpty() ? u"evidence"_s : safe;
}

Result<QString> EvidenceVault::hashFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(Error::Code::Io,
                           Text::tr("could not read %1: %2").arg(path, file.errorString()));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        return Error::make(Error::Code::Io,
                           Text::tr("could not read %1: %2").arg(path, file.errorString()));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace greenlight
