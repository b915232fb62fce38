#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <stdexcept>
#include <thread>

#include <QByteArrayList>
#include <QSet>
#include <QStringList>
#include <QThread>

#include "scan/Analyzer.h"
#include "scan/FindingSink.h"
#include "scan/RepositoryIndex.h"
#include "scan/ScannedFile.h"

namespace greenlight::test {

// A scriptable analyzer for engine tests: wants files by suffix, reports `ruleId` for every
// line that contains `marker` (snippet = the trimmed line), can be made slow, can throw,
// and can report a repository-level finding from finish() when a path is missing.
class FakeAnalyzer final : public Analyzer
{
public:
    struct Config
    {
        QList<RuleInfo> rules;
        QStringList suffixes{QStringLiteral(".txt")}; // empty = every file
        QString ruleId;                               // reported for marker lines
        QByteArray marker = "FINDME";
        std::chrono::milliseconds delayPerFile{0};
        QString requiredPath; // finish(): report `missingRuleId` if not in the index
        QString missingRuleId;
        QByteArray throwOnMarker; // analyze() throws when the content contains it
    };

    explicit FakeAnalyzer(Config config)
        : m_config(std::move(config))
    {}

    static RuleInfo rule(const QString &id, Severity severity = Severity::Medium)
    {
        RuleInfo info;
        info.id = id;
        info.severity = severity;
        info.title = QStringLiteral("Title of ") + id;
        info.fix = QStringLiteral("Fix for ") + id;
        info.category = QStringLiteral("test");
        return info;
    }

    QList<RuleInfo> rules() const override { return m_config.rules; }

    bool wants(QStringView path, QStringView) const override
    {
        if (m_config.suffixes.isEmpty())
            return true;
        for (const QString &suffix : m_config.suffixes) {
            if (path.endsWith(suffix))
                return true;
        }
        return false;
    }

    void analyze(const ScannedFile &file, FindingSink &sink) override
    {
        if (m_config.delayPerFile.count() > 0)
            std::this_thread::sleep_for(m_config.delayPerFile);
        {
            const std::lock_guard lock(m_mutex);
            m_analyzed.append(file.path);
            m_threads.insert(QThread::currentThread());
        }
        if (!m_config.throwOnMarker.isEmpty() && file.content.contains(m_config.throwOnMarker))
            throw std::runtime_error("fake analyzer exploded");
        const QByteArrayList lines = file.content.split('\n');
        for (int i = 0; i < lines.size(); ++i) {
            if (!lines.at(i).contains(m_config.marker))
                continue;
            Finding finding;
            finding.ruleId = m_config.ruleId;
            finding.message = QStringLiteral("marker found");
            finding.location.path = file.path;
            finding.location.line = i + 1;
            finding.location.column = int(lines.at(i).indexOf(m_config.marker)) + 1;
            finding.snippet = QString::fromUtf8(lines.at(i)).trimmed();
            sink.report(finding);
        }
    }

    void finish(const RepositoryIndex &repository, FindingSink &sink) override
    {
        m_finishCalls++;
        m_indexPaths = repository.paths;
        if (!m_config.requiredPath.isEmpty() && !repository.contains(m_config.requiredPath)) {
            Finding finding;
            finding.ruleId = m_config.missingRuleId;
            finding.message = m_config.requiredPath + QStringLiteral(" is missing");
            sink.report(finding);
        }
    }

    QStringList analyzed() const
    {
        const std::lock_guard lock(m_mutex);
        return m_analyzed;
    }
    int threadCount() const
    {
        const std::lock_guard lock(m_mutex);
        return int(m_threads.size());
    }
    int finishCalls() const { return m_finishCalls; }
    QSet<QString> indexPaths() const { return m_indexPaths; }

private:
    Config m_config;
    mutable std::mutex m_mutex;
    QStringList m_analyzed;
    QSet<QThread *> m_threads;
    std::atomic_int m_finishCalls{0};
    QSet<QString> m_indexPaths;
};

} // namespace greenlight::test
