#include "Preferences.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QtEndian>

#include "AppPaths.h"
#include "store/Database.h"

using namespace Qt::StringLiterals;

namespace greenlight {

namespace {

constexpr auto Group = "Preferences/";

QString key(const char *name)
{
    return QString::fromLatin1(Group) + QString::fromLatin1(name);
}

qint64 readLimit(const QSettings &settings, const char *name, qint64 fallback)
{
    bool ok = false;
    const qint64 value = settings.value(key(name)).toLongLong(&ok);
    if (!ok || value < Preferences::MinLimitBytes || value > Preferences::MaxLimitBytes)
        return fallback;
    return value;
}

QString readLanguage(const QSettings &settings)
{
    const QString language = settings.value(key("language")).toString();
    static const QStringList known{u"en"_s, u"de"_s, u"fr"_s};
    return known.contains(language) ? language : QString();
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The SQLite header says whether the file could be a Greenlight store without opening it
// (opening would create journal files, and a migration must wait for the real start): the
// magic string, then application_id (offset 68) and user_version (offset 60), big-endian.
bool looksLikeStore(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return true; // SQLite takes an empty file as a new database
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return false;
    const auto applicationId = qFromBigEndian<qint32>(header.constData() + 68);
    const auto userVersion = qFromBigEndian<qint32>(header.constData() + 60);
    return applicationId == Database::ApplicationId || (applicationId == 0 && userVersion == 0);
}

} // namespace

QString themeKey(ThemeChoice theme)
{
    switch (theme) {
    case ThemeChoice::Light:
        return u"light"_s;
    case ThemeChoice::Dark:
        return u"dark"_s;
    case ThemeChoice::System:
        break;
    }
    return u"system"_s;
}

ThemeChoice themeFromKey(const QString &key)
{
    if (key == u"light")
        return ThemeChoice::Light;
    if (key == u"dark")
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

Preferences Preferences::load()
{
    const QSettings settings;
    return load(settings);
}

Preferences Preferences::load(const QSettings &settings)
{
    Preferences preferences;
    preferences.databasePath = settings.value(key("databasePath")).toString();
    preferences.evidenceMaxBytes = readLimit(settings, "evidenceMaxBytes", DefaultEvidenceMaxBytes);
    preferences.scanMaxFileBytes = readLimit(settings, "scanMaxFileBytes", DefaultScanMaxFileBytes);
    preferences.language = readLanguage(settings);
    preferences.theme = themeFromKey(settings.value(key("theme")).toString());
    return preferences;
}

void Preferences::save() const
{
    QSettings settings;
    save(settings);
}

void Preferences::save(QSettings &settings) const
{
    settings.setValue(key("databasePath"), databasePath);
    settings.setValue(key("evidenceMaxBytes"), evidenceMaxBytes);
    settings.setValue(key("scanMaxFileBytes"), scanMaxFileBytes);
    settings.setValue(key("language"), language);
    settings.setValue(key("theme"), themeKey(theme));
}

QString Preferences::effectiveDatabasePath() const
{
    return databasePath.isEmpty() ? AppPaths::defaultDatabasePath() : databasePath;
}

QString Preferences::databasePathProblem(const QString &path)
{
    if (path.isEmpty())
        return {};
    if (QDir::isRelativePath(path)) {
        return tr("Enter the full path of the store file, for example %1.")
                .arg(native(AppPaths::defaultDatabasePath()));
    }
    const QFileInfo file(path);
    if (file.isDir()) {
        return tr("%1 is a folder. Enter the path of a file in it, for example %2.")
                .arg(native(path), native(QDir(path).filePath(u"greenlight.sqlite"_s)));
    }
    const QFileInfo folder(file.absolutePath());
    if (!folder.isDir())
        return tr("The folder %1 does not exist.").arg(native(folder.filePath()));
    // SQLite writes its journal beside the store, so the folder must be writable too.
    if (!folder.isWritable())
        return tr("Greenlight cannot write to the folder %1.").arg(native(folder.filePath()));
    if (!file.exists())
        return {};
    if (!file.isFile())
        return tr("%1 is not a regular file.").arg(native(path));
    if (!file.isWritable())
        return tr("Greenlight cannot write to %1.").arg(native(path));
    if (!looksLikeStore(path)) {
        return tr("%1 is not a Greenlight store. Choose a Greenlight store or a new file name.")
                .arg(native(path));
    }
    return {};
}

} // namespace greenlight
