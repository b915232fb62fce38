// The desktop application: parses the command line, opens the store and shows MainWindow.
#include <spdlog/spdlog.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>

#include "MainWindow.h"
#include "core/AppPaths.h"
#include "core/Logging.h"
#include "core/Preferences.h"
#include "core/Translations.h"
#include "domain/Clock.h"
#include "store/AssessmentStore.h"
#include "store/Database.h"
#include "templates/TemplateCatalog.h"
#include "theme/Theme.h"
#include <greenlight/Version.h>

using namespace Qt::StringLiterals;
using namespace greenlight;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QString::fromLatin1(OrganizationName));
    QCoreApplication::setApplicationName(QString::fromLatin1(ApplicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(VersionString));
    QGuiApplication::setApplicationDisplayName(QString::fromLatin1(ApplicationName));
    // The installed .desktop file's id (packaging/): Wayland compositors and docks match the
    // window to its menu entry and icon by it.
    QGuiApplication::setDesktopFileName(u"io.greenlight.Greenlight"_s);
    const Preferences preferences = Preferences::load();
    // Before the first translated string (the parser's help): the language chosen in
    // Preferences, else the system's.
    Translations::install(preferences.language);
    // Before any window exists, so nothing is first shown in the wrong colours.
    Theme::apply(preferences.theme);

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QCoreApplication::translate("main", "Release-readiness assessments and sign-off."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
            u"db"_s,
            QCoreApplication::translate("main", "Use the store at PATH instead of the default."),
            QCoreApplication::translate("main", "PATH"));
    const QCommandLineOption templatesOption(
            u"templates"_s,
            QCoreApplication::translate("main",
                                        "Also load checklist templates from DIR (repeatable)."),
            QCoreApplication::translate("main", "DIR"));
    parser.addOption(dbOption);
    parser.addOption(templatesOption);
    parser.process(app);

    Logging::initForGui();
    const QString databasePath
            = parser.isSet(dbOption)
                      ? QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(dbOption)))
                      : AppPaths::defaultDatabasePath();
    spdlog::info("Greenlight {} starting, store {}", VersionString, databasePath.toStdString());

    TemplateCatalog catalog;
    catalog.load(AppPaths::templateDirectories(parser.values(templatesOption)));

    auto opened = Database::open(databasePath);
    if (!opened) {
        // Never fall back to a new file: the user's data may be in the one we could not open.
        spdlog::error("cannot open store {}: {}",
                      databasePath.toStdString(),
                      opened.errorMessage().toStdString());
        QMessageBox::critical(
                nullptr,
                QCoreApplication::translate("main", "Greenlight"),
                QCoreApplication::translate("main",
                                            "Greenlight cannot open the store "
                                            "%1.\n\n%2\n\nThe file was not changed.")
                        .arg(QDir::toNativeSeparators(databasePath), opened.errorMessage()));
        return 1;
    }
    std::unique_ptr<Database> database = std::move(opened).value();
    AssessmentStore store(*database, SystemClock::instance());

    MainWindow window(store, catalog, databasePath);
    window.show();
    const int status = QApplication::exec();
    spdlog::info("Greenlight exiting with status {}", status);
    return status;
}
