// greenlight-cli: the headless front end. It runs on CI boxes with no display, so it must
// never link QtWidgets; `report` renders PDFs with QtGui on the offscreen platform.
#include <cstdio>
#include <memory>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include "CliApplication.h"
#include "core/Translations.h"
#include "domain/Clock.h"
#include "greenlight/Version.h"

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (greenlight::CliApplication::needsGui(arguments)) {
        // Fonts (for PDF) need a QGuiApplication; the CLI never shows a window, so it never
        // needs a display either, whatever QT_QPA_PLATFORM the caller's desktop sets.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QString::fromLatin1(greenlight::ApplicationName));
    QCoreApplication::setOrganizationName(QString::fromLatin1(greenlight::OrganizationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(greenlight::VersionString));

    // The environment's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); --language, parsed by
    // CliApplication, replaces it.
    greenlight::Translations::install(QString());

    QTextStream out(stdout);
    QTextStream err(stderr);
    greenlight::CliApplication cli(out, err, greenlight::SystemClock::instance());
    return cli.run(QCoreApplication::arguments());
}
