#pragma once

#include <QByteArray>

#include "report/AssessmentSnapshot.h"

namespace greenlight {

// The approval pack as GitHub-flavoured Markdown (issue #5): seed 001's review layout (summary
// table, verdict, [HIGH-001] findings, runbook gaps, recommendations) followed by the items,
// waivers, seed 004's sign-off block and the provenance, in ReportText::sections() order.
// All user text goes through MarkdownText, so the output passes markdownlint (with MD013 off
// and MD024 siblings_only, tests/tools/.markdownlint.json) whatever the notes contain.
// Same snapshot, same bytes: UTF-8, "\n" line ends, one trailing newline.
class MarkdownReportWriter
{
public:
    static QByteArray write(const AssessmentSnapshot &snapshot);
};

} // namespace greenlight
