#pragma once

#include <atomic>

#include <QString>

namespace greenlight {

struct RepositoryState
{
    bool isGitRepository = false;
    QString head;   // full commit id; empty on an unborn branch
    QString branch; // short name ("main"); empty when HEAD is detached
    bool dirty = false;
};

// Reads which commit a scanned tree is at, with libgit2, so no git binary is needed.
class RepositoryStateReader
{
public:
    // The repository containing `path` (searching upwards, as git does). Outside git, or
    // when the repository cannot be opened, isGitRepository is false. `cancel` ends the
    // dirty check early (then dirty stays false).
    static RepositoryState read(const QString &path, const std::atomic_bool *cancel = nullptr);
};

} // namespace greenlight
