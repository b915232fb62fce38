#include "DockerIgnore.h"

#include <QStringList>

#include "TextLines.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

QString clean(QString pattern)
{
    pattern.replace(u'\\', u'/');
    QStringList parts;
    for (const QString &part : pattern.split(u'/', Qt::SkipEmptyParts)) {
        if (part == u".")
            continue;
        if (part == u".." && !parts.isEmpty())
            parts.removeLast();
        else
            parts.append(part);
    }
    return parts.join(u'/');
}

QString toRegex(const QString &glob)
{
    QString regex;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == u'*') {
            if (i + 1 < glob.size() && glob.at(i + 1) == u'*') {
                ++i;
                if (i + 1 < glob.size() && glob.at(i + 1) == u'/')
                    ++i;
                regex += i + 1 >= glob.size() ? u".*"_s : u"(.*/)?"_s;
            } else {
                regex += u"[^/]*"_s;
            }
        } else if (c == u'?') {
            regex += u"[^/]"_s;
        } else if (c == u'[' || c == u']' || c == u'-' || c == u'^') {
            regex += c; // character classes pass through, as in Docker
        } else {
            regex += QRegularExpression::escape(QString(c));
        }
    }
    return regex;
}

} // namespace

DockerIgnore DockerIgnore::parse(const QString &text)
{
    DockerIgnore result;
    const TextLines lines(text);
    for (int number = 1; number <= lines.count(); ++number) {
        QString line = lines.line(number).trimmed().toString();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        Pattern pattern;
        if (line.startsWith(u'!')) {
            pattern.negated = true;
            line = line.mid(1).trimmed();
        }
        line = clean(line);
        if (line.isEmpty())
            continue;
        pattern.regex = QRegularExpression(QRegularExpression::anchoredPattern(toRegex(line)));
        if (pattern.regex.isValid())
            result.m_patterns.append(pattern);
    }
    return result;
}

bool DockerIgnore::excludes(const QString &path) const
{
    // The path and each of its parents, shortest first: "a", "a/b", "a/b/c".
    QStringList candidates;
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = 1; i <= parts.size(); ++i)
        candidates.append(parts.first(i).join(u'/'));

    bool excluded = false;
    for (const Pattern &pattern : m_patterns) {
        const bool matches
                = std::any_of(candidates.begin(), candidates.end(), [&](const QString &candidate) {
                      return pattern.regex.match(candidate).hasMatch();
                  });
        if (matches)
            excluded = !pattern.negated;
    }
    return excluded;
}

} // namespace greenlight
