#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace greenlight {

// What a scan looked at, recorded with its findings so a report can say exactly which
// commit of which tree it speaks for.
struct ScanMetadata
{
    QString root; // absolute path scanned
    bool isGitRepository = false;
    QString gitHead;       // full commit id, empty outside git or on an unborn branch
    QString gitBranch;     // empty when detached
    bool gitDirty = false; // work tree or index differs from HEAD (untracked files count)
    QDateTime startedAt;   // UTC
    QDateTime finishedAt;  // UTC
    QString ruleSetVersion;
    QStringList rulesRun; // ids of the rules that ran (after --rules filtering)
    qint64 filesScanned = 0;
    qint64 bytesScanned = 0;
    qint64 filesSkipped = 0;
    bool cancelled = false;
};

} // namespace greenlight
