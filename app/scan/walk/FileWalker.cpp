#include "FileWalker.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include "scan/walk/FileReader.h"
#include "scan/walk/IgnoreStack.h"
#include "scan/walk/PosixIo.h"
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace greenlight {

namespace {

struct DirId
{
    dev_t dev = 0;
    ino_t ino = 0;
    bool operator==(const DirId &) const = default;
};

size_t qHash(const DirId &id, size_t seed = 0)
{
    return qHashMulti(seed, quint64(id.dev), quint64(id.ino));
}

QString joinRelative(const QString &parent, QByteArrayView name)
{
    QString result;
    result.reserve(parent.size() + 1 + name.size());
    result.append(parent);
    if (!parent.isEmpty())
        result.append(u'/');
    // Nearly every name is ASCII, and the Latin-1 append converts in place.
    if (std::all_of(name.begin(), name.end(), [](char c) { return uchar(c) < 0x80; }))
        result.append(QLatin1StringView(name.data(), name.size()));
    else
        result.append(QString::fromUtf8(name)); // invalid bytes become U+FFFD
    return result;
}

} // namespace

// Symlinks. Git records a symlink, never what it points to, and a scan must neither leave the
// tree nor loop. So: a symlink to a regular file inside the root is scanned under the link's
// own path (a docker-compose.yml that links to deploy/compose.prod.yml is still analyzed as
// docker-compose.yml); a symlink to a directory inside the root is followed only after every
// real directory was walked, and only when its target was not walked already (tracked by
// st_dev/st_ino), else it is listed as SymlinkLoop; links that leave the root are listed as
// SpecialFile; dangling links are Unreadable. For ignore rules, a link to a directory counts
// as a directory, so `node_modules/` also excludes a symlinked node_modules.
class FileWalker::Walk
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::FileWalker)

public:
    struct Frame
    {
        QByteArray native; // absolute
        QString relative;  // '' for the root
        IgnoreStack ignores;
        DirId target; // for symlinked directories: the directory they resolve to
    };

    Walk(FileWalker &walker,
         const std::function<void(const WalkedFile &)> &onFile,
         const std::atomic_bool &cancel)
        : m_walker(walker)
        , m_onFile(onFile)
        , m_cancel(cancel)
    {}

    Result<void> run();

private:
    struct Entry
    {
        size_t offset;
        size_t length;
        unsigned char type;
    };

    bool cancelled()
    {
        if (m_cancel.load(std::memory_order_relaxed))
            m_walker.m_cancelled = true;
        return m_walker.m_cancelled;
    }
    void skip(const QString &path, SkipReason reason, const QString &detail)
    {
        m_walker.m_skipped.append(SkippedPath{path, reason, detail});
    }
    void walkDirectory(const Frame &frame);
    int readEntries(DIR *dir); // errno of a failed readdir, else 0
    void handleEntry(int dirFd, const Frame &frame, const IgnoreStack &ignores, const Entry &entry);
    void handleSymlink(int dirFd,
                       const QByteArray &native,
                       const QString &relative,
                       const IgnoreStack &ignores,
                       const char *name);
    void emitFile(const QString &relative, const QByteArray &native, qint64 size);
    void followDeferred(Frame frame);

    FileWalker &m_walker;
    const std::function<void(const WalkedFile &)> &m_onFile;
    const std::atomic_bool &m_cancel;
    QByteArray m_rootReal;
    qsizetype m_rootPrefixLength = 0; // of "<root>/" in every native path
    QHash<DirId, QString> m_visited;  // every directory walked, by identity -> its path
    std::vector<Frame> m_stack;
    std::vector<Frame> m_deferred; // symlinked directories, followed after the real tree
    std::string m_names;           // this directory's entry names, back to back
    std::vector<Entry> m_entries;
    WalkedFile m_file; // reused so its buffers are recycled when onFile keeps no copy
};

