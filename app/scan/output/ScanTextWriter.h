#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "scan/ScanReport.h"
#include "store/ScanRecords.h"

namespace greenlight {

// The human-readable scan report, shaped like a reviewer's write-up (seed 001): a summary,
// the findings numbered most severe first ("[HIGH-001] ..." with Location / Issue / Fix),
// then the analyzers' notes and the skipped files.
class ScanTextWriter
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::ScanTextWriter)

public:
    // Adds the gate's verdict to the summary (failOn empty: --fail-on never).
    void setGate(std::optional<Severity> failOn);
    // Adds how the recorded scan moved the assessment's findings (new / open / fixed).
    void setRecord(const ScanRecord &record, const QString &assessmentName);
    // Longest skipped-file list printed; the rest is counted ("and 12 more").
    void setSkippedListLimit(int limit) { m_skippedListLimit = limit; }

    QByteArray write(const ScanReport &report) const;

    // "[HIGH-001]": the severity in capitals and the finding's 1-based number.
    static QString findingLabel(Severity severity, int number);

private:
    QString summary(const ScanReport &report) const;
    static QString findings(const ScanReport &report);
    QString skippedFiles(const ScanReport &report) const;

    bool m_hasGate = false;
    std::optional<Severity> m_failOn;
    std::optional<ScanRecord> m_record;
    QString m_assessmentName;
    int m_skippedListLimit = 20;
};

} // namespace greenlight
