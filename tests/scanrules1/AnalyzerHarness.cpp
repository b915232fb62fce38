#include "AnalyzerHarness.h"

#include <algorithm>

#include <QMutexLocker>

#include "scan/Analyzer.h"
#include "scan/RepositoryIndex.h"
#include "scan/ScannedFile.h"

using namespace Qt::StringLiterals;

namespace greenlight::test {

void CollectingSink::report(Finding finding)
{
    const QMutexLocker locker(&m_mutex);
    m_findings.append(std::move(finding));
}

void CollectingSink::note(const QString &path, const QString &message)
{
    const QMutexLocker locker(&m_mutex);
    m_notes.append(path + u": "_s + message);
}

QList<Finding> CollectingSink::findings() const
{
    const QMutexLocker locker(&m_mutex);
    return m_findings;
}

QStringList CollectingSink::notes() const
{
    const QMutexLocker locker(&m_mutex);
    return m_notes;
}

QList<Finding> CollectingSink::findingsOf(const QString &ruleId) const
{
    QList<Finding> result;
    for (const Finding &finding : findings()) {
        if (finding.ruleId == ruleId)
            result.append(finding);
    }
    return result;
}

QStringList CollectingSink::locations(const QString &ruleId) const
{
    QStringList result;
    for (const Finding &finding : findingsOf(ruleId))
        result.append(finding.location.path + u':' + QString::number(finding.location.line));
    std::sort(result.begin(), result.end());
    return result;
}

void runAnalyzer(Analyzer &analyzer, const Files &files, CollectingSink &sink)
{
    RepositoryIndex index;
    index.root = u"/repo"_s;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        index.paths.insert(it.key());
        const QString fileName = it.key().section(u'/', -1);
        if (!analyzer.wants(it.key(), fileName))
            continue;
        analyzer.analyze(ScannedFile{it.key(), fileName, it.value()}, sink);
    }
    analyzer.finish(index, sink);
}

} // namespace greenlight::test
