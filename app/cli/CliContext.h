#pragma once

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "domain/Result.h"

class QTextStream;

namespace greenlight {

class AssessmentStore;
class Clock;
class Database;
class TemplateCatalog;

// What every command runs against: the output streams, the options shared by all commands
// and, opened on first use only, the store and the template catalog. Commands that never
// touch the database (validate, templates) therefore never create or lock a file.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::CliContext)

public:
    enum class StoreAccess {
        CreateIfMissing, // commands that write: a missing file becomes a new, empty store
        ExistingOnly,    // commands that read: a missing file is an error, not a new store
    };

    CliContext(QTextStream &out, QTextStream &err, const Clock &clock);
    ~CliContext();

    CliContext(const CliContext &) = delete;
    CliContext &operator=(const CliContext &) = delete;

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const Clock &clock() const { return m_clock; }
    QString actor() const;

    QString databasePath() const; // --db, else AppPaths::defaultDatabasePath()
    void setDatabasePath(const QString &path);
    bool databaseExists() const;

    QStringList extraTemplateDirectories() const { return m_extraTemplateDirectories; }
    void setExtraTemplateDirectories(const QStringList &directories);

    // Raises or lowers the stderr log level (-v). Safe to call more than once.
    static void applyLogging(bool verbose);
    // --language: messages and reports from here on in `code` ("en", "de", "fr"). An
    // unknown code is reported and returns false.
    bool applyLanguage(const QString &code);

    Result<AssessmentStore *> store(StoreAccess access);
    // The Database behind store(): null until store() succeeded. For the issue #4 stores
    // (evidence, waivers, sign-offs), which live over the same connection.
    Database *database() const { return m_database.get(); }
    const TemplateCatalog &catalog();

    // "greenlight-cli: error: message" / "greenlight-cli: warning: message" on stderr.
    void printError(const QString &message);
    void printWarning(const QString &message);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    const Clock &m_clock;
    QString m_databasePath;
    QStringList m_extraTemplateDirectories;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AssessmentStore> m_store;
    std::unique_ptr<TemplateCatalog> m_catalog;
};

} // namespace greenlight
