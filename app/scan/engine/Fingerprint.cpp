#include "Fingerprint.h"

#include <algorithm>
#include <numeric>
#include <tuple>
#include <vector>

#include <QCryptographicHash>

namespace greenlight::Fingerprint {

QString normaliseSnippet(QStringView snippet)
{
    QString out;
    out.reserve(snippet.size());
    bool pendingSpace = false;
    for (const QChar c : snippet) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(u' ');
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

QByteArray identityKey(const Finding &finding)
{
    QByteArray key = finding.ruleId.toUtf8();
    key.append('\0');
    key.append(finding.location.path.toUtf8());
    key.append('\0');
    key.append(normaliseSnippet(finding.snippet).toUtf8());
    key.append('\0');
    key.append(finding.secretHash.toLatin1());
    return key;
}

QString compute(const QByteArray &identityKey, int occurrence)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(identityKey);
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(QByteArray::number(occurrence));
    return QString::fromLatin1(hash.result().toHex());
}

void assign(QList<Finding> &findings, QHash<QByteArray, int> &seen)
{
    // Line order, whatever order the analyzers reported in; message and column break ties
    // so that the numbering never depends on thread timing.
    std::vector<qsizetype> order(findings.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&findings](qsizetype a, qsizetype b) {
        const Finding &x = findings.at(a);
        const Finding &y = findings.at(b);
        return std::tie(x.location.path, x.location.line, x.location.column, x.message)
               < std::tie(y.location.path, y.location.line, y.location.column, y.message);
    });
    for (const qsizetype index : order) {
        Finding &finding = findings[index];
        const QByteArray key = identityKey(finding);
        finding.fingerprint = compute(key, seen[key]++);
    }
}

} // namespace greenlight::Fingerprint
