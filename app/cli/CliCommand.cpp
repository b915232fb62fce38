#include "CliCommand.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QTextStream>

#include "CliContext.h"
#include "ExitCode.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

// Accepted after the command name as well as before it, so `greenlight-cli list --db x` works
// the way people type it. --templates is deliberately not among them: after `new` it names
// templates, not a folder.
QList<QCommandLineOption> commonOptions()
{
    return {
            QCommandLineOption({u"h"_s, u"help"_s},
                               QCoreApplication::translate("greenlight::CliCommand",
                                                           "Show this command's help.")),
            QCommandLineOption(u"db"_s,
                               QCoreApplication::translate("greenlight::CliCommand",
                                                           "Use the database at PATH."),
                               u"PATH"_s),
            QCommandLineOption({u"v"_s, u"verbose"_s},
                               QCoreApplication::translate("greenlight::CliCommand",
                                                           "Log debug messages to stderr.")),
            QCommandLineOption(u"language"_s,
                               QCoreApplication::translate("greenlight::CliCommand",
                                                           "Print messages and write reports "
                                                           "in LANG: en, de or fr."),
                               u"LANG"_s),
    };
}

QString optionSyntax(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append(name.size() == 1 ? u"-"_s + name : u"--"_s + name);
    QString syntax = names.join(u", "_s);
    if (!option.valueName().isEmpty())
        syntax += u' ' + option.valueName();
    return syntax;
}

} // namespace

int CliCommand::execute(const QStringList &arguments, CliContext &context)
{
    QCommandLineParser parser;
    const QList<QCommandLineOption> common = commonOptions();
    parser.addOptions(common);
    parser.addOptions(options());

    if (!parser.parse(arguments))
        return usageError(context, parser.errorText());
    if (parser.isSet(common[3]) && !context.applyLanguage(parser.value(common[3])))
        return ExitCode::Usage;
    if (parser.isSet(common[0])) {
        context.out() << helpText();
        context.out().flush();
        return ExitCode::Ok;
    }
    if (parser.isSet(common[1]))
        context.setDatabasePath(parser.value(common[1]));
    if (parser.isSet(common[2]))
        CliContext::applyLogging(true);

    const int code = run(parser, context);
    context.out().flush();
    context.err().flush();
    return code;
}

QString CliCommand::usageLine() const
{
    QString line = u"greenlight-cli [global options] "_s + name();
    if (!options().isEmpty())
        line += u" [options]"_s;
    if (!arguments().isEmpty())
        line += u' ' + arguments();
    return line;
}

QString CliCommand::helpText() const
{
    QString text = tr("Usage: %1").arg(usageLine()) + u"\n\n"_s + description() + u"\n\n"_s;
    text += tr("Options:") + u'\n' + formatOptions(options() + commonOptions());
    return text;
}

QString CliCommand::formatOptions(const QList<QCommandLineOption> &options)
{
    // Help is read in 80-column terminals: long descriptions wrap under their own column.
    constexpr qsizetype LineWidth = 79;
    qsizetype width = 0;
    for (const auto &option : options)
        width = std::max(width, optionSyntax(option).size());
    const qsizetype indent = 2 + width + 2;
    const qsizetype room = std::max<qsizetype>(LineWidth - indent, 20);

    QString text;
    for (const auto &option : options) {
        QString line = u"  "_s + optionSyntax(option).leftJustified(width) + u"  "_s;
        qsizetype used = 0;
        for (const QString &word : option.description().split(u' ', Qt::SkipEmptyParts)) {
            if (used > 0 && used + 1 + word.size() > room) {
                text += line + u'\n';
                line = QString(indent, u' ');
                used = 0;
            }
            if (used > 0) {
                line += u' ';
                ++used;
            }
            line += word;
            used += word.size();
        }
        text += line + u'\n';
    }
    return text;
}

int CliCommand::usageError(CliContext &context, const QString &message) const
{
    context.printError(message);
    context.err() << tr("Usage: %1").arg(usageLine()) << '\n'
                  << tr("Run 'greenlight-cli %1 --help' for details.").arg(name()) << '\n';
    context.err().flush();
    return ExitCode::Usage;
}

QCommandLineOption CliCommand::formatOption()
{
    return QCommandLineOption(
            u"format"_s, tr("Output format: text (default) or json."), u"FORMAT"_s, u"text"_s);
}

bool CliCommand::readFormat(const QCommandLineParser &parser, CliContext &context, bool *json) const
{
    const QString format = parser.value(u"format"_s);
    if (format != "text"_L1 && format != "json"_L1) {
        usageError(context, tr("unknown format '%1' (use text or json)").arg(format));
        return false;
    }
    *json = format == "json"_L1;
    return true;
}

} // namespace greenlight
