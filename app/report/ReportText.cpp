#include "ReportText.h"

#include <QLocale>

#include "report/ReadinessVerdict.h"

using namespace Qt::StringLiterals;

namespace greenlight {

QString ReportText::packTitle()
{
    return tr("Go-live approval pack");
}

QString ReportText::sectionTitle(Section section)
{
    switch (section) {
    case Section::Summary:
        return tr("Summary");
    case Section::Verdict:
        return tr("Verdict");
    case Section::Findings:
        return tr("Findings");
    case Section::RunbookGaps:
        return tr("Runbook gaps");
    case Section::Recommendations:
        return tr("Recommendations");
    case Section::Items:
        return tr("Checklist items");
    case Section::Waivers:
        return tr("Waivers");
    case Section::Signoff:
        return tr("Sign-off");
    case Section::Provenance:
        return tr("Provenance");
    }
    return {};
}

QList<ReportText::Section> ReportText::sections()
{
    return {Section::Summary,
            Section::Verdict,
            Section::Findings,
            Section::RunbookGaps,
            Section::Recommendations,
            Section::Items,
            Section::Waivers,
            Section::Signoff,
            Section::Provenance};
}

QStringList ReportText::summaryColumns()
{
    return {tr("Category"),
            tr("Pass"),
            tr("Fail"),
            tr("Warning"),
            tr("Waived"),
            tr("N/A"),
            tr("Open"),
            tr("Total")};
}

QString ReportText::verdictLine(const ReadinessVerdict &verdict)
{
    return tr("Verdict: %1").arg(verdictDisplayName(verdict.level));
}

QString ReportText::dateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return utc.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s;
}

QString ReportText::date(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString ReportText::shortHash(const QString &sha256)
{
    return sha256.left(12);
}

QString ReportText::size(qint64 bytes)
{
    // C locale: a pack reads the same wherever it was made.
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QString ReportText::statusName(EffectiveStatus status)
{
    switch (status) {
    case EffectiveStatus::NotStarted:
        return itemStatusDisplayName(ItemStatus::NotStarted);
    case EffectiveStatus::InProgress:
        return itemStatusDisplayName(ItemStatus::InProgress);
    case EffectiveStatus::Passed:
        return itemStatusDisplayName(ItemStatus::Passed);
    case EffectiveStatus::Failed:
        return itemStatusDisplayName(ItemStatus::Failed);
    case EffectiveStatus::NotApplicable:
        return itemStatusDisplayName(ItemStatus::NotApplicable);
    case EffectiveStatus::Waived:
        return tr("Waived");
    case EffectiveStatus::WaiverExpired:
        return tr("Failed (waiver expired)");
    }
    return {};
}

QString ReportText::findingHeading(const SnapshotFinding &finding)
{
    return u"[%1] %2"_s.arg(finding.number, finding.title);
}

QString ReportText::freshness(const SnapshotEvidence &evidence)
{
    if (!evidence.validUntil)
        return tr("no expiry");
    if (evidence.stale)
        return tr("stale since %1").arg(date(*evidence.validUntil));
    return tr("valid until %1").arg(date(*evidence.validUntil));
}

QString ReportText::signoffState(const SnapshotSignoff &signoff)
{
    if (!signoff.isSigned)
        return signoff.required ? tr("Not signed") : tr("Not signed (optional)");
    QString state;
    switch (signoff.decision) {
    case Decision::Approve:
        state = tr("Approved");
        break;
    case Decision::Conditional:
        state = tr("Approved with conditions");
        break;
    case Decision::Reject:
        state = tr("Rejected");
        break;
    }
    if (signoff.stale)
        state = tr("%1 (stale: the content changed since signing)").arg(state);
    return state;
}

QString ReportText::waiverState(const SnapshotWaiver &waiver)
{
    if (waiver.expired)
        return tr("expired on %1").arg(date(waiver.expiresOn));
    if (waiver.daysLeft == 0)
        return tr("expires today");
    return tr("expires in %n day(s)", nullptr, waiver.daysLeft);
}

QString ReportText::noneRecorded()
{
    return tr("None.");
}

} // namespace greenlight
