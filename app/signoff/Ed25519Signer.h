#pragma once

#include <QByteArray>
#include <QString>

#include "domain/Result.h"

namespace greenlight {

// Optional cryptographic sign-off (libsodium's crypto_sign, Ed25519). A signer's key pair
// lives in one file of the user's config dir (defaultKeyPath()), mode 0600 in a 0700
// folder, holding the 64-byte secret key as hex; the public key is its last 32 bytes and is
// also written beside it as "<file>.pub". The signature covers the assessment's content hash
// (ContentSnapshot), so anyone with the public key can check a sign-off offline.
class Ed25519Signer
{
public:
    struct KeyPair
    {
        QByteArray publicKey; // 32 bytes
        QByteArray secretKey; // 64 bytes
        QString publicKeyHex() const { return QString::fromLatin1(publicKey.toHex()); }
    };

    static QString defaultKeyPath(); // <AppConfigLocation>/keys/ed25519.key

    // Creates a new key pair at path; refuses to overwrite an existing key.
    static Result<KeyPair> generate(const QString &path);
    // Loads a key; refuses one that group or others can read (like ssh does).
    static Result<KeyPair> load(const QString &path);

    // Hex signature over the UTF-8 bytes of contentHash.
    static QString sign(const KeyPair &key, const QString &contentHash);
    static bool verify(const QString &publicKeyHex,
                       const QString &contentHash,
                       const QString &signatureHex);
};

} // namespace greenlight