Result<void> FileWalker::Walk::run()
{
    const QString absolute = QDir::cleanPath(QFileInfo(m_walker.m_root).absoluteFilePath());
    const QByteArray rootNative = QFile::encodeName(absolute);
    struct stat st = {};
    if (::stat(rootNative.constData(), &st) != 0) {
        const int err = errno;
        return Error::make(err == ENOENT ? Error::Code::NotFound : Error::Code::Io,
                           tr("Cannot scan %1: %2").arg(absolute, PosixIo::errorMessage(err)));
    }
    if (!S_ISDIR(st.st_mode)) {
        return Error::make(Error::Code::InvalidArgument,
                           tr("Cannot scan %1: it is not a folder").arg(absolute));
    }
    // Opening tells what access() cannot: access() checks the real, not the effective user.
    const int rootFd = ::open(rootNative.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    DIR *rootDir = rootFd < 0 ? nullptr : ::fdopendir(rootFd);
    if (!rootDir) {
        const int err = errno;
        if (rootFd >= 0)
            ::close(rootFd);
        return Error::make(Error::Code::Io,
                           tr("Cannot scan %1: %2").arg(absolute, PosixIo::errorMessage(err)));
    }
    ::closedir(rootDir);
    m_rootReal = PosixIo::realPath(rootNative);
    m_rootPrefixLength = rootNative == "/" ? 1 : rootNative.size() + 1;

    m_stack.push_back(Frame{rootNative, QString(), IgnoreStack::forRepositoryRoot(rootNative), {}});
    size_t nextDeferred = 0;
    while (!cancelled()) {
        if (m_stack.empty()) {
            if (nextDeferred == m_deferred.size())
                break;
            followDeferred(std::move(m_deferred[nextDeferred++]));
            continue;
        }
        const Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        walkDirectory(frame);
    }
    return {};
}

void FileWalker::Walk::walkDirectory(const Frame &frame)
{
    const QString &relative = frame.relative;
    if (frame.native.size() >= PATH_MAX) {
        skip(relative, SkipReason::Unreadable, tr("path too long"));
        return;
    }
    const int fd = ::open(frame.native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    DIR *dir = fd < 0 ? nullptr : ::fdopendir(fd);
    if (!dir) {
        const int err = errno;
        if (fd >= 0)
            ::close(fd);
        skip(relative, SkipReason::Unreadable, PosixIo::errorMessage(err));
        return;
    }
    struct stat st = {};
    if (::fstat(fd, &st) == 0) {
        const DirId id{st.st_dev, st.st_ino};
        const auto it = m_visited.constFind(id);
        if (it != m_visited.cend()) { // a bind mount looping back; symlinks are caught earlier
            ::closedir(dir);
            skip(relative,
                 SkipReason::SymlinkLoop,
                 tr("directory already walked as '%1'").arg(it.value()));
            return;
        }
        m_visited.insert(id, relative);
    }
    ++m_walker.m_directoriesWalked;

    const int listError = readEntries(dir);
    IgnoreStack ignores = frame.ignores;
    const auto gitignore = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry &e) {
        return std::string_view(m_names).substr(e.offset, e.length) == ".gitignore";
    });
    if (gitignore != m_entries.end()) {
        ignores.push(GitIgnore::parse(
                PosixIo::readSmallFileAt(fd, ".gitignore", IgnoreStack::IgnoreFileLimit),
                relative));
    }

    if (listError != 0) {
        skip(relative,
             SkipReason::Unreadable,
             tr("listing stopped early: %1").arg(PosixIo::errorMessage(listError)));
    }

    const size_t firstChild = m_stack.size();
    for (const Entry &entry : m_entries) {
        handleEntry(fd, frame, ignores, entry);
        if (m_walker.m_cancelled)
            break;
    }
    // Subdirectories were pushed in name order; reversed, they are popped in name order.
    std::reverse(m_stack.begin() + std::ptrdiff_t(firstChild), m_stack.end());
    ::closedir(dir);
}

int FileWalker::Walk::readEntries(DIR *dir)
{
    m_names.clear();
    m_entries.clear();
    int err = 0;
    while (true) {
        errno = 0; // readdir reports errors only through errno
        const dirent *ent = ::readdir(dir);
        if (!ent) {
            err = errno;
            break;
        }
        const char *name = ent->d_name;
        if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
            continue;
        if (std::strcmp(name, ".git") == 0)
            continue; // never scanned, whether a directory or a worktree's pointer file
        const size_t length = std::strlen(name);
        m_entries.push_back(Entry{m_names.size(), length, ent->d_type});
        m_names.append(name, length + 1); // keep the NUL: names go to fstatat as they are
    }
    const std::string_view names(m_names);
    std::sort(m_entries.begin(), m_entries.end(), [names](const Entry &a, const Entry &b) {
        return names.substr(a.offset, a.length) < names.substr(b.offset, b.length);
    });
    return err;
}

