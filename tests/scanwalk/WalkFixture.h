#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "scan/ScanReport.h"

namespace greenlight::test {

// File-system helpers for the walker tests. Paths are raw bytes so that tests can create
// names that are not UTF-8 and trees deeper than PATH_MAX.
namespace WalkFixture {

// Creates the file and any missing parent directories; false on any error.
bool writeFile(const QByteArray &path, const QByteArray &content);
bool makeDirs(const QByteArray &path);
bool makeSymlink(const QByteArray &target, const QByteArray &linkPath);

// root/d/d/.../d, `levels` deep, created with openat so that depth is not limited by
// PATH_MAX; a file "f<level>.txt" every `fileEvery` levels and at the bottom.
bool makeDeepTree(const QByteArray &root, int levels, int fileEvery);
// Removes a tree of any depth (QDir::removeRecursively stops at PATH_MAX).
bool removeTree(const QByteArray &path);

// Tests of permission errors run as root too: switching the file-system user id (per thread
// on Linux) to "nobody" drops root's override of file permissions until restored. False when
// the switch is not permitted (then the test skips).
bool dropFileAccessPrivileges();
void restoreFileAccessPrivileges();

// Walks root with the given size limit and returns the relative paths found, in walk order.
struct WalkOutcome
{
    bool ok = false;
    QString error;
    QStringList files;
    QList<SkippedPath> skipped;
};
WalkOutcome walk(const QString &root, qint64 maxFileSize = 5 * 1024 * 1024);

const SkippedPath *findSkipped(const QList<SkippedPath> &skipped, const QString &path);

} // namespace WalkFixture

} // namespace greenlight::test
