#include "RepositoryStateReader.h"

#include <QFile>

#include <git2.h>

using namespace Qt::StringLiterals;

namespace greenlight {

namespace {

// git_libgit2_init is reference-counted, so pairing it per read is safe from any thread.
struct LibGit2
{
    LibGit2() { git_libgit2_init(); }
    ~LibGit2() { git_libgit2_shutdown(); }
    LibGit2(const LibGit2 &) = delete;
    LibGit2 &operator=(const LibGit2 &) = delete;
};

template<typename T, void (*Free)(T *)>
struct Owned
{
    T *ptr = nullptr;
    ~Owned()
    {
        if (ptr)
            Free(ptr);
    }
};

struct DirtyProbe
{
    const std::atomic_bool *cancel = nullptr;
    bool dirty = false;
};

int stopAtFirstEntry(const char *, unsigned int, void *payload)
{
    auto *probe = static_cast<DirtyProbe *>(payload);
    if (probe->cancel && probe->cancel->load())
        return 1;
    probe->dirty = true;
    return 1; // one changed or untracked file is enough: stop the status walk here
}

void readHead(git_repository *repo, RepositoryState &state)
{
    Owned<git_reference, git_reference_free> head;
    if (git_reference_lookup(&head.ptr, repo, "HEAD") != 0)
        return;
    if (git_reference_type(head.ptr) == GIT_REFERENCE_SYMBOLIC) {
        // Also on an unborn branch, whose name is known before its first commit.
        const QString target = QString::fromUtf8(git_reference_symbolic_target(head.ptr));
        const QString prefix = u"refs/heads/"_s;
        state.branch = target.startsWith(prefix) ? target.mid(prefix.size()) : target;
    }
    git_oid oid;
    if (git_reference_name_to_id(&oid, repo, "HEAD") == 0) {
        char hex[GIT_OID_HEXSZ + 1] = {};
        git_oid_tostr(hex, sizeof hex, &oid);
        state.head = QString::fromLatin1(hex);
    }
}

bool isDirty(git_repository *repo, const std::atomic_bool *cancel)
{
    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    // Untracked files count (a scan reads them); ignored ones do not. No recursion into
    // untracked directories: the directory entry alone already says "dirty".
    options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_EXCLUDE_SUBMODULES;
    DirtyProbe probe{cancel, false};
    git_status_foreach_ext(repo, &options, &stopAtFirstEntry, &probe);
    return probe.dirty;
}

} // namespace

RepositoryState RepositoryStateReader::read(const QString &path, const std::atomic_bool *cancel)
{
    RepositoryState state;
    const LibGit2 libgit2;
    Owned<git_repository, git_repository_free> repo;
    const QByteArray nativePath = QFile::encodeName(path);
    if (git_repository_open_ext(&repo.ptr, nativePath.constData(), 0, nullptr) != 0)
        return state;
    state.isGitRepository = true;
    readHead(repo.ptr, state);
    if (!git_repository_is_bare(repo.ptr))
        state.dirty = isDirty(repo.ptr, cancel);
    return state;
}

} // namespace greenlight
