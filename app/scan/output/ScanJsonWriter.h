#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>

#include "scan/ScanReport.h"
#include "store/ScanRecords.h"

namespace greenlight {

// The machine-readable scan report (`--format json`). Shape, formatVersion 1:
//   { formatVersion, tool {name, version}, metadata {...}, summary {...}, rules [...],
//     findings [...], skipped [...], notes [...], record {...} (with --assessment) }
// Add fields freely; renaming or removing one bumps formatVersion. A finding's secretHash is
// deliberately left out: an unsalted hash of a weak password is one dictionary lookup away
// from the password, and the fingerprint already identifies the finding.
class ScanJsonWriter
{
public:
    static constexpr int FormatVersion = 1;

    void setGate(std::optional<Severity> failOn);
    void setRecord(const ScanRecord &record, const QString &assessmentName);

    QByteArray write(const ScanReport &report) const;
    QJsonObject toJson(const ScanReport &report) const;

    static QJsonObject metadata(const ScanMetadata &metadata);
    static QJsonObject rule(const RuleInfo &rule);
    static QJsonObject finding(const Finding &finding);
    static QJsonObject location(const SourceLocation &location);

private:
    QJsonObject summary(const ScanReport &report) const;

    bool m_hasGate = false;
    std::optional<Severity> m_failOn;
    std::optional<ScanRecord> m_record;
    QString m_assessmentName;
};

} // namespace greenlight
