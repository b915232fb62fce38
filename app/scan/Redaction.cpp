#include "Redaction.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace greenlight::Redaction {

QString mask(QStringView secret)
{
    // Short values keep less so that at least three quarters of them is always hidden.
    const qsizetype keep = std::min<qsizetype>(4, secret.size() / 4);
    return secret.left(keep).toString() + QString(12, u'*');
}

QString redactSpan(QStringView line, qsizetype start, qsizetype length)
{
    start = std::clamp<qsizetype>(start, 0, line.size());
    length = std::clamp<qsizetype>(length, 0, line.size() - start);
    return line.left(start).toString() + mask(line.mid(start, length))
           + line.mid(start + length).toString();
}

QString secretHash(QStringView secret)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace greenlight::Redaction
