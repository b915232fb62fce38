// greenlight-cli: the headless front end (QCoreApplication only: it runs on CI boxes with no
// display, so it must never link QtWidgets).
#include <cstdio>

#include <QCoreApplication>
#include <QTextStream>

#include "CliApplication.h"
#include "domain/Clock.h"
#include "greenlight/Version.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QString::fromLatin1(greenlight::ApplicationName));
    QCoreApplication::setOrganizationName(QString::fromLatin1(greenlight::OrganizationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(greenlight::VersionString));

    QTextStream out(stdout);
    QTextStream err(stderr);
    greenlight::CliApplication cli(out, err, greenlight::SystemClock::instance());
    return cli.run(QCoreApplication::arguments());
}
