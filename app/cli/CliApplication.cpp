#include "CliApplication.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

#include "CliCommand.h"
#include "CliContext.h"
#include "DemoCommand.h"
#include "EvidenceCommand.h"
#include "ExitCode.h"
#include "GateCommand.h"
#include "ListCommand.h"
#include "NewCommand.h"
#include "ReportCommand.h"
#include "RulesCommand.h"
#include "ScanCommand.h"
#include "SetCommand.h"
#include "ShowCommand.h"
#include "SignCommand.h"
#include "SignoffsCommand.h"
#include "TemplatesCommand.h"
#include "ValidateCommand.h"
#include "VerifyCommand.h"
#include "WaiveCommand.h"
#include "greenlight/Version.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

struct GlobalOptions
{
    QCommandLineOption db{u"db"_s, QString(), u"PATH"_s};
    QCommandLineOption templates{u"templates"_s, QString(), u"DIR"_s};
    QCommandLineOption verbose{{u"v"_s, u"verbose"_s}, QString()};
    QCommandLineOption language{u"language"_s, QString(), u"LANG"_s};
    QCommandLineOption version{u"version"_s, QString()};
    QCommandLineOption help{{u"h"_s, u"help"_s}, QString()};

    GlobalOptions()
    {
        // Not AppPaths::defaultDatabasePath(): printing help must not create the data folder.
        const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        db.setDescription(
                CliApplication::tr("Use the database at PATH (default: %1).")
                        .arg(QDir::toNativeSeparators(dataDir + u"/greenlight.sqlite"_s)));
        templates.setDescription(
                CliApplication::tr("Also load templates from DIR (repeatable; later folders "
                                   "override templates with the same id)."));
        verbose.setDescription(CliApplication::tr("Log debug messages to stderr."));
        language.setDescription(
                CliApplication::tr("Print messages and write reports in LANG: en, de or fr "
                                   "(default: from LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."));
        version.setDescription(CliApplication::tr("Print the version and exit."));
        help.setDescription(CliApplication::tr("Show this help and exit."));
    }

    QList<QCommandLineOption> all() const
    {
        return {db, templates, verbose, language, version, help};
    }
};

} // namespace

CliApplication::CliApplication(QTextStream &out, QTextStream &err, const Clock &clock)
    : m_out(out)
    , m_err(err)
    , m_clock(clock)
{
    m_commands.push_back(std::make_unique<ValidateCommand>());
    m_commands.push_back(std::make_unique<TemplatesCommand>());
    m_commands.push_back(std::make_unique<NewCommand>());
    m_commands.push_back(std::make_unique<ListCommand>());
    m_commands.push_back(std::make_unique<ShowCommand>());
    m_commands.push_back(std::make_unique<SetCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<ScanCommand>());
    m_commands.push_back(std::make_unique<RulesCommand>());
    m_commands.push_back(std::make_unique<EvidenceCommand>());
    m_commands.push_back(std::make_unique<WaiveCommand>());
    m_commands.push_back(std::make_unique<SignCommand>());
    m_commands.push_back(std::make_unique<SignoffsCommand>());
    m_commands.push_back(std::make_unique<VerifyCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
    m_commands.push_back(std::make_unique<GateCommand>());
}

CliApplication::~CliApplication() = default;

CliCommand *CliApplication::command(const QString &name) const
{
    const auto it = std::find_if(m_commands.begin(), m_commands.end(), [&](const auto &command) {
        return command->name() == name;
    });
    return it == m_commands.end() ? nullptr : it->get();
}

QString CliApplication::helpText() const
{
    QString text = tr("Usage: greenlight-cli [global options] COMMAND [options] [arguments]")
                   + u"\n\n"_s;
    text += tr("Release-readiness assessments from the command line: the engine of the\n"
               "Greenlight desktop app, for scripts and CI.")
            + u"\n\n"_s;
    text += tr("Global options (given before COMMAND):") + u'\n';
    text += CliCommand::formatOptions(GlobalOptions().all());
    text += u'\n' + tr("Commands:") + u'\n';
    qsizetype width = 0;
    for (const auto &command : m_commands)
        width = std::max(width, command->name().size());
    for (const auto &command : m_commands)
        text += u"  "_s + command->name().leftJustified(width) + u"  "_s + command->summary()
                + u'\n';
    text += u'\n'
            + tr("Run 'greenlight-cli COMMAND --help' for a command's options. --db, --language\n"
                 "and -v are also accepted after COMMAND; --templates is not, because after\n"
                 "'new' it names template ids:\n"
                 "  greenlight-cli --templates ./team-templates new --templates security,team "
                 "...\n\n"
                 "Exit status: 0 success, 1 a negative result (an invalid template), 2 a usage,\n"
                 "input or database error.")
            + u'\n';
    return text;
}

QString CliApplication::commandName(const QStringList &arguments)
{
    const GlobalOptions global;
    QCommandLineParser parser;
    parser.addOptions(global.all());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(arguments) || parser.positionalArguments().isEmpty())
        return {};
    return parser.positionalArguments().constFirst();
}

bool CliApplication::needsGui(const QStringList &arguments)
{
    // Only `report` may render a PDF; every other command keeps the lighter QCoreApplication.
    return commandName(arguments) == u"report";
}

int CliApplication::run(const QStringList &arguments)
{
    // Before anything can log: spdlog's default logger would write to stdout, which belongs
    // to the command's output.
    CliContext::applyLogging(false);

    const GlobalOptions global;
    QCommandLineParser parser;
    parser.addOptions(global.all());
    // The first positional argument is the command: everything from it on belongs to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);

    CliContext context(m_out, m_err, m_clock);
    const auto finish = [&](int code) {
        m_out.flush();
        m_err.flush();
        return code;
    };
    if (!parser.parse(arguments)) {
        context.printError(parser.errorText());
        m_err << tr("Run 'greenlight-cli --help' for usage.") << '\n';
        return finish(ExitCode::Usage);
    }
    // First, so that help, errors and the command's output all come in that language.
    if (parser.isSet(global.language) && !context.applyLanguage(parser.value(global.language)))
        return finish(ExitCode::Usage);
    if (parser.isSet(global.help)) {
        m_out << helpText();
        return finish(ExitCode::Ok);
    }
    if (parser.isSet(global.version)) {
        m_out << u"greenlight-cli "_s << QString::fromLatin1(VersionString) << '\n';
        return finish(ExitCode::Ok);
    }
    if (parser.isSet(global.verbose))
        CliContext::applyLogging(true);
    if (parser.isSet(global.db))
        context.setDatabasePath(parser.value(global.db));
    context.setExtraTemplateDirectories(parser.values(global.templates));

    const QStringList rest = parser.positionalArguments();
    if (rest.isEmpty()) {
        context.printError(tr("no command given"));
        m_err << helpText();
        return finish(ExitCode::Usage);
    }
    if (rest.first() == "help"_L1) { // `greenlight-cli help [COMMAND]`, as git has it
        const CliCommand *wanted = rest.size() > 1 ? command(rest.at(1)) : nullptr;
        m_out << (wanted ? wanted->helpText() : helpText());
        return finish(ExitCode::Ok);
    }
    CliCommand *chosen = command(rest.first());
    if (!chosen) {
        context.printError(tr("unknown command '%1'").arg(rest.first()));
        m_err << tr("Run 'greenlight-cli --help' for the list of commands.") << '\n';
        return finish(ExitCode::Usage);
    }
    // QCommandLineParser skips the first argument as the program name; the command name
    // stands in for it.
    return finish(chosen->execute(rest, context));
}

} // namespace greenlight
