#include "IgnoreStack.h"

#include "scan/walk/PosixIo.h"
#include <fcntl.h>
#include <sys/stat.h>

namespace greenlight {

IgnoreStack IgnoreStack::pushed(GitIgnore ignore) const
{
    IgnoreStack result = *this;
    result.push(std::move(ignore));
    return result;
}

void IgnoreStack::push(GitIgnore ignore)
{
    if (!ignore.isEmpty())
        m_files.append(std::make_shared<const GitIgnore>(std::move(ignore)));
}

GitIgnore::Match IgnoreStack::matchEntry(QByteArrayView relativePath, bool isDir) const
{
    for (qsizetype i = m_files.size() - 1; i >= 0; --i) {
        const GitIgnore::Match match = m_files.at(i)->match(relativePath, isDir);
        if (match != GitIgnore::Match::None)
            return match;
    }
    return GitIgnore::Match::None;
}

GitIgnore::Match IgnoreStack::matchEntry(QStringView relativePath, bool isDir) const
{
    if (m_files.isEmpty())
        return GitIgnore::Match::None;
    return matchEntry(QByteArrayView(relativePath.toUtf8()), isDir);
}

bool IgnoreStack::isIgnored(QByteArrayView relativePath, bool isDir) const
{
    // Parents first: once a directory is excluded, nothing below it can be re-included.
    for (qsizetype slash = relativePath.indexOf('/'); slash >= 0;
         slash = relativePath.indexOf('/', slash + 1)) {
        if (matchEntry(relativePath.first(slash), true) == GitIgnore::Match::Ignored)
            return true;
    }
    return matchEntry(relativePath, isDir) == GitIgnore::Match::Ignored;
}

bool IgnoreStack::isIgnored(QStringView relativePath, bool isDir) const
{
    if (m_files.isEmpty())
        return false;
    return isIgnored(QByteArrayView(relativePath.toUtf8()), isDir);
}

IgnoreStack IgnoreStack::forRepositoryRoot(const QByteArray &rootNative)
{
    // .git/info/exclude ranks below every .gitignore, so it goes first. A .git *file* (linked
    // worktree, submodule) names the real git directory.
    QByteArray gitDir = rootNative + "/.git";
    struct stat st = {};
    if (::stat(gitDir.constData(), &st) == 0 && S_ISREG(st.st_mode)) {
        const QByteArray pointer = PosixIo::readSmallFileAt(AT_FDCWD, gitDir.constData(), 4096);
        if (!pointer.startsWith("gitdir:"))
            return {};
        gitDir = pointer.mid(7).trimmed();
        if (!gitDir.startsWith('/'))
            gitDir = rootNative + '/' + gitDir;
        const QByteArray common
                = PosixIo::readSmallFileAt(AT_FDCWD, gitDir + "/commondir", 4096).trimmed();
        if (!common.isEmpty())
            gitDir = common.startsWith('/') ? common : gitDir + '/' + common;
    }
    IgnoreStack stack;
    stack.push(GitIgnore::parse(PosixIo::readSmallFileAt(AT_FDCWD,
                                                         (gitDir + "/info/exclude").constData(),
                                                         IgnoreFileLimit),
                                QString()));
    return stack;
}

} // namespace greenlight
