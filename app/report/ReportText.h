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

    // Labels the text formats put before a value ("Location", "Signer", ...), so Markdown,
    // HTML and PDF label a field alike.
    enum class Field {
        System,
        Release,
        Assessment,
        Generated,
        PreparedBy,
        Generator,
        Templates,
        Verdict,
        Blockers,
        Fixes,
        PendingSignoffs,
        Location,
        Issue,
        Impact,
        Fix,
        Test,
        Snippet,
        Rule,
        BearsOn,
        Key,
        Item,
        Severity,
        Status,
        Owner,
        Note,
        Warnings,
        Evidence,
        Kind,
        Sha256,
        Added,
        Freshness,
        Justification,
        AcceptedBy,
        Expires,
        Ticket,
        State,
        Meaning,
        Signer,
        Decision,
        SignedAt,
        Comment,
        ContentHash,
        Signature,
        Changes,
        Date,
        ApprovedBy,
        Repository,
        Commit,
        Branch,
        WorkingTree,
        RuleSet,
        FilesScanned,
        ScannedAt,
        ScanFindings,
        AuditHead,
        AuditEvents,
        AuditChain,
        AllTemplates,
        Items,
        NotesAndEvidence,
        Name,
        ScanRoot,
    };
    static QString field(Field field);

    // One summary-table column of a category row; Category and Total are the row's ends.
    enum class Column { Category, Pass, Fail, Warning, Waived, NotApplicable, Open, Total };
    static int count(const SnapshotCategory &category, Column column);
    static QString columnName(Column column); // summaryColumns()[column]

    // "5 of 8 items done (3 passed, 1 waived, 1 not applicable); 2 failed; 1 not started, ..."
    static QString progressLine(const ReadinessSummary &summary);
    // "Failures and open findings of severity high or worse block go-live."
    static QString blockingThreshold(Severity blockAt);
    static QString templateLine(const TemplateRef &ref); // "Title (id, version 3)"
    static QString runbookGapsIntro();
    static QString warningsIntro();                          // before the items' warnings list
    static QString rootLocation();                           // "repository root"
    static QString decisionName(Decision decision);          // "Approve with conditions"
    static QString evidenceKindName(const QString &kindKey); // "Command output"
    static QString evidenceAdded(const SnapshotEvidence &evidence); // "<time> by sam"
    static QString signatureKind(const SnapshotSignoff &signoff);
    static QString workingTree(bool dirty);                // "clean", "uncommitted changes"
    static QString scanFindings(const SnapshotScan &scan); // "1 new, 3 open, 2 fixed"
    static QString scanPeriod(const SnapshotScan &scan);   // "<start> to <finish>"
    static QString noScan();
    static QString auditState(const SnapshotAudit &audit); // "verified: intact", ...
    static QString notSet();        // an empty value in a table or list: an em dash
    static QString fillIn();        // seed 004's blank to sign on: "________________"
    static QString contentsTitle(); // "Contents"
    static QString languageTag();   // BCP 47 tag of the translation in use: "en"
    static QString progressChartTitle();
    static QString findingsChartTitle();
    static QString pageOfPages(int page, int pages); // "Page 3 of 12"
    // "probe-run.log (file, 47.1 KiB) · sha256 bbbbbbbbbbbb · 2026-11-18 by sam · no expiry"
    static QString evidenceLine(const SnapshotEvidence &evidence);
};

} // namespace greenlight
