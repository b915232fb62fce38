#include "WalkFixture.h"

#include <atomic>
#include <cerrno>

#include "scan/walk/FileWalker.h"
#include <dirent.h>
#include <fcntl.h>
#include <sys/fsuid.h>
#include <sys/stat.h>
#include <unistd.h>

namespace greenlight::test::WalkFixture {

bool makeDirs(const QByteArray &path)
{
    for (qsizetype slash = path.indexOf('/', 1); slash != -1;
         slash = path.indexOf('/', slash + 1)) {
        if (::mkdir(path.left(slash).constData(), 0755) != 0 && errno != EEXIST)
            return false;
    }
    return ::mkdir(path.constData(), 0755) == 0 || errno == EEXIST;
}

bool writeFile(const QByteArray &path, const QByteArray &content)
{
    const qsizetype slash = path.lastIndexOf('/');
    if (slash > 0 && !makeDirs(path.left(slash)))
        return false;
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, content.constData(), size_t(content.size())) == content.size();
    return ::close(fd) == 0 && ok;
}

bool makeSymlink(const QByteArray &target, const QByteArray &linkPath)
{
    return ::symlink(target.constData(), linkPath.constData()) == 0;
}

bool makeDeepTree(const QByteArray &root, int levels, int fileEvery)
{
    int fd = ::open(root.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    bool ok = fd >= 0;
    for (int level = 1; ok && level <= levels; ++level) {
        ok = ::mkdirat(fd, "d", 0755) == 0;
        const int child = ok ? ::openat(fd, "d", O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
        ::close(fd);
        fd = child;
        ok = ok && fd >= 0;
        if (ok && (level % fileEvery == 0 || level == levels)) {
            const QByteArray name = "f" + QByteArray::number(level) + ".txt";
            const int file = ::openat(fd, name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
            ok = file >= 0 && ::write(file, "x\n", 2) == 2;
            if (file >= 0)
                ::close(file);
        }
    }
    if (fd >= 0)
        ::close(fd);
    return ok;
}

namespace {

// Recursion is fine here: test trees are a few thousand levels deep at most.
bool removeContents(int dirFd)
{
    DIR *dir = ::fdopendir(dirFd);
    if (!dir)
        return false;
    bool ok = true;
    QList<QByteArray> names;
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name != "." && name != "..")
            names.append(name);
    }
    for (const QByteArray &name : std::as_const(names)) {
        struct stat st
        {
        };
        if (::fstatat(dirFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            ::fchmodat(dirFd, name.constData(), 0755, 0);
            const int child = ::openat(dirFd, name.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            ok = child >= 0 && removeContents(child) && ok;
            ok = ::unlinkat(dirFd, name.constData(), AT_REMOVEDIR) == 0 && ok;
        } else {
            ok = ::unlinkat(dirFd, name.constData(), 0) == 0 && ok;
        }
    }
    ::closedir(dir);
    return ok;
}

} // namespace

bool removeTree(const QByteArray &path)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT;
    return removeContents(fd) && ::rmdir(path.constData()) == 0;
}

bool dropFileAccessPrivileges()
{
    constexpr uid_t nobody = 65534;
    ::setfsuid(nobody);
    return ::setfsuid(uid_t(-1)) == nobody; // an invalid id only reports the current one
}

void restoreFileAccessPrivileges()
{
    ::setfsuid(::geteuid());
}

WalkOutcome walk(const QString &root, qint64 maxFileSize)
{
    FileWalker walker(root, FileWalker::Options{maxFileSize});
    std::atomic_bool cancel = false;
    WalkOutcome outcome;
    const Result<void> result
            = walker.walk([&](const WalkedFile &file) { outcome.files.append(file.path); }, cancel);
    outcome.ok = result.ok();
    outcome.error = result.errorMessage();
    outcome.skipped = walker.skipped();
    return outcome;
}

const SkippedPath *findSkipped(const QList<SkippedPath> &skipped, const QString &path)
{
    for (const SkippedPath &entry : skipped) {
        if (entry.path == path)
            return &entry;
    }
    return nullptr;
}

} // namespace greenlight::test::WalkFixture
