#include "TimingAnalyzer.h"

#include <chrono>

#include "scan/ScannedFile.h"

using namespace Qt::StringLiterals;

namespace greenlight::bench {

namespace {

qint64 nanosSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now()
                                                                - start)
            .count();
}

} // namespace

TimingAnalyzer::TimingAnalyzer(std::unique_ptr<Analyzer> inner)
    : m_inner(std::move(inner))
{}

bool TimingAnalyzer::wants(QStringView path, QStringView fileName) const
{
    const auto start = std::chrono::steady_clock::now();
    const bool wanted = m_inner->wants(path, fileName);
    m_wantsNs += nanosSince(start);
    return wanted;
}

void TimingAnalyzer::analyze(const ScannedFile &file, FindingSink &sink)
{
    const auto start = std::chrono::steady_clock::now();
    m_inner->analyze(file, sink);
    m_analyzeNs += nanosSince(start);
    ++m_files;
    m_bytes += file.content.size();
}

void TimingAnalyzer::finish(const RepositoryIndex &repository, FindingSink &sink)
{
    const auto start = std::chrono::steady_clock::now();
    m_inner->finish(repository, sink);
    m_finishNs += nanosSince(start);
}

QString TimingAnalyzer::label() const
{
    const QList<RuleInfo> rules = m_inner->rules();
    return rules.isEmpty() ? u"(no rules)"_s : rules.first().id.section(u'.', 0, 0);
}

} // namespace greenlight::bench
