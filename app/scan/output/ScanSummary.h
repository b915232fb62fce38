#pragma once

#include <array>
#include <optional>

#include <QCoreApplication>
#include <QString>

#include "scan/ScanReport.h"

namespace greenlight {

// The counts every output format opens with, computed once from a ScanReport so the text,
// JSON, SARIF and JUnit writers cannot disagree about them.
struct ScanSummary
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::ScanSummary)

public:
    static constexpr int SkipReasonCount = 5;

    std::array<int, SeverityCount> findingsBySeverity{}; // indexed by int(Severity)
    std::array<int, SkipReasonCount> skippedByReason{};  // indexed by int(SkipReason)
    int findingCount = 0;

    static ScanSummary of(const ScanReport &report);

    int count(Severity severity) const { return findingsBySeverity[std::size_t(severity)]; }
    int skipped(SkipReason reason) const { return skippedByReason[std::size_t(reason)]; }
    // Findings at or above the threshold (no threshold: none, as with --fail-on never).
    int atOrAbove(std::optional<Severity> threshold) const;

    static QString skipReasonKey(SkipReason reason);         // "binary", "too-large", ...
    static QString skipReasonDisplayName(SkipReason reason); // translated "too large"
    // "Dockerfile:12", "Dockerfile" for a whole-file finding, "." for a repository-level one.
    static QString locationText(const SourceLocation &location);
    static QString formatBytes(qint64 bytes); // "4.5 MiB"
};

} // namespace greenlight
