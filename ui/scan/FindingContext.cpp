#include "FindingContext.h"

#include <cmath>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include "scan/Redaction.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

// Shannon entropy in bits per character: random keys score above ~4, words and
// identifiers well below.
double entropy(QStringView token)
{
    QHash<QChar, int> counts;
    for (const QChar c : token)
        ++counts[c];
    double bits = 0;
    for (const int count : std::as_const(counts)) {
        const double p = double(count) / double(token.size());
        bits -= p * std::log2(p);
    }
    return bits;
}

bool looksRandom(QStringView token)
{
    static const QRegularExpression hexOrUuid(
            u"^(?:[0-9a-fA-F]+|[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12})$"_s);
    // Commit ids, digests and UUIDs are identities, not secrets; they stay readable.
    if (hexOrUuid.match(token.toString()).hasMatch())
        return false;
    bool letters = false;
    bool digits = false;
    for (const QChar c : token) {
        letters = letters || c.isLetter();
        digits = digits || c.isDigit();
    }
    return letters && digits && entropy(token) >= 3.5;
}

bool isPlaceholder(QStringView value)
{
    return value.startsWith(u'$') || value.startsWith(u'<') || value.startsWith(u'{')
           || value.startsWith(u'%');
}

QString cut(const QString &line)
{
    if (line.size() <= FindingContext::MaxLineLength)
        return line;
    return line.left(FindingContext::MaxLineLength - 1) + u'…';
}

QString leadingWhitespace(const QString &line)
{
    qsizetype n = 0;
    while (n < line.size() && line.at(n).isSpace())
        ++n;
    return line.left(n);
}

// Masks every match of the capture group in place, right to left so offsets stay valid.
void maskGroup(QString &line,
               const QRegularExpression &pattern,
               int group,
               bool (*accept)(QStringView))
{
    QList<QRegularExpressionMatch> matches;
    auto it = pattern.globalMatch(line);
    while (it.hasNext())
        matches.append(it.next());
    for (auto m = matches.crbegin(); m != matches.crend(); ++m) {
        const QStringView value = m->capturedView(group);
        if (value.isEmpty() || !accept(value))
            continue;
        line = Redaction::redactSpan(line, m->capturedStart(group), value.size());
    }
}

} // namespace

QString FindingContext::maskSecrets(QStringView input)
{
    static const QRegularExpression assignment(
            u"(?i)(?:pass(?:word|wd)?|secret|token|api[_-]?key|access[_-]?key|private[_-]?key"
            "|credentials?|auth)[\\w-]*[\"']?\\s*[:=]\\s*[\"']?([^\\s\"',;]{4,})"_s);
    static const QRegularExpression urlPassword(u"://[^/\\s:@]+:([^@\\s/]+)@"_s);
    static const QRegularExpression token(u"[A-Za-z0-9+/=_\\-.]{20,}"_s);

    QString line = input.toString();
    maskGroup(line, assignment, 1, [](QStringView v) { return !isPlaceholder(v); });
    maskGroup(line, urlPassword, 1, [](QStringView v) { return !isPlaceholder(v); });
    maskGroup(line, token, 0, [](QStringView v) { return !v.contains(u'*') && looksRandom(v); });
    return line;
}

FindingContext FindingContext::read(const QString &root, const Finding &finding, int radius)
{
    FindingContext context;
    const SourceLocation &location = finding.location;
    if (location.path.isEmpty()) {
        context.note = FindingContext::tr("This finding is about the repository as a whole.");
        return context;
    }
    const QString relative = QDir::cleanPath(location.path);
    if (relative.startsWith(u"../"_s) || relative == u".."_s || QDir::isAbsolutePath(relative)) {
        context.note = FindingContext::tr("The finding's path lies outside the repository.");
        return context;
    }
    QFile file(QDir(root).filePath(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        context.note
                = FindingContext::tr("Cannot read %1: %2").arg(location.path, file.errorString());
        return context;
    }

    // A whole-file finding shows the top of the file; otherwise radius lines either side.
    const int target = std::max(location.line, 0);
    const int endTarget = std::max(location.endLine, target);
    const int first = target > 0 ? std::max(1, target - radius) : 1;
    const int last = target > 0 ? endTarget + radius : 2 * radius + 1;
    context.findingLine = target;
    context.findingEndLine = endTarget;

    const bool secretRule
            = finding.ruleId.startsWith(u"secrets."_s) || !finding.secretHash.isEmpty();
    qint64 bytesRead = 0;
    int lineNumber = 0;
    while (lineNumber < last && !file.atEnd()) {
        QByteArray raw = file.readLine(64 * 1024);
        bytesRead += raw.size();
        if (bytesRead > MaxReadBytes) {
            context.note = FindingContext::tr(
                    "The file is too large to show the lines around the finding.");
            context.lines.clear();
            context.firstLine = 0;
            return context;
        }
        // An overlong line arrives in pieces; only its first piece counts as the line.
        const bool complete = raw.endsWith('\n');
        ++lineNumber;
        if (!complete) {
            while (!file.atEnd() && !raw.endsWith('\n')) {
                const QByteArray rest = file.readLine(64 * 1024);
                bytesRead += rest.size();
                if (rest.endsWith('\n'))
                    break;
            }
        }
        if (lineNumber < first)
            continue;
        while (raw.endsWith('\n') || raw.endsWith('\r'))
            raw.chop(1);
        const QString text = QString::fromUtf8(raw);
        const bool inSpan = target > 0 && lineNumber >= target && lineNumber <= endTarget;
        QString shown;
        if (lineNumber == target && !finding.snippet.isEmpty())
            shown = leadingWhitespace(text) + finding.snippet.section(u'\n', 0, 0);
        else if (inSpan && secretRule)
            // The rest of a flagged secret (a key's body) stays hidden entirely.
            shown = text.trimmed().isEmpty() ? QString() : Redaction::mask(text.trimmed());
        else
            shown = maskSecrets(text);
        if (context.lines.isEmpty())
            context.firstLine = lineNumber;
        context.lines.append(cut(shown));
    }
    if (target > lineNumber) {
        context.note
                = FindingContext::tr("The file has changed since the scan: it has no line %1 now.")
                          .arg(target);
        context.lines.clear();
        context.firstLine = 0;
    }
    return context;
}

} // namespace greenlight
