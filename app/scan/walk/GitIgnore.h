#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

namespace greenlight {

// The rules of one .gitignore file (or .git/info/exclude), matched the way git matches them
// (https://git-scm.com/docs/gitignore): comments, escapes, negation, dir-only patterns,
// anchoring by a leading or inner '/', wildcards that never cross '/', and '**'.
// Like git, it matches bytes: paths and patterns are compared as UTF-8 (or whatever raw bytes
// a name has), so the walker can match undecodable names exactly. Patterns are parsed once;
// matching bytes allocates nothing.
class GitIgnore
{
public:
    enum class Match { None, Ignored, Included /* negated with ! */ };

    // baseDir: the directory (relative to the walk root, '' for the root, no trailing '/')
    // the file lives in. A UTF-8 BOM is skipped; invalid UTF-8 decodes to U+FFFD, as paths do.
    static GitIgnore parse(const QByteArray &content, const QString &baseDir);

    // relativePath is relative to the walk root, '/'-separated; isDir says whether it is a
    // directory. Paths outside baseDir never match. The last matching rule wins.
    Match match(QStringView relativePath, bool isDir) const;
    // The same for a path given as raw bytes (UTF-8 for any name that decodes).
    Match match(QByteArrayView relativePath, bool isDir) const;

    bool isEmpty() const { return m_rules.isEmpty(); }
    qsizetype ruleCount() const { return m_rules.size(); }
    const QString &baseDir() const { return m_baseDir; }

private:
    struct Rule
    {
        enum Kind : quint8 {
            Literal,  // no wildcard: compare the whole name or path
            EndsWith, // "*literal" on a basename: compare the tail
            Wildcard, // anything else: wildmatch
        };
        QByteArray pattern;          // without '!', leading '/' and trailing '/'; escapes kept
        qsizetype literalPrefix = 0; // characters before the first wildcard
        Kind kind = Wildcard;
        bool negated = false;
        bool dirOnly = false;
        bool basenameOnly = false; // no '/' in the pattern: matches at any depth below baseDir
    };

    static bool matchesRule(const Rule &rule, QByteArrayView pathInBase, bool isDir);

    QString m_baseDir;
    QByteArray m_baseDirBytes;
    QList<Rule> m_rules;
};

} // namespace greenlight
