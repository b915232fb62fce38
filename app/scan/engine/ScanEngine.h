#pragma once

#include <memory>
#include <vector>

#include <QCoreApplication>

#include "RuleCatalog.h"
#include "scan/ScanRunner.h"

namespace greenlight {

class Analyzer;

// ScanRunner with the analyzers given rather than taken from the registry: what
// ScanRunner::run uses, and what tests use to inject fake analyzers.
class ScanEngine
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::ScanEngine)

public:
    explicit ScanEngine(std::vector<std::unique_ptr<Analyzer>> analyzers);
    ~ScanEngine();

    ScanEngine(const ScanEngine &) = delete;
    ScanEngine &operator=(const ScanEngine &) = delete;

    const RuleCatalog &catalog() const { return m_catalog; }

    // See ScanRunner::run. One run per engine: analyzers keep per-scan state.
    Result<ScanReport> run(const ScanOptions &options,
                           const std::atomic_bool &cancel,
                           const ScanRunner::Callbacks &callbacks,
                           const Clock &clock);

    // The root made canonical, or the error the user should see (missing, not a
    // directory, unreadable), naming the path.
    static Result<QString> validateRoot(const QString &root);

private:
    std::vector<std::unique_ptr<Analyzer>> m_analyzers;
    RuleCatalog m_catalog;
};

} // namespace greenlight
