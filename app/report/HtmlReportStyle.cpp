#include "HtmlReportStyle.h"

#include "ReportPalette.h"
#include "domain/Severity.h"

using namespace Qt::StringLiterals;

namespace greenlight {

namespace {

// The colours that mean something (severity, status) come from the one palette, so the HTML
// pack, its charts, the PDF and the app agree; later rules override the defaults above them.
QString paletteRules()
{
    QString rules;
    for (int s = 0; s < SeverityCount; ++s) {
        const auto severity = Severity(s);
        rules += u".severity-%1 { border-left-color: %2; }\n"_s.arg(
                severityKey(severity), ReportPalette::severity(severity).name());
    }
    rules += u".status-failed, .status-waiver_expired { color: %1; }\n"_s.arg(
            ReportPalette::bucket(ReportPalette::Bucket::Fail).name());
    rules += u".status-waived { color: %1; }\n"_s.arg(
            ReportPalette::bucket(ReportPalette::Bucket::Waived).name());
    rules += u".status-passed { color: %1; }\n"_s.arg(
            ReportPalette::bucket(ReportPalette::Bucket::Pass).name());
    return rules;
}

} // namespace

QString HtmlReportStyle::css()
{
    return uR"(
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  font-size: 15px; line-height: 1.45; color: #1b1b1b; background: #ffffff;
  max-width: 1100px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.8em; margin: 0 0 0.4em; }
h2 { font-size: 1.35em; border-bottom: 2px solid #d0d7de; padding-bottom: 0.2em; margin-top: 1.8em; }
h3 { font-size: 1.12em; margin: 1.2em 0 0.4em; }
h4 { font-size: 1em; margin: 1em 0 0.3em; color: #444444; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; }
code { background: #f3f4f6; padding: 0 0.25em; border-radius: 3px; overflow-wrap: anywhere; }
pre { background: #f3f4f6; padding: 0.5em 0.75em; white-space: pre-wrap; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }
th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top;
  overflow-wrap: anywhere; }
th { background: #f6f8fa; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: bold; background: #f6f8fa; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0.4em 0; }
dl.fields dt { font-weight: bold; }
dl.fields dd { margin: 0; }
.cover { border: 1px solid #d0d7de; border-radius: 6px; padding: 16px 20px; margin-bottom: 1em; }
.verdict { display: inline-block; font-size: 1.15em; font-weight: bold; padding: 4px 12px;
  border-radius: 4px; border: 2px solid currentColor; }
.verdict-ready { color: #1b5e20; background: #e8f5e9; }
.verdict-ready_with_fixes { color: #7a4f00; background: #fff8e1; }
.verdict-not_ready { color: #b71c1c; background: #ffebee; }
.finding { border-left: 5px solid #9e9e9e; padding: 2px 0 2px 14px; margin: 1em 0; }
.finding h3 { margin-top: 0.2em; }
.status-failed, .status-waiver_expired { font-weight: bold; }
.stale { color: #b71c1c; }
.signoff { border: 1px solid #d0d7de; border-radius: 6px; padding: 8px 16px; margin: 0.8em 0; }
.signoff h3 { margin-top: 0.3em; }
.checkbox { font-size: 1.2em; margin-right: 0.3em; }
.fill-in { display: inline-block; min-width: 16em; border-bottom: 1px solid #1b1b1b; color: transparent; }
.full-hash { display: none; }
.chart { max-width: 100%; height: auto; margin: 0.5em 0 1em; }
.muted { color: #57606a; }
nav.toc ol { columns: 2; }
footer { margin-top: 2.5em; font-size: 0.85em; color: #57606a; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav.toc { display: none; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3, h4 { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  tr, .finding, .signoff, .chart { break-inside: avoid; page-break-inside: avoid; }
  .full-hash { display: block; font-family: monospace; font-size: 7.5pt; color: #57606a; }
  code { background: none; }
}
)"_s + paletteRules();
}

} // namespace greenlight
