#include "Ed25519Signer.h"

#include <sodium.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::Ed25519Signer)
};

bool ready()
{
    // sodium_init is idempotent and thread-safe; < 0 only when no entropy source exists.
    static const bool ok = sodium_init() >= 0;
    return ok;
}

Error cryptoUnavailable()
{
    return Error::make(Error::Code::Generic, Text::tr("libsodium could not be initialised"));
}

Result<void> writePrivate(const QString &path,
                          const QByteArray &content,
                          QFileDevice::Permissions mode)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()
        || !file.commit()) {
        return Error::make(
                Error::Code::Io,
                Text::tr("could not write the key file %1: %2").arg(path, file.errorString()));
    }
    // The folder is 0700, so the brief moment before this call exposes nothing.
    QFile::setPermissions(path, mode);
    return {};
}

} // namespace

QString Ed25519Signer::defaultKeyPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
           + u"/keys/ed25519.key"_s;
}

Result<Ed25519Signer::KeyPair> Ed25519Signer::generate(const QString &path)
{
    if (!ready())
        return cryptoUnavailable();
    if (QFileInfo::exists(path)) {
        return Error::make(
                Error::Code::InvalidArgument,
                Text::tr("%1 already exists; a signing key is never overwritten").arg(path));
    }
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir)) {
        return Error::make(Error::Code::Io,
                           Text::tr("could not create the key folder %1").arg(dir));
    }
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    KeyPair key;
    key.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    key.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(key.publicKey.data()),
                        reinterpret_cast<unsigned char *>(key.secretKey.data()));
    auto written = writePrivate(
            path, key.secretKey.toHex() + '\n', QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!written)
        return written.error();
    written = writePrivate(path + u".pub"_s,
                           key.publicKey.toHex() + '\n',
                           QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                   | QFileDevice::ReadOther);
    if (!written)
        return written.error();
    return key;
}

Result<Ed25519Signer::KeyPair> Ed25519Signer::load(const QString &path)
{
    if (!ready())
        return cryptoUnavailable();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(
                Error::Code::NotFound,
                Text::tr("could not read the key file %1: %2").arg(path, file.errorString()));
    }
    const QFileDevice::Permissions loose = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                           | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (file.permissions() & loose) {
        return Error::make(
                Error::Code::InvalidArgument,
                Text::tr("the key file %1 is readable by others; run chmod 600 on it").arg(path));
    }
    const QByteArray secret = QByteArray::fromHex(file.readAll().trimmed());
    if (secret.size() != int(crypto_sign_SECRETKEYBYTES)) {
        return Error::make(Error::Code::InvalidArgument,
                           Text::tr("%1 is not a Greenlight Ed25519 key file").arg(path));
    }
    KeyPair key;
    key.secretKey = secret;
    key.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(key.publicKey.data()),
                                 reinterpret_cast<const unsigned char *>(secret.constData()));
    return key;
}

QString Ed25519Signer::sign(const KeyPair &key, const QString &contentHash)
{
    if (!ready() || key.secretKey.size() != int(crypto_sign_SECRETKEYBYTES))
        return {};
    const QByteArray message = contentHash.toUtf8();
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()),
                         nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(key.secretKey.constData()));
    return QString::fromLatin1(signature.toHex());
}

bool Ed25519Signer::verify(const QString &publicKeyHex,
                           const QString &contentHash,
                           const QString &signatureHex)
{
    if (!ready())
        return false;
    const QByteArray publicKey = QByteArray::fromHex(publicKeyHex.toLatin1());
    const QByteArray signature = QByteArray::fromHex(signatureHex.toLatin1());
    if (publicKey.size() != int(crypto_sign_PUBLICKEYBYTES)
        || signature.size() != int(crypto_sign_BYTES))
        return false;
    const QByteArray message = contentHash.toUtf8();
    return crypto_sign_verify_detached(
                   reinterpret_cast<const unsigned char *>(signature.constData()),
                   reinterpret_cast<const unsigned char *>(message.constData()),
                   quint64(message.size()),
                   reinterpret_cast<const unsigned char *>(publicKey.constData()))
           == 0;
}

} // namespace greenlight
