#pragma once

#include <optional>

#include <QByteArray>

#include "scan/ScanReport.h"
#include "scan/walk/FileWalker.h"

namespace greenlight {

// Exactly one of the two is set.
struct FileReadResult
{
    std::optional<QByteArray> content;
    std::optional<SkippedPath> skipped;
};

// Reads one walked file whole with ::open/::read on nativePath, never more than
// maxFileSize + 1 bytes: a file that grew past the limit since the walk is TooLarge.
// Binary when the first 8 KiB hold a NUL byte; UTF-16 files (BOM) count as Binary with the
// detail "UTF-16", since every analyzer reads bytes as UTF-8. Unreadable carries strerror.
// Thread-safe: called from the scan's worker threads.
FileReadResult readFileForScan(const WalkedFile &file, qint64 maxFileSize);

// "12.4 MiB, limit 5 MiB": the detail of a TooLarge skip.
QString describeTooLarge(qint64 size, qint64 limit);

} // namespace greenlight
