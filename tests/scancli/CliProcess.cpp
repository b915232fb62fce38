#include "CliProcess.h"

#include <QProcess>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace greenlight::test {

CliProcess::CliProcess() = default;

QString CliProcess::executable()
{
    return QStringLiteral(GREENLIGHT_CLI_PATH);
}

std::unique_ptr<QProcess> CliProcess::start(const QStringList &arguments) const
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_dir.path());
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"xdg"_s));
    env.insert(u"GREENLIGHT_USER"_s, u"scan-tester"_s);
    env.remove(u"DISPLAY"_s);
    process->setProcessEnvironment(env);
    process->start(executable(), QStringList{u"--db"_s, databasePath()} + arguments);
    return process;
}

ProcessRun CliProcess::run(const QStringList &arguments, int timeoutMs) const
{
    const std::unique_ptr<QProcess> started = start(arguments);
    QProcess &process = *started;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace greenlight::test
