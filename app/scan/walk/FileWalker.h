#pragma once

#include <atomic>
#include <functional>
#include <utility>

#include <QByteArray>
#include <QList>
#include <QString>

#include "domain/Result.h"
#include "scan/ScanReport.h"

namespace greenlight {

struct WalkedFile
{
    QString path;          // relative, '/'-separated, undecodable name bytes as U+FFFD
    QByteArray nativePath; // absolute, raw bytes for ::open
    qint64 size = 0;
};

// Walks a source tree the way a repository scan needs it: honours .gitignore files (nested
// ones and .git/info/exclude), never enters .git, keeps raw name bytes so non-UTF-8 names
// stay readable, is iterative so deep trees cannot overflow the stack, and lists everything
// it passes over instead of dropping it silently.
class FileWalker
{
public:
    struct Options
    {
        qint64 maxFileSize = 5 * 1024 * 1024;
    };

    FileWalker(QString root, Options options);
    explicit FileWalker(QString root)
        : FileWalker(std::move(root), Options{})
    {}

    // Calls onFile for every regular, non-ignored file of the tree as it is found (on the
    // calling thread), skipping .git directories; files over maxFileSize, special files
    // (fifo/socket/device), directories that cannot be listed, entries that cannot be stat'ed,
    // dangling symlinks and symlink loops go to skipped() instead, with a detail message.
    // (A listed file that cannot be opened is reported by readFileForScan, which opens it
    // anyway; checking here would cost every file a second system call.)
    // Returns an error only when the root itself is unusable. Returns early (ok) when cancel
    // becomes true: it is checked before every directory and after every file, so no file is
    // reported once it is set. Files come in name order, a directory's files before its
    // subdirectories, so two walks of an unchanged tree agree.
    Result<void> walk(const std::function<void(const WalkedFile &)> &onFile,
                      const std::atomic_bool &cancel);

    QList<SkippedPath> skipped() const { return m_skipped; }
    qint64 filesFound() const { return m_filesFound; } // files passed to onFile
    qint64 directoriesWalked() const { return m_directoriesWalked; }
    bool wasCancelled() const { return m_cancelled; }

private:
    class Walk;

    QString m_root;
    Options m_options;
    QList<SkippedPath> m_skipped;
    qint64 m_filesFound = 0;
    qint64 m_directoriesWalked = 0;
    bool m_cancelled = false;
};

} // namespace greenlight
