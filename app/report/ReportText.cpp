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
    if (waiver.daysLeft == 1)
        return tr("expires tomorrow");
    // No plural forms: they need a loaded translation even in English.
    return tr("expires in %1 days").arg(waiver.daysLeft);
}

QString ReportText::noneRecorded()
{
    return tr("None.");
}

QString ReportText::field(Field field)
{
    switch (field) {
    case Field::System:
        return tr("System");
    case Field::Release:
        return tr("Release");
    case Field::Assessment:
        return tr("Assessment");
    case Field::Generated:
        return tr("Generated");
    case Field::PreparedBy:
        return tr("Prepared by");
    case Field::Generator:
        return tr("Generator");
    case Field::Templates:
        return tr("Templates");
    case Field::Verdict:
        return tr("Verdict");
    case Field::Blockers:
        return tr("Blockers");
    case Field::Fixes:
        return tr("To fix or accept");
    case Field::PendingSignoffs:
        return tr("Pending sign-offs");
    case Field::Location:
        return tr("Location");
    case Field::Issue:
        return tr("Issue");
    case Field::Impact:
        return tr("Impact");
    case Field::Fix:
        return tr("Fix");
    case Field::Test:
        return tr("Test");
    case Field::Snippet:
        return tr("Snippet");
    case Field::Rule:
        return tr("Rule");
    case Field::BearsOn:
        return tr("Items");
    case Field::Key:
        return tr("Key");
    case Field::Item:
        return tr("Item");
    case Field::Severity:
        return tr("Severity");
    case Field::Status:
        return tr("Status");
    case Field::Owner:
        return tr("Owner");
    case Field::Note:
        return tr("Note");
    case Field::Warnings:
        return tr("Warnings");
    case Field::Evidence:
        return tr("Evidence");
    case Field::Kind:
        return tr("Kind");
    case Field::Sha256:
        return tr("SHA-256");
    case Field::Added:
        return tr("Added");
    case Field::Freshness:
        return tr("Freshness");
    case Field::Justification:
        return tr("Justification");
    case Field::AcceptedBy:
        return tr("Accepted by");
    case Field::Expires:
        return tr("Expires");
    case Field::Ticket:
        return tr("Ticket");
    case Field::State:
        return tr("State");
    case Field::Meaning:
        return tr("Meaning");
    case Field::Signer:
        return tr("Signer");
    case Field::Decision:
        return tr("Decision");
    case Field::SignedAt:
        return tr("Signed at");
    case Field::Comment:
        return tr("Comment");
    case Field::ContentHash:
        return tr("Content hash");
    case Field::Signature:
        return tr("Signature");
    case Field::Changes:
        return tr("Changed since signing");
    case Field::Date:
        return tr("Date");
    case Field::ApprovedBy:
        return tr("Approved by");
    case Field::Repository:
        return tr("Repository");
    case Field::Commit:
        return tr("Commit");
    case Field::Branch:
        return tr("Branch");
    case Field::WorkingTree:
        return tr("Working tree");
    case Field::RuleSet:
        return tr("Rule set");
    case Field::FilesScanned:
        return tr("Files scanned");
    case Field::ScannedAt:
        return tr("Scanned");
    case Field::ScanFindings:
        return tr("Scan findings");
    case Field::AuditHead:
        return tr("Audit chain head");
    case Field::AuditEvents:
        return tr("Audit events");
    case Field::AuditChain:
        return tr("Audit chain");
    case Field::AllTemplates:
        return tr("All templates");
    case Field::Items:
        return tr("Items");
    case Field::NotesAndEvidence:
        return tr("Notes and evidence");
    case Field::Name:
        return tr("Name");
    case Field::ScanRoot:
        return tr("Scan root");
    }
    return {};
}

int ReportText::count(const SnapshotCategory &category, Column column)
{
    switch (column) {
    case Column::Category:
        return 0;
    case Column::Pass:
        return category.pass;
    case Column::Fail:
        return category.fail;
    case Column::Warning:
        return category.warning;
    case Column::Waived:
        return category.waived;
    case Column::NotApplicable:
        return category.notApplicable;
    case Column::Open:
        return category.open;
    case Column::Total:
        return category.total;
    }
    return 0;
}

QString ReportText::columnName(Column column)
{
    return summaryColumns().value(int(column));
}

