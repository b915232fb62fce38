#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace greenlight {

// What CommandEvidenceRunner captured: enough to record command-output evidence
// (NewEvidence::command, text, exitCode, workingDirectory, ranAt).
struct CommandRun
{
    QString command;
    QString workingDirectory;
    QByteArray output; // stdout and stderr merged, in order; capped at MaxOutputBytes
    int exitCode = -1;
    QDateTime startedAt; // UTC
    qint64 durationMs = 0;
    bool timedOut = false;
    bool cancelled = false;
    bool truncated = false;
    QString error; // could not start (no such directory, no shell)

    bool completed() const { return error.isEmpty() && !timedOut && !cancelled; }
};

} // namespace greenlight

Q_DECLARE_METATYPE(greenlight::CommandRun)
