#include "SecretNames.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace greenlight::SecretNames {
namespace {

// "dbPassword" -> [db, password]; "STRIPE_SECRET-KEY" -> [stripe, secret, key].
QStringList words(QStringView name)
{
    QStringList result;
    QString current;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!c.isLetterOrNumber()) {
            if (!current.isEmpty())
                result.append(current);
            current.clear();
            continue;
        }
        if (c.isUpper() && i > 0 && name.at(i - 1).isLower() && !current.isEmpty()) {
            result.append(current);
            current.clear();
        }
        current.append(c.toLower());
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

bool isSecretWord(const QString &word)
{
    static const QStringList secretWords = {u"password"_s,
                                            u"passwd"_s,
                                            u"pass"_s,
                                            u"secret"_s,
                                            u"token"_s,
                                            u"apikey"_s,
                                            u"credential"_s,
                                            u"credentials"_s,
                                            u"privatekey"_s,
                                            u"accesskey"_s,
                                            u"secretkey"_s,
                                            u"authkey"_s};
    return secretWords.contains(word);
}

// Trailing words that make the variable a reference to, or a property of, a secret.
bool isDescriptiveSuffix(const QString &word)
{
    static const QStringList suffixes = {
            u"file"_s,    u"path"_s,     u"dir"_s,      u"name"_s,   u"id"_s,        u"url"_s,
            u"uri"_s,     u"endpoint"_s, u"length"_s,   u"len"_s,    u"ttl"_s,       u"expiry"_s,
            u"expires"_s, u"timeout"_s,  u"lifetime"_s, u"header"_s, u"type"_s,      u"enabled"_s,
            u"enable"_s,  u"required"_s, u"policy"_s,   u"ref"_s,    u"arn"_s,       u"version"_s,
            u"env"_s,     u"var"_s,      u"field"_s,    u"hint"_s,   u"algorithm"_s, u"mode"_s};
    return suffixes.contains(word);
}

} // namespace

bool looksSecret(QStringView name)
{
    const QStringList parts = words(name);
    if (parts.isEmpty() || isDescriptiveSuffix(parts.last()))
        return false;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (isSecretWord(parts.at(i)))
            return true;
        // API_KEY, PRIVATE_KEY, ACCESS_KEY, SECRET_KEY, AUTH_KEY, ENCRYPTION_KEY, ...
        if (i + 1 < parts.size() && parts.at(i + 1) == u"key") {
            static const QStringList keyKinds = {u"api"_s,
                                                 u"private"_s,
                                                 u"access"_s,
                                                 u"auth"_s,
                                                 u"encryption"_s,
                                                 u"signing"_s,
                                                 u"master"_s,
                                                 u"client"_s,
                                                 u"license"_s};
            if (keyKinds.contains(parts.at(i)))
                return true;
        }
    }
    return false;
}

bool isPlaceholder(QStringView value)
{
    QStringView v = value.trimmed();
    if (v.size() >= 2
        && ((v.startsWith(u'"') && v.endsWith(u'"'))
            || (v.startsWith(u'\'') && v.endsWith(u'\'')))) {
        v = v.sliced(1, v.size() - 2).trimmed();
    }
    if (v.isEmpty())
        return true;

    // ${VAR:-fallback} / ${VAR-fallback}: only the fallback could be a literal.
    static const QRegularExpression withDefault(u"^\\$\\{[A-Za-z_][A-Za-z0-9_]*:?-(.*)\\}$"_s);
    const QRegularExpressionMatch fallback = withDefault.match(v);
    if (fallback.hasMatch())
        return isPlaceholder(fallback.capturedView(1));

    // Any other interpolation means the value comes from the environment at run time.
    static const QRegularExpression interpolation(u"\\$\\{[^}]*\\}|\\$[A-Za-z_][A-Za-z0-9_]*"_s);
    if (interpolation.match(v).hasMatch())
        return true;

    static const QRegularExpression placeholder(
            u"^(<[^>]*>|\\{\\{.*\\}\\}|%\\(.*\\)s|x{3,}|\\*{3,}|\\.{3,}|-+|_+|#+|"
            "change[-_ ]?me|change[-_ ]?it|replace[-_ ]?me|to[-_ ]?do|tbd|fixme|none|null|nil|"
            "~|true|false|yes|no|dummy|placeholder|redacted|example|sample|"
            "(your|my|some)[-_ ]?.*|.*[-_]here|example[-_].*)$"_s,
            QRegularExpression::CaseInsensitiveOption);
    if (placeholder.match(v).hasMatch())
        return true;
    // A path to a mounted secret, not the secret.
    return v.startsWith(u"/run/secrets/") || v.startsWith(u"/var/run/secrets/");
}

} // namespace greenlight::SecretNames
