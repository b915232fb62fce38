#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include "report/AssessmentSnapshot.h"

namespace greenlight {

// The words every approval-pack format shares, so Markdown, HTML and PDF name things alike
// and one translation covers them all (the fixed headings follow the chosen language; the
// template content stays in the template's language).
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportText)

public:
    enum class Section {
        Summary,
        Verdict,
        Findings,
        RunbookGaps,
        Recommendations,
        Items,
        Waivers,
        Signoff,
        Provenance
    };

    static QString packTitle();                   // "Go-live approval pack"
    static QString sectionTitle(Section section); // "Summary", "Findings", ...
    static QList<Section> sections();             // in the order every format uses
    // Summary table header: Category, Pass, Fail, Warning, Waived, N/A, Open, Total.
    static QStringList summaryColumns();
    static QString verdictLine(const ReadinessVerdict &verdict); // "Verdict: Ready with fixes"

    static QString dateTime(const QDateTime &utc);   // "2026-11-20 09:30 UTC", "" when null
    static QString date(const QDate &date);          // "2026-11-20"
    static QString shortHash(const QString &sha256); // first 12 hex digits
    static QString size(qint64 bytes);               // "47.1 KiB"

    static QString statusName(EffectiveStatus status);             // "Passed", "Waived", ...
    static QString findingHeading(const SnapshotFinding &finding); // "[HIGH-001] Title"
    static QString freshness(
            const SnapshotEvidence &evidence); // "valid until ...", "stale since ..."
    static QString signoffState(
            const SnapshotSignoff &signoff); // "Approved (stale: ...)", "Not signed"
    static QString waiverState(const SnapshotWaiver &waiver); // "expires in 41 days", "expired ..."
    static QString noneRecorded();                            // "None."

    // Field and column labels every format can share (first used by the PDF pack).
    enum class Label {
        Contents,
        Assessment,
        System,
        Release,
        Templates,
        Generated,
        PreparedBy,
        Generator,
        Repository,
        ContentHash,
        StatusByTemplate,
        FindingsBySeverity,
        AllTemplates,
        Blockers,
        Fixes,
        PendingSignoffs,
        Location,
        Issue,
        Impact,
        Fix,
        Test,
        Snippet,
        Items,
        Rule,
        Item,
        Status,
        Owner,
        Severity,
        NotesAndEvidence,
        Evidence,
        Justification,
        AcceptedBy,
        Expires,
        Ticket,
        Meaning,
        Signer,
        Decision,
        SignedAt,
        Comment,
        ChangesSinceSigning,
        Name,
        Date,
        Signature,
        ScanRoot,
        Commit,
        Branch,
        WorkingTree,
        RuleSet,
        FilesScanned,
        ScannedAt,
        ScanFindings,
        AuditChainHead,
        AuditEvents,
        AuditChain,
    };
    static QString label(Label label);
    static QString pageOfPages(int page, int pages); // "Page 3 of 12"
    // "Failures and open findings at High or above block go-live."
    static QString blockingThreshold(Severity blockAt);
    // "probe-run.log (file, 47.1 KiB) · sha256 bbbbbbbbbbbb · 2026-11-18 by sam · no expiry"
    static QString evidenceLine(const SnapshotEvidence &evidence);
    static QString workingTree(bool dirty);                     // "dirty" / "clean"
    static QString auditChainState(const SnapshotAudit &audit); // "verified, intact", ...
    static QString scanCounts(const SnapshotScan &scan);        // "1 new, 3 open, 2 fixed"
    static QString noScan();                                    // "No scan recorded."
};

} // namespace greenlight
