#pragma once

#include <optional>

#include <QString>
#include <QStringList>
#include <QStringView>

namespace greenlight {

// The approval-pack formats (issue #5). SARIF and JUnit stay with the scan (app/scan/output):
// they describe a scan, not an assessment.
enum class ReportFormat { Markdown, Html, Pdf, Json };

QString reportFormatKey(ReportFormat format); // "md", "html", "pdf", "json"
std::optional<ReportFormat> reportFormatFromKey(QStringView key);
QStringList reportFormatKeys();
QString reportFormatSuffix(ReportFormat format); // file suffix without the dot
// By file suffix (".md", ".markdown", ".html", ".htm", ".pdf", ".json"), case-insensitive.
std::optional<ReportFormat> reportFormatFromFileName(const QString &fileName);
QString reportFormatDisplayName(ReportFormat format); // translated "PDF document"

} // namespace greenlight
