#pragma once

#include <atomic>
#include <memory>

#include <QString>

#include "scan/Analyzer.h"

namespace greenlight::bench {

// Wraps an analyzer and adds up the time spent in it (summed over the worker threads), so
// the benchmark can say which analyzer dominates a scan.
class TimingAnalyzer final : public Analyzer
{
public:
    explicit TimingAnalyzer(std::unique_ptr<Analyzer> inner);

    QList<RuleInfo> rules() const override { return m_inner->rules(); }
    bool wants(QStringView path, QStringView fileName) const override;
    void analyze(const ScannedFile &file, FindingSink &sink) override;
    void finish(const RepositoryIndex &repository, FindingSink &sink) override;

    QString label() const; // the rule family: "docker", "secrets", ...
    double analyzeMs() const { return double(m_analyzeNs.load()) / 1e6; }
    double wantsMs() const { return double(m_wantsNs.load()) / 1e6; }
    double finishMs() const { return double(m_finishNs.load()) / 1e6; }
    qint64 files() const { return m_files.load(); }
    qint64 bytes() const { return m_bytes.load(); }

private:
    std::unique_ptr<Analyzer> m_inner;
    mutable std::atomic<qint64> m_wantsNs{0};
    std::atomic<qint64> m_analyzeNs{0};
    std::atomic<qint64> m_finishNs{0};
    std::atomic<qint64> m_files{0};
    std::atomic<qint64> m_bytes{0};
};

} // namespace greenlight::bench
