#include "FileReader.h"

#include <cerrno>
#include <cstring>

#include <QCoreApplication>

#include "scan/walk/PosixIo.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace greenlight {

namespace {

// Git's own heuristic (buffer_is_binary) looks at the first 8000 bytes; 8 KiB is as good.
constexpr qsizetype BinarySniffLength = 8 * 1024;

struct FileReader
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::FileReader)
};

QString formatSize(qint64 bytes)
{
    if (bytes < 1024)
        return FileReader::tr("%1 bytes").arg(bytes);
    static const char *const units[] = {"KiB", "MiB", "GiB", "TiB"};
    double value = double(bytes) / 1024.0;
    int unit = 0;
    while (value >= 1024.0 && unit < 3) {
        value /= 1024.0;
        ++unit;
    }
    QString number = QString::number(value, 'f', 1);
    if (number.endsWith(QLatin1StringView(".0")))
        number.chop(2);
    return number + QLatin1Char(' ') + QLatin1StringView(units[unit]);
}

FileReadResult skipped(const WalkedFile &file, SkipReason reason, QString detail)
{
    return FileReadResult{std::nullopt, SkippedPath{file.path, reason, std::move(detail)}};
}

} // namespace

QString describeTooLarge(qint64 size, qint64 limit)
{
    if (size < 1024)
        return FileReader::tr("%1, limit %2").arg(formatSize(size), formatSize(limit));
    // The exact count too: "5 MiB" alone would not show why a file just over the limit failed.
    return FileReader::tr("%1 (%2 bytes), limit %3")
            .arg(formatSize(size))
            .arg(size)
            .arg(formatSize(limit));
}

FileReadResult readFileForScan(const WalkedFile &file, qint64 maxFileSize)
{
    // O_NONBLOCK: a file swapped for a FIFO since the walk must not hang a worker thread.
    const int fd = ::open(file.nativePath.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return skipped(file, SkipReason::Unreadable, PosixIo::errorMessage(errno));

    struct stat st = {};
    if (::fstat(fd, &st) != 0) {
        const int err = errno;
        ::close(fd);
        return skipped(file, SkipReason::Unreadable, PosixIo::errorMessage(err));
    }
    if (S_ISDIR(st.st_mode)) {
        ::close(fd);
        return skipped(file, SkipReason::Unreadable, PosixIo::errorMessage(EISDIR));
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        return skipped(file, SkipReason::SpecialFile, FileReader::tr("not a regular file"));
    }
    if (st.st_size > maxFileSize) {
        ::close(fd);
        return skipped(file, SkipReason::TooLarge, describeTooLarge(st.st_size, maxFileSize));
    }

    QByteArray content;
    const int err = PosixIo::readUpTo(fd, maxFileSize, content);
    ::close(fd);
    if (err != 0)
        return skipped(file, SkipReason::Unreadable, PosixIo::errorMessage(err));
    if (content.size() > maxFileSize) {
        // Grew since fstat: report at least what was seen.
        return skipped(file,
                       SkipReason::TooLarge,
                       describeTooLarge(std::max<qint64>(st.st_size, content.size()), maxFileSize));
    }

    // UTF-16 text has NULs in every ASCII character; naming it is kinder than "binary".
    if (content.startsWith("\xFF\xFE") || content.startsWith("\xFE\xFF"))
        return skipped(file, SkipReason::Binary, QStringLiteral("UTF-16"));
    const qsizetype sniff = std::min(content.size(), BinarySniffLength);
    if (std::memchr(content.constData(), 0, size_t(sniff)))
        return skipped(file, SkipReason::Binary, FileReader::tr("contains NUL bytes"));

    return FileReadResult{std::move(content), std::nullopt};
}

} // namespace greenlight
