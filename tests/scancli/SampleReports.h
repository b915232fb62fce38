#pragma once

#include "scan/ScanReport.h"

namespace greenlight::test::SampleReports {

// A hand-made report with a little of everything the writers must handle: findings of every
// severity (one repository-level, one whole-file, one with a column range, one secret with a
// redacted snippet), a rule without findings, skipped files of several reasons and a note.
ScanReport mixed();

// The same tree found clean: every rule ran, nothing found, nothing skipped.
ScanReport clean();

RuleInfo rule(const QString &id,
              Severity severity,
              const QString &category,
              bool repositoryLevel = false);
Finding finding(const RuleInfo &rule, const QString &path, int line, const QString &message);

} // namespace greenlight::test::SampleReports
