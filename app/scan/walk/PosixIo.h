#pragma once

#include <QByteArray>
#include <QString>

// Small POSIX helpers shared by the walker and the reader: both work on raw name bytes and
// file descriptors so that non-UTF-8 names and deep trees stay reachable.
namespace greenlight::PosixIo {

// strerror for errno values, thread-safe, in the C library's locale encoding.
QString errorMessage(int errorNumber);

// Reads from fd until EOF or until more than `limit` bytes were read (then out holds
// limit + 1 bytes, so the caller can tell "exactly at the limit" from "over it").
// Returns 0 or the errno of the failed read().
int readUpTo(int fd, qint64 limit, QByteArray &out);

// Opens `name` relative to dirFd without following a final symlink and reads up to `limit`
// bytes; an empty result for anything that is not a readable regular file.
QByteArray readSmallFileAt(int dirFd, const char *name, qint64 limit);

// The canonical absolute path (realpath(3)); empty with errno set when it cannot be resolved.
QByteArray realPath(const QByteArray &path);

// Whether `path` is `root` or lies below it; both canonical.
bool isInside(const QByteArray &path, const QByteArray &root);

} // namespace greenlight::PosixIo