QString ReportText::progressLine(const ReadinessSummary &summary)
{
    // No plural forms: the line reads the same whether or not a translation is loaded.
    QString line = tr("Items done: %1 of %2 (%3 passed, %4 waived, %5 not applicable); failed: %6")
                           .arg(QString::number(summary.done()),
                                QString::number(summary.total),
                                QString::number(summary.passed),
                                QString::number(summary.waived),
                                QString::number(summary.notApplicable),
                                QString::number(summary.failed));
    if (summary.waiverExpired > 0)
        line += tr(" (%1 with an expired waiver)").arg(summary.waiverExpired);
    return line
           + tr("; not started: %1, in progress: %2.")
                     .arg(QString::number(summary.notStarted), QString::number(summary.inProgress));
}

QString ReportText::blockingThreshold(Severity blockAt)
{
    return tr("Failures and open findings of severity %1 or worse block go-live.")
            .arg(severityKey(blockAt));
}

QString ReportText::templateLine(const TemplateRef &ref)
{
    return tr("%1 (%2, version %3)").arg(ref.title, ref.id, ref.version);
}

QString ReportText::runbookGapsIntro()
{
    return tr("The following procedures are missing from the deployment documentation:");
}

QString ReportText::warningsIntro()
{
    return tr("Done items that deserve a second look:");
}

QString ReportText::rootLocation()
{
    return tr("repository root");
}

QString ReportText::decisionName(Decision decision)
{
    switch (decision) {
    case Decision::Approve:
        return tr("Approve");
    case Decision::Conditional:
        return tr("Approve with conditions");
    case Decision::Reject:
        return tr("Reject");
    }
    return {};
}

QString ReportText::evidenceKindName(const QString &kindKey)
{
    const std::optional<EvidenceKind> kind = evidenceKindFromKey(kindKey);
    if (!kind)
        return kindKey; // a kind newer than this build: its key reads well enough
    switch (*kind) {
    case EvidenceKind::File:
        return tr("File");
    case EvidenceKind::Url:
        return tr("Link");
    case EvidenceKind::CommandOutput:
        return tr("Command output");
    case EvidenceKind::RepositoryReference:
        return tr("Repository reference");
    case EvidenceKind::Note:
        return tr("Note");
    case EvidenceKind::Finding:
        return tr("Scan finding");
    }
    return kindKey;
}

QString ReportText::evidenceAdded(const SnapshotEvidence &evidence)
{
    if (evidence.addedBy.isEmpty())
        return dateTime(evidence.addedAt);
    return tr("%1 by %2").arg(dateTime(evidence.addedAt), evidence.addedBy);
}

QString ReportText::signatureKind(const SnapshotSignoff &signoff)
{
    return signoff.cryptographic ? tr("Ed25519 signature") : tr("recorded without a key");
}

QString ReportText::workingTree(bool dirty)
{
    return dirty ? tr("uncommitted changes") : tr("clean");
}

QString ReportText::scanFindings(const SnapshotScan &scan)
{
    return tr("%1 new, %2 open, %3 fixed")
            .arg(scan.newCount)
            .arg(scan.openCount)
            .arg(scan.fixedCount);
}

QString ReportText::scanPeriod(const SnapshotScan &scan)
{
    return tr("%1 to %2").arg(dateTime(scan.startedAt), dateTime(scan.finishedAt));
}

QString ReportText::noScan()
{
    return tr("This assessment has not been scanned.");
}

QString ReportText::auditState(const SnapshotAudit &audit)
{
    if (!audit.verified)
        return tr("not verified");
    if (audit.intact)
        return tr("verified, intact");
    return tr("verified, BROKEN: %1").arg(audit.problem);
}

QString ReportText::notSet()
{
    return QString(QChar(0x2014));
}

QString ReportText::fillIn()
{
    return QString(16, u'_');
}

QString ReportText::contentsTitle()
{
    return tr("Contents");
}

QString ReportText::languageTag()
{
    //: The BCP 47 language tag of this translation, for the HTML pack's lang attribute.
    return tr("en");
}

QString ReportText::progressChartTitle()
{
    return tr("Progress by template");
}

QString ReportText::findingsChartTitle()
{
    return tr("Open findings by severity");
}

QString ReportText::pageOfPages(int page, int pages)
{
    return tr("Page %1 of %2").arg(page).arg(pages);
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

} // namespace greenlight
