#include "RecentAssessments.h"

#include <algorithm>

#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace greenlight {

namespace {

const QString Group = u"RecentAssessments"_s;
const QString ArrayKey = u"entries"_s;
const QString StoreKey = u"store"_s;
const QString IdKey = u"assessment"_s;
const QString LabelKey = u"label"_s;

} // namespace

bool RecentAssessments::Entry::isOf(const QString &path, qint64 id) const
{
    return assessmentId == id && storePath == QDir::cleanPath(path);
}

QString RecentAssessments::label(const QString &system, const QString &release)
{
    //: A recent assessment in File → Open Recent: the system, then the release.
    return tr("%1 — %2").arg(system, release);
}

RecentAssessments RecentAssessments::load()
{
    QSettings settings;
    return load(settings);
}

RecentAssessments RecentAssessments::load(QSettings &settings)
{
    RecentAssessments recent;
    settings.beginGroup(Group);
    const int size = settings.beginReadArray(ArrayKey);
    for (int i = 0; i < size && recent.m_entries.size() < MaxEntries; ++i) {
        settings.setArrayIndex(i);
        bool ok = false;
        Entry entry;
        entry.storePath = settings.value(StoreKey).toString();
        entry.assessmentId = settings.value(IdKey).toLongLong(&ok);
        entry.label = settings.value(LabelKey).toString();
        if (!ok || entry.assessmentId <= 0 || QDir::isRelativePath(entry.storePath))
            continue;
        entry.storePath = QDir::cleanPath(entry.storePath);
        const bool duplicate = std::any_of(
                recent.m_entries.cbegin(), recent.m_entries.cend(), [&entry](const Entry &kept) {
                    return kept.isOf(entry.storePath, entry.assessmentId);
                });
        if (!duplicate)
            recent.m_entries.append(entry);
    }
    settings.endArray();
    settings.endGroup();
    return recent;
}

void RecentAssessments::save() const
{
    QSettings settings;
    save(settings);
}

void RecentAssessments::save(QSettings &settings) const
{
    settings.beginGroup(Group);
    settings.remove(ArrayKey); // a shorter list must not leave the old tail behind
    settings.beginWriteArray(ArrayKey, int(m_entries.size()));
    for (int i = 0; i < m_entries.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(StoreKey, m_entries.at(i).storePath);
        settings.setValue(IdKey, m_entries.at(i).assessmentId);
        settings.setValue(LabelKey, m_entries.at(i).label);
    }
    settings.endArray();
    settings.endGroup();
}

void RecentAssessments::touch(const Entry &entry)
{
    Entry added = entry;
    added.storePath = QDir::cleanPath(added.storePath);
    remove(added.storePath, added.assessmentId);
    m_entries.prepend(added);
    while (m_entries.size() > MaxEntries)
        m_entries.removeLast();
}

bool RecentAssessments::remove(const QString &storePath, qint64 assessmentId)
{
    return m_entries.removeIf([&](const Entry &entry) {
        return entry.isOf(storePath, assessmentId);
    }) > 0;
}

int RecentAssessments::removeMissingStores()
{
    return int(m_entries.removeIf(
            [](const Entry &entry) { return !QFileInfo(entry.storePath).isFile(); }));
}

} // namespace greenlight