void FileWalker::Walk::handleEntry(int dirFd,
                                   const Frame &frame,
                                   const IgnoreStack &ignores,
                                   const Entry &entry)
{
    const char *name = m_names.data() + entry.offset;
    const QByteArrayView nameBytes(name, qsizetype(entry.length));
    QByteArray native;
    native.reserve(frame.native.size() + 1 + nameBytes.size());
    if (frame.native != "/")
        native.append(frame.native);
    native.append('/').append(nameBytes);
    // Ignore rules match raw bytes, as git does, so undecodable names match exactly.
    const QByteArrayView relativeBytes = QByteArrayView(native).sliced(m_rootPrefixLength);
    const auto ignored = [&](bool isDir) {
        return ignores.matchEntry(relativeBytes, isDir) == GitIgnore::Match::Ignored;
    };

    unsigned char type = entry.type;
    struct stat st = {};
    if (type == DT_UNKNOWN) { // some file systems do not fill d_type
        if (::fstatat(dirFd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            skip(joinRelative(frame.relative, nameBytes),
                 SkipReason::Unreadable,
                 PosixIo::errorMessage(errno));
            return;
        }
        type = IFTODT(st.st_mode);
    }
    if (type == DT_LNK) {
        handleSymlink(dirFd, native, joinRelative(frame.relative, nameBytes), ignores, name);
        return;
    }
    if (ignored(type == DT_DIR))
        return;
    const QString relative = joinRelative(frame.relative, nameBytes);

    switch (type) {
    case DT_DIR:
        m_stack.push_back(Frame{std::move(native), relative, ignores, {}});
        return;
    case DT_REG:
        if (entry.type == DT_REG && ::fstatat(dirFd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
            skip(relative, SkipReason::Unreadable, PosixIo::errorMessage(errno));
            return;
        }
        emitFile(relative, native, st.st_size);
        return;
    case DT_FIFO:
        skip(relative, SkipReason::SpecialFile, tr("named pipe"));
        return;
    case DT_SOCK:
        skip(relative, SkipReason::SpecialFile, tr("socket"));
        return;
    default:
        skip(relative, SkipReason::SpecialFile, tr("device file"));
        return;
    }
}

void FileWalker::Walk::handleSymlink(int dirFd,
                                     const QByteArray &native,
                                     const QString &relative,
                                     const IgnoreStack &ignores,
                                     const char *name)
{
    const QByteArrayView relativeBytes = QByteArrayView(native).sliced(m_rootPrefixLength);
    struct stat st = {};
    if (::fstatat(dirFd, name, &st, 0) != 0) {
        const int err = errno;
        if (ignores.matchEntry(relativeBytes, false) == GitIgnore::Match::Ignored)
            return;
        if (err == ELOOP)
            skip(relative, SkipReason::SymlinkLoop, tr("symbolic link loop"));
        else if (err == ENOENT)
            skip(relative, SkipReason::Unreadable, tr("dangling symlink"));
        else
            skip(relative, SkipReason::Unreadable, PosixIo::errorMessage(err));
        return;
    }
    const bool isDir = S_ISDIR(st.st_mode);
    if (ignores.matchEntry(relativeBytes, isDir) == GitIgnore::Match::Ignored)
        return;
    if (!isDir && !S_ISREG(st.st_mode)) {
        skip(relative, SkipReason::SpecialFile, tr("symbolic link to a special file"));
        return;
    }
    const QByteArray target = PosixIo::realPath(native);
    if (target.isEmpty()) {
        skip(relative, SkipReason::Unreadable, PosixIo::errorMessage(errno));
        return;
    }
    if (!PosixIo::isInside(target, m_rootReal)) {
        skip(relative,
             SkipReason::SpecialFile,
             isDir ? tr("symbolic link to a folder outside the scanned folder")
                   : tr("symbolic link to a file outside the scanned folder"));
        return;
    }
    if (isDir)
        m_deferred.push_back(Frame{native, relative, ignores, DirId{st.st_dev, st.st_ino}});
    else
        emitFile(relative, native, st.st_size);
}

void FileWalker::Walk::followDeferred(Frame frame)
{
    const auto it = m_visited.constFind(frame.target);
    if (it == m_visited.cend()) {
        m_stack.push_back(std::move(frame));
        return;
    }
    const QString &walked = it.value();
    QString detail;
    if (walked.isEmpty())
        detail = tr("symbolic link loops back to the scanned folder");
    else if (frame.relative.startsWith(walked + u'/'))
        detail = tr("symbolic link loops back to '%1'").arg(walked);
    else
        detail = tr("symbolic link to '%1', which is scanned there").arg(walked);
    skip(frame.relative, SkipReason::SymlinkLoop, detail);
}

void FileWalker::Walk::emitFile(const QString &relative, const QByteArray &native, qint64 size)
{
    const qint64 limit = m_walker.m_options.maxFileSize;
    if (size > limit) {
        skip(relative, SkipReason::TooLarge, describeTooLarge(size, limit));
        return;
    }
    if (native.size() >= PATH_MAX) {
        skip(relative, SkipReason::Unreadable, tr("path too long"));
        return;
    }
    m_file.path = relative;
    m_file.nativePath = native;
    m_file.size = size;
    ++m_walker.m_filesFound;
    m_onFile(m_file);
    // An atomic load per file is cheaper than any bookkeeping, and no file follows a cancel.
    cancelled();
}

FileWalker::FileWalker(QString root, Options options)
    : m_root(std::move(root))
    , m_options(options)
{}

Result<void> FileWalker::walk(const std::function<void(const WalkedFile &)> &onFile,
                              const std::atomic_bool &cancel)
{
    m_skipped.clear();
    m_filesFound = 0;
    m_directoriesWalked = 0;
    m_cancelled = false;
    Walk walk(*this, onFile, cancel);
    return walk.run();
}

} // namespace greenlight
