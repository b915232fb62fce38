#pragma once

#include <QByteArray>

#include "report/AssessmentSnapshot.h"

namespace greenlight {

// The approval pack as one self-contained HTML5 page (issue #5): inline CSS (HtmlReportStyle),
// inline SVG charts (SvgChartWriter), no script and no external resource; the only links
// are the user's own (evidence URLs, waiver tickets) and anchors within the page. Same
// contents and order as the Markdown pack. Written as well-formed XML (every element closed,
// attributes quoted, text escaped by HtmlText), so XML tools can read it too, and styled to
// print on A4 or Letter.
class HtmlReportWriter
{
public:
    static QByteArray write(const AssessmentSnapshot &snapshot);
};

} // namespace greenlight
