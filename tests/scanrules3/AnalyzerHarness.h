#pragma once

#include <algorithm>

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QMutexLocker>
#include <QString>
#include <QStringList>

#include "scan/Analyzer.h"
#include "scan/FindingSink.h"
#include "scan/RepositoryIndex.h"
#include "scan/ScannedFile.h"

namespace greenlight::test {

// Collects what an analyzer reports (thread-safe, like the engine's sink).
class RecordingSink : public FindingSink
{
public:
    void report(Finding finding) override
    {
        const QMutexLocker lock(&m_mutex);
        findings.append(std::move(finding));
    }
    void note(const QString &path, const QString &message) override
    {
        const QMutexLocker lock(&m_mutex);
        notes.append(path + QStringLiteral(": ") + message);
    }

    // "rule@line" per finding (or "rule@path:line" with withPath), sorted: easy to compare.
    QStringList keys(bool withPath = false) const
    {
        QStringList result;
        for (const Finding &finding : findings) {
            const QString where = withPath ? finding.location.path + QLatin1Char(':') : QString();
            result.append(finding.ruleId + QLatin1Char('@') + where
                          + QString::number(finding.location.line));
        }
        result.sort();
        return result;
    }
    QStringList ruleIds() const
    {
        QStringList result;
        for (const Finding &finding : findings)
            result.append(finding.ruleId);
        result.sort();
        result.removeDuplicates();
        return result;
    }
    const Finding *first(const QString &ruleId) const
    {
        for (const Finding &finding : findings) {
            if (finding.ruleId == ruleId)
                return &finding;
        }
        return nullptr;
    }

    QList<Finding> findings;
    QStringList notes;

private:
    QMutex m_mutex;
};

using Tree = QMap<QString, QByteArray>;

inline QString fileNameOf(const QString &path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

// What the engine does, without a walk: every file the analyzer wants is analyzed, then
// finish() sees every path of the tree.
inline void runAnalyzer(Analyzer &analyzer, const Tree &tree, RecordingSink &sink)
{
    RepositoryIndex index;
    index.root = QStringLiteral("/fixture");
    for (auto it = tree.cbegin(); it != tree.cend(); ++it) {
        index.paths.insert(it.key());
        const QString name = fileNameOf(it.key());
        if (analyzer.wants(it.key(), name))
            analyzer.analyze(ScannedFile{it.key(), name, it.value()}, sink);
    }
    analyzer.finish(index, sink);
}

inline void analyzeOne(Analyzer &analyzer,
                       const QString &path,
                       const QByteArray &content,
                       RecordingSink &sink)
{
    analyzer.analyze(ScannedFile{path, fileNameOf(path), content}, sink);
}

} // namespace greenlight::test
