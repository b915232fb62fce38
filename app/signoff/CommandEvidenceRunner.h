#pragma once

#include <atomic>
#include <memory>

#include <QFutureWatcher>
#include <QObject>

#include "CommandRun.h"

namespace greenlight {

class Clock;

// Runs a command the user typed (through /bin/sh -c) in a worker thread, with a timeout and
// cancellation, and captures its output and exit code as evidence. The GUI calls start() and
// waits for finished(); the CLI calls run() directly. Only one run at a time per runner.
class CommandEvidenceRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 5 * 60 * 1000;
    static constexpr qint64 MaxOutputBytes = qint64(10) * 1024 * 1024;

    explicit CommandEvidenceRunner(const Clock &clock, QObject *parent = nullptr);
    ~CommandEvidenceRunner() override;

    // False when a run is still going.
    bool start(const QString &command,
               const QString &workingDirectory,
               int timeoutMs = DefaultTimeoutMs);
    // Kills the running command; finished() then reports cancelled.
    void cancel();
    bool isRunning() const;

    // Blocking; polls *cancelled (may be null) while it waits.
    static CommandRun run(const QString &command,
                          const QString &workingDirectory,
                          int timeoutMs,
                          const Clock &clock,
                          const std::atomic_bool *cancelled = nullptr);

signals:
    void finished(const greenlight::CommandRun &result);

private:
    const Clock &m_clock;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<CommandRun> m_watcher;
};

} // namespace greenlight
