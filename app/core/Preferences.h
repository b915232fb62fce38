#pragma once

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

class QSettings;

namespace greenlight {

// How the GUI looks: follow the desktop, or force one of Greenlight's two palettes.
enum class ThemeChoice { System, Light, Dark };

// The user's choices from Edit → Preferences, kept in QSettings under "Preferences/".
// A plain value: load() never fails (a missing, mistyped or out-of-range value reads as
// its default), so a hand-edited or older settings file cannot stop the app starting.
struct Preferences
{
    static constexpr qint64 MiB = qint64(1024) * 1024;
    static constexpr qint64 DefaultEvidenceMaxBytes = 100 * MiB; // EvidenceVault's default
    static constexpr qint64 DefaultScanMaxFileBytes = 5 * MiB;   // ScanOptions' default
    static constexpr qint64 MinLimitBytes = 1 * MiB;
    static constexpr qint64 MaxLimitBytes = 4096 * MiB;

    QString databasePath; // empty: AppPaths::defaultDatabasePath()
    qint64 evidenceMaxBytes = DefaultEvidenceMaxBytes;
    qint64 scanMaxFileBytes = DefaultScanMaxFileBytes;
    QString language; // empty: the system's; else "en", "de" or "fr"
    ThemeChoice theme = ThemeChoice::System;

    static Preferences load();
    static Preferences load(const QSettings &settings);
    void save() const;
    void save(QSettings &settings) const;

    // The store the GUI opens when no --db is given: databasePath, or the default.
    QString effectiveDatabasePath() const;

    // Why path cannot be the store location, or an empty string when it can (empty path
    // means the default). Checked before saving, because a store that cannot be opened at
    // the next start is only reported then, never replaced by a new file elsewhere. Accepts
    // an absolute path to a new file in a folder Greenlight can write to, or to an existing
    // Greenlight store (or empty SQLite file) it can write.
    static QString databasePathProblem(const QString &path);

    friend bool operator==(const Preferences &, const Preferences &) = default;

    // Last: the macro ends in "private:".
    Q_DECLARE_TR_FUNCTIONS(greenlight::Preferences)
};

QString themeKey(ThemeChoice theme); // "system", "light", "dark": the settings file's words
ThemeChoice themeFromKey(const QString &key); // unknown words read as System

} // namespace greenlight
