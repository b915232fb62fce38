#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSettings;

namespace greenlight {

// File → Open Recent: the assessments opened last, most recent first, across every store the
// user worked in, kept in QSettings under "RecentAssessments/". A plain value like
// Preferences: load(), change, save(); each window reloads before changing it, so two
// Greenlight processes on different stores keep one list between them.
class RecentAssessments
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::RecentAssessments)

public:
    static constexpr int MaxEntries = 10;

    struct Entry
    {
        QString storePath; // absolute, as the store was opened
        qint64 assessmentId = 0;
        QString label; // "system — release", as it was when last opened

        bool isOf(const QString &path, qint64 id) const;
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    // "Payments API — 2.4.0": what the menu shows for an assessment.
    static QString label(const QString &system, const QString &release);

    // Malformed or duplicate entries in the settings are dropped, the rest capped at MaxEntries.
    // (Not const QSettings: reading an array needs beginReadArray().)
    static RecentAssessments load();
    static RecentAssessments load(QSettings &settings);
    void save() const;
    void save(QSettings &settings) const;

    QList<Entry> entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // Puts the entry on top (an existing entry for the same store and id moves up and takes
    // the new label); the oldest falls off beyond MaxEntries.
    void touch(const Entry &entry);
    bool remove(const QString &storePath, qint64 assessmentId);
    // Drops entries whose store file is gone (moved or deleted): they cannot be opened.
    // Returns how many were dropped.
    int removeMissingStores();
    void clear() { m_entries.clear(); }

private:
    QList<Entry> m_entries;
};

} // namespace greenlight
