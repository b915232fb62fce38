// The desktop application: parses the command line, opens the store and shows MainWindow.
#include <cstdio>
#include <optional>

#include <spdlog/spdlog.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

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

namespace {

// Opens the store at path or says why it cannot. Never falls back to a new file by itself:
// the user's data may be in the one that could not be opened. When the path came from
// Preferences the user may choose the default store instead (and path becomes it), so a store
// location that went away cannot lock them out of Preferences.
std::unique_ptr<Database> openStore(QString &path, bool fromPreferences)
{
    // A chosen store whose folder is gone (an unmounted share, a renamed folder) must not be
    // recreated empty: the data is elsewhere. A missing file in an existing folder is a new
    // store, as Preferences announced.
    const bool folderGone = !QFileInfo(QFileInfo(path).absolutePath()).isDir();
    auto opened = Database::open(path,
                                 fromPreferences && folderGone ? Database::Mode::ExistingOnly
                                                               : Database::Mode::CreateOrMigrate);
    if (opened)
        return std::move(opened).value();
    spdlog::error(
            "cannot open store {}: {}", path.toStdString(), opened.errorMessage().toStdString());
    QMessageBox box(QMessageBox::Critical,
                    QCoreApplication::translate("main", "Greenlight"),
                    QCoreApplication::translate(
                            "main",
                            "Greenlight cannot open the store %1.\n\n%2\n\nThe file was not "
                            "changed.")
                            .arg(QDir::toNativeSeparators(path), opened.errorMessage()));
    const QString fallback = AppPaths::defaultDatabasePath();
    QPushButton *useDefault = nullptr;
    if (fromPreferences && fallback != path) {
        box.setInformativeText(
                QCoreApplication::translate("main",
                                            "This store location is set in Edit → Preferences. "
                                            "Open the default store %1 instead?")
                        .arg(QDir::toNativeSeparators(fallback)));
        useDefault = box.addButton(QCoreApplication::translate("main", "Open the Default Store"),
                                   QMessageBox::AcceptRole);
    }
    box.setDefaultButton(box.addButton(QMessageBox::Close));
    box.exec();
    if (!useDefault || box.clickedButton() != useDefault)
        return nullptr;
    spdlog::info("opening the default store {} instead", fallback.toStdString());
    path = fallback;
    return openStore(path, false);
}

} // namespace

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
    // Preferences, else the system's. Only the words follow the choice: numbers and dates
    // keep the system's formats.
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
            QCoreApplication::translate(
                    "main", "Use the store at PATH instead of the one set in Preferences."),
            QCoreApplication::translate("main", "PATH"));
    const QCommandLineOption templatesOption(
            u"templates"_s,
            QCoreApplication::translate("main",
                                        "Also load checklist templates from DIR (repeatable)."),
            QCoreApplication::translate("main", "DIR"));
    const QCommandLineOption assessmentOption(
            u"assessment"_s,
            QCoreApplication::translate("main", "Open the assessment with this ID at start."),
            QCoreApplication::translate("main", "ID"));
    parser.addOption(dbOption);
    parser.addOption(templatesOption);
    parser.addOption(assessmentOption);
    parser.process(app);

    std::optional<qint64> assessmentId;
    if (parser.isSet(assessmentOption)) {
        bool ok = false;
        assessmentId = parser.value(assessmentOption).toLongLong(&ok);
        if (!ok || *assessmentId <= 0) {
            // Like an unknown option, which QCommandLineParser reports with exit code 1.
            std::fputs(qPrintable(QCoreApplication::translate(
                                          "main", "--assessment needs a positive number, not %1.")
                                          .arg(parser.value(assessmentOption))
                                  + u'\n'),
                       stderr);
            return 1;
        }
    }

    Logging::initForGui();
    // Without --db, the store chosen in Preferences (or the default).
    QString databasePath
            = parser.isSet(dbOption)
                      ? QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(dbOption)))
                      : QDir::cleanPath(preferences.effectiveDatabasePath());
    spdlog::info("Greenlight {} starting, store {}", VersionString, databasePath.toStdString());

    TemplateCatalog catalog;
    catalog.load(AppPaths::templateDirectories(parser.values(templatesOption)));

    std::unique_ptr<Database> database = openStore(
            databasePath, !parser.isSet(dbOption) && !preferences.databasePath.isEmpty());
    if (!database)
        return 1;
    AssessmentStore store(*database, SystemClock::instance());

    MainWindow window(store, catalog, databasePath);
    QObject::connect(&window, &MainWindow::themeChosen, &window, &Theme::apply);
    window.show();
    if (assessmentId)
        window.openAssessmentById(*assessmentId); // from Open Recent in another window
    const int status = QApplication::exec();
    spdlog::info("Greenlight exiting with status {}", status);
    return status;
}
