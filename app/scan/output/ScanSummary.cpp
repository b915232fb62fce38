#include "ScanSummary.h"

using namespace Qt::StringLiterals;

namespace greenlight {

ScanSummary ScanSummary::of(const ScanReport &report)
{
    ScanSummary summary;
    for (const Finding &finding : report.findings)
        ++summary.findingsBySeverity[std::size_t(finding.severity)];
    summary.findingCount = int(report.findings.size());
    for (const SkippedPath &skipped : report.skipped)
        ++summary.skippedByReason[std::size_t(skipped.reason)];
    return summary;
}

int ScanSummary::atOrAbove(std::optional<Severity> threshold) const
{
    if (!threshold)
        return 0;
    int n = 0;
    for (int i = 0; i <= int(*threshold); ++i)
        n += findingsBySeverity[std::size_t(i)];
    return n;
}

QString ScanSummary::skipReasonKey(SkipReason reason)
{
    switch (reason) {
    case SkipReason::Binary:
        return u"binary"_s;
    case SkipReason::TooLarge:
        return u"too-large"_s;
    case SkipReason::Unreadable:
        return u"unreadable"_s;
    case SkipReason::SymlinkLoop:
        return u"symlink-loop"_s;
    case SkipReason::SpecialFile:
        return u"special-file"_s;
    }
    return u"unreadable"_s;
}

QString ScanSummary::skipReasonDisplayName(SkipReason reason)
{
    switch (reason) {
    case SkipReason::Binary:
        return tr("binary");
    case SkipReason::TooLarge:
        return tr("too large");
    case SkipReason::Unreadable:
        return tr("unreadable");
    case SkipReason::SymlinkLoop:
        return tr("symlink loop");
    case SkipReason::SpecialFile:
        return tr("special file");
    }
    return tr("unreadable");
}

QString ScanSummary::locationText(const SourceLocation &location)
{
    if (location.path.isEmpty())
        return u"."_s;
    if (location.line <= 0)
        return location.path;
    return location.path + u':' + QString::number(location.line);
}

QString ScanSummary::formatBytes(qint64 bytes)
{
    if (bytes < 1024)
        return tr("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return tr("%1 KiB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    if (bytes < 1024LL * 1024 * 1024)
        return tr("%1 MiB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
    return tr("%1 GiB").arg(double(bytes) / (1024.0 * 1024.0 * 1024.0), 0, 'f', 2);
}

} // namespace greenlight
