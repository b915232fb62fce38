#pragma once

#include <memory>

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QStringView>

#include "scan/walk/GitIgnore.h"

namespace greenlight {

// The chain of GitIgnores in effect for one directory, parent before child:
// .git/info/exclude, the root .gitignore, then nested ones down to the directory.
// Copies are cheap (shared, immutable GitIgnores), so every directory of a walk keeps its own.
class IgnoreStack
{
public:
    IgnoreStack() = default;

    // .gitignore files larger than this are read only up to it.
    static constexpr qint64 IgnoreFileLimit = 4 * 1024 * 1024;

    // The stack for a walk root: its git directory's info/exclude (following a linked
    // worktree's or submodule's ".git" file). The root's own .gitignore is pushed by the walker
    // like every other directory's.
    static IgnoreStack forRepositoryRoot(const QByteArray &rootNative);

    // A stack with `ignore` appended as the deepest file; empty files are not appended.
    IgnoreStack pushed(GitIgnore ignore) const;
    void push(GitIgnore ignore);

    // Git's precedence: the deepest file with a matching rule decides, and within it the last
    // matching rule. Only `relativePath` itself is matched, so the caller must know that its
    // parent directories are not ignored (a walker that does not descend into them does).
    GitIgnore::Match matchEntry(QStringView relativePath, bool isDir) const;
    GitIgnore::Match matchEntry(QByteArrayView relativePath, bool isDir) const; // raw bytes

    // Full git semantics for any path: also ignored when one of its parent directories is,
    // since git cannot re-include a path inside an excluded directory.
    bool isIgnored(QStringView relativePath, bool isDir) const;
    bool isIgnored(QByteArrayView relativePath, bool isDir) const;

    bool isEmpty() const { return m_files.isEmpty(); }
    qsizetype size() const { return m_files.size(); }

private:
    QList<std::shared_ptr<const GitIgnore>> m_files;
};

} // namespace greenlight
