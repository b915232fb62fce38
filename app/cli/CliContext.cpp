#include "CliContext.h"

#include <spdlog/spdlog.h>

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include "core/AppPaths.h"
#include "core/Logging.h"
#include "core/Translations.h"
#include "domain/Identity.h"
#include "store/AssessmentStore.h"
#include "store/Database.h"
#include "templates/TemplateCatalog.h"

using namespace Qt::StringLiterals;

namespace greenlight {

CliContext::CliContext(QTextStream &out, QTextStream &err, const Clock &clock)
    : m_out(out)
    , m_err(err)
    , m_clock(clock)
{}

// Out of line: the unique_ptrs need the complete types, which the header only forward-declares.
// The store refers to the database, so it goes first.
CliContext::~CliContext()
{
    m_store.reset();
    m_database.reset();
}

QString CliContext::actor() const
{
    return currentActor();
}

QString CliContext::databasePath() const
{
    // Resolved late: the default creates the app data folder, which validate never needs.
    return m_databasePath.isEmpty() ? AppPaths::defaultDatabasePath() : m_databasePath;
}

void CliContext::setDatabasePath(const QString &path)
{
    m_store.reset();
    m_database.reset();
    m_databasePath = path;
}

bool CliContext::databaseExists() const
{
    return QFileInfo::exists(databasePath());
}

void CliContext::setExtraTemplateDirectories(const QStringList &directories)
{
    m_catalog.reset();
    m_extraTemplateDirectories = directories;
}

void CliContext::applyLogging(bool verbose)
{
    // Logging::initForCli registers a named logger, which spdlog refuses to register twice;
    // in-process tests run many commands, so later calls only adjust the level.
    if (auto logger = spdlog::get("greenlight-cli"))
        logger->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
    else
        Logging::initForCli(verbose);
}

bool CliContext::applyLanguage(const QString &code)
{
    if (!Translations::languages().contains(code)) {
        printError(tr("unknown language '%1' (choose one of: %2)")
                           .arg(code, Translations::languages().join(u", "_s)));
        return false;
    }
    Translations::install(code);
    return true;
}

Result<AssessmentStore *> CliContext::store(StoreAccess access)
{
    if (m_store)
        return m_store.get();

    const QString filePath = databasePath();
    const QString path = QDir::toNativeSeparators(filePath);
    if (access == StoreAccess::ExistingOnly && !databaseExists()) {
        return Error::make(Error::Code::NotFound,
                           tr("no Greenlight database at %1 (create an assessment with "
                              "'new' or 'demo' first, or pass --db PATH)")
                                   .arg(path));
    }
    if (access == StoreAccess::CreateIfMissing) {
        const QString dir = QFileInfo(filePath).absolutePath();
        if (!QDir().mkpath(dir)) {
            return Error::make(Error::Code::Io,
                               tr("cannot create the folder %1 for the database")
                                       .arg(QDir::toNativeSeparators(dir)));
        }
    }

    const auto mode = access == StoreAccess::ExistingOnly ? Database::Mode::ExistingOnly
                                                          : Database::Mode::CreateOrMigrate;
    auto opened = Database::open(filePath, mode);
    if (!opened) {
        // The store's message says what is wrong; say which file it is about.
        return Error::make(opened.error().code,
                           tr("cannot open %1: %2").arg(path, opened.error().message));
    }
    m_database = std::move(opened).value();
    m_store = std::make_unique<AssessmentStore>(*m_database, m_clock);
    spdlog::debug("opened store {}", filePath.toStdString());
    return m_store.get();
}

const TemplateCatalog &CliContext::catalog()
{
    if (!m_catalog) {
        m_catalog = std::make_unique<TemplateCatalog>();
        const QStringList directories = AppPaths::templateDirectories(m_extraTemplateDirectories);
        spdlog::debug("loading templates from {}", directories.join(u", "_s).toStdString());
        m_catalog->load(directories);
    }
    return *m_catalog;
}

void CliContext::printError(const QString &message)
{
    m_err << tr("greenlight-cli: error: %1").arg(message) << '\n';
    m_err.flush();
}

void CliContext::printWarning(const QString &message)
{
    m_err << tr("greenlight-cli: warning: %1").arg(message) << '\n';
    m_err.flush();
}

} // namespace greenlight
