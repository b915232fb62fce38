#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include "scan/ScanReport.h"

namespace greenlight {

// SARIF 2.1.0 (OASIS), the format code-scanning services (GitHub, GitLab, Azure DevOps)
// import: one run whose driver lists every rule that ran, one result per finding with a
// %SRCROOT%-relative location and the finding's fingerprint as a partial fingerprint, so a
// service can follow a finding across commits the way the store does. tst_SarifWriter
// validates the output against the official schema.
class SarifWriter
{
public:
    static constexpr auto FingerprintKey = "greenlight/v1";
    static constexpr auto SourceRootId = "%SRCROOT%";

    QByteArray write(const ScanReport &report) const;
    QJsonObject toJson(const ScanReport &report) const;

    // critical/high -> "error", medium -> "warning", low/info -> "note".
    static QString level(Severity severity);
    // GitHub's security-severity score (CVSS-like, "0.1".."10.0"); empty for info.
    static QString securitySeverity(Severity severity);
    // "docker.root-user" -> "DockerRootUser": SARIF's rule name is an identifier-like word.
    static QString ruleName(const QString &ruleId);
    // A relative '/'-separated path as a URI reference (percent-encoded, '/' kept).
    static QString relativeUri(const QString &path);
    // The scanned root as a file: URI ending in '/', the base %SRCROOT% stands for.
    static QString rootUri(const QString &root);
};

} // namespace greenlight
