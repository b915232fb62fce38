#include "AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include "templates/TemplateCatalog.h"

using namespace Qt::StringLiterals;

namespace greenlight::AppPaths {

QString dataDirectory()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + u"/.greenlight"_s;
    QDir().mkpath(dir);
    return dir;
}

QString defaultDatabasePath()
{
    return dataDirectory() + u"/greenlight.sqlite"_s;
}

QString userTemplateDirectory()
{
    return dataDirectory() + u"/templates"_s;
}

QString logDirectory()
{
    return dataDirectory() + u"/logs"_s;
}

QStringList templateDirectories(const QStringList &extraDirectories)
{
    return QStringList{TemplateCatalog::builtInDirectory(), userTemplateDirectory()}
           + extraDirectories;
}

QString examplesDirectory()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates = {
            appDir + u"/../share/greenlight/examples"_s,
            QStringLiteral(GREENLIGHT_SOURCE_DIR) + u"/examples"_s,
    };
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isDir())
            return QDir(candidate).canonicalPath();
    }
    return {};
}

} // namespace greenlight::AppPaths
