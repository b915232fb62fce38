#pragma once

#include <QList>
#include <QMap>
#include <QMutex>
#include <QString>
#include <QStringList>

#include "scan/FindingSink.h"

namespace greenlight {
class Analyzer;
}

namespace greenlight::test {

using Files = QMap<QString, QByteArray>; // relative path -> content

// Collects what analyzers report (thread-safe, like the engine's sink).
class CollectingSink final : public FindingSink
{
public:
    void report(Finding finding) override;
    void note(const QString &path, const QString &message) override;

    QList<Finding> findings() const;
    QStringList notes() const; // "path: message"
    // "path:line" of every finding of one rule, sorted.
    QStringList locations(const QString &ruleId) const;
    QList<Finding> findingsOf(const QString &ruleId) const;

private:
    mutable QMutex m_mutex;
    QList<Finding> m_findings;
    QStringList m_notes;
};

// Drives an analyzer the way the engine does: analyze() every file it wants (by name),
// then finish() with an index of all paths.
void runAnalyzer(Analyzer &analyzer, const Files &files, CollectingSink &sink);

} // namespace greenlight::test
