#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "domain/Finding.h"
#include "domain/RuleInfo.h"
#include "domain/ScanMetadata.h"

namespace greenlight {

// Why a file was not analyzed. Every skipped file is counted and listed, never lost.
enum class SkipReason { Binary, TooLarge, Unreadable, SymlinkLoop, SpecialFile };

struct SkippedPath
{
    QString path; // relative; undecodable name bytes shown as U+FFFD
    SkipReason reason = SkipReason::Unreadable;
    QString detail; // e.g. "12.4 MiB, limit 5 MiB", "Permission denied"
};

struct ScanProgress
{
    qint64 filesDone = 0;
    qint64 filesFound = 0; // grows while the walk runs
    bool walkComplete = false;
    qint64 bytesDone = 0;
    QString currentPath;
};

struct ScanReport
{
    ScanMetadata metadata;
    QList<Finding> findings; // most severe first, then path, line
    QList<RuleInfo> rules;   // the rules that ran
    QList<SkippedPath> skipped;
    QStringList notes; // "path: message" from analyzers (unparseable files passed over)
};

} // namespace greenlight
