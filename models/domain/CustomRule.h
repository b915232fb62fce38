#pragma once

#include <QString>

#include "Severity.h"

namespace greenlight {

// A scan rule declared in a template's `rules:` list (no C++ needed), e.g.
//   - id: custom.audit-db-lockdown
//     file: entrypoint.sh
//     must_contain: "manage.py lockdown_audit_db"
// Regexes (must_not_match) are RE2 syntax: linear time, so a hostile pattern cannot hang
// a scan. Validated by the TemplateLoader with file:line:col errors.
struct CustomRule
{
    enum class Kind {
        MustContain,  // every file matching `file` contains `pattern` (plain text)
        MustNotMatch, // no line of a file matching `file` matches `pattern` (RE2)
        FileExists,   // some path matches `file`
        FileAbsent,   // no path matches `file`
    };

    QString id; // rule-id syntax, e.g. "custom.audit-db-lockdown"; unique in the catalogue
    Kind kind = Kind::MustContain;
    QString file;    // glob relative to the repository root ("entrypoint.sh", "**/*.py")
    QString pattern; // text or RE2 regex; empty for FileExists/FileAbsent
    Severity severity = Severity::Medium;
    QString title;
    QString fix;
    QString templateId; // the template that declared it
};

} // namespace greenlight
