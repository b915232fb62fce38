#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>

#include "scan/ScanReport.h"

namespace greenlight {

// JUnit XML for CI test-report widgets: <testsuites> holding one <testsuite name="greenlight">
// with one <testcase classname="<category>" name="<rule id>"> per rule that ran. A rule with
// findings at or above the failure threshold fails, its findings listed one per line
// ("path:line: message"); findings below it are listed in <system-out> of a passing case, so
// the report agrees with the exit code of `scan --fail-on`.
class JUnitWriter
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::JUnitWriter)

public:
    // Default Info: every finding fails its rule. Empty (--fail-on never): nothing fails.
    void setFailureThreshold(std::optional<Severity> threshold) { m_threshold = threshold; }

    QByteArray write(const ScanReport &report) const;

private:
    std::optional<Severity> m_threshold = Severity::Info;
};

} // namespace greenlight
