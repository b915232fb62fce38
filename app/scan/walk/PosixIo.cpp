#include "PosixIo.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace greenlight::PosixIo {

namespace {

// strerror_r has two incompatible signatures; overloads pick whichever the libc provides.
[[maybe_unused]] const char *strerrorResult(int result, const char *buffer)
{
    return result == 0 ? buffer : "Unknown error";
}
[[maybe_unused]] const char *strerrorResult(const char *result, const char *)
{
    return result;
}

} // namespace

QString errorMessage(int errorNumber)
{
    char buffer[256] = {};
    return QString::fromLocal8Bit(
            strerrorResult(strerror_r(errorNumber, buffer, sizeof buffer), buffer));
}

int readUpTo(int fd, qint64 limit, QByteArray &out)
{
    out.clear();
    const qint64 wanted = limit + 1;
    struct stat st = {};
    // Size the buffer once from fstat; files that grow while we read are still bounded.
    qint64 capacity = 64 * 1024;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
        capacity = std::min<qint64>(st.st_size + 1, wanted);
    out.resize(std::max<qint64>(capacity, 1));
    qint64 filled = 0;
    while (filled < wanted) {
        if (filled == out.size())
            out.resize(std::min<qint64>(out.size() * 2, wanted));
        const ssize_t n = ::read(fd, out.data() + filled, out.size() - filled);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            out.clear();
            return err;
        }
        if (n == 0)
            break;
        filled += n;
    }
    out.truncate(filled);
    return 0;
}

QByteArray readSmallFileAt(int dirFd, const char *name, qint64 limit)
{
    const int fd = ::openat(dirFd, name, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0)
        return {};
    QByteArray content;
    struct stat st = {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || readUpTo(fd, limit, content) != 0)
        content.clear();
    ::close(fd);
    if (content.size() > limit)
        content.truncate(limit);
    return content;
}

QByteArray realPath(const QByteArray &path)
{
    char *resolved = ::realpath(path.constData(), nullptr);
    if (!resolved)
        return {};
    QByteArray result(resolved);
    std::free(resolved);
    return result;
}

bool isInside(const QByteArray &path, const QByteArray &root)
{
    if (root == "/")
        return true;
    return path == root || (path.startsWith(root) && path.at(root.size()) == '/');
}

} // namespace greenlight::PosixIo
