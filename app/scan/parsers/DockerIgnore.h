#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace greenlight {

// A .dockerignore file, matched the way Docker's patternmatcher does: patterns are cleaned
// (leading '/', './' and trailing '/' dropped), '*' and '?' stay within one path segment,
// '**' spans segments, '!' re-includes, and the last matching pattern wins. A path is also
// excluded when one of its parent directories is.
class DockerIgnore
{
public:
    static DockerIgnore parse(const QString &text);

    bool excludes(const QString &path) const;

private:
    struct Pattern
    {
        QRegularExpression regex;
        bool negated = false;
    };
    QList<Pattern> m_patterns;
};

} // namespace greenlight
