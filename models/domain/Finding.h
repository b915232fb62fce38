#pragma once

#include <QString>
#include <QStringList>

#include "domain/Severity.h"

namespace greenlight {

// Where a finding is: a path relative to the scanned root ('/'-separated, as git shows it),
// 1-based line/column (0 = whole file; a repository-level finding has an empty path).
struct SourceLocation
{
    QString path;
    int line = 0;
    int column = 0;
    int endLine = 0;
    int endColumn = 0;
};

// One piece of evidence for or against readiness found by a scan rule.
struct Finding
{
    QString ruleId; // e.g. "docker.root-user"
    Severity severity = Severity::Medium;
    QString title;   // the rule's title
    QString message; // this occurrence, e.g. "final stage 'runtime' has no USER: runs as root"
    SourceLocation location;
    // The offending line(s), already redacted: secrets keep a short prefix and are masked.
    // Never holds a secret in clear.
    QString snippet;
    QString fix;
    QStringList itemKeys; // checklist items (template item ids) this finding bears on
    // Stable identity across runs while the code has not changed: hex SHA-256 over the rule
    // id, the path, and the normalised content of the matched line(s) (not the line number,
    // so edits elsewhere in the file keep it), plus an occurrence index for duplicates.
    QString fingerprint;
    // For secrets: hex SHA-256 of the secret value, so the same secret is recognised
    // without ever being stored. Empty for other findings.
    QString secretHash;
};

} // namespace greenlight
