#include "GitIgnore.h"

#include <algorithm>

#include "scan/walk/WildMatch.h"

namespace greenlight {

namespace {

bool isGlobSpecial(char c)
{
    return c == '*' || c == '?' || c == '[' || c == '\\';
}

// Git strips trailing spaces unless the last one is escaped with a backslash; tabs stay.
QByteArrayView trimTrailingSpaces(QByteArrayView line)
{
    qsizetype end = line.size();
    while (end > 0 && line[end - 1] == ' ') {
        qsizetype backslashes = 0;
        for (qsizetype i = end - 2; i >= 0 && line[i] == '\\'; --i)
            ++backslashes;
        if (backslashes % 2 == 1)
            break;
        --end;
    }
    return line.first(end);
}

} // namespace

GitIgnore GitIgnore::parse(const QByteArray &content, const QString &baseDir)
{
    GitIgnore result;
    result.m_baseDir = baseDir;
    result.m_baseDirBytes = baseDir.toUtf8();

    QByteArrayView text(content);
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);

    while (!text.isEmpty()) {
        const qsizetype newline = text.indexOf('\n');
        QByteArrayView line = newline < 0 ? text : text.first(newline);
        text = newline < 0 ? QByteArrayView() : text.sliced(newline + 1);

        if (line.endsWith('\r')) // CRLF files work with git too
            line.chop(1);
        if (line.isEmpty() || line.front() == '#')
            continue;
        line = trimTrailingSpaces(line);
        if (line.isEmpty())
            continue;

        Rule rule;
        if (line.front() == '!') {
            rule.negated = true;
            line = line.sliced(1);
        }
        if (line.endsWith('/')) {
            rule.dirOnly = true;
            line.chop(1);
        }
        rule.basenameOnly = !line.contains('/');
        if (line.startsWith('/'))
            line = line.sliced(1); // anchored: matched against the path below baseDir
        if (line.isEmpty())
            continue; // "/", "!" or "!/": git never matches anything with those

        rule.pattern = line.toByteArray();
        rule.literalPrefix = std::find_if(line.begin(), line.end(), isGlobSpecial) - line.begin();
        if (rule.literalPrefix == line.size()) {
            rule.kind = Rule::Literal;
        } else if (rule.basenameOnly && line.front() == '*'
                   && std::none_of(line.begin() + 1, line.end(), isGlobSpecial)) {
            rule.kind = Rule::EndsWith;
        }
        result.m_rules.append(std::move(rule));
    }
    return result;
}

bool GitIgnore::matchesRule(const Rule &rule, QByteArrayView pathInBase, bool isDir)
{
    if (rule.dirOnly && !isDir)
        return false;

    const QByteArrayView pattern(rule.pattern);
    if (rule.basenameOnly) {
        const qsizetype slash = pathInBase.lastIndexOf('/');
        const QByteArrayView name = slash < 0 ? pathInBase : pathInBase.sliced(slash + 1);
        switch (rule.kind) {
        case Rule::Literal:
            return name == pattern;
        case Rule::EndsWith:
            return name.endsWith(pattern.sliced(1));
        case Rule::Wildcard:
            return WildMatch::match(pattern, name, false);
        }
        return false;
    }

    // Anchored, as git's match_pathname: the literal part before the first wildcard must match
    // as is, the rest goes through wildmatch with '/'-aware wildcards.
    const qsizetype prefix = rule.literalPrefix;
    if (prefix > pathInBase.size() || pathInBase.first(prefix) != pattern.first(prefix))
        return false;
    if (rule.kind == Rule::Literal)
        return pathInBase.size() == pattern.size();
    return WildMatch::match(pattern.sliced(prefix), pathInBase.sliced(prefix), true);
}

GitIgnore::Match GitIgnore::match(QByteArrayView relativePath, bool isDir) const
{
    if (m_rules.isEmpty())
        return Match::None;

    QByteArrayView pathInBase = relativePath;
    if (!m_baseDirBytes.isEmpty()) {
        const qsizetype baseLength = m_baseDirBytes.size();
        if (relativePath.size() <= baseLength + 1 || relativePath[baseLength] != '/'
            || !relativePath.startsWith(m_baseDirBytes)) {
            return Match::None;
        }
        pathInBase = relativePath.sliced(baseLength + 1);
    }

    for (qsizetype i = m_rules.size() - 1; i >= 0; --i) {
        const Rule &rule = m_rules.at(i);
        if (matchesRule(rule, pathInBase, isDir))
            return rule.negated ? Match::Included : Match::Ignored;
    }
    return Match::None;
}

GitIgnore::Match GitIgnore::match(QStringView relativePath, bool isDir) const
{
    if (m_rules.isEmpty())
        return Match::None;
    return match(QByteArrayView(relativePath.toUtf8()), isDir);
}

} // namespace greenlight
