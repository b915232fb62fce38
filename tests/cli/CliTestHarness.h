#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include "CliContext.h"
#include "MockClock.h"

namespace greenlight {
class CliCommand;
}

namespace greenlight::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs CLI commands in-process against one database file, capturing stdout and stderr. The
// context (and so the open store) lives as long as the harness, like one CLI invocation.
class CliTestHarness
{
public:
    explicit CliTestHarness(const QString &databasePath,
                            const QStringList &extraTemplateDirectories = {});

    // arguments follow the command name, which run() supplies.
    CliRun run(CliCommand &command, const QStringList &arguments = {});
    // The whole front end: `greenlight-cli --db <db> arguments...`, with a fresh context.
    CliRun runApplication(const QStringList &arguments);

    CliContext &context() { return m_context; }
    MockClock &clock() { return m_clock; }
    QString databasePath() const { return m_databasePath; }

private:
    CliRun collect(int exitCode);

    QString m_databasePath;
    QString m_out;
    QString m_err;
    QTextStream m_outStream;
    QTextStream m_errStream;
    MockClock m_clock;
    CliContext m_context;
};

// Writes text to dir/name and returns the file's path.
QString writeFile(const QString &dir, const QString &name, const QByteArray &text);

// A valid schema-v1 template with the given id and two items (<PREFIX>-001, <PREFIX>-002).
QByteArray validTemplateYaml(const QString &id, const QString &itemPrefix);

} // namespace greenlight::test
