#include "ValidateCommand.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include "CliContext.h"
#include "ExitCode.h"
#include "templates/TemplateLoader.h"

using namespace Qt::StringLiterals;

namespace greenlight {

QString ValidateCommand::name() const
{
    return u"validate"_s;
}

QString ValidateCommand::summary() const
{
    return tr("Check checklist template files and report every problem.");
}

QString ValidateCommand::arguments() const
{
    return tr("FILE...");
}

QString ValidateCommand::description() const
{
    return tr("Loads each checklist template file (schema v1, docs/templates.md) and prints\n"
              "every problem to stderr as FILE:LINE:COLUMN: MESSAGE, and \"FILE: ok (N items)\"\n"
              "for each valid file.\n\n"
              "Exit status: 0 when all files are valid, 1 when any file is invalid, 2 when a\n"
              "file cannot be read or no file is given.");
}

int ValidateCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(context, tr("no template files given"));

    const TemplateLoader loader;
    int exitCode = ExitCode::Ok;
    for (const QString &file : files) {
        const QFileInfo info(file);
        if (!info.exists() || info.isDir() || !info.isReadable()) {
            const QString reason = !info.exists() ? tr("no such file")
                                   : info.isDir() ? tr("is a folder")
                                                  : tr("permission denied");
            context.printError(
                    tr("cannot read %1: %2").arg(QDir::toNativeSeparators(file), reason));
            exitCode = ExitCode::Usage;
            continue;
        }

        const TemplateLoadResult result = loader.loadFile(file);
        if (result.ok()) {
            context.out()
                    << tr("%1: ok (%n items)", nullptr, result.checklist->itemCount()).arg(file)
                    << '\n';
            continue;
        }
        for (const TemplateProblem &problem : result.problems)
            context.err() << problem.toString() << '\n';
        if (result.problems.isEmpty()) // a loader that fails must say why; never stay silent
            context.err() << tr("%1: invalid template").arg(file) << '\n';
        exitCode = std::max(exitCode, ExitCode::Negative);
    }
    return exitCode;
}

} // namespace greenlight
