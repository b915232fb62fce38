#pragma once

#include <QList>
#include <QString>

#include "ReportText.h"
#include "report/AssessmentSnapshot.h"

namespace greenlight {

// The approval pack's charts as inline SVG, written by hand so the HTML pack stays one file
// with no script and no external resource. Each chart says what it shows three ways: colour,
// a legend, and text (counts on and beside the bars, a <title> and <desc> for screen readers,
// a <title> tooltip per bar), so it reads in greyscale print and without sight.
// Output is an <svg> element (XML, fully escaped); ids start with the given prefix so several
// charts can share a page.
class SvgChartWriter
{
public:
    // One stacked horizontal bar per template: pass, warning, waived, N/A, fail, open.
    static QString progressChart(const QList<SnapshotCategory> &categories,
                                 const QString &idPrefix = QStringLiteral("progress"));
    // Open findings by severity, one vertical bar per severity (zeros shown).
    static QString findingsChart(const QList<SnapshotFinding> &findings,
                                 const QString &idPrefix = QStringLiteral("findings"));

    // The colours, so other renderers (PDF, dashboard) can match them. "#rrggbb".
    static QString colour(ReportText::Column column);
    static QString colour(Severity severity);
    // The segments of a progress bar, left to right.
    static QList<ReportText::Column> progressColumns();
};

} // namespace greenlight
