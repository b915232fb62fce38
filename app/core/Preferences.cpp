#include "Preferences.h"

#include <QSettings>

#include "AppPaths.h"

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

} // namespace greenlight
