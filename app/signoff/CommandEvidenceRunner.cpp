#include "CommandEvidenceRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QtConcurrent/QtConcurrentRun>

#include "domain/Clock.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::CommandEvidenceRunner)
};

constexpr int PollMs = 50;

} // namespace

CommandEvidenceRunner::CommandEvidenceRunner(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    qRegisterMetaType<CommandRun>();
    connect(&m_watcher, &QFutureWatcher<CommandRun>::finished, this, [this] {
        emit finished(m_watcher.result());
    });
}

CommandEvidenceRunner::~CommandEvidenceRunner()
{
    // The worker holds a reference to the clock: stop it before this object goes.
    cancel();
    m_watcher.waitForFinished();
}

bool CommandEvidenceRunner::start(const QString &command,
                                  const QString &workingDirectory,
                                  int timeoutMs)
{
    if (isRunning())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancelFlag = m_cancel;
    const Clock *clock = &m_clock;
    m_watcher.setFuture(QtConcurrent::run(
            [=] { return run(command, workingDirectory, timeoutMs, *clock, cancelFlag.get()); }));
    return true;
}

void CommandEvidenceRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool CommandEvidenceRunner::isRunning() const
{
    return m_watcher.isRunning();
}

CommandRun CommandEvidenceRunner::run(const QString &command,
                                      const QString &workingDirectory,
                                      int timeoutMs,
                                      const Clock &clock,
                                      const std::atomic_bool *cancelled)
{
    CommandRun result;
    result.command = command;
    result.workingDirectory
            = QDir(workingDirectory.isEmpty() ? QDir::currentPath() : workingDirectory)
                      .absolutePath();
    result.startedAt = clock.now().toUTC();
    if (!QDir(result.workingDirectory).exists()) {
        result.error
                = Text::tr("the working directory %1 does not exist").arg(result.workingDirectory);
        return result;
    }

    // The process lives in this (worker) thread, so waitFor* here never blocks the GUI.
    QProcess process;
    process.setWorkingDirectory(result.workingDirectory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setInputChannelMode(QProcess::ManagedInputChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(u"/bin/sh"_s, {u"-c"_s, command});
    if (!process.waitForStarted()) {
        result.error = Text::tr("could not run %1: %2").arg(command, process.errorString());
        return result;
    }
    process.closeWriteChannel();
    const auto collect = [&] {
        const QByteArray chunk = process.readAll();
        const qint64 room = MaxOutputBytes - result.output.size();
        if (chunk.size() > room)
            result.truncated = true;
        result.output.append(chunk.left(qMax<qint64>(room, 0)));
    };
    while (!process.waitForFinished(PollMs)) {
        collect();
        if (process.state() == QProcess::NotRunning)
            break;
        const bool cancel = cancelled && cancelled->load();
        if (cancel || (timeoutMs > 0 && timer.elapsed() > timeoutMs)) {
            result.cancelled = cancel;
            result.timedOut = !cancel;
            process.kill();
            process.waitForFinished(1000);
            break;
        }
    }
    collect();
    result.durationMs = timer.elapsed();
    if (process.exitStatus() == QProcess::NormalExit && !result.cancelled && !result.timedOut)
        result.exitCode = process.exitCode();
    return result;
}

} // namespace greenlight
