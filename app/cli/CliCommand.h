#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace greenlight {

class CliContext;

// One `greenlight-cli` subcommand. A command declares its options and positional syntax;
// execute() parses the arguments after the command name, answers --help, reports usage
// errors (exit 2) and hands the parsed arguments to run().
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::CliCommand)

public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;   // one line, for the command list
    virtual QString arguments() const = 0; // positional syntax after the name, e.g. "FILE..."
    virtual QString description() const { return summary(); } // for `COMMAND --help`
    virtual QList<QCommandLineOption> options() const { return {}; }

    // arguments[0] is the command name.
    int execute(const QStringList &arguments, CliContext &context);

    QString usageLine() const; // "greenlight-cli [global options] validate FILE..."
    QString helpText() const;

    // Lines "  -x, --name <VALUE>  description", the descriptions aligned in one column.
    static QString formatOptions(const QList<QCommandLineOption> &options);

protected:
    virtual int run(const QCommandLineParser &parser, CliContext &context) = 0;

    // Prints the error and a pointer to --help; returns ExitCode::Usage.
    int usageError(CliContext &context, const QString &message) const;

    // `--format text|json`, shared by the commands that can print JSON.
    static QCommandLineOption formatOption();
    // Reads --format; false (after printing the error) when it names neither.
    bool readFormat(const QCommandLineParser &parser, CliContext &context, bool *json) const;
};

} // namespace greenlight
