#include "ReportFormat.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace greenlight {

namespace {
constexpr ReportFormat AllFormats[]
        = {ReportFormat::Markdown, ReportFormat::Html, ReportFormat::Pdf, ReportFormat::Json};
}

QString reportFormatKey(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Markdown:
        return u"md"_s;
    case ReportFormat::Html:
        return u"html"_s;
    case ReportFormat::Pdf:
        return u"pdf"_s;
    case ReportFormat::Json:
        return u"json"_s;
    }
    return {};
}

std::optional<ReportFormat> reportFormatFromKey(QStringView key)
{
    for (ReportFormat format : AllFormats) {
        if (key == reportFormatKey(format))
            return format;
    }
    if (key == u"markdown")
        return ReportFormat::Markdown;
    return std::nullopt;
}

QStringList reportFormatKeys()
{
    QStringList keys;
    for (ReportFormat format : AllFormats)
        keys << reportFormatKey(format);
    return keys;
}

QString reportFormatSuffix(ReportFormat format)
{
    return reportFormatKey(format);
}

std::optional<ReportFormat> reportFormatFromFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"markdown")
        return ReportFormat::Markdown;
    if (suffix == u"htm")
        return ReportFormat::Html;
    return reportFormatFromKey(suffix);
}

QString reportFormatDisplayName(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Markdown:
        return QCoreApplication::translate("ReportFormat", "Markdown document");
    case ReportFormat::Html:
        return QCoreApplication::translate("ReportFormat", "HTML page");
    case ReportFormat::Pdf:
        return QCoreApplication::translate("ReportFormat", "PDF document");
    case ReportFormat::Json:
        return QCoreApplication::translate("ReportFormat", "JSON data");
    }
    return {};
}

} // namespace greenlight
