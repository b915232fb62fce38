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

QString ReportText::label(Label label)
{
    switch (label) {
    case Label::Contents:
        return tr("Contents");
    case Label::Assessment:
        return tr("Assessment");
    case Label::System:
        return tr("System");
    case Label::Release:
        return tr("Release");
    case Label::Templates:
        return tr("Templates");
    case Label::Generated:
        return tr("Generated");
    case Label::PreparedBy:
        return tr("Prepared by");
    case Label::Generator:
        return tr("Generator");
    case Label::Repository:
        return tr("Repository");
    case Label::ContentHash:
        return tr("Content hash");
    case Label::StatusByTemplate:
        return tr("Status by template");
    case Label::FindingsBySeverity:
        return tr("Open findings by severity");
    case Label::AllTemplates:
        return tr("All templates");
    case Label::Blockers:
        return tr("Blocking go-live");
    case Label::Fixes:
        return tr("To fix or accept");
    case Label::PendingSignoffs:
        return tr("Sign-offs pending");
    case Label::Location:
        return tr("Location");
    case Label::Issue:
        return tr("Issue");
    case Label::Impact:
        return tr("Impact");
    case Label::Fix:
        return tr("Fix");
    case Label::Test:
        return tr("Test");
    case Label::Snippet:
        return tr("Snippet (redacted)");
    case Label::Items:
        return tr("Items");
    case Label::Rule:
        return tr("Rule");
    case Label::Item:
        return tr("Item");
    case Label::Status:
        return tr("Status");
    case Label::Owner:
        return tr("Owner");
    case Label::Severity:
        return tr("Severity");
    case Label::NotesAndEvidence:
        return tr("Notes and evidence");
    case Label::Evidence:
        return tr("Evidence");
    case Label::Justification:
        return tr("Justification");
    case Label::AcceptedBy:
        return tr("Accepted by");
    case Label::Expires:
        return tr("Expires");
    case Label::Ticket:
        return tr("Ticket");
    case Label::Meaning:
        return tr("Meaning");
    case Label::Signer:
        return tr("Signer");
    case Label::Decision:
        return tr("Decision");
    case Label::SignedAt:
        return tr("Signed at");
    case Label::Comment:
        return tr("Comment");
    case Label::ChangesSinceSigning:
        return tr("Changes since signing");
    case Label::Name:
        return tr("Name");
    case Label::Date:
        return tr("Date");
    case Label::Signature:
        return tr("Signature");
    case Label::ScanRoot:
        return tr("Scan root");
    case Label::Commit:
        return tr("Commit");
    case Label::Branch:
        return tr("Branch");
    case Label::WorkingTree:
        return tr("Working tree");
    case Label::RuleSet:
        return tr("Rule set");
    case Label::FilesScanned:
        return tr("Files scanned");
    case Label::ScannedAt:
        return tr("Scanned at");
    case Label::ScanFindings:
        return tr("Scan findings");
    case Label::AuditChainHead:
        return tr("Audit chain head");
    case Label::AuditEvents:
        return tr("Audit events");
    case Label::AuditChain:
        return tr("Audit chain");
    }
    return {};
}

QString ReportText::pageOfPages(int page, int pages)
{
    return tr("Page %1 of %2").arg(page).arg(pages);
}

QString ReportText::blockingThreshold(Severity blockAt)
{
    if (blockAt == Severity::Critical)
        return tr("Failures and open findings at %1 block go-live.")
                .arg(severityDisplayName(blockAt));
    return tr("Failures and open findings at %1 or above block go-live.")
            .arg(severityDisplayName(blockAt));
}

QString ReportText::evidenceLine(const SnapshotEvidence &evidence)
{
    QString kind = evidence.kindKey;
    if (evidence.size > 0)
        kind += u", "_s + size(evidence.size);
    QString line = u"%1 (%2)"_s.arg(evidence.name, kind);
    if (!evidence.sha256.isEmpty())
        line += u" · sha256 "_s + shortHash(evidence.sha256);
    line += u" · "_s + dateTime(evidence.addedAt);
    if (!evidence.addedBy.isEmpty())
        line += u" "_s + tr("by %1").arg(evidence.addedBy);
    return line + u" · "_s + freshness(evidence);
}

QString ReportText::workingTree(bool dirty)
{
    return dirty ? tr("dirty (uncommitted changes)") : tr("clean");
}

QString ReportText::auditChainState(const SnapshotAudit &audit)
{
    if (!audit.verified)
        return tr("not verified");
    if (audit.intact)
        return tr("verified, intact");
    return tr("verified, BROKEN: %1").arg(audit.problem);
}

QString ReportText::scanCounts(const SnapshotScan &scan)
{
    return tr("%1 new, %2 open, %3 fixed")
            .arg(scan.newCount)
            .arg(scan.openCount)
            .arg(scan.fixedCount);
}

QString ReportText::noScan()
{
    return tr("No scan recorded.");
}

} // namespace greenlight
