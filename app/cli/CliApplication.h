#pragma once

#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextStream;

namespace greenlight {

class Clock;
class CliCommand;

// The greenlight-cli front end: parses the global options (before the command name),
// picks the command and runs it. Separate from main() so tests can run it in-process with
// captured streams and a MockClock.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::CliApplication)

public:
    CliApplication(QTextStream &out, QTextStream &err, const Clock &clock);
    ~CliApplication();

    // arguments[0] is the program name, as in QCoreApplication::arguments(). Returns the
    // process exit code (ExitCode).
    int run(const QStringList &arguments);

    QString helpText() const;
    // The command word of a command line ("report" in `greenlight-cli --db x report 1`), or
    // "" when there is none; parsed as run() parses it.
    static QString commandName(const QStringList &arguments);
    // Whether the command renders with QtGui (PDF: fonts need a QGuiApplication).
    static bool needsGui(const QStringList &arguments);
    CliCommand *command(const QString &name) const;

private:
    QTextStream &m_out;
    QTextStream &m_err;
    const Clock &m_clock;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace greenlight
