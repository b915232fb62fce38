<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Rendering a PDF needs a QGuiApplication (the offscreen platform will do).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s destination is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExportJob</name>
    <message>
        <source>export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>Markdown document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Go-live approval pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbook gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (waiver expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stale: the content changed since signing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fix or accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items done: %1 of %2 (%3 passed, %4 waived, %5 not applicable); failed: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 with an expired waiver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; not started: %1, in progress: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures and open findings of severity %1 or worse block go-live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The following procedures are missing from the deployment documentation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done items that deserve a second look:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded without a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncommitted changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 open, %3 fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment has not been scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified, intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified, BROKEN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The BCP 47 language tag of this translation, for the HTML pack&apos;s lang attribute.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress by template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotFindings</name>
    <message>
        <source>Re-run the scan (`greenlight-cli scan --rules %1`): the finding is reported fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix or waive the failed %1 items: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess the items still open (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ApprovalPackExport</name>
    <message>
        <source>&amp;Export Approval Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the approval pack (PDF, HTML, Markdown or JSON) for approvers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the approval pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Approval Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval pack written to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the approval pack: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::AssessmentActions</name>
    <message>
        <source>&amp;New Assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an assessment from checklist templates (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an assessment of the shipped example system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected assessment (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected assessment (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the assessment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the demo assessment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename the assessment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the assessment “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It disappears from the list. Its items and its audit trail stay in the store: audit events are never deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the assessment: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::AssessmentListDelegate</name>
    <message>
        <source>%1 %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::AssessmentListModel</name>
    <message>
        <source>%1 — %2 %3</source>
        <extracomment>Assessment list entry: name — system release</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
System: %2, release %3
Created %4 by %5
Templates: %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::AssessmentListPanel</name>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::AssessmentSnapshotLoader</name>
    <message>
        <source>unknown severity &apos;%1&apos; for --fail-on (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::AssessmentStore</name>
    <message>
        <source>could not create the assessment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not list the assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not load assessment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no assessment with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not look up the assessment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no assessment with id or name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assessments are named &quot;%2&quot; (ids %3); give the id instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an assessment needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not rename assessment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not delete assessment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not load the items of assessment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item id given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not look up the item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment %1 has no item %2 from the template %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment %1 has no item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item id %1 is ambiguous: %2; prefix it with its template id, e.g. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown item status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note is too long (%1 characters, at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save the item changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save item status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save item owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save item note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no item with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not load the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an assessment needs at least one template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template without an id cannot be snapshotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template %1 was chosen twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template %1 has the item id %2 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 has an unknown severity, evidence or status value (%2, %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment %1 has been deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not load the templates of the assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not load item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not compute the progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item has the unknown status &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not compute the section summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::AuditHistoryDialog</name>
    <message>
        <source>Audit History — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search who, item, change or values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the audit history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the current item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the audit history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::AuditHistoryModel</name>
    <message>
        <source>Assessment created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::BurnUpChart</name>
    <message>
        <source>Burn-up: items done per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done (passed, N/A, waived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::BurnUpHistory</name>
    <message>
        <source>could not read the waivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read the waived items&apos; history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not count the items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read the status history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ChainVerifier</name>
    <message>
        <source>could not read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit event %1 does not start the chain (a row before it was removed or its link altered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit event %1 does not link to event %2 (a row between them was removed or a link altered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit event %1 was altered after it was written (its content no longer matches its hash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read the audit chain head</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ChecklistItemDelegate</name>
    <message>
        <source>Waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (waiver expired)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ChecklistModel</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>Progress of a template or section: assessed items / all items</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 assessed: %3 passed, %4 failed, %5 not applicable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ChecklistPage</name>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2 of %3 items assessed. Select an item to work on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the scan suggestions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the item&apos;s findings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the waivers: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::CiWorkflowAnalyzer</name>
    <message>
        <source>pull_request_target workflow checks out pull request code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull_request_target runs in the context of the base repository, with its secrets and a write token; checking out and building the pull request&apos;s head runs a stranger&apos;s code with them (&quot;pwn request&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the pull_request trigger for anything that builds or runs the pull request&apos;s code; keep pull_request_target for labelling and commenting, without checking out the head, or split the work with workflow_run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow token permissions are write-all or undeclared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a permissions block the GITHUB_TOKEN gets the repository&apos;s default, often read-write on everything; a compromised step or action can then push code, create releases or publish packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare `permissions: contents: read` at the workflow level and grant further scopes (packages: write, id-token: write, ...) only to the jobs that need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action not pinned to a commit SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags and branches can be moved: whoever controls the action&apos;s repository (or steals access to it) changes the code your pipeline runs, with its secrets, as happened with tj-actions/changed-files in 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin every third-party action to a full 40-character commit SHA and keep the version in a comment (`uses: actions/checkout@&lt;sha&gt; # v4.2.2`); let Dependabot or Renovate update the pins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI does not generate an SBOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a software bill of materials nobody can tell quickly whether a released artifact contains a newly disclosed vulnerable component.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate an SBOM for every release artifact and image in CI (syft or anchore/sbom-action, CycloneDX tooling, `docker buildx build --sbom=true`) and publish it with the release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI does not sign artifacts or images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned images and artifacts cannot be verified at deploy time, so a tampered or substituted artifact is deployed like the real one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign images and artifacts in CI (cosign keyless signing with Sigstore, Notation, gpg) or attest provenance (actions/attest-build-provenance, slsa-github-generator), and verify signatures before deploying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI does not scan for known vulnerabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies and base images with known, exploitable vulnerabilities reach production unnoticed when no pipeline step looks for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a vulnerability scan that fails the build on serious findings: Trivy or Grype for images, OSV-Scanner, npm audit, pip-audit or Snyk for dependencies, dependency-review-action on pull requests, GitLab&apos;s Dependency-Scanning template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automated dependency updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without Dependabot or Renovate, security fixes in dependencies and pinned actions arrive only when someone remembers to look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add .github/dependabot.yml (package ecosystems plus github-actions) or a Renovate configuration (renovate.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid YAML, CI rules skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dependency update tool is configured: looked for .github/dependabot.yml, renovate.json(5), .renovaterc(.json), .github/renovate.json and a &quot;renovate&quot; key in package.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generates an SBOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signs artifacts or images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scans for known vulnerabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CI configuration found (looked for .github/workflows/*.yml, .gitlab-ci.yml, Jenkinsfile, CircleCI, Azure Pipelines, Travis, Bitbucket, Drone, ...), so nothing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no step in the %n CI file(s) %1: looked for %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>job &apos;%1&apos; runs on pull_request_target and checks out the pull request&apos;s code (%2): code from a fork then runs with the repository&apos;s secrets and a write token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workflow grants &apos;permissions: write-all&apos;: every job&apos;s GITHUB_TOKEN may write to the repository, its releases and its packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &apos;%1&apos; grants &apos;permissions: write-all&apos;: its GITHUB_TOKEN may write to the repository, its releases and its packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &apos;permissions:&apos; at the workflow level and none on job(s) %1: their GITHUB_TOKEN gets the repository&apos;s default permissions, which may include write access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action &apos;%1&apos; names no version: whatever its default branch holds when the workflow runs is executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>container action &apos;%1&apos; is not pinned by digest (@sha256:...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action &apos;%1&apos; is pinned to &apos;%2&apos;, a tag or branch that can be moved to other code, not to a full 40-character commit SHA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::CliApplication</name>
    <message>
        <source>Use the database at PATH (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also load templates from DIR (repeatable; later folders override templates with the same id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log debug messages to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: greenlight-cli [global options] COMMAND [options] [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release-readiness assessments from the command line: the engine of the
Greenlight desktop app, for scripts and CI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options (given before COMMAND):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;greenlight-cli COMMAND --help&apos; for a command&apos;s options. --db and -v are
also accepted after COMMAND; --templates is not, because after &apos;new&apos; it names
template ids:
  greenlight-cli --templates ./team-templates new --templates security,team ...

Exit status: 0 success, 1 a negative result (an invalid template), 2 a usage,
input or database error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;greenlight-cli --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;greenlight-cli --help&apos; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::CliCommand</name>
    <message>
        <source>Show this command&apos;s help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database at PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log debug messages to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;greenlight-cli %1 --help&apos; for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use text or json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::CliContext</name>
    <message>
        <source>no Greenlight database at %1 (create an assessment with &apos;new&apos; or &apos;demo&apos; first, or pass --db PATH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greenlight-cli: error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greenlight-cli: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::CommandEvidenceDialog</name>
    <message>
        <source>Attach Command Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. make smoke-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a command and run it; its output becomes the evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not run the command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing to attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out after %1 s. Nothing to attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit code %1 after %2 ms%3. Attach records the command, its output, exit code, directory and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (output truncated)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::CommandEvidenceRunner</name>
    <message>
        <source>the working directory %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::CompareDialog</name>
    <message>
        <source>Improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in this assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt;, %3 of %4 done, %5 failed, %6 waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare %1 With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an item to open it in the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other assessment to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compare: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (then): %2&lt;br&gt;&lt;b&gt;%3&lt;/b&gt; (now): %4&lt;br&gt;%5 items changed status: &lt;span style=&quot;color:%6&quot;&gt;%7 improved&lt;/span&gt;, &lt;span style=&quot;color:%8&quot;&gt;%9 regressed&lt;/span&gt;, %10 otherwise; %11 unchanged. Findings: %12 new, %13 fixed, %14 still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed items (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ComposeAnalyzer</name>
    <message>
        <source>Compose service runs privileged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`privileged: true` gives the container every capability and access to all host devices: a compromise of the service is a compromise of the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove `privileged: true`; grant only the capabilities the service needs with `cap_add` (after `cap_drop: [ALL]`) and map single devices with `devices`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose service uses the host network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`network_mode: host` removes network isolation: the service can reach (and bind) every host interface and port, including services meant to be local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a bridge network and publish only the ports that must be reachable with `ports:`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard-coded secret in Compose environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password or token written into a Compose file is in the repository history for good and shared with everyone who can read it; it also tends to be reused across environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference the value instead (`${DB_PASSWORD}` from an untracked .env or the deployment environment) or use Compose `secrets:`; rotate the exposed value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose service without healthcheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a healthcheck, Compose cannot tell a hung service from a healthy one, and `depends_on: condition: service_healthy` cannot order start-up. The image may define one, which a repository scan cannot see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a `healthcheck:` with a cheap `test` (e.g. an HTTP readiness endpoint), `interval`, `timeout` and `retries`, unless the image already defines one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose service without resource limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service without memory and CPU limits can starve every other service on the host: one leak or traffic spike takes the whole machine down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set `deploy.resources.limits` (memory and cpus), or `mem_limit` and `cpus` for the classic Compose format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stop_grace_period for a serving service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose sends SIGTERM and kills the container 10 seconds later. A server that needs longer to drain in-flight requests or flush work loses them on every deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set `stop_grace_period` to the drain time the application needs (e.g. `45s`, aligned with the server&apos;s graceful timeout) and, if needed, `stop_signal`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid YAML, skipped (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos; runs privileged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos; shares the host&apos;s network namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos; disables its healthcheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos; has no healthcheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos; has no memory or CPU limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos; serves requests but has no stop_grace_period (default: killed 10 s after SIGTERM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos; in a production file has no stop_grace_period (default: killed 10 s after SIGTERM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos; passes a literal secret in build arg %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos; sets %2 to a literal secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ContentSnapshot</name>
    <message>
        <source>could not read the %1 for the sign-off snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no assessment with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment %1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 -&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: note changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: evidence added %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: evidence removed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waiver %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding %1 (%2): new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding %1 (%2): %3 -&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding %1: gone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::CustomRuleAnalyzer</name>
    <message>
        <source>Declared in template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not contain &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches the forbidden pattern &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom rule %1: more than %2 matching lines; only the first %2 are reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom rule %1 could not check this file (binary or over the size limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file matches &apos;%1&apos;, so nothing shows it contains &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file matches &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is present, but no file may match &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom rule %1: invalid glob &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom rule %1: invalid regular expression &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::DashboardLoader</name>
    <message>
        <source>Could not build the burn-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the waivers: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::DashboardPage</name>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since another assessment, e.g. the last release&apos;s: item statuses, new and fixed findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group progress by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waivers in force that lapse soon: the item counts as failed again afterwards. Double-click one to open its item in the checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waivers expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off by role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waived item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the dashboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waivers expiring within %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None: no waiver in force lapses that soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::Database</name>
    <message>
        <source>the database %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not create the folder %1 for the database %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a Greenlight database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Greenlight database (not an SQLite file); it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not open the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database %1 is locked by another program (gave up after %2 ms); close the other Greenlight or try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database path given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (database %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a nested step failed, nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is corrupt (%2); it was left untouched. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not configure the database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not check %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is corrupt (integrity check: %2); it was left untouched. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Greenlight database (it is an SQLite file of another application); it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Greenlight (schema %2); this build understands up to %3. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not upgrade %1 to schema %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::DemoCommand</name>
    <message>
        <source>Create the demo assessment and print its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an assessment of the shipped example system (examples/demo-system, a
small service with realistic readiness gaps) over all built-in templates, with
some progress already recorded, and prints its id. Each run creates a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::DependencyAnalyzer</name>
    <message>
        <source>Test or development package in production dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test runners, mocking and fixture libraries and lint tools (pytest, pytest-*, coverage, factory-boy, jest, mocha, supertest, nodemon, eslint, black, ...) declared in a production manifest (requirements.txt, package.json dependencies, pyproject [project] dependencies) are installed into every production image: bigger images, slower deploys, and more third-party code an attacker can reach, with no benefit at run time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the package to a development manifest: requirements-dev.txt or requirements-test.txt (which may start with -r requirements.txt), package.json devDependencies, [project.optional-dependencies] test/dev or a Poetry dev group, and install it only in CI and development images or build stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package.json skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2 but is declared in the production %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; pulls the development requirements %2 (%3) into the production requirements %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::DeploymentApproval</name>
    <message>
        <source>%1 (%2) has not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was rejected by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s signature by %2 is stale (content changed since signing: %3 change(s)); re-sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is failed and its waiver expired on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is failed without a waiver: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::DockerfileAnalyzer</name>
    <message>
        <source>Container runs as root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A container whose final stage sets no USER, or sets root, runs its process as UID 0. A compromise of the application then starts with root inside the container, one kernel bug away from root on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an unprivileged user in the final stage (e.g. `RUN useradd -r app`) and switch to it with `USER app` (or a numeric `USER 10001`) after the steps that need root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build context copied without a .dockerignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`COPY . .` copies the whole build context into the image. Without a .dockerignore that excludes .git and .env, the image carries the repository history and local secrets to every registry and host that pulls it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a .dockerignore next to the Dockerfile that lists at least `.git` and `.env` (plus build artifacts such as venv/, __pycache__/, node_modules/), or copy only the paths the image needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base image is untagged or :latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An untagged or `:latest` base image changes under the build without notice: two builds of the same commit can ship different operating systems, and a rollback cannot reproduce the image that worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the base image to an explicit version tag (e.g. `python:3.12-slim`) and preferably to its digest (`@sha256:...`), updated by a dependency bot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base image not pinned by digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags are mutable: the publisher (or an attacker with registry access) can move them. Only a digest identifies exactly the image that was reviewed and tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append the digest to the tag (`FROM python:3.12-slim@sha256:...`) and let Dependabot or Renovate propose digest updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADD downloads a remote URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`ADD https://...` fetches a file at build time without verifying it, so the image silently changes when the remote file does, or when the download is tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download with `RUN curl -fsSL ... &amp;&amp; sha256sum -c`, or use `ADD --checksum=sha256:...` so the build fails on unexpected content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HEALTHCHECK in the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a HEALTHCHECK, Docker and Compose only know whether the process exists, not whether it serves: a hung application is never restarted and dependants start against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add `HEALTHCHECK CMD ...` probing a cheap readiness endpoint in the final stage (or define the health check in the orchestrator instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret in ENV or ARG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENV values and ARG defaults are stored in the image configuration and history: anyone who can pull the image can read them with `docker history` or `docker inspect`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the value from the Dockerfile and rotate it. Pass secrets at run time (environment, mounted files, a secret manager) or at build time with `RUN --mount=type=secret`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (resolved from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base image %1 has no tag (implies :latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base image %1 uses the floating :latest tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base image %1 is pinned by tag only, not by digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the final stage &apos;%1&apos; runs as USER %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the final stage &apos;%1&apos; never sets USER, so the container runs as root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the final stage &apos;%1&apos; disables the health check (HEALTHCHECK NONE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the final stage &apos;%1&apos; has no HEALTHCHECK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADD downloads %1 without verifying its checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENV %1 holds a literal secret, readable by anyone who can pull the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARG %1 has a literal secret as its default, kept in the image history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 excludes neither .git nor .env</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exclude %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no .dockerignore next to the Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copies the whole build context, but %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::DocumentationAnalyzer</name>
    <message>
        <source> Write it where operators look during an outage: docs/runbooks/ or a RUNBOOK.md at the root, under a heading that names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rollback runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed release is rolled back under time pressure; without written steps (previous image tag, migration reversal, traffic switch-back) the outage grows while people improvise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document how to roll back a deployment and a database migration, who decides, and how to verify the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups nobody documented are taken inconsistently (or not before risky migrations) and their location and retention are unknown when needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document what is backed up (application and audit databases, object storage), how and how often, where the backups live, and how to take one by hand before a migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restore / disaster-recovery runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is only as good as the restore: without verified restore steps the recovery time in a disaster is unknown, and so is whether it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document the restore procedure step by step, how a restore is verified, and the date and result of the last restore drill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key rotation runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys leak; rotating one without a procedure (for example a SECRET_KEY or a field-encryption key that needs data re-encrypted) risks an outage or data loss, so leaked keys stay in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document how each secret and key is rotated, in which order, how data encrypted with an old key is re-encrypted, and how to verify nothing still uses the old key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident response runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an agreed incident process (who is on call, how to escalate, how to communicate, when to write a post-mortem) incidents last longer and repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document on-call, severity levels, escalation paths and contacts, communication, and the post-mortem process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SECURITY.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a security policy, people who find a vulnerability do not know how to report it privately, and may open a public issue instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add SECURITY.md at the root (or in .github/ or docs/) naming the supported versions and a private reporting channel (security contact, GitHub private vulnerability reporting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SECURITY.md at the repository root, in .github/ or in docs/: there is no published way to report a vulnerability privately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback (roll back, revert a deployment, switch traffic back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docs/runbooks/rollback.md: how to roll back a failed deployment or migration (previous image tag, database restore) and verify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backups (backup, back up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docs/runbooks/backup.md: what is backed up, how and how often, where it is kept, and the manual backup before a migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore (restore, disaster recovery, DR drill, recovery procedure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docs/runbooks/disaster-recovery.md: verified steps to restore the databases from backup, and the last restore drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key rotation (rotating keys, secrets, credentials, tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docs/runbooks/key-rotation.md: how each key and secret is rotated, including re-encrypting data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident response (incident, on-call, escalation, post-mortem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docs/runbooks/incident-response.md: on-call, escalation, communication and post-mortems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no runbook for %1: none of the %n documentation file(s) (docs/, doc/, runbooks/, ops/, READMEs, RUNBOOK*, DEPLOY*, ...) has a heading on it or a paragraph giving steps or a procedure for it; write one, e.g. %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::Ed25519Signer</name>
    <message>
        <source>libsodium could not be initialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a signing key is never overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not create the key folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file %1 is readable by others; run chmod 600 on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Greenlight Ed25519 key file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::EditItemCommand</name>
    <message>
        <source>Set %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear owner of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set owner of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::EvidenceCommand</name>
    <message>
        <source>Attach, list, export and verify evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add|list|export|verify ASSESSMENT ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence add ASSESSMENT ITEM-ID (--file PATH | --url URL | --note TEXT |
    --command CMD | --ref PATH:FROM-TO | --finding FINGERPRINT)
    [--valid-until DATE] [--max-size BYTES]
evidence list ASSESSMENT [ITEM-ID] [--format text|json]
evidence export ASSESSMENT DIR
evidence verify ASSESSMENT   (exit 1 when a file is missing or altered)
Files are copied into the vault beside the database (at most %1 MiB each
unless --max-size says otherwise; suffixes k, M, G); --finding attaches a
recorded scan finding (its fingerprint, from &apos;scan --format json&apos;);
--command runs CMD with sh in the current directory and records its output
and exit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file to copy into the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free-text note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command to run; its output is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A repository file and line range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recorded scan finding, by its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence is stale after this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse files larger than BYTES (default 100M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected add, list, export or verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ASSESSMENT and DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ASSESSMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown evidence command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ASSESSMENT and ITEM-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of --file, --url, --note, --command, --ref, --finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a size (e.g. 250M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ref expects PATH:FROM-TO, e.g. src/app.py:10-24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: evidence %2 added (%3, sha256 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ASSESSMENT [ITEM-ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [stale since %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported %1 record(s), %2 file(s) to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: %1 evidence file(s) intact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::EvidencePanel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link (URL)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository Reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command Output…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New evidence &amp;valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence added from now on shows as stale after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here or use Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2
Added %3 by %4
SHA-256 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit code %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — stale (valid until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding evidence (%1 under way)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the list. The record and its file stay in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from this item?

It disappears from the list, but the record and its file are kept and the removal is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: “%1” is not an absolute URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Repository Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH:FROM-TO (e.g. src/auth/login.cpp:40-58):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: write the reference as PATH:FROM-TO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application opens %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
… (preview shows the first %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::EvidenceRequirement</name>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::EvidenceStore</name>
    <message>
        <source>the valid-until date is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute URL (e.g. https://ci.example.com/run/42)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an evidence note needs text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the note is too long (%1 characters, at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command evidence needs the command that produced it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a repository reference needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference %1 must be a path inside the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line range %1-%2 is not valid (FROM &gt;= 1, TO &gt;= FROM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding evidence needs the finding&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not look up the finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment %1 has no scan finding %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not attach evidence to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not load the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not load evidence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no evidence with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not remove evidence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence %1 was already removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (evidence %2 of %3) is missing from the vault: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (evidence %2 of %3) was altered in the vault: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::EvidenceVault</name>
    <message>
        <source>the evidence file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file; attach files one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, larger than the evidence size limit of %3; attach a link to it instead or raise the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write to the evidence vault %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being copied; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence is %1, larger than the evidence size limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not create the evidence vault folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save evidence in the vault %1 (disk full?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence vault has no content %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ExpiringWaiversDialog</name>
    <message>
        <source>Waivers Expiring Soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show waivers expiring within this many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring &amp;within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waivers expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the waivers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No waiver lapses within %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiver(s) lapse within the period; their items count as failed again afterwards. Double-click one to open it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::ExportPackDialog</name>
    <message>
        <source>&amp;Open the pack when it is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Approval Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file exists and will be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::FileReader</name>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, limit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes), limit %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains NUL bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::FileWalker</name>
    <message>
        <source>Cannot scan %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot scan %1: it is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory already walked as &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing stopped early: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbolic link loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dangling symlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbolic link to a special file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbolic link to a folder outside the scanned folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbolic link to a file outside the scanned folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbolic link loops back to the scanned folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbolic link loops back to &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbolic link to &apos;%1&apos;, which is scanned there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::FilterBar</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by key, title, owner, note or guidance (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items picked on the dashboard. Click to show every item again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the dashboard&apos;s item filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::FindingCollector</name>
    <message>
        <source>rule &apos;%1&apos; is not in the catalogue: its findings were dropped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::FindingContext</name>
    <message>
        <source>This finding is about the repository as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding&apos;s path lies outside the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to show the lines around the finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has changed since the scan: it has no line %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::FindingDetailView</name>
    <message>
        <source>How to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to see where it is and how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist item names this rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::FindingState</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::FindingsChart</name>
    <message>
        <source>Open findings by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open %1 finding(s) on %2 item(s). Click to show the items.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings by severity (not scanned yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::FindingsFilterBar</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter findings by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter findings by rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter findings by path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::FindingsModel</name>
    <message>
        <source>(repository)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::GateCommand</name>
    <message>
        <source>Readiness gate for CI: print the verdict and why; exit 1 unless ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASSESSMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict is Ready, Ready with fixes or Not ready. Not ready: items not yet
assessed, failed items or open scan findings at or above --fail-on without a
waiver in force, a rejected sign-off, a broken audit chain.
Exit status: 0 ready (or ready with fixes), 1 not ready (or with fixes under
--strict, or sign-offs pending under --require-signoff), 2 usage or store error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures and findings at or above SEVERITY block: critical, high (default), medium, low or info.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail on Ready with fixes too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail while a required sign-off is missing or stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing ASSESSMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 (blocking at %4 and above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1 done of %2 (passed %3, n/a %4, waived %5), failed %6, open %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fix or accept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off pending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gate: passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gate: failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ItemDetailPane</name>
    <message>
        <source>Who verifies this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings, evidence links, decisions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1;font-weight:600&quot;&gt;%2&lt;/span&gt; &amp;nbsp;·&amp;nbsp; Evidence: %3 &amp;nbsp;·&amp;nbsp; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to read its guidance and record its status, owner and note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item has no guidance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the risk of this failed item until a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None. A failed item can be waived with a justification, who accepts the risk and an expiry date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a failed item can be waived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;&lt;b&gt;Waiver expired&lt;/b&gt; on %1&lt;/span&gt; — the item counts as failed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b06000&apos;&gt;&lt;b&gt;Waived&lt;/b&gt;&lt;/span&gt; until %1, risk accepted by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;new…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ItemStatus</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::JUnitWriter</name>
    <message numerus="yes">
        <source>%n finding(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::KubernetesAnalyzer</name>
    <message>
        <source>Container may run as root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unless runAsNonRoot is true or runAsUser is non-zero, the container runs as whatever user the image says, which is usually root: a compromised process then has root inside the container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set `securityContext.runAsNonRoot: true` (pod or container) and a non-zero `runAsUser`, and build the image with a non-root USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileged container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A privileged container has every capability and all host devices: escaping to the node is trivial, and from the node to the cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove `privileged: true`; add only the specific capabilities the workload needs, after dropping ALL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privilege escalation allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unless allowPrivilegeEscalation is false, a process can gain more privileges than its parent (setuid binaries, file capabilities), which turns many exploits into root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set `securityContext.allowPrivilegeEscalation: false` on every container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writable root filesystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A writable root filesystem lets an attacker drop tools and persist changes in the container, and hides accidental writes that would be lost on restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set `securityContext.readOnlyRootFilesystem: true` and mount `emptyDir` volumes for the paths that must be writable (e.g. /tmp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux capabilities not dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers get a default set of Linux capabilities (NET_RAW, CHOWN, SETUID, ...) that most applications never use but attackers do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set `securityContext.capabilities.drop: [ALL]` and add back only what is needed (e.g. `add: [NET_BIND_SERVICE]`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No seccomp profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a seccomp profile the container can use every system call, including the rarely needed ones most kernel exploits go through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod (or a Localhost profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod shares host namespaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hostNetwork, hostPID and hostIPC put the pod in the node&apos;s namespaces: it sees node-local services, other pods&apos; processes or shared memory, and network policies no longer apply to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove `hostNetwork`, `hostPID` and `hostIPC` (or set them to false); expose ports through a Service instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image untagged or :latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An untagged or `:latest` image changes without a manifest change: nodes may run different code, and a rollback does not restore the previous version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference an explicit version tag, preferably with its digest (`app:1.4.2@sha256:...`), and roll out by changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing CPU/memory requests or limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without requests the scheduler cannot place pods sensibly; without limits one container can exhaust its node and get its neighbours evicted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set `resources.requests` and `resources.limits` for both `cpu` and `memory` on every container, sized from observed usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing readiness or liveness probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a readiness probe, traffic reaches pods before they can serve and during shutdown; without a liveness probe a hung process is never restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a `readinessProbe` (can it serve now?) and a `livenessProbe` (is it stuck?) to every long-running container; use a startupProbe for slow starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NetworkPolicy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without any NetworkPolicy every pod accepts traffic from every other pod in the cluster, so one compromised workload can reach all the others, databases included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a default-deny NetworkPolicy per namespace and policies that allow only the flows each workload needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PodDisruptionBudget for a replicated workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a PodDisruptionBudget, a node drain or cluster upgrade may evict all replicas at once, turning routine maintenance into an outage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a PodDisruptionBudget whose selector matches the pod labels, with `minAvailable` or `maxUnavailable` fitting the replica count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid YAML, Kubernetes rules skipped for the broken document (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm template, not valid YAML: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) (e.g. in %1) but no NetworkPolicy anywhere in the repository</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; runs %3 replicas but no PodDisruptionBudget selects its pods (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is scaled out by a HorizontalPodAutoscaler but no PodDisruptionBudget selects its pods (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets %2: true and shares the node&apos;s namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;, init container &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;, container &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses image %2, which is untagged or :latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs as UID 0 (runAsUser: 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets runAsNonRoot: false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may run as root: neither runAsNonRoot: true nor a non-zero runAsUser is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs privileged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not set allowPrivilegeEscalation: false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not set readOnlyRootFilesystem: true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not drop ALL capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the seccomp profile %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no seccomp profile (RuntimeDefault or Localhost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ListCommand</name>
    <message>
        <source>List the assessments with their progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessments. Create one with &apos;greenlight-cli new&apos; or try &apos;greenlight-cli demo&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYSTEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RELEASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::MainWindow</name>
    <message>
        <source>Greenlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the assessments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessment List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Greenlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the assessment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Greenlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compute the progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Greenlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some template files were skipped (problems: %1). First: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed what and when, for the assessment or the current item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waivers Expiring Soon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waivers that lapse soon: their items count as failed again afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans are unavailable: could not open the store for them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item %1 is not in this assessment&apos;s checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That finding is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence and sign-off are unavailable: could not open the store for them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the scans: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the sign-offs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is not in this assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Greenlight %1&lt;/h3&gt;&lt;p&gt;Release-readiness assessments and go-live sign-off.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Running on:&lt;/p&gt;&lt;table&gt;%3&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::MultiSelectButton</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Filter button: &quot;Status: any&quot;, &quot;Severity: Critical, High&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::NewAssessmentDialog</name>
    <message>
        <source>New Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Payments 2.4 go-live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Payments API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2.4.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the source repository to scan later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;pository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist templates are available. Add templates to the template folder or start Greenlight with --templates DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <extracomment>%1 is a list such as &quot;a name, the release&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in the new assessment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Repository</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::NewCommand</name>
    <message>
        <source>Create an assessment and print its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an assessment for one release of a system over the chosen templates
and prints its id. The templates&apos; items are copied into the assessment, so
later template edits never change it.

Note: --templates here takes template ids (see &apos;greenlight-cli templates&apos;); an
extra template folder is the global option, given before the command:
  greenlight-cli --templates ./my-templates new --templates security,team ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the assessment (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System being released (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release or version (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s source repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated template ids, or &apos;all&apos; (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--templates names no template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown template(s): %1 (available: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository %1 is not a folder on this machine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::PackageJsonParser</name>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::PathGlob</name>
    <message>
        <source>a &apos;\&apos; at the end escapes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;[&apos; at character %1 is never closed with &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the glob is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty path segment (&apos;//&apos;) at character %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ProgressChart</name>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress by template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress by section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 items %4. Click to show them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ProgressSummary</name>
    <message>
        <source>%1 of %2 assessed · %3 passed · %4 failed · %5 n/a</source>
        <extracomment>Status bar progress; &quot;n/a&quot; = not applicable</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in progress, %2 not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 assessed · %3 passed · %4 waived · %5 failed · %6 n/a</source>
        <extracomment>Status bar progress; &quot;n/a&quot; = not applicable; waived = failed, risk accepted</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ReadinessPanel</name>
    <message>
        <source>Why the verdict is what it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged with failures and findings of severity %1 or worse blocking go-live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed · %2 not applicable&lt;br&gt;&lt;span style=&quot;color:%3&quot;&gt;%4 waived&lt;/span&gt; · &lt;span style=&quot;color:%5&quot;&gt;%6 failed&lt;/span&gt;&lt;br&gt;%7 in progress · %8 not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;%n with an expired waiver</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every item is done, nothing is failed or waived and no finding is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ReadinessVerdict</name>
    <message>
        <source>Items not yet assessed: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed; its waiver has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is waived until %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved with conditions (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: signed by %2, but the content changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not signed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready with fixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment has no checklist items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ReportCommand</name>
    <message>
        <source>Write an assessment&apos;s approval pack: Markdown, HTML, PDF or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASSESSMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack holds the verdict and its reasons, the summary per category, the
findings numbered by severity, every item with its evidence, the waivers, the
sign-off block, the scanned commit and the audit-chain head. Secrets stay
redacted. The JSON schema is docs/report-schema.json.
Exit status: 0 written (whatever the verdict: use &apos;gate&apos; to judge), 2 usage,
store or write error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>md, html, pdf or json (default: from the --output suffix, else md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE (atomically); &apos;-&apos; or none: stdout (not for pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF page size: a4 or letter (default: from the locale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdict&apos;s blocking severity, as for gate (default high).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing ASSESSMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the format from &apos;%1&apos;: give --format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF needs --output FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown page size &apos;%1&apos; (use a4 or letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: wrote %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ReportExporter</name>
    <message>
        <source>export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::RuleCatalog</name>
    <message>
        <source>Unknown rule id(s): %1. Valid rule ids: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::RuleCatalogWriter</name>
    <message>
        <source>CI workflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom rules (declared in templates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every file matching %1 must contain %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no line of a file matching %1 may match the regular expression %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file matching %1 must exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file matching %1 may exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># Scan rule catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository scan (`greenlight-cli scan`, and the Scan page of the app) runs these rules.
Rule set version %1: %2 rules, %3 built in and %4 declared by templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each rule lists the checklist items whose `checks:` name it: after a scan, such an item is
suggested *passed* when none of its rules found anything and *failed*, with the findings
as evidence, otherwise. The severity decides the exit status of `greenlight-cli scan
--fail-on` (default `high`) and the SARIF level (critical and high: error, medium: warning,
low and info: note). Secrets are never shown in clear: snippets keep a short prefix and
mask the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: %1 · Scope: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared by the template %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist items: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist items:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::RulesCommand</name>
    <message>
        <source>List the scan rules and the checklist items they bear on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every rule &apos;scan&apos; can run: the built-in catalogue and the custom rules
declared by the templates, each with its severity and category. --format md
prints the full catalogue (rationale, fix and the template items whose checks:
name the rule) as Markdown: docs/rules.md is this output for the shipped
templates. --format json prints the same as one JSON object (formatVersion 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text (default), md or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use text, md or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), rule set version %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::ScanCommand</name>
    <message>
        <source>Scan a repository for readiness findings (a CI gate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[PATH]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans the source tree at PATH with the built-in rules and the custom rules of the
templates (&apos;greenlight-cli rules&apos; lists them) and writes the findings as text,
JSON, SARIF 2.1.0 or JUnit XML. With --assessment only that assessment&apos;s
templates count, PATH defaults to its repository, and the scan is recorded so
its findings become new, still open or fixed.

Exit status: 0 no finding at or above --fail-on, 1 some, 2 usage or I/O error,
130 interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the scan in ASSESSMENT (id or exact name) and use its templates only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run only these rules: comma-separated ids, &apos;prefix.*&apos; selects a group (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report format: text (default), json, sarif or junit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report to FILE (atomically) instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit 1 when a finding is at or above SEVERITY: critical, high (default), medium, low, info or never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip files larger than BYTES (suffixes k, M, G; default 5M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rule &apos;%1&apos; (run &apos;greenlight-cli rules&apos; for the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rules selects no rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use text, json, sarif or junit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown severity &apos;%1&apos; for --fail-on (use critical, high, medium, low, info or never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --max-file-size &apos;%1&apos; (a positive number of bytes, optionally with k, M or G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PATH given (and no --assessment to take it from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template &apos;%1&apos; of the assessment is not installed: its custom rules do not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment &apos;%1&apos; names no repository: give PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom rule &apos;%1&apos; of template &apos;%2&apos; is declared twice: the first declaration runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted: the scan was cancelled, nothing was written or recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>FAILED: %n finding(s) at or above %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PASSED: nothing at or above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(report: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded scan %1 of &apos;%2&apos;: %3 new, %4 still open, %5 fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greenlight-cli: scanning %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ScanControls</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of the system&apos;s source repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 files · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Repository to Scan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ScanEngine</name>
    <message>
        <source>No repository path given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository path %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository path %1 is not a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository path %1 cannot be read: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ScanEvidencePanel</name>
    <message>
        <source>&amp;Apply Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the status the scan suggests and add its findings to the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings of this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a finding to open it on the Scan page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated checks (%1) have not run yet: scan the repository on the Scan page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan suggests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan agrees: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 open finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no open findings (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (commit %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, no open findings for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- … and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ScanHistoryModel</name>
    <message>
        <source>(no commit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work tree had uncommitted changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set %1; %2 files scanned, %3 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: only part of the tree was scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ScanJob</name>
    <message>
        <source>The scan stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ScanPage</name>
    <message>
        <source>&amp;Start Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an assessment to scan its repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the repository folder to scan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the checklist items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (scanning…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings appear here while the scan runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan finished but could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings of the scan of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the findings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan yet. Check the repository folder above and press Start Scan (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to see where it is and how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files · %2 new, %3 open, %4 fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scan %1 (cancelled): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scan %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scanned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skipped or passed over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files were not analyzed or were passed over by a rule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ScanProgressPrinter</name>
    <message>
        <source>%1/%2 files, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greenlight-cli: scanned %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning: %1  %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ScanRecording</name>
    <message>
        <source>The scan was saved but its findings could not be read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ScanSession</name>
    <message>
        <source>analysis failed, file passed over (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary file type, not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ScanStore</name>
    <message>
        <source>finding %1 has an unknown severity or state value (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a finding at %1:%2 has no rule id or fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 finding at %2:%3 carries a secret hash that is not a SHA-256 digest; it was not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding %1 has an unknown state value (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan %1 vanished while recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not record the scan of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not list the scans of assessment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not load scan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no scan with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not load the findings of assessment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not load the findings of scan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not load the findings of item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment %1 has no item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not compute the scan suggestions of assessment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ScanSummary</name>
    <message>
        <source>binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symlink loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>special file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ScanTextWriter</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenlight scan of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CANCELLED: the scan stopped early; the results are incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a git repository)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no commit yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncommitted changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>version %1, %n rule(s) ran</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scanned (%2), %3 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>FAILED: %n finding(s) at or above %1 (--fail-on %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PASSED: nothing at or above %1 (--fail-on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan %1 of assessment &apos;%2&apos;: %3 new, %4 still open, %5 fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location: `%1` (repository)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location: `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- and %1 more (--format json lists them all)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::SecretRuleCatalog</name>
    <message>
        <source>Treat the value as leaked: revoke or rotate it at the provider first, then remove it from the code and load it at run time from a secret store or the environment (Vault, AWS Secrets Manager, Kubernetes Secrets, CI secrets). Deleting the line is not enough: it stays in the git history, so rotation is what closes the hole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM/OpenSSH/PGP private key with its key material is in the repository. Anyone who can read the repository, its forks, clones, CI caches or backups can impersonate the server or user the key belongs to, or decrypt traffic it protected. Public keys and certificates are not reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke and reissue the key pair (a deleted file stays in the git history), mount the new key at deploy time from a secret store, and add *.pem/*.key/id_* patterns to .gitignore. Test fixtures should use keys generated at test time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud provider credential committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An AWS access key id or secret access key, a GCP API key or service-account key, or an Azure storage account key or SAS signature is in clear in the repository. Cloud credentials are scanned for by attackers within minutes of a push and give direct access to data and billing. Documented example keys (AKIAIOSFODNN7EXAMPLE, the Azure emulator key) are not reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A GitHub, GitLab, Slack, Stripe or OpenAI-style token (or a Slack webhook URL) is in clear in the repository. These tokens act with the full rights of the account or integration that issued them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password in a connection URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URL of the form scheme://user:password@host carries a literal password (database, broker, cache or git remote). It is also printed wherever the URL is logged. Interpolated passwords (${DB_PASSWORD}, %s, {password}) and placeholders are not reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the password, then build the URL at run time from a secret (DATABASE_URL injected from a secret store, or the password in its own environment variable) so the repository only holds the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard-coded password or secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variable or key named like a credential (password, secret, token, api_key, access_key, client_secret) is assigned a literal whose randomness (Shannon entropy per character, character variety) says it is a real secret rather than a word, reference or placeholder. Hard-coded credentials are shared by every environment and cannot be rotated without a release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.env file committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .env file with values is tracked in the repository (the scan honours .gitignore, so an ignored .env is not reported). .env files hold the local or deployed configuration, usually including credentials, and end up in images built with COPY . . as well. Templates named .env.example, .env.sample, .env.template or .env.dist are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the file from git (git rm --cached .env), add .env and .env.* (with !.env.example) to .gitignore and .dockerignore, commit a .env.example with placeholder values, and rotate every credential the committed file held.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::SecretsAnalyzer</name>
    <message>
        <source>%n secrets found; only the first %1 are reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is committed with %n value(s) (first: %2); values are masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS secret access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard-coded secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GCP service-account private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS access key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stripe live key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-style API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure storage account key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure shared access signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password in a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key (%1) with its key material committed in clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Literal password in a %1:// URL: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard-coded secret assigned to &apos;%1&apos;: %2 (%3 characters, %4 bits of entropy per character)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 committed in clear: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::SetCommand</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an item&apos;s status, and optionally its owner and note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASSESSMENT ITEM-ID STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the status of one item of an assessment, recorded with an audit event.
ASSESSMENT is the assessment&apos;s id or exact name. ITEM-ID is the item&apos;s id, e.g.
SEC-012, or template:ID (security:SEC-012) when several templates use the id.
STATUS is one of: %1.
--owner and --note replace the owner and note; an empty value clears them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the item&apos;s note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the item&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ASSESSMENT, ITEM-ID and STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (valid: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: owner %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: note updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::Severity</name>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ShowCommand</name>
    <message>
        <source>Show an assessment: progress, sections and items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASSESSMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows an assessment (ASSESSMENT is its id or exact name): its details, progress,
a summary per section and every item with status, severity, owner and note.
--format json prints the same as one JSON object (formatVersion 1) with the keys
assessment, progress, sections and items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no assessment given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 done (%3%): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IN PROGRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT STARTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::SignCommand</name>
    <message>
        <source>Sign off an assessment in one of its sign-off roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASSESSMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a signature for a sign-off role (see &apos;signoffs ASSESSMENT&apos; for the
roles). The signature covers the SHA-256 of the assessment&apos;s content now; any
later change makes it stale. --decision conditional needs --comment (the
conditions). --key FILE adds an Ed25519 signature made with that key;
--generate-key creates the key first (default %1).
deployment-approval can only approve when no blockers remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-off role id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve, conditional or reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions or comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 key file to sign with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the key file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ASSESSMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown decision &apos;%1&apos; (use approve, conditional or reject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content sha256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ed25519 public key: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::SignDialog</name>
    <message>
        <source>Sign Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions (for a conditional approval) or reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also sign with my Ed25519 &amp;key (created if missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a signature anyone with your public key can verify offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By signing you state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the key file to sign with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the role you sign for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the conditions of the approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you reject.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::SignoffPage</name>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved with conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the sign-offs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain head: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain head unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items done: &lt;b&gt;%3 passed&lt;/b&gt;, %4 not applicable, &lt;span style=&quot;color:#b06000&quot;&gt;&lt;b&gt;%5 waived&lt;/b&gt;&lt;/span&gt; (risk accepted, not passed) · &lt;span style=&quot;color:#c0392b&quot;&gt;&lt;b&gt;%6 failed&lt;/b&gt;&lt;/span&gt; · %7 in progress · %8 not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · &lt;span style=&quot;color:#c0392b&quot;&gt;%1 with an expired waiver&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale — content changed since signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#1e8449&quot;&gt;&lt;b&gt;Deployment Approval can be given.&lt;/b&gt;&lt;/span&gt; Every required role has approved and no critical or high item is failed without a waiver in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#c0392b&quot;&gt;&lt;b&gt;Deployment Approval is blocked&lt;/b&gt;&lt;/span&gt; by %n thing(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Condition: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::SignoffStore</name>
    <message>
        <source>could not load the sign-off roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signature needs the signer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comment is too long (at most %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a conditional approval needs its conditions (--comment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cryptographic signature needs both the public key and the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment %1 has no sign-off roles (add the signoff template when creating it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (roles: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not record the signature for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assessment changed while signing; sign again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment Approval is blocked:
  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not load the signatures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::SignoffsCommand</name>
    <message>
        <source>Show sign-off roles, signatures, staleness and approval blockers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASSESSMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ASSESSMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sign-off roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [ed25519]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STALE - content changed since signing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment Approval: allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment Approval: blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::SnapshotBuilder</name>
    <message>
        <source>Open scan findings bear on this item: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 went stale on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed without the evidence this item requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not count the audit events: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::SystemdAnalyzer</name>
    <message>
        <source>systemd service runs as root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service without User= (or with User=root) runs its process as root with full access to the host: any vulnerability in it is a root compromise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set `User=` and `Group=` to a dedicated system account, or `DynamicUser=yes` for services that need no persistent identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd service without stop signal/timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On stop, systemd sends KillSignal (SIGTERM by default) and kills the process after TimeoutStopSec (90 s by default). Without explicit values, the drain the application needs is not documented and does not match the container and orchestrator settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set `KillSignal=SIGTERM` (or the signal that triggers a graceful drain) and `TimeoutStopSec=` to the drain time, aligned with the other deployments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemd service without basic hardening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NoNewPrivileges= stops the service from gaining privileges through setuid binaries, and ProtectSystem= makes /usr, /boot and /etc read-only for it: cheap settings that contain most post-exploitation steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add `NoNewPrivileges=yes` and `ProtectSystem=strict` (with `ReadWritePaths=` for what it must write); `systemd-analyze security UNIT` lists further options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service sets neither User= nor DynamicUser=yes, so it runs as root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service runs as User=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service does not set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service lacks %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::TemplateCatalog</name>
    <message>
        <source>template id &apos;%1&apos; is already used by %2 in the same folder; this file is skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::TemplateLoader</name>
    <message>
        <source>too many problems; stopped after the first %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is too large: %1 bytes (templates are limited to 1 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a template file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a mapping at the top level, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use lower-case letters, digits and dashes, starting with a letter, e.g. data-protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid language &apos;%1&apos; (expected a BCP 47 tag such as en, de or fr-CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template has no sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section (a mapping with id, title and items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sign-off role (a mapping with id, title and meaning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the number 1 for &apos;schema&apos;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported schema version &apos;%1&apos; (this version of Greenlight reads schema 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use lower-case letters, digits and dashes, starting with a letter, e.g. access-control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the section has no items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section &apos;%1&apos; has no items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item (a mapping with id, title, guidance, severity and evidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use upper-case letters and digits, a dash and three digits, e.g. SEC-012</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid severity &apos;%1&apos; (allowed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid evidence &apos;%1&apos; (allowed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a scan rule id such as docker.root-user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use lower-case letters, digits and dashes, e.g. supply-chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sign-off role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-off role id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use lower-case letters, digits and dashes, starting with a letter, e.g. security-review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %1 &apos;%2&apos; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate %1 &apos;%2&apos; (first defined at line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 of &apos;%2&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string in &apos;%1&apos;, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is not valid UTF-8 text (invalid byte 0x%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file contains the control character 0x%1; a template must be plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file has more than %1 &apos;,&apos;, &apos;[&apos; and &apos;{&apos; characters; YAML lists and mappings this large are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a key name, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first defined at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2 (allowed: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string for &apos;%1&apos;, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false for &apos;%1&apos;, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a sequence for &apos;%1&apos;, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (indent with spaces: YAML does not allow tabs for indentation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML anchors and aliases are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot parse the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template file must hold exactly one YAML document; a second one starts here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file has more than %1 YAML values; a template never needs that many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 of &apos;rules&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a custom rule (a mapping with id, title, severity and one check), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a custom rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid rule id &apos;%1&apos; (use lower-case words joined by dots, e.g. custom.audit-db-lockdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate rule id &apos;%1&apos; (first defined at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the custom rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom rule %1 has several checks (%2); a rule has exactly one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom rule %1 has no check (add file with must_contain, file with must_not_match, file_exists or file_absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs &apos;file&apos; (the glob of the files to search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;file&apos; does not go with &apos;%1&apos; (the glob belongs in &apos;%1&apos; itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid glob &apos;%1&apos; for &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid regular expression &apos;%1&apos; for &apos;%2&apos;: %3 (RE2 syntax)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::TemplatesCommand</name>
    <message>
        <source>List the available checklist templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the checklist templates &apos;new&apos; can use: the built-in set, the user template
folder and every folder given with the global option --templates DIR (a later
folder overrides a template with the same id). Files that fail to load are
reported as warnings on stderr and skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no templates found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::TestPackageCatalog</name>
    <message>
        <source>test-only package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>development lint/format tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>development-only tool</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::ValidateCommand</name>
    <message>
        <source>Check checklist template files and report every problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads each checklist template file (schema v1, docs/templates.md) and prints
every problem to stderr as FILE:LINE:COLUMN: MESSAGE, and &quot;FILE: ok (N items)&quot;
for each valid file.

Exit status: 0 when all files are valid, 1 when any file is invalid, 2 when a
file cannot be read or no file is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no template files given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: ok (%n items)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: invalid template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::VerifyCommand</name>
    <message>
        <source>Check the audit chain, evidence files and signatures; exit 1 on problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[ASSESSMENT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok   audit chain: %1 events, head %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit chain broken at event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: evidence %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: signature %2 (%3) does not match its stored snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Ed25519 signature %2 (%3, %4) does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok   %1: %2 evidence file(s), %3 signature(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::WaiveCommand</name>
    <message>
        <source>Waive a failed item: accept its risk until a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASSESSMENT ITEM-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a waiver (risk acceptance) for a failed item. --reason, --by and
--until (YYYY-MM-DD, valid through that day) are required, --ticket is
optional. Waived items count as done but are reported apart from passed; an
expired waiver makes the item failed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the risk is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who accepts the risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the follow-up ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ASSESSMENT and ITEM-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waived until %2, accepted by %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::WaiverDialog</name>
    <message>
        <source>Waive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Accept the risk of %1 failing.&lt;/b&gt; The item counts as done but is shown as waived, never as passed, and turns failed again when the waiver expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the release may go ahead despite this failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who owns the risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. https://tracker.example/RISK-42</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accepted by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the justification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the person who accepts the risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date must be in the future (after %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket must be an absolute URL (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::WaiverStore</name>
    <message>
        <source>a waiver needs a justification (--reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a waiver needs the person who accepts the risk (--by)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a waiver needs an expiry date (--until YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expiry date %1 is in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket &apos;%1&apos; is not an absolute URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not record the waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not failed: only a failed item can be waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not load the waivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not load the waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not load the item statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item has the unknown status &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::WelcomePage</name>
    <message>
        <source>Welcome to Greenlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenlight walks a release through its readiness checklists — security, infrastructure, delivery pipeline, observability, data protection and sign-off — and keeps an audit trail of every decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the system, the release and the checklists to work through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore an assessment of a small example system, with some items already passed, failed and in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments are stored in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>greenlight::YamlDocuments</name>
    <message>
        <source>YAML document larger than %1 MiB: not parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot parse YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Release-readiness assessments and sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the store at PATH instead of the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also load checklist templates from DIR (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenlight cannot open the store %1.

%2

The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
