<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Rendering a PDF needs a QGuiApplication (the offscreen platform will do).</source>
        <translation>Zum Erzeugen eines PDF wird eine QGuiApplication benötigt (die Plattform „offscreen“ genügt).</translation>
    </message>
    <message>
        <source>The PDF&apos;s destination is not open for writing.</source>
        <translation>Das Ziel der PDF-Datei ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Could not start the PDF.</source>
        <translation>Die PDF-Ausgabe konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Could not write the PDF: %1</source>
        <translation>Die PDF-Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ReportExportJob</name>
    <message>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>Markdown document</source>
        <translation>Markdown-Dokument</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML-Seite</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>JSON data</source>
        <translation>JSON-Daten</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Go-live approval pack</source>
        <translation>Go-live-Freigabepaket</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Runbook gaps</source>
        <translation>Lücken im Runbook</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Prüfpunkte</translation>
    </message>
    <message>
        <source>Waivers</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Ausnahme erteilt</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N. z.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Urteil: %1</translation>
    </message>
    <message>
        <source>Failed (waiver expired)</source>
        <translation>Nicht bestanden (Ausnahme abgelaufen)</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>kein Ablaufdatum</translation>
    </message>
    <message>
        <source>stale since %1</source>
        <translation>veraltet seit %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Nicht unterschrieben</translation>
    </message>
    <message>
        <source>Not signed (optional)</source>
        <translation>Nicht unterschrieben (optional)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Approved with conditions</source>
        <translation>Unter Auflagen genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>%1 (stale: the content changed since signing)</source>
        <translation>%1 (veraltet: der Inhalt hat sich seit der Unterschrift geändert)</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>läuft heute ab</translation>
    </message>
    <message>
        <source>expires tomorrow</source>
        <translation>läuft morgen ab</translation>
    </message>
    <message>
        <source>expires in %1 days</source>
        <translation>läuft in %1 Tagen ab</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generiert</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Generator</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>To fix or accept</source>
        <translation>Zu beheben oder zu akzeptieren</translation>
    </message>
    <message>
        <source>Pending sign-offs</source>
        <translation>Ausstehende Freigaben</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Snippet</source>
        <translation>Ausschnitt</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Prüfpunkte</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Aktualität</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Akzeptiert von</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Unterzeichner(in)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Unterschrieben am</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Inhalts-Hash</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Changed since signing</source>
        <translation>Seit der Unterschrift geändert</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Working tree</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Regelsatz</translation>
    </message>
    <message>
        <source>Files scanned</source>
        <translation>Gescannte Dateien</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Gescannt</translation>
    </message>
    <message>
        <source>Scan findings</source>
        <translation>Scan-Befunde</translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation>Kopf der Prüfprotokollkette</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Prüfprotokoll-Ereignisse</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>Prüfprotokollkette</translation>
    </message>
    <message>
        <source>All templates</source>
        <translation>Alle Vorlagen</translation>
    </message>
    <message>
        <source>Notes and evidence</source>
        <translation>Notizen und Nachweise</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Scan root</source>
        <translation>Scan-Stammverzeichnis</translation>
    </message>
    <message>
        <source>Items done: %1 of %2 (%3 passed, %4 waived, %5 not applicable); failed: %6</source>
        <translation>Erledigte Prüfpunkte: %1 von %2 (%3 bestanden, %4 mit Ausnahme, %5 nicht zutreffend); nicht bestanden: %6</translation>
    </message>
    <message>
        <source> (%1 with an expired waiver)</source>
        <translation> (%1 mit abgelaufener Ausnahme)</translation>
    </message>
    <message>
        <source>; not started: %1, in progress: %2.</source>
        <translation>; nicht begonnen: %1, in Arbeit: %2.</translation>
    </message>
    <message>
        <source>Failures and open findings of severity %1 or worse block go-live.</source>
        <translation>Nicht bestandene Prüfpunkte und offene Befunde mit Schweregrad %1 oder höher blockieren den Go-live.</translation>
    </message>
    <message>
        <source>%1 (%2, version %3)</source>
        <translation>%1 (%2, Version %3)</translation>
    </message>
    <message>
        <source>The following procedures are missing from the deployment documentation:</source>
        <translation>Die folgenden Verfahren fehlen in der Deployment-Dokumentation:</translation>
    </message>
    <message>
        <source>Done items that deserve a second look:</source>
        <translation>Erledigte Prüfpunkte, die einen zweiten Blick verdienen:</translation>
    </message>
    <message>
        <source>repository root</source>
        <translation>Repository-Stammverzeichnis</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>Unter Auflagen genehmigen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Command output</source>
        <translation>Befehlsausgabe</translation>
    </message>
    <message>
        <source>Repository reference</source>
        <translation>Repository-Verweis</translation>
    </message>
    <message>
        <source>Scan finding</source>
        <translation>Scan-Befund</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Ed25519 signature</source>
        <translation>Ed25519-Signatur</translation>
    </message>
    <message>
        <source>recorded without a key</source>
        <translation>ohne Schlüssel erfasst</translation>
    </message>
    <message>
        <source>uncommitted changes</source>
        <translation>nicht committete Änderungen</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>sauber</translation>
    </message>
    <message>
        <source>%1 new, %2 open, %3 fixed</source>
        <translation>%1 neu, %2 offen, %3 behoben</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>This assessment has not been scanned.</source>
        <translation>Diese Bewertung wurde noch nicht gescannt.</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht verifiziert</translation>
    </message>
    <message>
        <source>verified, intact</source>
        <translation>verifiziert, intakt</translation>
    </message>
    <message>
        <source>verified, BROKEN: %1</source>
        <translation>verifiziert, BESCHÄDIGT: %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The BCP 47 language tag of this translation, for the HTML pack&apos;s lang attribute.</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>Progress by template</source>
        <translation>Fortschritt nach Vorlage</translation>
    </message>
    <message>
        <source>Open findings by severity</source>
        <translation>Offene Befunde nach Schweregrad</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
</context>
<context>
    <name>SnapshotFindings</name>
    <message>
        <source>Re-run the scan (`greenlight-cli scan --rules %1`): the finding is reported fixed.</source>
        <translation>Führen Sie den Scan erneut aus (`greenlight-cli scan --rules %1`): Der Befund wird als behoben gemeldet.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Fix or waive the failed %1 items: %2.</source>
        <translation>Beheben Sie die nicht bestandenen Prüfpunkte mit Schweregrad %1 oder erteilen Sie eine Ausnahme: %2.</translation>
    </message>
    <message>
        <source>Assess the items still open (%1).</source>
        <translation>Bewerten Sie die noch offenen Prüfpunkte (%1).</translation>
    </message>
</context>
<context>
    <name>greenlight::AboutBox</name>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>About Greenlight</source>
        <translation>Über Greenlight</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Greenlight %1&lt;/h3&gt;&lt;p&gt;Release-readiness assessments and go-live sign-off.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Running on:&lt;/p&gt;&lt;table&gt;%3&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Greenlight %1&lt;/h3&gt;&lt;p&gt;Bewertungen der Go-live-Bereitschaft und Go-live-Freigabe.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2. Ausgeführt auf:&lt;/p&gt;&lt;table&gt;%3&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>greenlight::ApprovalPackExport</name>
    <message>
        <source>&amp;Export Approval Pack…</source>
        <translation>Freigabepaket &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the approval pack (PDF, HTML, Markdown or JSON) for approvers</source>
        <translation>Das Freigabepaket (PDF, HTML, Markdown oder JSON) für die Genehmiger(innen) schreiben</translation>
    </message>
    <message>
        <source>Writing the approval pack…</source>
        <translation>Freigabepaket wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export Approval Pack</source>
        <translation>Freigabepaket exportieren</translation>
    </message>
    <message>
        <source>Approval pack written to %1 (%2).</source>
        <translation>Freigabepaket nach %1 geschrieben (%2).</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written.</source>
        <translation>Export abgebrochen: %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Could not export the approval pack: %1</source>
        <translation>Das Freigabepaket konnte nicht exportiert werden: %1</translation>
    </message>
</context>
<context>
    <name>greenlight::AssessmentActions</name>
    <message>
        <source>&amp;New Assessment…</source>
        <translation>&amp;Neue Bewertung…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Create an assessment from checklist templates (Ctrl+N)</source>
        <translation>Eine Bewertung aus Checklisten-Vorlagen erstellen (Strg+N)</translation>
    </message>
    <message>
        <source>Create an assessment of the shipped example system</source>
        <translation>Eine Bewertung des mitgelieferten Beispielsystems erstellen</translation>
    </message>
    <message>
        <source>Rename the selected assessment (F2)</source>
        <translation>Die ausgewählte Bewertung umbenennen (F2)</translation>
    </message>
    <message>
        <source>Delete the selected assessment (Del)</source>
        <translation>Die ausgewählte Bewertung löschen (Entf)</translation>
    </message>
    <message>
        <source>Could not create the assessment: %1</source>
        <translation>Die Bewertung konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Could not create the demo assessment: %1</source>
        <translation>Die Demo-Bewertung konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Rename Assessment</source>
        <translation>Bewertung umbenennen</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Could not rename the assessment: %1</source>
        <translation>Die Bewertung konnte nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <source>Delete Assessment</source>
        <translation>Bewertung löschen</translation>
    </message>
    <message>
        <source>Delete the assessment “%1”?</source>
        <translation>Die Bewertung „%1“ löschen?</translation>
    </message>
    <message>
        <source>It disappears from the list. Its items and its audit trail stay in the store: audit events are never deleted.</source>
        <translation>Sie verschwindet aus der Liste. Ihre Prüfpunkte und ihr Prüfprotokoll bleiben in der Datenbank erhalten: Prüfprotokoll-Ereignisse werden nie gelöscht.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Could not delete the assessment: %1</source>
        <translation>Die Bewertung konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
</context>
<context>
    <name>greenlight::AssessmentListDelegate</name>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
</context>
<context>
    <name>greenlight::AssessmentListModel</name>
    <message>
        <source>%1 — %2 %3</source>
        <extracomment>Assessment list entry: name — system release</extracomment>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>%1
System: %2, release %3
Created %4 by %5
Templates: %6</source>
        <translation>%1
System: %2, Release %3
Erstellt am %4 von %5
Vorlagen: %6</translation>
    </message>
</context>
<context>
    <name>greenlight::AssessmentListPanel</name>
    <message>
        <source>Assessments</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Assessment list</source>
        <translation>Bewertungsliste</translation>
    </message>
    <message>
        <source>The assessments in the store; the selected one is open in the pages beside the list. F2 renames it, Delete deletes it.</source>
        <translation>Die Bewertungen in der Datenbank; die ausgewählte ist in den Seiten neben der Liste geöffnet. F2 benennt sie um, Entf löscht sie.</translation>
    </message>
</context>
<context>
    <name>greenlight::AssessmentSnapshotLoader</name>
    <message>
        <source>unknown severity &apos;%1&apos; for --fail-on (use %2)</source>
        <translation>unbekannter Schweregrad &apos;%1&apos; für --fail-on (verwenden Sie %2)</translation>
    </message>
</context>
<context>
    <name>greenlight::AssessmentStore</name>
    <message>
        <source>could not create the assessment %1</source>
        <translation>die Bewertung %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>could not list the assessments</source>
        <translation>die Bewertungen konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>could not load assessment %1</source>
        <translation>die Bewertung %1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>there is no assessment with id %1</source>
        <translation>es gibt keine Bewertung mit der ID %1</translation>
    </message>
    <message>
        <source>could not look up the assessment %1</source>
        <translation>die Bewertung %1 konnte nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <source>there is no assessment with id or name &quot;%1&quot;</source>
        <translation>es gibt keine Bewertung mit der ID oder dem Namen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 assessments are named &quot;%2&quot; (ids %3); give the id instead</source>
        <translation>%1 Bewertungen heißen &quot;%2&quot; (IDs %3); geben Sie stattdessen die ID an</translation>
    </message>
    <message>
        <source>an assessment needs a name</source>
        <translation>eine Bewertung braucht einen Namen</translation>
    </message>
    <message>
        <source>could not rename assessment %1</source>
        <translation>die Bewertung %1 konnte nicht umbenannt werden</translation>
    </message>
    <message>
        <source>could not delete assessment %1</source>
        <translation>die Bewertung %1 konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>could not load the items of assessment %1</source>
        <translation>die Prüfpunkte der Bewertung %1 konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>no item id given</source>
        <translation>keine Prüfpunkt-ID angegeben</translation>
    </message>
    <message>
        <source>could not look up the item %1</source>
        <translation>der Prüfpunkt %1 konnte nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <source>assessment %1 has no item %2 from the template %3</source>
        <translation>die Bewertung %1 hat keinen Prüfpunkt %2 aus der Vorlage %3</translation>
    </message>
    <message>
        <source>assessment %1 has no item %2</source>
        <translation>die Bewertung %1 hat keinen Prüfpunkt %2</translation>
    </message>
    <message>
        <source>the item id %1 is ambiguous: %2; prefix it with its template id, e.g. %3</source>
        <translation>die Prüfpunkt-ID %1 ist mehrdeutig: %2; stellen Sie ihr die Vorlagen-ID voran, z. B. %3</translation>
    </message>
    <message>
        <source>unknown item status %1</source>
        <translation>unbekannter Prüfpunktstatus %1</translation>
    </message>
    <message>
        <source>the note is too long (%1 characters, at most %2)</source>
        <translation>die Notiz ist zu lang (%1 Zeichen, höchstens %2)</translation>
    </message>
    <message>
        <source>could not save the item changes</source>
        <translation>die Änderungen am Prüfpunkt konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source>could not save item status</source>
        <translation>der Status des Prüfpunkts konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>could not save item owner</source>
        <translation>der/die Verantwortliche des Prüfpunkts konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>could not save item note</source>
        <translation>die Notiz des Prüfpunkts konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>there is no item with id %1</source>
        <translation>es gibt keinen Prüfpunkt mit der ID %1</translation>
    </message>
    <message>
        <source>could not load the audit trail</source>
        <translation>das Prüfprotokoll konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>an assessment needs at least one template</source>
        <translation>eine Bewertung braucht mindestens eine Vorlage</translation>
    </message>
    <message>
        <source>a template without an id cannot be snapshotted</source>
        <translation>von einer Vorlage ohne ID kann keine Momentaufnahme erstellt werden</translation>
    </message>
    <message>
        <source>the template %1 was chosen twice</source>
        <translation>die Vorlage %1 wurde zweimal gewählt</translation>
    </message>
    <message>
        <source>the template %1 has the item id %2 twice</source>
        <translation>die Vorlage %1 enthält die Prüfpunkt-ID %2 zweimal</translation>
    </message>
    <message>
        <source>item %1 has an unknown severity, evidence or status value (%2, %3, %4)</source>
        <translation>der Prüfpunkt %1 hat einen unbekannten Wert für Schweregrad, Nachweis oder Status (%2, %3, %4)</translation>
    </message>
    <message>
        <source>assessment %1 has been deleted</source>
        <translation>die Bewertung %1 wurde gelöscht</translation>
    </message>
    <message>
        <source>could not load the templates of the assessments</source>
        <translation>die Vorlagen der Bewertungen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>could not load item %1</source>
        <translation>der Prüfpunkt %1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>could not compute the progress</source>
        <translation>der Fortschritt konnte nicht berechnet werden</translation>
    </message>
    <message>
        <source>an item has the unknown status &apos;%1&apos;</source>
        <translation>ein Prüfpunkt hat den unbekannten Status &apos;%1&apos;</translation>
    </message>
    <message>
        <source>could not compute the section summary</source>
        <translation>die Zusammenfassung der Abschnitte konnte nicht berechnet werden</translation>
    </message>
</context>
<context>
    <name>greenlight::AuditHistoryDialog</name>
    <message>
        <source>Audit History — %1</source>
        <translation>Prüfprotokoll — %1</translation>
    </message>
    <message>
        <source>Search who, item, change or values</source>
        <translation>Nach Person, Prüfpunkt, Änderung oder Werten suchen</translation>
    </message>
    <message>
        <source>Search the audit history</source>
        <translation>Prüfprotokoll durchsuchen</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>Only the current item</source>
        <translation>Nur der aktuelle Prüfpunkt</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Prüfprotokoll-Ereignisse</translation>
    </message>
    <message>
        <source>Could not read the audit history: %1</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 von %2 Ereignissen</translation>
    </message>
    <message>
        <source>Shows only the events whose who, item, change or values contain the text</source>
        <translation>Zeigt nur die Ereignisse, deren Person, Prüfpunkt, Änderung oder Werte den Text enthalten</translation>
    </message>
    <message>
        <source>Shows only the events of the item selected in the checklist</source>
        <translation>Zeigt nur die Ereignisse des in der Checkliste ausgewählten Prüfpunkts</translation>
    </message>
    <message>
        <source>Who changed what and when: time, who, item, change, old and new value</source>
        <translation>Wer hat was wann geändert: Zeit, Person, Prüfpunkt, Änderung, alter und neuer Wert</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Closes the audit history</source>
        <translation>Schließt das Prüfprotokoll</translation>
    </message>
</context>
<context>
    <name>greenlight::AuditHistoryModel</name>
    <message>
        <source>Assessment created</source>
        <translation>Bewertung erstellt</translation>
    </message>
    <message>
        <source>Assessment renamed</source>
        <translation>Bewertung umbenannt</translation>
    </message>
    <message>
        <source>Assessment deleted</source>
        <translation>Bewertung gelöscht</translation>
    </message>
    <message>
        <source>Scan recorded</source>
        <translation>Scan erfasst</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>Nachweis hinzugefügt</translation>
    </message>
    <message>
        <source>Evidence removed</source>
        <translation>Nachweis entfernt</translation>
    </message>
    <message>
        <source>Waiver</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
</context>
<context>
    <name>greenlight::BurnUpChart</name>
    <message>
        <source>Burn-up: items done per day</source>
        <translation>Burn-up: erledigte Prüfpunkte pro Tag</translation>
    </message>
    <message>
        <source>Done (passed, N/A, waived)</source>
        <translation>Erledigt (bestanden, nicht zutreffend, mit Ausnahme)</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Alle Prüfpunkte</translation>
    </message>
    <message>
        <source>Burn-up chart</source>
        <translation>Burn-up-Diagramm</translation>
    </message>
    <message>
        <source>Items done per day: no history yet.</source>
        <translation>Erledigte Prüfpunkte pro Tag: noch kein Verlauf.</translation>
    </message>
    <message>
        <source>Items done per day: %1 of %2 on %3.</source>
        <translation>Erledigte Prüfpunkte pro Tag: %1 von %2 am %3.</translation>
    </message>
    <message>
        <source>Items done per day: %1 of %2 on %3, %4 of %5 on %6.</source>
        <translation>Erledigte Prüfpunkte pro Tag: %1 von %2 am %3, %4 von %5 am %6.</translation>
    </message>
</context>
<context>
    <name>greenlight::BurnUpHistory</name>
    <message>
        <source>could not read the waivers</source>
        <translation>die Ausnahmen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>could not read the waived items&apos; history</source>
        <translation>der Verlauf der Prüfpunkte mit Ausnahme konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>could not count the items</source>
        <translation>die Prüfpunkte konnten nicht gezählt werden</translation>
    </message>
    <message>
        <source>could not read the status history</source>
        <translation>der Statusverlauf konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>greenlight::ChainVerifier</name>
    <message>
        <source>could not read the audit trail</source>
        <translation>das Prüfprotokoll konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>audit event %1 does not start the chain (a row before it was removed or its link altered)</source>
        <translation>das Prüfprotokoll-Ereignis %1 steht nicht am Anfang der Kette (eine Zeile davor wurde entfernt oder ihre Verknüpfung verändert)</translation>
    </message>
    <message>
        <source>audit event %1 does not link to event %2 (a row between them was removed or a link altered)</source>
        <translation>das Prüfprotokoll-Ereignis %1 ist nicht mit Ereignis %2 verknüpft (eine Zeile dazwischen wurde entfernt oder eine Verknüpfung verändert)</translation>
    </message>
    <message>
        <source>audit event %1 was altered after it was written (its content no longer matches its hash)</source>
        <translation>das Prüfprotokoll-Ereignis %1 wurde nach dem Schreiben verändert (sein Inhalt passt nicht mehr zu seinem Hash)</translation>
    </message>
    <message>
        <source>could not read the audit chain head</source>
        <translation>der Kopf der Prüfprotokollkette konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>greenlight::ChecklistItemDelegate</name>
    <message>
        <source>Waived</source>
        <translation>Ausnahme erteilt</translation>
    </message>
    <message>
        <source>Failed (waiver expired)</source>
        <translation>Nicht bestanden (Ausnahme abgelaufen)</translation>
    </message>
</context>
<context>
    <name>greenlight::ChecklistModel</name>
    <message>
        <source>Item</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>Progress of a template or section: assessed items / all items</extracomment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of %2 assessed: %3 passed, %4 failed, %5 not applicable</source>
        <translation>%1 von %2 bewertet: %3 bestanden, %4 nicht bestanden, %5 nicht zutreffend</translation>
    </message>
</context>
<context>
    <name>greenlight::ChecklistPage</name>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Die Änderung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1

%2 of %3 items assessed. Select an item to work on it.</source>
        <translation>%1

%2 von %3 Prüfpunkten bewertet. Wählen Sie einen Prüfpunkt aus, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <source>No item matches the filters.</source>
        <translation>Kein Prüfpunkt entspricht den Filtern.</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Could not read the scan suggestions: %1</source>
        <translation>Die Scan-Vorschläge konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the item&apos;s findings: %1</source>
        <translation>Die Befunde des Prüfpunkts konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the waivers: %1</source>
        <translation>Die Ausnahmen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Checklist page</source>
        <translation>Checklisten-Seite</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Prüfpunkte</translation>
    </message>
    <message>
        <source>The assessment&apos;s templates, sections and items with status, severity and owner. Select an item to work on it in the pane beside the list; Ctrl with a number sets its status.</source>
        <translation>Die Vorlagen, Abschnitte und Prüfpunkte der Bewertung mit Status, Schweregrad und Verantwortlichen. Wählen Sie einen Prüfpunkt aus, um ihn im Bereich neben der Liste zu bearbeiten; Strg mit einer Ziffer setzt seinen Status.</translation>
    </message>
</context>
<context>
    <name>greenlight::CiWorkflowAnalyzer</name>
    <message>
        <source>pull_request_target workflow checks out pull request code</source>
        <translation>pull_request_target-Workflow checkt Code des Pull Requests aus</translation>
    </message>
    <message>
        <source>pull_request_target runs in the context of the base repository, with its secrets and a write token; checking out and building the pull request&apos;s head runs a stranger&apos;s code with them (&quot;pwn request&quot;).</source>
        <translation>pull_request_target läuft im Kontext des Basis-Repositorys, mit dessen Secrets und einem Token mit Schreibrechten; wer den Head des Pull Requests auscheckt und baut, führt damit fremden Code mit diesen Rechten aus („pwn request“).</translation>
    </message>
    <message>
        <source>Use the pull_request trigger for anything that builds or runs the pull request&apos;s code; keep pull_request_target for labelling and commenting, without checking out the head, or split the work with workflow_run.</source>
        <translation>Verwenden Sie den Trigger pull_request für alles, was den Code des Pull Requests baut oder ausführt; behalten Sie pull_request_target für Labels und Kommentare vor, ohne den Head auszuchecken, oder teilen Sie die Arbeit mit workflow_run auf.</translation>
    </message>
    <message>
        <source>Workflow token permissions are write-all or undeclared</source>
        <translation>Token-Berechtigungen des Workflows sind write-all oder nicht deklariert</translation>
    </message>
    <message>
        <source>Without a permissions block the GITHUB_TOKEN gets the repository&apos;s default, often read-write on everything; a compromised step or action can then push code, create releases or publish packages.</source>
        <translation>Ohne permissions-Block erhält das GITHUB_TOKEN die Standardeinstellung des Repositorys, oft Lese- und Schreibzugriff auf alles; ein kompromittierter Schritt oder eine kompromittierte Action kann dann Code pushen, Releases erstellen oder Pakete veröffentlichen.</translation>
    </message>
    <message>
        <source>Declare `permissions: contents: read` at the workflow level and grant further scopes (packages: write, id-token: write, ...) only to the jobs that need them.</source>
        <translation>Deklarieren Sie `permissions: contents: read` auf Workflow-Ebene und gewähren Sie weitere Scopes (packages: write, id-token: write, ...) nur den Jobs, die sie benötigen.</translation>
    </message>
    <message>
        <source>Action not pinned to a commit SHA</source>
        <translation>Action nicht auf einen Commit-SHA gepinnt</translation>
    </message>
    <message>
        <source>Tags and branches can be moved: whoever controls the action&apos;s repository (or steals access to it) changes the code your pipeline runs, with its secrets, as happened with tj-actions/changed-files in 2025.</source>
        <translation>Tags und Branches lassen sich verschieben: Wer das Repository der Action kontrolliert (oder sich Zugriff darauf verschafft), ändert den Code, den Ihre Pipeline mit ihren Secrets ausführt – so geschehen 2025 bei tj-actions/changed-files.</translation>
    </message>
    <message>
        <source>Pin every third-party action to a full 40-character commit SHA and keep the version in a comment (`uses: actions/checkout@&lt;sha&gt; # v4.2.2`); let Dependabot or Renovate update the pins.</source>
        <translation>Pinnen Sie jede Action von Drittanbietern auf einen vollständigen, 40-stelligen Commit-SHA und halten Sie die Version in einem Kommentar fest (`uses: actions/checkout@&lt;sha&gt; # v4.2.2`); lassen Sie Dependabot oder Renovate die Pins aktualisieren.</translation>
    </message>
    <message>
        <source>CI does not generate an SBOM</source>
        <translation>CI erzeugt keine SBOM</translation>
    </message>
    <message>
        <source>Without a software bill of materials nobody can tell quickly whether a released artifact contains a newly disclosed vulnerable component.</source>
        <translation>Ohne Software-Stückliste (SBOM) kann niemand schnell feststellen, ob ein veröffentlichtes Artefakt eine neu bekannt gewordene verwundbare Komponente enthält.</translation>
    </message>
    <message>
        <source>Generate an SBOM for every release artifact and image in CI (syft or anchore/sbom-action, CycloneDX tooling, `docker buildx build --sbom=true`) and publish it with the release.</source>
        <translation>Erzeugen Sie in der CI für jedes Release-Artefakt und jedes Image eine SBOM (syft oder anchore/sbom-action, CycloneDX-Werkzeuge, `docker buildx build --sbom=true`) und veröffentlichen Sie sie mit dem Release.</translation>
    </message>
    <message>
        <source>CI does not sign artifacts or images</source>
        <translation>CI signiert keine Artefakte oder Images</translation>
    </message>
    <message>
        <source>Unsigned images and artifacts cannot be verified at deploy time, so a tampered or substituted artifact is deployed like the real one.</source>
        <translation>Unsignierte Images und Artefakte lassen sich beim Deployment nicht verifizieren, sodass ein manipuliertes oder untergeschobenes Artefakt wie das echte ausgerollt wird.</translation>
    </message>
    <message>
        <source>Sign images and artifacts in CI (cosign keyless signing with Sigstore, Notation, gpg) or attest provenance (actions/attest-build-provenance, slsa-github-generator), and verify signatures before deploying.</source>
        <translation>Signieren Sie Images und Artefakte in der CI (keyless Signing mit cosign und Sigstore, Notation, gpg) oder belegen Sie die Herkunft per Attestierung (actions/attest-build-provenance, slsa-github-generator), und verifizieren Sie Signaturen vor dem Deployment.</translation>
    </message>
    <message>
        <source>CI does not scan for known vulnerabilities</source>
        <translation>CI sucht nicht nach bekannten Schwachstellen</translation>
    </message>
    <message>
        <source>Dependencies and base images with known, exploitable vulnerabilities reach production unnoticed when no pipeline step looks for them.</source>
        <translation>Abhängigkeiten und Basis-Images mit bekannten, ausnutzbaren Schwachstellen gelangen unbemerkt in die Produktion, wenn kein Pipeline-Schritt danach sucht.</translation>
    </message>
    <message>
        <source>Add a vulnerability scan that fails the build on serious findings: Trivy or Grype for images, OSV-Scanner, npm audit, pip-audit or Snyk for dependencies, dependency-review-action on pull requests, GitLab&apos;s Dependency-Scanning template.</source>
        <translation>Fügen Sie einen Schwachstellen-Scan hinzu, der den Build bei schwerwiegenden Befunden fehlschlagen lässt: Trivy oder Grype für Images, OSV-Scanner, npm audit, pip-audit oder Snyk für Abhängigkeiten, dependency-review-action bei Pull Requests, die Dependency-Scanning-Vorlage von GitLab.</translation>
    </message>
    <message>
        <source>No automated dependency updates</source>
        <translation>Keine automatischen Aktualisierungen von Abhängigkeiten</translation>
    </message>
    <message>
        <source>Without Dependabot or Renovate, security fixes in dependencies and pinned actions arrive only when someone remembers to look.</source>
        <translation>Ohne Dependabot oder Renovate kommen Sicherheitskorrekturen für Abhängigkeiten und gepinnte Actions erst an, wenn jemand daran denkt nachzusehen.</translation>
    </message>
    <message>
        <source>Add .github/dependabot.yml (package ecosystems plus github-actions) or a Renovate configuration (renovate.json).</source>
        <translation>Fügen Sie .github/dependabot.yml (Paket-Ökosysteme plus github-actions) oder eine Renovate-Konfiguration (renovate.json) hinzu.</translation>
    </message>
    <message>
        <source>not valid YAML, CI rules skipped: %1</source>
        <translation>kein gültiges YAML, CI-Regeln übersprungen: %1</translation>
    </message>
    <message>
        <source>no dependency update tool is configured: looked for .github/dependabot.yml, renovate.json(5), .renovaterc(.json), .github/renovate.json and a &quot;renovate&quot; key in package.json</source>
        <translation>kein Werkzeug für Abhängigkeitsaktualisierungen konfiguriert: gesucht wurde nach .github/dependabot.yml, renovate.json(5), .renovaterc(.json), .github/renovate.json und einem Schlüssel &quot;renovate&quot; in package.json</translation>
    </message>
    <message>
        <source>generates an SBOM</source>
        <translation>eine SBOM erzeugt</translation>
    </message>
    <message>
        <source>signs artifacts or images</source>
        <translation>Artefakte oder Images signiert</translation>
    </message>
    <message>
        <source>scans for known vulnerabilities</source>
        <translation>nach bekannten Schwachstellen sucht</translation>
    </message>
    <message>
        <source>no CI configuration found (looked for .github/workflows/*.yml, .gitlab-ci.yml, Jenkinsfile, CircleCI, Azure Pipelines, Travis, Bitbucket, Drone, ...), so nothing %1</source>
        <translation>keine CI-Konfiguration gefunden (gesucht wurde nach .github/workflows/*.yml, .gitlab-ci.yml, Jenkinsfile, CircleCI, Azure Pipelines, Travis, Bitbucket, Drone, ...), also gibt es nichts, was %1</translation>
    </message>
    <message numerus="yes">
        <source>no step in the %n CI file(s) %1: looked for %2</source>
        <translation>
            <numerusform>in der %n CI-Datei gibt es keinen Schritt, der %1: gesucht wurde nach %2</numerusform>
            <numerusform>in den %n CI-Dateien gibt es keinen Schritt, der %1: gesucht wurde nach %2</numerusform>
        </translation>
    </message>
    <message>
        <source>job &apos;%1&apos; runs on pull_request_target and checks out the pull request&apos;s code (%2): code from a fork then runs with the repository&apos;s secrets and a write token</source>
        <translation>der Job &apos;%1&apos; läuft bei pull_request_target und checkt den Code des Pull Requests aus (%2): Code aus einem Fork läuft dann mit den Secrets des Repositorys und einem Token mit Schreibrechten</translation>
    </message>
    <message>
        <source>the workflow grants &apos;permissions: write-all&apos;: every job&apos;s GITHUB_TOKEN may write to the repository, its releases and its packages</source>
        <translation>der Workflow gewährt &apos;permissions: write-all&apos;: das GITHUB_TOKEN jedes Jobs darf in das Repository, seine Releases und seine Pakete schreiben</translation>
    </message>
    <message>
        <source>job &apos;%1&apos; grants &apos;permissions: write-all&apos;: its GITHUB_TOKEN may write to the repository, its releases and its packages</source>
        <translation>der Job &apos;%1&apos; gewährt &apos;permissions: write-all&apos;: sein GITHUB_TOKEN darf in das Repository, seine Releases und seine Pakete schreiben</translation>
    </message>
    <message>
        <source>no &apos;permissions:&apos; at the workflow level and none on job(s) %1: their GITHUB_TOKEN gets the repository&apos;s default permissions, which may include write access</source>
        <translation>kein &apos;permissions:&apos; auf Workflow-Ebene und keines bei Job(s) %1: deren GITHUB_TOKEN erhält die Standardberechtigungen des Repositorys, die Schreibzugriff umfassen können</translation>
    </message>
    <message>
        <source>action &apos;%1&apos; names no version: whatever its default branch holds when the workflow runs is executed</source>
        <translation>die Action &apos;%1&apos; nennt keine Version: Ausgeführt wird, was ihr Standard-Branch zum Zeitpunkt des Workflow-Laufs enthält</translation>
    </message>
    <message>
        <source>container action &apos;%1&apos; is not pinned by digest (@sha256:...)</source>
        <translation>die Container-Action &apos;%1&apos; ist nicht per Digest gepinnt (@sha256:...)</translation>
    </message>
    <message>
        <source>action &apos;%1&apos; is pinned to &apos;%2&apos;, a tag or branch that can be moved to other code, not to a full 40-character commit SHA</source>
        <translation>die Action &apos;%1&apos; ist auf &apos;%2&apos; gepinnt, einen Tag oder Branch, der auf anderen Code verschoben werden kann, nicht auf einen vollständigen, 40-stelligen Commit-SHA</translation>
    </message>
</context>
<context>
    <name>greenlight::CliApplication</name>
    <message>
        <source>Use the database at PATH (default: %1).</source>
        <translation>Datenbank unter PATH verwenden (Standard: %1).</translation>
    </message>
    <message>
        <source>Also load templates from DIR (repeatable; later folders override templates with the same id).</source>
        <translation>Zusätzlich Vorlagen aus DIR laden (wiederholbar; spätere Ordner überschreiben Vorlagen mit derselben ID).</translation>
    </message>
    <message>
        <source>Log debug messages to stderr.</source>
        <translation>Debug-Meldungen auf stderr ausgeben.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Usage: greenlight-cli [global options] COMMAND [options] [arguments]</source>
        <translation>Aufruf: greenlight-cli [globale Optionen] COMMAND [Optionen] [Argumente]</translation>
    </message>
    <message>
        <source>Release-readiness assessments from the command line: the engine of the
Greenlight desktop app, for scripts and CI.</source>
        <translation>Bewertungen der Go-live-Bereitschaft von Releases auf der Kommandozeile:
die Engine der Greenlight-Desktop-App, für Skripte und CI.</translation>
    </message>
    <message>
        <source>Global options (given before COMMAND):</source>
        <translation>Globale Optionen (vor COMMAND anzugeben):</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;greenlight-cli --help&apos; for usage.</source>
        <translation>Mit &apos;greenlight-cli --help&apos; erhalten Sie Hinweise zum Aufruf.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Run &apos;greenlight-cli --help&apos; for the list of commands.</source>
        <translation>Mit &apos;greenlight-cli --help&apos; erhalten Sie die Liste der Befehle.</translation>
    </message>
    <message>
        <source>Print messages and write reports in LANG: en, de or fr (default: from LANGUAGE, LC_ALL, LC_MESSAGES, LANG).</source>
        <translation>Meldungen und Berichte in LANG ausgeben: en, de oder fr (Standard: aus LANGUAGE, LC_ALL, LC_MESSAGES, LANG).</translation>
    </message>
    <message>
        <source>Run &apos;greenlight-cli COMMAND --help&apos; for a command&apos;s options. --db, --language
and -v are also accepted after COMMAND; --templates is not, because after
&apos;new&apos; it names template ids:
  greenlight-cli --templates ./team-templates new --templates security,team ...

Exit status: 0 success, 1 a negative result (an invalid template), 2 a usage,
input or database error.</source>
        <translation>Mit &apos;greenlight-cli COMMAND --help&apos; erhalten Sie die Optionen eines Befehls.
--db, --language und -v werden auch nach COMMAND akzeptiert, --templates nicht,
denn nach &apos;new&apos; bezeichnet es Vorlagen-IDs:
  greenlight-cli --templates ./team-templates new --templates security,team ...

Exit-Status: 0 Erfolg, 1 ein negatives Ergebnis (eine ungültige Vorlage),
2 ein Aufruf-, Eingabe- oder Datenbankfehler.</translation>
    </message>
</context>
<context>
    <name>greenlight::CliCommand</name>
    <message>
        <source>Show this command&apos;s help.</source>
        <translation>Hilfe zu diesem Befehl anzeigen.</translation>
    </message>
    <message>
        <source>Use the database at PATH.</source>
        <translation>Datenbank unter PATH verwenden.</translation>
    </message>
    <message>
        <source>Log debug messages to stderr.</source>
        <translation>Debug-Meldungen auf stderr ausgeben.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Run &apos;greenlight-cli %1 --help&apos; for details.</source>
        <translation>Mit &apos;greenlight-cli %1 --help&apos; erhalten Sie Details.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use text or json)</source>
        <translation>unbekanntes Format &apos;%1&apos; (verwenden Sie text oder json)</translation>
    </message>
    <message>
        <source>Print messages and write reports in LANG: en, de or fr.</source>
        <translation>Meldungen und Berichte in LANG ausgeben: en, de oder fr.</translation>
    </message>
</context>
<context>
    <name>greenlight::CliContext</name>
    <message>
        <source>no Greenlight database at %1 (create an assessment with &apos;new&apos; or &apos;demo&apos; first, or pass --db PATH)</source>
        <translation>keine Greenlight-Datenbank unter %1 (legen Sie zuerst mit &apos;new&apos; oder &apos;demo&apos; eine Bewertung an oder geben Sie --db PATH an)</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the database</source>
        <translation>der Ordner %1 für die Datenbank kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>greenlight-cli: error: %1</source>
        <translation>greenlight-cli: Fehler: %1</translation>
    </message>
    <message>
        <source>greenlight-cli: warning: %1</source>
        <translation>greenlight-cli: Warnung: %1</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (choose one of: %2)</source>
        <translation>unbekannte Sprache &apos;%1&apos; (möglich sind: %2)</translation>
    </message>
</context>
<context>
    <name>greenlight::CommandEvidenceDialog</name>
    <message>
        <source>Attach Command Output</source>
        <translation>Befehlsausgabe anhängen</translation>
    </message>
    <message>
        <source>e.g. make smoke-test</source>
        <translation>z. B. make smoke-test</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Type a command and run it; its output becomes the evidence.</source>
        <translation>Geben Sie einen Befehl ein und führen Sie ihn aus; seine Ausgabe wird zum Nachweis.</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>An&amp;hängen</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>&amp;Directory:</source>
        <translation>&amp;Verzeichnis:</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>Could not run the command: %1</source>
        <translation>Der Befehl konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Stopped. Nothing to attach.</source>
        <translation>Gestoppt. Es gibt nichts anzuhängen.</translation>
    </message>
    <message>
        <source>Timed out after %1 s. Nothing to attach.</source>
        <translation>Zeitüberschreitung nach %1 s. Es gibt nichts anzuhängen.</translation>
    </message>
    <message>
        <source>Exit code %1 after %2 ms%3. Attach records the command, its output, exit code, directory and time.</source>
        <translation>Exit-Code %1 nach %2 ms%3. „Anhängen“ erfasst den Befehl, seine Ausgabe, den Exit-Code, das Verzeichnis und die Zeit.</translation>
    </message>
    <message>
        <source> (output truncated)</source>
        <translation> (Ausgabe gekürzt)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>The command to run; Enter runs it. Its output, exit code, folder and time become the evidence.</source>
        <translation>Der auszuführende Befehl; die Eingabetaste führt ihn aus. Seine Ausgabe, sein Exit-Code, sein Verzeichnis und die Zeit werden zum Nachweis.</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>The folder the command runs in</source>
        <translation>Das Verzeichnis, in dem der Befehl ausgeführt wird</translation>
    </message>
    <message>
        <source>Run command</source>
        <translation>Befehl ausführen</translation>
    </message>
    <message>
        <source>Runs the command and shows its output</source>
        <translation>Führt den Befehl aus und zeigt seine Ausgabe an</translation>
    </message>
    <message>
        <source>Stop command</source>
        <translation>Befehl stoppen</translation>
    </message>
    <message>
        <source>Stops the running command; nothing is attached</source>
        <translation>Stoppt den laufenden Befehl; es wird nichts angehängt</translation>
    </message>
    <message>
        <source>Command output</source>
        <translation>Befehlsausgabe</translation>
    </message>
    <message>
        <source>What the command printed</source>
        <translation>Was der Befehl ausgegeben hat</translation>
    </message>
    <message>
        <source>Attach output</source>
        <translation>Ausgabe anhängen</translation>
    </message>
    <message>
        <source>Attaches the command, its output, exit code, folder and time to the item</source>
        <translation>Hängt den Befehl, seine Ausgabe, den Exit-Code, das Verzeichnis und die Zeit an den Prüfpunkt an</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Closes without attaching anything</source>
        <translation>Schließt, ohne etwas anzuhängen</translation>
    </message>
</context>
<context>
    <name>greenlight::CommandEvidenceRunner</name>
    <message>
        <source>the working directory %1 does not exist</source>
        <translation>das Arbeitsverzeichnis %1 existiert nicht</translation>
    </message>
    <message>
        <source>could not run %1: %2</source>
        <translation>%1 konnte nicht ausgeführt werden: %2</translation>
    </message>
</context>
<context>
    <name>greenlight::CompareDialog</name>
    <message>
        <source>Improved</source>
        <translation>Verbessert</translation>
    </message>
    <message>
        <source>Regressed</source>
        <translation>Verschlechtert</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Neuer Prüfpunkt</translation>
    </message>
    <message>
        <source>Not in this assessment</source>
        <translation>Nicht in dieser Bewertung</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt;, %3 of %4 done, %5 failed, %6 waived</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/span&gt;, %3 von %4 erledigt, %5 nicht bestanden, %6 mit Ausnahme</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Compare %1 With…</source>
        <translation>%1 vergleichen mit…</translation>
    </message>
    <message>
        <source>Assessment to compare with</source>
        <translation>Bewertung, mit der verglichen wird</translation>
    </message>
    <message>
        <source>%1 — %2 %3 (%4)</source>
        <translation>%1 — %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Vergleichen &amp;mit:</translation>
    </message>
    <message>
        <source>Double-click an item to open it in the checklist</source>
        <translation>Doppelklicken Sie auf einen Prüfpunkt, um ihn in der Checkliste zu öffnen</translation>
    </message>
    <message>
        <source>Changed items</source>
        <translation>Geänderte Prüfpunkte</translation>
    </message>
    <message>
        <source>New findings</source>
        <translation>Neue Befunde</translation>
    </message>
    <message>
        <source>Fixed findings</source>
        <translation>Behobene Befunde</translation>
    </message>
    <message>
        <source>There is no other assessment to compare with.</source>
        <translation>Es gibt keine andere Bewertung, mit der verglichen werden kann.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>Could not compare: %1</source>
        <translation>Der Vergleich ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (then): %2&lt;br&gt;&lt;b&gt;%3&lt;/b&gt; (now): %4&lt;br&gt;%5 items changed status: &lt;span style=&quot;color:%6&quot;&gt;%7 improved&lt;/span&gt;, &lt;span style=&quot;color:%8&quot;&gt;%9 regressed&lt;/span&gt;, %10 otherwise; %11 unchanged. Findings: %12 new, %13 fixed, %14 still open.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (damals): %2&lt;br&gt;&lt;b&gt;%3&lt;/b&gt; (jetzt): %4&lt;br&gt;%5 Prüfpunkte mit geändertem Status: &lt;span style=&quot;color:%6&quot;&gt;%7 verbessert&lt;/span&gt;, &lt;span style=&quot;color:%8&quot;&gt;%9 verschlechtert&lt;/span&gt;, %10 anderweitig geändert; %11 unverändert. Befunde: %12 neu, %13 behoben, %14 weiterhin offen.</translation>
    </message>
    <message>
        <source>Changed items (%1)</source>
        <translation>Geänderte Prüfpunkte (%1)</translation>
    </message>
    <message>
        <source>New findings (%1)</source>
        <translation>Neue Befunde (%1)</translation>
    </message>
    <message>
        <source>Fixed findings (%1)</source>
        <translation>Behobene Befunde (%1)</translation>
    </message>
    <message>
        <source>The earlier assessment, e.g. the last release&apos;s, whose statuses and findings this one is compared with</source>
        <translation>Die frühere Bewertung, z. B. die des letzten Release, mit deren Status und Befunden diese verglichen wird</translation>
    </message>
    <message>
        <source>Items whose status changed since the other assessment</source>
        <translation>Prüfpunkte, deren Status sich seit der anderen Bewertung geändert hat</translation>
    </message>
    <message>
        <source>Findings open now that the other assessment did not have</source>
        <translation>Jetzt offene Befunde, die die andere Bewertung nicht hatte</translation>
    </message>
    <message>
        <source>Findings of the other assessment that are gone now</source>
        <translation>Befunde der anderen Bewertung, die jetzt nicht mehr vorhanden sind</translation>
    </message>
    <message>
        <source>Items whose status changed: before, now and whether it improved or regressed. Enter or a double-click opens the item.</source>
        <translation>Prüfpunkte mit geändertem Status: vorher, jetzt und ob er sich verbessert oder verschlechtert hat. Die Eingabetaste oder ein Doppelklick öffnet den Prüfpunkt.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Closes the comparison</source>
        <translation>Schließt den Vergleich</translation>
    </message>
</context>
<context>
    <name>greenlight::ComposeAnalyzer</name>
    <message>
        <source>Compose service runs privileged</source>
        <translation>Compose-Dienst läuft privilegiert</translation>
    </message>
    <message>
        <source>`privileged: true` gives the container every capability and access to all host devices: a compromise of the service is a compromise of the host.</source>
        <translation>`privileged: true` gibt dem Container alle Capabilities und Zugriff auf alle Geräte des Hosts: Wird der Dienst kompromittiert, ist auch der Host kompromittiert.</translation>
    </message>
    <message>
        <source>Remove `privileged: true`; grant only the capabilities the service needs with `cap_add` (after `cap_drop: [ALL]`) and map single devices with `devices`.</source>
        <translation>Entfernen Sie `privileged: true`; gewähren Sie mit `cap_add` (nach `cap_drop: [ALL]`) nur die Capabilities, die der Dienst braucht, und binden Sie einzelne Geräte mit `devices` ein.</translation>
    </message>
    <message>
        <source>Compose service uses the host network</source>
        <translation>Compose-Dienst nutzt das Host-Netzwerk</translation>
    </message>
    <message>
        <source>`network_mode: host` removes network isolation: the service can reach (and bind) every host interface and port, including services meant to be local.</source>
        <translation>`network_mode: host` hebt die Netzwerkisolation auf: Der Dienst kann jede Schnittstelle und jeden Port des Hosts erreichen (und belegen), auch Dienste, die nur lokal erreichbar sein sollen.</translation>
    </message>
    <message>
        <source>Use a bridge network and publish only the ports that must be reachable with `ports:`.</source>
        <translation>Verwenden Sie ein Bridge-Netzwerk und veröffentlichen Sie mit `ports:` nur die Ports, die erreichbar sein müssen.</translation>
    </message>
    <message>
        <source>Hard-coded secret in Compose environment</source>
        <translation>Fest codiertes Secret in der Compose-Umgebung</translation>
    </message>
    <message>
        <source>A password or token written into a Compose file is in the repository history for good and shared with everyone who can read it; it also tends to be reused across environments.</source>
        <translation>Ein Passwort oder Token, das in eine Compose-Datei geschrieben wird, bleibt für immer in der Repository-Historie und ist für alle sichtbar, die sie lesen können; außerdem wird es gern in mehreren Umgebungen wiederverwendet.</translation>
    </message>
    <message>
        <source>Reference the value instead (`${DB_PASSWORD}` from an untracked .env or the deployment environment) or use Compose `secrets:`; rotate the exposed value.</source>
        <translation>Referenzieren Sie stattdessen den Wert (`${DB_PASSWORD}` aus einer nicht versionierten .env oder der Deployment-Umgebung) oder verwenden Sie Compose-`secrets:`; rotieren Sie den offengelegten Wert.</translation>
    </message>
    <message>
        <source>Compose service without healthcheck</source>
        <translation>Compose-Dienst ohne Healthcheck</translation>
    </message>
    <message>
        <source>Without a healthcheck, Compose cannot tell a hung service from a healthy one, and `depends_on: condition: service_healthy` cannot order start-up. The image may define one, which a repository scan cannot see.</source>
        <translation>Ohne Healthcheck kann Compose einen hängenden Dienst nicht von einem gesunden unterscheiden, und `depends_on: condition: service_healthy` kann die Startreihenfolge nicht festlegen. Möglicherweise definiert das Image einen Healthcheck, was ein Repository-Scan nicht sehen kann.</translation>
    </message>
    <message>
        <source>Add a `healthcheck:` with a cheap `test` (e.g. an HTTP readiness endpoint), `interval`, `timeout` and `retries`, unless the image already defines one.</source>
        <translation>Fügen Sie einen `healthcheck:` mit einem günstigen `test` (z. B. einem HTTP-Readiness-Endpunkt), `interval`, `timeout` und `retries` hinzu, sofern das Image nicht bereits einen definiert.</translation>
    </message>
    <message>
        <source>Compose service without resource limits</source>
        <translation>Compose-Dienst ohne Ressourcenlimits</translation>
    </message>
    <message>
        <source>A service without memory and CPU limits can starve every other service on the host: one leak or traffic spike takes the whole machine down.</source>
        <translation>Ein Dienst ohne Speicher- und CPU-Limits kann allen anderen Diensten auf dem Host die Ressourcen entziehen: Ein einziges Speicherleck oder eine Lastspitze legt die ganze Maschine lahm.</translation>
    </message>
    <message>
        <source>Set `deploy.resources.limits` (memory and cpus), or `mem_limit` and `cpus` for the classic Compose format.</source>
        <translation>Setzen Sie `deploy.resources.limits` (memory und cpus) bzw. `mem_limit` und `cpus` im klassischen Compose-Format.</translation>
    </message>
    <message>
        <source>No stop_grace_period for a serving service</source>
        <translation>Kein stop_grace_period für einen Dienst, der Anfragen bedient</translation>
    </message>
    <message>
        <source>Compose sends SIGTERM and kills the container 10 seconds later. A server that needs longer to drain in-flight requests or flush work loses them on every deploy.</source>
        <translation>Compose sendet SIGTERM und beendet den Container 10 Sekunden später zwangsweise. Ein Server, der länger braucht, um laufende Anfragen abzuarbeiten oder ausstehende Arbeit abzuschließen, verliert diese bei jedem Deployment.</translation>
    </message>
    <message>
        <source>Set `stop_grace_period` to the drain time the application needs (e.g. `45s`, aligned with the server&apos;s graceful timeout) and, if needed, `stop_signal`.</source>
        <translation>Setzen Sie `stop_grace_period` auf die Drain-Zeit, die die Anwendung braucht (z. B. `45s`, abgestimmt auf das Graceful-Timeout des Servers), und bei Bedarf `stop_signal`.</translation>
    </message>
    <message>
        <source>not valid YAML, skipped (%1)</source>
        <translation>kein gültiges YAML, übersprungen (%1)</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; runs privileged</source>
        <translation>der Dienst &apos;%1&apos; läuft privilegiert</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; shares the host&apos;s network namespace</source>
        <translation>der Dienst &apos;%1&apos; teilt den Netzwerk-Namespace des Hosts</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; disables its healthcheck</source>
        <translation>der Dienst &apos;%1&apos; deaktiviert seinen Healthcheck</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; has no healthcheck</source>
        <translation>der Dienst &apos;%1&apos; hat keinen Healthcheck</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; has no memory or CPU limits</source>
        <translation>der Dienst &apos;%1&apos; hat keine Speicher- oder CPU-Limits</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; serves requests but has no stop_grace_period (default: killed 10 s after SIGTERM)</source>
        <translation>der Dienst &apos;%1&apos; bedient Anfragen, hat aber kein stop_grace_period (Standard: 10 s nach SIGTERM zwangsweise beendet)</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; in a production file has no stop_grace_period (default: killed 10 s after SIGTERM)</source>
        <translation>der Dienst &apos;%1&apos; in einer Produktionsdatei hat kein stop_grace_period (Standard: 10 s nach SIGTERM zwangsweise beendet)</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; passes a literal secret in build arg %2</source>
        <translation>der Dienst &apos;%1&apos; übergibt im Build-Argument %2 ein Secret im Klartext</translation>
    </message>
    <message>
        <source>service &apos;%1&apos; sets %2 to a literal secret</source>
        <translation>der Dienst &apos;%1&apos; setzt %2 auf ein Secret im Klartext</translation>
    </message>
</context>
<context>
    <name>greenlight::ContentSnapshot</name>
    <message>
        <source>could not read the %1 for the sign-off snapshot</source>
        <translation>für die Momentaufnahme der Freigabe konnten folgende Daten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>by %1 until %2</source>
        <translation>von %1, gültig bis %2</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>there is no assessment with id %1</source>
        <translation>es gibt keine Bewertung mit der ID %1</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>waivers</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Prüfpunkte</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>assessment %1: %2 -&gt; %3</source>
        <translation>Bewertung %1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1: removed</source>
        <translation>%1: entfernt</translation>
    </message>
    <message>
        <source>%1: added</source>
        <translation>%1: hinzugefügt</translation>
    </message>
    <message>
        <source>%1: %2 %3 -&gt; %4</source>
        <translation>%1: %2 %3 -&gt; %4</translation>
    </message>
    <message>
        <source>%1: note changed</source>
        <translation>%1: Notiz geändert</translation>
    </message>
    <message>
        <source>%1: evidence added %2</source>
        <translation>%1: Nachweis hinzugefügt %2</translation>
    </message>
    <message>
        <source>%1: evidence removed %2</source>
        <translation>%1: Nachweis entfernt %2</translation>
    </message>
    <message>
        <source>%1: waiver %2 -&gt; %3</source>
        <translation>%1: Ausnahme %2 -&gt; %3</translation>
    </message>
    <message>
        <source>finding %1 (%2): new</source>
        <translation>Befund %1 (%2): neu</translation>
    </message>
    <message>
        <source>finding %1 (%2): %3 -&gt; %4</source>
        <translation>Befund %1 (%2): %3 -&gt; %4</translation>
    </message>
    <message>
        <source>finding %1: gone</source>
        <translation>Befund %1: verschwunden</translation>
    </message>
</context>
<context>
    <name>greenlight::CustomRuleAnalyzer</name>
    <message>
        <source>Declared in template %1</source>
        <translation>Deklariert in der Vorlage %1</translation>
    </message>
    <message>
        <source>%1 does not contain &apos;%2&apos;</source>
        <translation>%1 enthält &apos;%2&apos; nicht</translation>
    </message>
    <message>
        <source>%1 matches the forbidden pattern &apos;%2&apos;</source>
        <translation>%1 entspricht dem verbotenen Muster &apos;%2&apos;</translation>
    </message>
    <message>
        <source>custom rule %1: more than %2 matching lines; only the first %2 are reported</source>
        <translation>benutzerdefinierte Regel %1: mehr als %2 passende Zeilen; nur die ersten %2 werden gemeldet</translation>
    </message>
    <message>
        <source>custom rule %1 could not check this file (binary or over the size limit)</source>
        <translation>die benutzerdefinierte Regel %1 konnte diese Datei nicht prüfen (binär oder über der Größengrenze)</translation>
    </message>
    <message>
        <source>no file matches &apos;%1&apos;, so nothing shows it contains &apos;%2&apos;</source>
        <translation>keine Datei entspricht &apos;%1&apos;, also belegt nichts, dass sie &apos;%2&apos; enthält</translation>
    </message>
    <message>
        <source>no file matches &apos;%1&apos;</source>
        <translation>keine Datei entspricht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is present, but no file may match &apos;%2&apos;</source>
        <translation>%1 ist vorhanden, aber keine Datei darf &apos;%2&apos; entsprechen</translation>
    </message>
    <message>
        <source>custom rule %1: invalid glob &apos;%2&apos;: %3</source>
        <translation>benutzerdefinierte Regel %1: ungültiges Glob-Muster &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>custom rule %1: invalid regular expression &apos;%2&apos;: %3</source>
        <translation>benutzerdefinierte Regel %1: ungültiger regulärer Ausdruck &apos;%2&apos;: %3</translation>
    </message>
</context>
<context>
    <name>greenlight::DashboardLoader</name>
    <message>
        <source>Could not build the burn-up: %1</source>
        <translation>Das Burn-up konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Could not read the waivers: %1</source>
        <translation>Die Ausnahmen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>greenlight::DashboardPage</name>
    <message>
        <source>Not signed</source>
        <translation>Nicht unterschrieben</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Conditional</source>
        <translation>Unter Auflagen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>%1, stale</source>
        <translation>%1, veraltet</translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Akzeptiert von</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Unterzeichner(in)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <source>What changed since another assessment, e.g. the last release&apos;s: item statuses, new and fixed findings</source>
        <translation>Was sich seit einer anderen Bewertung geändert hat, z. B. der des letzten Release: Status der Prüfpunkte, neue und behobene Befunde</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>By template</source>
        <translation>Nach Vorlage</translation>
    </message>
    <message>
        <source>By section</source>
        <translation>Nach Abschnitt</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>Fortschritt:</translation>
    </message>
    <message>
        <source>Waivers in force that lapse soon: the item counts as failed again afterwards. Double-click one to open its item in the checklist.</source>
        <translation>Gültige Ausnahmen, die bald auslaufen: Danach gilt der Prüfpunkt wieder als nicht bestanden. Doppelklicken Sie auf eine Ausnahme, um ihren Prüfpunkt in der Checkliste zu öffnen.</translation>
    </message>
    <message>
        <source>Waivers expiring soon</source>
        <translation>Bald ablaufende Ausnahmen</translation>
    </message>
    <message>
        <source>Sign-off by role</source>
        <translation>Freigabe nach Rolle</translation>
    </message>
    <message>
        <source>Waived item %1</source>
        <translation>Prüfpunkt mit Ausnahme %1</translation>
    </message>
    <message>
        <source>Compared item %1</source>
        <translation>Verglichener Prüfpunkt %1</translation>
    </message>
    <message>
        <source>Reading the assessment…</source>
        <translation>Bewertung wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read the dashboard: %1</source>
        <translation>Die Übersicht konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Dashboard — %1</source>
        <translation>Übersicht — %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message numerus="yes">
        <source>Waivers expiring within %n day(s)</source>
        <translation>
            <numerusform>Ausnahmen, die innerhalb von %n Tag ablaufen</numerusform>
            <numerusform>Ausnahmen, die innerhalb von %n Tagen ablaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>None: no waiver in force lapses that soon.</source>
        <translation>Keine: Keine gültige Ausnahme läuft so bald ab.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <source>Dashboard page</source>
        <translation>Übersichtsseite</translation>
    </message>
    <message>
        <source>Refresh dashboard</source>
        <translation>Übersicht aktualisieren</translation>
    </message>
    <message>
        <source>Reads the assessment again and redraws the dashboard</source>
        <translation>Liest die Bewertung neu ein und zeichnet die Übersicht neu</translation>
    </message>
    <message>
        <source>Progress grouping</source>
        <translation>Gruppierung des Fortschritts</translation>
    </message>
    <message>
        <source>Shows the progress chart per template or per section</source>
        <translation>Zeigt das Fortschrittsdiagramm pro Vorlage oder pro Abschnitt</translation>
    </message>
    <message>
        <source>Waivers in force that lapse soon, after which their items count as failed again. Enter or a double-click opens the item.</source>
        <translation>Gültige Ausnahmen, die bald auslaufen; danach gelten ihre Prüfpunkte wieder als nicht bestanden. Die Eingabetaste oder ein Doppelklick öffnet den Prüfpunkt.</translation>
    </message>
    <message>
        <source>Each sign-off role with its state, signer and date</source>
        <translation>Jede Freigaberolle mit ihrem Zustand, Unterzeichner(in) und Datum</translation>
    </message>
</context>
<context>
    <name>greenlight::Database</name>
    <message>
        <source>the database %1 does not exist</source>
        <translation>die Datenbank %1 existiert nicht</translation>
    </message>
    <message>
        <source>could not create the folder %1 for the database %2</source>
        <translation>der Ordner %1 für die Datenbank %2 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Greenlight database</source>
        <translation>%1 ist ein Ordner, keine Greenlight-Datenbank</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Greenlight database (not an SQLite file); it was left untouched</source>
        <translation>%1 ist keine Greenlight-Datenbank (keine SQLite-Datei); die Datei blieb unverändert</translation>
    </message>
    <message>
        <source>could not open the database %1</source>
        <translation>die Datenbank %1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the database %1 is locked by another program (gave up after %2 ms); close the other Greenlight or try again</source>
        <translation>die Datenbank %1 ist von einem anderen Programm gesperrt (Abbruch nach %2 ms); schließen Sie das andere Greenlight oder versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>no database path given</source>
        <translation>kein Datenbankpfad angegeben</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert</translation>
    </message>
    <message>
        <source>could not save the changes</source>
        <translation>die Änderungen konnten nicht gespeichert werden</translation>
    </message>
    <message>
        <source> (database %1)</source>
        <translation> (Datenbank %1)</translation>
    </message>
    <message>
        <source>%1: a nested step failed, nothing was saved</source>
        <translation>%1: ein verschachtelter Schritt ist fehlgeschlagen, nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>%1 is corrupt (%2); it was left untouched. Restore it from a backup.</source>
        <translation>%1 ist beschädigt (%2); die Datei blieb unverändert. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>could not configure the database connection</source>
        <translation>die Datenbankverbindung konnte nicht konfiguriert werden</translation>
    </message>
    <message>
        <source>could not check %1</source>
        <translation>%1 konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>%1 is corrupt (integrity check: %2); it was left untouched. Restore it from a backup.</source>
        <translation>%1 ist beschädigt (Integritätsprüfung: %2); die Datei blieb unverändert. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>could not read %1</source>
        <translation>%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is not a Greenlight database (it is an SQLite file of another application); it was left untouched</source>
        <translation>%1 ist keine Greenlight-Datenbank (sondern eine SQLite-Datei einer anderen Anwendung); die Datei blieb unverändert</translation>
    </message>
    <message>
        <source>%1 was written by a newer Greenlight (schema %2); this build understands up to %3. It was left untouched.</source>
        <translation>%1 wurde von einer neueren Greenlight-Version geschrieben (Schema %2); dieser Build versteht Schemas bis %3. Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>could not read the schema version</source>
        <translation>die Schemaversion konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>could not upgrade %1 to schema %2</source>
        <translation>%1 konnte nicht auf Schema %2 aktualisiert werden</translation>
    </message>
</context>
<context>
    <name>greenlight::DemoCommand</name>
    <message>
        <source>Create the demo assessment and print its id.</source>
        <translation>Die Demo-Bewertung anlegen und ihre ID ausgeben.</translation>
    </message>
    <message>
        <source>Creates an assessment of the shipped example system (examples/demo-system, a
small service with realistic readiness gaps) over all built-in templates, with
some progress already recorded, and prints its id. Each run creates a new one.</source>
        <translation>Legt eine Bewertung des mitgelieferten Beispielsystems (examples/demo-system,
ein kleiner Dienst mit realistischen Lücken in der Go-live-Bereitschaft) über
alle eingebauten Vorlagen an, mit bereits erfasstem Fortschritt, und gibt ihre
ID aus. Jeder Aufruf legt eine neue Bewertung an.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>greenlight::DependencyAnalyzer</name>
    <message>
        <source>Test or development package in production dependencies</source>
        <translation>Test- oder Entwicklungspaket in den Produktionsabhängigkeiten</translation>
    </message>
    <message>
        <source>Test runners, mocking and fixture libraries and lint tools (pytest, pytest-*, coverage, factory-boy, jest, mocha, supertest, nodemon, eslint, black, ...) declared in a production manifest (requirements.txt, package.json dependencies, pyproject [project] dependencies) are installed into every production image: bigger images, slower deploys, and more third-party code an attacker can reach, with no benefit at run time.</source>
        <translation>Test-Runner, Mocking- und Fixture-Bibliotheken sowie Lint-Werkzeuge (pytest, pytest-*, coverage, factory-boy, jest, mocha, supertest, nodemon, eslint, black, ...), die in einem Produktionsmanifest deklariert sind (requirements.txt, dependencies in package.json, [project] dependencies in pyproject), werden in jedes Produktions-Image installiert: größere Images, langsamere Deployments und mehr Fremdcode, den ein Angreifer erreichen kann, ohne jeden Nutzen zur Laufzeit.</translation>
    </message>
    <message>
        <source>Move the package to a development manifest: requirements-dev.txt or requirements-test.txt (which may start with -r requirements.txt), package.json devDependencies, [project.optional-dependencies] test/dev or a Poetry dev group, and install it only in CI and development images or build stages.</source>
        <translation>Verschieben Sie das Paket in ein Entwicklungsmanifest: requirements-dev.txt oder requirements-test.txt (die mit -r requirements.txt beginnen dürfen), devDependencies in package.json, [project.optional-dependencies] test/dev oder eine Poetry-Dev-Gruppe, und installieren Sie es nur in CI- und Entwicklungs-Images oder Build-Stages.</translation>
    </message>
    <message>
        <source>package.json skipped: %1</source>
        <translation>package.json übersprungen: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2 but is declared in the production %3 of %4</source>
        <translation>&apos;%1&apos; (%2) ist im Produktionsabschnitt %3 von %4 deklariert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; pulls the development requirements %2 (%3) into the production requirements %4</source>
        <translation>&apos;%1&apos; zieht die Entwicklungsabhängigkeiten %2 (%3) in die Produktionsabhängigkeiten %4</translation>
    </message>
</context>
<context>
    <name>greenlight::DeploymentApproval</name>
    <message>
        <source>%1 (%2) has not signed</source>
        <translation>%1 (%2) hat nicht unterschrieben</translation>
    </message>
    <message>
        <source>%1 was rejected by %2: %3</source>
        <translation>%1: abgelehnt von %2: %3</translation>
    </message>
    <message>
        <source>%1&apos;s signature by %2 is stale (content changed since signing: %3 change(s)); re-sign</source>
        <translation>%1: die Unterschrift von %2 ist veraltet (Inhalt seit der Unterschrift geändert: %3 Änderung(en)); bitte erneut unterschreiben</translation>
    </message>
    <message>
        <source>%1 (%2) is failed and its waiver expired on %3</source>
        <translation>%1 (%2) ist nicht bestanden, und die Ausnahme ist am %3 abgelaufen</translation>
    </message>
    <message>
        <source>%1 (%2) is failed without a waiver: %3</source>
        <translation>%1 (%2) ist nicht bestanden und hat keine Ausnahme: %3</translation>
    </message>
</context>
<context>
    <name>greenlight::DockerfileAnalyzer</name>
    <message>
        <source>Container runs as root</source>
        <translation>Container läuft als root</translation>
    </message>
    <message>
        <source>A container whose final stage sets no USER, or sets root, runs its process as UID 0. A compromise of the application then starts with root inside the container, one kernel bug away from root on the host.</source>
        <translation>Ein Container, dessen letzte Stage keinen USER oder root setzt, führt seinen Prozess als UID 0 aus. Eine Kompromittierung der Anwendung beginnt dann mit root-Rechten im Container – nur einen Kernel-Fehler von root auf dem Host entfernt.</translation>
    </message>
    <message>
        <source>Create an unprivileged user in the final stage (e.g. `RUN useradd -r app`) and switch to it with `USER app` (or a numeric `USER 10001`) after the steps that need root.</source>
        <translation>Legen Sie in der letzten Stage einen unprivilegierten Benutzer an (z. B. `RUN useradd -r app`) und wechseln Sie nach den Schritten, die root benötigen, mit `USER app` (oder numerisch `USER 10001`) zu ihm.</translation>
    </message>
    <message>
        <source>Build context copied without a .dockerignore</source>
        <translation>Build-Kontext ohne .dockerignore kopiert</translation>
    </message>
    <message>
        <source>`COPY . .` copies the whole build context into the image. Without a .dockerignore that excludes .git and .env, the image carries the repository history and local secrets to every registry and host that pulls it.</source>
        <translation>`COPY . .` kopiert den gesamten Build-Kontext ins Image. Ohne .dockerignore, die .git und .env ausschließt, trägt das Image die Repository-Historie und lokale Secrets zu jeder Registry und jedem Host, der es abruft.</translation>
    </message>
    <message>
        <source>Add a .dockerignore next to the Dockerfile that lists at least `.git` and `.env` (plus build artifacts such as venv/, __pycache__/, node_modules/), or copy only the paths the image needs.</source>
        <translation>Legen Sie neben dem Dockerfile eine .dockerignore an, die mindestens `.git` und `.env` enthält (dazu Build-Artefakte wie venv/, __pycache__/, node_modules/), oder kopieren Sie nur die Pfade, die das Image braucht.</translation>
    </message>
    <message>
        <source>Base image is untagged or :latest</source>
        <translation>Basis-Image ohne Tag oder mit :latest</translation>
    </message>
    <message>
        <source>An untagged or `:latest` base image changes under the build without notice: two builds of the same commit can ship different operating systems, and a rollback cannot reproduce the image that worked.</source>
        <translation>Ein Basis-Image ohne Tag oder mit `:latest` ändert sich unbemerkt unter dem Build: Zwei Builds desselben Commits können unterschiedliche Betriebssysteme ausliefern, und ein Rollback kann das funktionierende Image nicht reproduzieren.</translation>
    </message>
    <message>
        <source>Pin the base image to an explicit version tag (e.g. `python:3.12-slim`) and preferably to its digest (`@sha256:...`), updated by a dependency bot.</source>
        <translation>Pinnen Sie das Basis-Image auf einen expliziten Versions-Tag (z. B. `python:3.12-slim`) und vorzugsweise auf seinen Digest (`@sha256:...`), aktualisiert durch einen Dependency-Bot.</translation>
    </message>
    <message>
        <source>Base image not pinned by digest</source>
        <translation>Basis-Image nicht per Digest gepinnt</translation>
    </message>
    <message>
        <source>Tags are mutable: the publisher (or an attacker with registry access) can move them. Only a digest identifies exactly the image that was reviewed and tested.</source>
        <translation>Tags sind veränderlich: Der Herausgeber (oder ein Angreifer mit Zugriff auf die Registry) kann sie verschieben. Nur ein Digest identifiziert genau das Image, das geprüft und getestet wurde.</translation>
    </message>
    <message>
        <source>Append the digest to the tag (`FROM python:3.12-slim@sha256:...`) and let Dependabot or Renovate propose digest updates.</source>
        <translation>Hängen Sie den Digest an den Tag an (`FROM python:3.12-slim@sha256:...`) und lassen Sie Dependabot oder Renovate Digest-Aktualisierungen vorschlagen.</translation>
    </message>
    <message>
        <source>ADD downloads a remote URL</source>
        <translation>ADD lädt eine entfernte URL herunter</translation>
    </message>
    <message>
        <source>`ADD https://...` fetches a file at build time without verifying it, so the image silently changes when the remote file does, or when the download is tampered with.</source>
        <translation>`ADD https://...` lädt eine Datei zur Build-Zeit ohne Prüfung herunter, sodass sich das Image stillschweigend ändert, wenn sich die entfernte Datei ändert oder der Download manipuliert wird.</translation>
    </message>
    <message>
        <source>Download with `RUN curl -fsSL ... &amp;&amp; sha256sum -c`, or use `ADD --checksum=sha256:...` so the build fails on unexpected content.</source>
        <translation>Laden Sie mit `RUN curl -fsSL ... &amp;&amp; sha256sum -c` herunter oder verwenden Sie `ADD --checksum=sha256:...`, damit der Build bei unerwartetem Inhalt fehlschlägt.</translation>
    </message>
    <message>
        <source>No HEALTHCHECK in the image</source>
        <translation>Kein HEALTHCHECK im Image</translation>
    </message>
    <message>
        <source>Without a HEALTHCHECK, Docker and Compose only know whether the process exists, not whether it serves: a hung application is never restarted and dependants start against it.</source>
        <translation>Ohne HEALTHCHECK wissen Docker und Compose nur, ob der Prozess existiert, nicht, ob er Anfragen bedient: Eine hängende Anwendung wird nie neu gestartet, und abhängige Dienste starten gegen sie.</translation>
    </message>
    <message>
        <source>Add `HEALTHCHECK CMD ...` probing a cheap readiness endpoint in the final stage (or define the health check in the orchestrator instead).</source>
        <translation>Fügen Sie in der letzten Stage `HEALTHCHECK CMD ...` hinzu, das einen günstigen Readiness-Endpunkt abfragt (oder definieren Sie den Health-Check stattdessen im Orchestrator).</translation>
    </message>
    <message>
        <source>Secret in ENV or ARG</source>
        <translation>Secret in ENV oder ARG</translation>
    </message>
    <message>
        <source>ENV values and ARG defaults are stored in the image configuration and history: anyone who can pull the image can read them with `docker history` or `docker inspect`.</source>
        <translation>ENV-Werte und ARG-Standardwerte werden in der Image-Konfiguration und -Historie gespeichert: Wer das Image abrufen kann, kann sie mit `docker history` oder `docker inspect` lesen.</translation>
    </message>
    <message>
        <source>Remove the value from the Dockerfile and rotate it. Pass secrets at run time (environment, mounted files, a secret manager) or at build time with `RUN --mount=type=secret`.</source>
        <translation>Entfernen Sie den Wert aus dem Dockerfile und rotieren Sie ihn. Übergeben Sie Secrets zur Laufzeit (Umgebung, eingebundene Dateien, ein Secret-Manager) oder zur Build-Zeit mit `RUN --mount=type=secret`.</translation>
    </message>
    <message>
        <source>%1 (resolved from %2)</source>
        <translation>%1 (aufgelöst aus %2)</translation>
    </message>
    <message>
        <source>base image %1 has no tag (implies :latest)</source>
        <translation>das Basis-Image %1 hat keinen Tag (impliziert :latest)</translation>
    </message>
    <message>
        <source>base image %1 uses the floating :latest tag</source>
        <translation>das Basis-Image %1 verwendet den gleitenden Tag :latest</translation>
    </message>
    <message>
        <source>base image %1 is pinned by tag only, not by digest</source>
        <translation>das Basis-Image %1 ist nur per Tag gepinnt, nicht per Digest</translation>
    </message>
    <message>
        <source>the final stage &apos;%1&apos; runs as USER %2</source>
        <translation>die letzte Stage &apos;%1&apos; läuft als USER %2</translation>
    </message>
    <message>
        <source>the final stage &apos;%1&apos; never sets USER, so the container runs as root</source>
        <translation>die letzte Stage &apos;%1&apos; setzt nie USER, daher läuft der Container als root</translation>
    </message>
    <message>
        <source>the final stage &apos;%1&apos; disables the health check (HEALTHCHECK NONE)</source>
        <translation>die letzte Stage &apos;%1&apos; deaktiviert den Health-Check (HEALTHCHECK NONE)</translation>
    </message>
    <message>
        <source>the final stage &apos;%1&apos; has no HEALTHCHECK</source>
        <translation>die letzte Stage &apos;%1&apos; hat keinen HEALTHCHECK</translation>
    </message>
    <message>
        <source>ADD downloads %1 without verifying its checksum</source>
        <translation>ADD lädt %1 herunter, ohne die Prüfsumme zu verifizieren</translation>
    </message>
    <message>
        <source>ENV %1 holds a literal secret, readable by anyone who can pull the image</source>
        <translation>ENV %1 enthält ein Secret im Klartext, lesbar für alle, die das Image abrufen können</translation>
    </message>
    <message>
        <source>ARG %1 has a literal secret as its default, kept in the image history</source>
        <translation>ARG %1 hat ein Secret im Klartext als Standardwert, das in der Image-Historie erhalten bleibt</translation>
    </message>
    <message>
        <source>%1 excludes neither .git nor .env</source>
        <translation>%1 schließt weder .git noch .env aus</translation>
    </message>
    <message>
        <source>%1 does not exclude %2</source>
        <translation>%1 schließt %2 nicht aus</translation>
    </message>
    <message>
        <source>there is no .dockerignore next to the Dockerfile</source>
        <translation>neben dem Dockerfile gibt es keine .dockerignore</translation>
    </message>
    <message>
        <source>%1 copies the whole build context, but %2</source>
        <translation>%1 kopiert den gesamten Build-Kontext, aber %2</translation>
    </message>
</context>
<context>
    <name>greenlight::DocumentationAnalyzer</name>
    <message>
        <source> Write it where operators look during an outage: docs/runbooks/ or a RUNBOOK.md at the root, under a heading that names it.</source>
        <translation> Legen Sie es dort ab, wo das Betriebsteam während eines Ausfalls nachsieht: in docs/runbooks/ oder in einer RUNBOOK.md im Stammverzeichnis, unter einer Überschrift, die es benennt.</translation>
    </message>
    <message>
        <source>No rollback runbook</source>
        <translation>Kein Rollback-Runbook</translation>
    </message>
    <message>
        <source>A failed release is rolled back under time pressure; without written steps (previous image tag, migration reversal, traffic switch-back) the outage grows while people improvise.</source>
        <translation>Ein fehlgeschlagenes Release wird unter Zeitdruck zurückgerollt; ohne schriftliche Schritte (vorheriger Image-Tag, Rückgängigmachen der Migration, Zurückschalten des Traffics) wächst der Ausfall, während improvisiert wird.</translation>
    </message>
    <message>
        <source>Document how to roll back a deployment and a database migration, who decides, and how to verify the result.</source>
        <translation>Dokumentieren Sie, wie ein Deployment und eine Datenbankmigration zurückgerollt werden, wer entscheidet und wie das Ergebnis überprüft wird.</translation>
    </message>
    <message>
        <source>No backup runbook</source>
        <translation>Kein Backup-Runbook</translation>
    </message>
    <message>
        <source>Backups nobody documented are taken inconsistently (or not before risky migrations) and their location and retention are unknown when needed.</source>
        <translation>Undokumentierte Backups werden uneinheitlich erstellt (oder nicht vor riskanten Migrationen), und ihr Speicherort und ihre Aufbewahrungsdauer sind unbekannt, wenn man sie braucht.</translation>
    </message>
    <message>
        <source>Document what is backed up (application and audit databases, object storage), how and how often, where the backups live, and how to take one by hand before a migration.</source>
        <translation>Dokumentieren Sie, was gesichert wird (Anwendungs- und Audit-Datenbanken, Object Storage), wie und wie oft, wo die Backups liegen und wie man vor einer Migration manuell eines erstellt.</translation>
    </message>
    <message>
        <source>No restore / disaster-recovery runbook</source>
        <translation>Kein Runbook für Wiederherstellung / Disaster Recovery</translation>
    </message>
    <message>
        <source>A backup is only as good as the restore: without verified restore steps the recovery time in a disaster is unknown, and so is whether it works.</source>
        <translation>Ein Backup ist nur so gut wie seine Wiederherstellung: Ohne überprüfte Wiederherstellungsschritte sind die Wiederherstellungszeit im Katastrophenfall und deren Erfolg unbekannt.</translation>
    </message>
    <message>
        <source>Document the restore procedure step by step, how a restore is verified, and the date and result of the last restore drill.</source>
        <translation>Dokumentieren Sie das Wiederherstellungsverfahren Schritt für Schritt, wie eine Wiederherstellung überprüft wird, sowie Datum und Ergebnis der letzten Wiederherstellungsübung.</translation>
    </message>
    <message>
        <source>No key rotation runbook</source>
        <translation>Kein Runbook für die Schlüsselrotation</translation>
    </message>
    <message>
        <source>Keys leak; rotating one without a procedure (for example a SECRET_KEY or a field-encryption key that needs data re-encrypted) risks an outage or data loss, so leaked keys stay in use.</source>
        <translation>Schlüssel werden geleakt; sie ohne festgelegtes Verfahren zu rotieren (etwa einen SECRET_KEY oder einen Feldverschlüsselungsschlüssel, bei dem Daten neu verschlüsselt werden müssen), riskiert einen Ausfall oder Datenverlust, sodass geleakte Schlüssel in Gebrauch bleiben.</translation>
    </message>
    <message>
        <source>Document how each secret and key is rotated, in which order, how data encrypted with an old key is re-encrypted, and how to verify nothing still uses the old key.</source>
        <translation>Dokumentieren Sie, wie jedes Secret und jeder Schlüssel rotiert wird, in welcher Reihenfolge, wie mit einem alten Schlüssel verschlüsselte Daten neu verschlüsselt werden und wie man prüft, dass nichts mehr den alten Schlüssel verwendet.</translation>
    </message>
    <message>
        <source>No incident response runbook</source>
        <translation>Kein Runbook für die Incident-Response</translation>
    </message>
    <message>
        <source>Without an agreed incident process (who is on call, how to escalate, how to communicate, when to write a post-mortem) incidents last longer and repeat.</source>
        <translation>Ohne vereinbarten Incident-Prozess (wer Bereitschaft hat, wie eskaliert und kommuniziert wird, wann ein Post-Mortem geschrieben wird) dauern Incidents länger und wiederholen sich.</translation>
    </message>
    <message>
        <source>Document on-call, severity levels, escalation paths and contacts, communication, and the post-mortem process.</source>
        <translation>Dokumentieren Sie Bereitschaftsdienst, Schweregradstufen, Eskalationswege und Kontakte, Kommunikation und den Post-Mortem-Prozess.</translation>
    </message>
    <message>
        <source>No SECURITY.md</source>
        <translation>Keine SECURITY.md</translation>
    </message>
    <message>
        <source>Without a security policy, people who find a vulnerability do not know how to report it privately, and may open a public issue instead.</source>
        <translation>Ohne Sicherheitsrichtlinie wissen Personen, die eine Schwachstelle finden, nicht, wie sie sie vertraulich melden können, und eröffnen womöglich stattdessen ein öffentliches Issue.</translation>
    </message>
    <message>
        <source>Add SECURITY.md at the root (or in .github/ or docs/) naming the supported versions and a private reporting channel (security contact, GitHub private vulnerability reporting).</source>
        <translation>Legen Sie im Stammverzeichnis (oder in .github/ oder docs/) eine SECURITY.md an, die die unterstützten Versionen und einen vertraulichen Meldeweg nennt (Sicherheitskontakt, Private Vulnerability Reporting von GitHub).</translation>
    </message>
    <message>
        <source>no SECURITY.md at the repository root, in .github/ or in docs/: there is no published way to report a vulnerability privately</source>
        <translation>keine SECURITY.md im Stammverzeichnis des Repositorys, in .github/ oder in docs/: Es gibt keinen veröffentlichten Weg, eine Schwachstelle vertraulich zu melden</translation>
    </message>
    <message>
        <source>rollback (roll back, revert a deployment, switch traffic back)</source>
        <translation>Rollback (Suchbegriffe: roll back, revert a deployment, switch traffic back)</translation>
    </message>
    <message>
        <source>docs/runbooks/rollback.md: how to roll back a failed deployment or migration (previous image tag, database restore) and verify it</source>
        <translation>docs/runbooks/rollback.md: wie ein fehlgeschlagenes Deployment oder eine Migration zurückgerollt wird (vorheriger Image-Tag, Wiederherstellung der Datenbank) und wie man das Ergebnis überprüft</translation>
    </message>
    <message>
        <source>backups (backup, back up)</source>
        <translation>Backups (Suchbegriffe: backup, back up)</translation>
    </message>
    <message>
        <source>docs/runbooks/backup.md: what is backed up, how and how often, where it is kept, and the manual backup before a migration</source>
        <translation>docs/runbooks/backup.md: was wie und wie oft gesichert wird, wo die Sicherungen liegen, und das manuelle Backup vor einer Migration</translation>
    </message>
    <message>
        <source>restore (restore, disaster recovery, DR drill, recovery procedure)</source>
        <translation>Wiederherstellung (Suchbegriffe: restore, disaster recovery, DR drill, recovery procedure)</translation>
    </message>
    <message>
        <source>docs/runbooks/disaster-recovery.md: verified steps to restore the databases from backup, and the last restore drill</source>
        <translation>docs/runbooks/disaster-recovery.md: überprüfte Schritte, um die Datenbanken aus dem Backup wiederherzustellen, und die letzte Wiederherstellungsübung</translation>
    </message>
    <message>
        <source>key rotation (rotating keys, secrets, credentials, tokens)</source>
        <translation>Schlüsselrotation (Suchbegriffe: rotating keys, secrets, credentials, tokens)</translation>
    </message>
    <message>
        <source>docs/runbooks/key-rotation.md: how each key and secret is rotated, including re-encrypting data</source>
        <translation>docs/runbooks/key-rotation.md: wie jeder Schlüssel und jedes Secret rotiert wird, einschließlich der Neuverschlüsselung von Daten</translation>
    </message>
    <message>
        <source>incident response (incident, on-call, escalation, post-mortem)</source>
        <translation>Incident-Response (Suchbegriffe: incident, on-call, escalation, post-mortem)</translation>
    </message>
    <message>
        <source>docs/runbooks/incident-response.md: on-call, escalation, communication and post-mortems</source>
        <translation>docs/runbooks/incident-response.md: Bereitschaft, Eskalation, Kommunikation und Post-Mortems</translation>
    </message>
    <message numerus="yes">
        <source>no runbook for %1: none of the %n documentation file(s) (docs/, doc/, runbooks/, ops/, READMEs, RUNBOOK*, DEPLOY*, ...) has a heading on it or a paragraph giving steps or a procedure for it; write one, e.g. %2</source>
        <translation>
            <numerusform>kein Runbook für %1: Die %n Dokumentationsdatei (docs/, doc/, runbooks/, ops/, READMEs, RUNBOOK*, DEPLOY*, ...) enthält weder eine Überschrift dazu noch einen Absatz mit Schritten oder einem Verfahren dafür; schreiben Sie eines, z. B. %2</numerusform>
            <numerusform>kein Runbook für %1: Keine der %n Dokumentationsdateien (docs/, doc/, runbooks/, ops/, READMEs, RUNBOOK*, DEPLOY*, ...) enthält eine Überschrift dazu oder einen Absatz mit Schritten oder einem Verfahren dafür; schreiben Sie eines, z. B. %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::Ed25519Signer</name>
    <message>
        <source>libsodium could not be initialised</source>
        <translation>libsodium konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <source>could not write the key file %1: %2</source>
        <translation>die Schlüsseldatei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 already exists; a signing key is never overwritten</source>
        <translation>%1 existiert bereits; ein Signaturschlüssel wird nie überschrieben</translation>
    </message>
    <message>
        <source>could not create the key folder %1</source>
        <translation>der Schlüsselordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>could not read the key file %1: %2</source>
        <translation>die Schlüsseldatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the key file %1 is readable by others; run chmod 600 on it</source>
        <translation>die Schlüsseldatei %1 ist für andere lesbar; führen Sie chmod 600 darauf aus</translation>
    </message>
    <message>
        <source>%1 is not a Greenlight Ed25519 key file</source>
        <translation>%1 ist keine Ed25519-Schlüsseldatei von Greenlight</translation>
    </message>
</context>
<context>
    <name>greenlight::EditItemCommand</name>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Clear owner of %1</source>
        <translation>Verantwortliche(n) von %1 entfernen</translation>
    </message>
    <message>
        <source>Set owner of %1 to %2</source>
        <translation>Verantwortliche(n) von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Edit note of %1</source>
        <translation>Notiz von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>greenlight::EvidenceCommand</name>
    <message>
        <source>Attach, list, export and verify evidence.</source>
        <translation>Nachweise anhängen, auflisten, exportieren und verifizieren.</translation>
    </message>
    <message>
        <source>add|list|export|verify ASSESSMENT ...</source>
        <translation>add|list|export|verify ASSESSMENT ...</translation>
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
        <translation>evidence add ASSESSMENT ITEM-ID (--file PATH | --url URL | --note TEXT |
    --command CMD | --ref PATH:FROM-TO | --finding FINGERPRINT)
    [--valid-until DATE] [--max-size BYTES]
evidence list ASSESSMENT [ITEM-ID] [--format text|json]
evidence export ASSESSMENT DIR
evidence verify ASSESSMENT   (Exit-Status 1, wenn eine Datei fehlt/verändert ist)
Dateien werden in den Tresor neben der Datenbank kopiert (höchstens %1 MiB
je Datei, sofern --max-size nichts anderes angibt; Suffixe k, M, G); --finding
hängt einen erfassten Scan-Befund an (über seinen Fingerprint, aus
&apos;scan --format json&apos;); --command führt CMD mit sh im aktuellen Verzeichnis aus
und erfasst dessen Ausgabe und Exit-Code.</translation>
    </message>
    <message>
        <source>A file to copy into the vault.</source>
        <translation>Eine Datei, die in den Tresor kopiert wird.</translation>
    </message>
    <message>
        <source>A link.</source>
        <translation>Ein Link.</translation>
    </message>
    <message>
        <source>A free-text note.</source>
        <translation>Eine Freitext-Notiz.</translation>
    </message>
    <message>
        <source>A command to run; its output is kept.</source>
        <translation>Ein auszuführender Befehl; seine Ausgabe wird aufbewahrt.</translation>
    </message>
    <message>
        <source>A repository file and line range.</source>
        <translation>Eine Repository-Datei und ein Zeilenbereich.</translation>
    </message>
    <message>
        <source>A recorded scan finding, by its fingerprint.</source>
        <translation>Ein erfasster Scan-Befund, angegeben über seinen Fingerprint.</translation>
    </message>
    <message>
        <source>Evidence is stale after this date.</source>
        <translation>Der Nachweis gilt nach diesem Datum als veraltet.</translation>
    </message>
    <message>
        <source>Refuse files larger than BYTES (default 100M).</source>
        <translation>Dateien ablehnen, die größer als BYTES sind (Standard 100M).</translation>
    </message>
    <message>
        <source>expected add, list, export or verify</source>
        <translation>add, list, export oder verify erwartet</translation>
    </message>
    <message>
        <source>expected ASSESSMENT and DIR</source>
        <translation>ASSESSMENT und DIR erwartet</translation>
    </message>
    <message>
        <source>expected ASSESSMENT</source>
        <translation>ASSESSMENT erwartet</translation>
    </message>
    <message>
        <source>unknown evidence command &apos;%1&apos;</source>
        <translation>unbekannter evidence-Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected ASSESSMENT and ITEM-ID</source>
        <translation>ASSESSMENT und ITEM-ID erwartet</translation>
    </message>
    <message>
        <source>give exactly one of --file, --url, --note, --command, --ref, --finding</source>
        <translation>geben Sie genau eine der Optionen --file, --url, --note, --command, --ref, --finding an</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a size (e.g. 250M)</source>
        <translation>&apos;%1&apos; ist keine Größe (z. B. 250M)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; ist kein Datum (verwenden Sie YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--ref expects PATH:FROM-TO, e.g. src/app.py:10-24</source>
        <translation>--ref erwartet PATH:FROM-TO, z. B. src/app.py:10-24</translation>
    </message>
    <message>
        <source>the command timed out</source>
        <translation>Zeitüberschreitung beim Ausführen des Befehls</translation>
    </message>
    <message>
        <source>%1: evidence %2 added (%3, sha256 %4)</source>
        <translation>%1: Nachweis %2 hinzugefügt (%3, sha256 %4)</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>expected ASSESSMENT [ITEM-ID]</source>
        <translation>ASSESSMENT [ITEM-ID] erwartet</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>keine Nachweise</translation>
    </message>
    <message>
        <source> [stale since %1]</source>
        <translation> [veraltet seit %1]</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>exported %1 record(s), %2 file(s) to %3</source>
        <translation>%1 Eintrag/Einträge und %2 Datei(en) nach %3 exportiert</translation>
    </message>
    <message>
        <source>ok: %1 evidence file(s) intact</source>
        <translation>ok: %1 Nachweisdatei(en) intakt</translation>
    </message>
</context>
<context>
    <name>greenlight::EvidencePanel</name>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <source>Link (URL)…</source>
        <translation>Link (URL)…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Notiz…</translation>
    </message>
    <message>
        <source>Repository Reference…</source>
        <translation>Repository-Verweis…</translation>
    </message>
    <message>
        <source>Command Output…</source>
        <translation>Befehlsausgabe…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Evidence added from now on shows as stale after this day</source>
        <translation>Ab jetzt hinzugefügte Nachweise werden nach diesem Tag als veraltet angezeigt</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Drop files here or use Add.</source>
        <translation>Dateien hier ablegen oder „Hinzufügen“ verwenden.</translation>
    </message>
    <message>
        <source>Could not read the evidence: %1</source>
        <translation>Die Nachweise konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1
%2
Added %3 by %4
SHA-256 %5</source>
        <translation>%1
%2
Hinzugefügt am %3 von %4
SHA-256 %5</translation>
    </message>
    <message>
        <source>
Exit code %1 in %2</source>
        <translation>
Exit-Code %1 in %2</translation>
    </message>
    <message>
        <source>
Valid until %1</source>
        <translation>
Gültig bis %1</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Nachweise (%1)</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>Exit %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source> — stale (valid until %1)</source>
        <translation> — veraltet (gültig bis %1)</translation>
    </message>
    <message>
        <source>Adding evidence…</source>
        <translation>Nachweis wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Adding evidence (%1 under way)…</source>
        <translation>Nachweise werden hinzugefügt (%1 in Arbeit)…</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Nicht entfernt: %1</translation>
    </message>
    <message>
        <source>Removed from the list. The record and its file stay in the audit trail.</source>
        <translation>Aus der Liste entfernt. Der Eintrag und seine Datei bleiben im Prüfprotokoll erhalten.</translation>
    </message>
    <message>
        <source>Remove Evidence</source>
        <translation>Nachweis entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” from this item?

It disappears from the list, but the record and its file are kept and the removal is recorded in the audit trail.</source>
        <translation>„%1“ von diesem Prüfpunkt entfernen?

Der Nachweis verschwindet aus der Liste, aber der Eintrag und seine Datei bleiben erhalten, und das Entfernen wird im Prüfprotokoll vermerkt.</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Attach Link</source>
        <translation>Link anhängen</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Not added: “%1” is not an absolute URL.</source>
        <translation>Nicht hinzugefügt: „%1“ ist keine absolute URL.</translation>
    </message>
    <message>
        <source>Attach Note</source>
        <translation>Notiz anhängen</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Attach Repository Reference</source>
        <translation>Repository-Verweis anhängen</translation>
    </message>
    <message>
        <source>PATH:FROM-TO (e.g. src/auth/login.cpp:40-58):</source>
        <translation>PATH:FROM-TO (z. B. src/auth/login.cpp:40-58):</translation>
    </message>
    <message>
        <source>Not added: write the reference as PATH:FROM-TO.</source>
        <translation>Nicht hinzugefügt: Geben Sie den Verweis als PATH:FROM-TO an.</translation>
    </message>
    <message>
        <source>No application opens %1.</source>
        <translation>Keine Anwendung kann %1 öffnen.</translation>
    </message>
    <message>
        <source>
… (preview shows the first %1)</source>
        <translation>
… (die Vorschau zeigt die ersten %1)</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Nachweis hinzufügen</translation>
    </message>
    <message>
        <source>Attaches a file, link, note, repository reference or command output to the item; files can also be dropped on the panel</source>
        <translation>Hängt eine Datei, einen Link, eine Notiz, einen Repository-Verweis oder eine Befehlsausgabe an den Prüfpunkt an; Dateien können auch auf den Bereich gezogen werden</translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation>Nachweis öffnen</translation>
    </message>
    <message>
        <source>Opens the selected evidence file or link in its application</source>
        <translation>Öffnet die ausgewählte Nachweisdatei oder den ausgewählten Link in der zugehörigen Anwendung</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Nachweis entfernen</translation>
    </message>
    <message>
        <source>Removes the selected evidence from the item; the record and its file stay in the audit trail</source>
        <translation>Entfernt den ausgewählten Nachweis vom Prüfpunkt; der Eintrag und seine Datei bleiben im Prüfprotokoll erhalten</translation>
    </message>
    <message>
        <source>New evidence valid &amp;until</source>
        <translation>Neue Nachweise &amp;gültig bis</translation>
    </message>
    <message>
        <source>Expiry for new evidence</source>
        <translation>Ablaufdatum für neue Nachweise</translation>
    </message>
    <message>
        <source>When checked, evidence added from now on shows as stale after the chosen day</source>
        <translation>Wenn aktiviert, werden ab jetzt hinzugefügte Nachweise nach dem gewählten Tag als veraltet angezeigt</translation>
    </message>
    <message>
        <source>The day after which evidence added from now on shows as stale</source>
        <translation>Der Tag, nach dem ab jetzt hinzugefügte Nachweise als veraltet angezeigt werden</translation>
    </message>
    <message>
        <source>Evidence list</source>
        <translation>Nachweisliste</translation>
    </message>
    <message>
        <source>The evidence attached to the item: what it is, who added it and its hash. Select one to preview it; Enter opens it.</source>
        <translation>Die an den Prüfpunkt angehängten Nachweise: was sie sind, wer sie hinzugefügt hat und ihr Hash. Wählen Sie einen aus, um eine Vorschau zu sehen; die Eingabetaste öffnet ihn.</translation>
    </message>
    <message>
        <source>Evidence preview</source>
        <translation>Nachweisvorschau</translation>
    </message>
    <message>
        <source>The text of the selected note, command output or text file</source>
        <translation>Der Text der ausgewählten Notiz, Befehlsausgabe oder Textdatei</translation>
    </message>
</context>
<context>
    <name>greenlight::EvidenceRequirement</name>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>greenlight::EvidenceStore</name>
    <message>
        <source>the valid-until date is not a valid date</source>
        <translation>das Gültig-bis-Datum ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>no evidence file given</source>
        <translation>keine Nachweisdatei angegeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an absolute URL (e.g. https://ci.example.com/run/42)</source>
        <translation>&apos;%1&apos; ist keine absolute URL (z. B. https://ci.example.com/run/42)</translation>
    </message>
    <message>
        <source>an evidence note needs text</source>
        <translation>eine Nachweisnotiz braucht Text</translation>
    </message>
    <message>
        <source>the note is too long (%1 characters, at most %2)</source>
        <translation>die Notiz ist zu lang (%1 Zeichen, höchstens %2)</translation>
    </message>
    <message>
        <source>command evidence needs the command that produced it</source>
        <translation>ein Befehlsnachweis braucht den Befehl, der ihn erzeugt hat</translation>
    </message>
    <message>
        <source>a repository reference needs a path</source>
        <translation>ein Repository-Verweis braucht einen Pfad</translation>
    </message>
    <message>
        <source>the reference %1 must be a path inside the repository</source>
        <translation>der Verweis %1 muss ein Pfad innerhalb des Repositorys sein</translation>
    </message>
    <message>
        <source>the line range %1-%2 is not valid (FROM &gt;= 1, TO &gt;= FROM)</source>
        <translation>der Zeilenbereich %1-%2 ist ungültig (FROM &gt;= 1, TO &gt;= FROM)</translation>
    </message>
    <message>
        <source>finding evidence needs the finding&apos;s fingerprint</source>
        <translation>ein Befundnachweis braucht den Fingerprint des Befunds</translation>
    </message>
    <message>
        <source>could not look up the finding</source>
        <translation>der Befund konnte nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <source>assessment %1 has no scan finding %2</source>
        <translation>die Bewertung %1 hat keinen Scan-Befund %2</translation>
    </message>
    <message>
        <source>could not attach evidence to %1</source>
        <translation>an %1 konnte kein Nachweis angehängt werden</translation>
    </message>
    <message>
        <source>could not load the evidence</source>
        <translation>die Nachweise konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>could not load evidence %1</source>
        <translation>der Nachweis %1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>there is no evidence with id %1</source>
        <translation>es gibt keinen Nachweis mit der ID %1</translation>
    </message>
    <message>
        <source>could not remove evidence %1</source>
        <translation>der Nachweis %1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>evidence %1 was already removed</source>
        <translation>der Nachweis %1 wurde bereits entfernt</translation>
    </message>
    <message>
        <source>%1 (evidence %2 of %3) is missing from the vault: %4</source>
        <translation>%1 (Nachweis %2 zu %3) fehlt im Tresor: %4</translation>
    </message>
    <message>
        <source>%1 (evidence %2 of %3) was altered in the vault: %4</source>
        <translation>%1 (Nachweis %2 zu %3) wurde im Tresor verändert: %4</translation>
    </message>
</context>
<context>
    <name>greenlight::EvidenceVault</name>
    <message>
        <source>the evidence file %1 does not exist</source>
        <translation>die Nachweisdatei %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a regular file; attach files one by one</source>
        <translation>%1 ist keine reguläre Datei; hängen Sie Dateien einzeln an</translation>
    </message>
    <message>
        <source>%1 is %2, larger than the evidence size limit of %3; attach a link to it instead or raise the limit</source>
        <translation>%1 ist %2 groß und überschreitet die Größengrenze für Nachweise von %3; hängen Sie stattdessen einen Link darauf an oder erhöhen Sie die Grenze</translation>
    </message>
    <message>
        <source>could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>could not write to the evidence vault %1: %2</source>
        <translation>in den Nachweistresor %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was being copied; try again</source>
        <translation>%1 hat sich während des Kopierens geändert; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the evidence is %1, larger than the evidence size limit of %2</source>
        <translation>der Nachweis ist %1 groß und überschreitet die Größengrenze für Nachweise von %2</translation>
    </message>
    <message>
        <source>could not create the evidence vault folder %1</source>
        <translation>der Ordner des Nachweistresors %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>could not save evidence in the vault %1 (disk full?): %2</source>
        <translation>der Nachweis konnte nicht im Tresor %1 gespeichert werden (Datenträger voll?): %2</translation>
    </message>
    <message>
        <source>the evidence vault has no content %1</source>
        <translation>der Nachweistresor enthält keinen Inhalt %1</translation>
    </message>
</context>
<context>
    <name>greenlight::ExpiringWaiversDialog</name>
    <message>
        <source>Waivers Expiring Soon</source>
        <translation>Bald ablaufende Ausnahmen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Expiring &amp;within:</source>
        <translation>Ablauf &amp;innerhalb von:</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Akzeptiert von</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Waivers expiring soon</source>
        <translation>Bald ablaufende Ausnahmen</translation>
    </message>
    <message>
        <source>Could not read the waivers: %1</source>
        <translation>Die Ausnahmen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>letzter Tag</translation>
    </message>
    <message numerus="yes">
        <source>No waiver lapses within %n day(s).</source>
        <translation>
            <numerusform>Keine Ausnahme läuft innerhalb von %n Tag ab.</numerusform>
            <numerusform>Keine Ausnahme läuft innerhalb von %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiver(s) lapse within the period; their items count as failed again afterwards. Double-click one to open it.</source>
        <translation>
            <numerusform>%n Ausnahme läuft im Zeitraum ab; ihr Prüfpunkt gilt danach wieder als nicht bestanden. Doppelklicken Sie darauf, um sie zu öffnen.</numerusform>
            <numerusform>%n Ausnahmen laufen im Zeitraum ab; ihre Prüfpunkte gelten danach wieder als nicht bestanden. Doppelklicken Sie auf eine, um sie zu öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Days ahead</source>
        <translation>Tage im Voraus</translation>
    </message>
    <message>
        <source>Shows the waivers that lapse within this many days</source>
        <translation>Zeigt die Ausnahmen, die innerhalb dieser Anzahl von Tagen auslaufen</translation>
    </message>
    <message>
        <source>Waivers that lapse within the period, soonest first: item, expiry, days left, who accepted the risk, why and the ticket. Enter or a double-click opens the item.</source>
        <translation>Ausnahmen, die innerhalb des Zeitraums auslaufen, die nächsten zuerst: Prüfpunkt, Ablaufdatum, verbleibende Tage, wer das Risiko akzeptiert hat, Begründung und Ticket. Die Eingabetaste oder ein Doppelklick öffnet den Prüfpunkt.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Closes the list of expiring waivers</source>
        <translation>Schließt die Liste der bald ablaufenden Ausnahmen</translation>
    </message>
</context>
<context>
    <name>greenlight::ExportPackDialog</name>
    <message>
        <source>&amp;Open the pack when it is written</source>
        <translation>Paket nach dem Schreiben &amp;öffnen</translation>
    </message>
    <message>
        <source>Export Approval Pack</source>
        <translation>Freigabepaket exportieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Seitengröße:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Wählen Sie eine Datei zum Schreiben.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 ist ein Ordner.</translation>
    </message>
    <message>
        <source>The file exists and will be replaced.</source>
        <translation>Die Datei existiert bereits und wird ersetzt.</translation>
    </message>
    <message>
        <source>The pack&apos;s file format: PDF, HTML, Markdown or JSON</source>
        <translation>Das Dateiformat des Pakets: PDF, HTML, Markdown oder JSON</translation>
    </message>
    <message>
        <source>The paper size of a PDF pack</source>
        <translation>Die Seitengröße eines PDF-Pakets</translation>
    </message>
    <message>
        <source>Where the pack is written; its suffix follows the format</source>
        <translation>Wohin das Paket geschrieben wird; die Dateiendung richtet sich nach dem Format</translation>
    </message>
    <message>
        <source>Browse for the file</source>
        <translation>Nach der Datei suchen</translation>
    </message>
    <message>
        <source>Chooses where to write the pack in a file dialog</source>
        <translation>Wählt in einem Dateidialog aus, wohin das Paket geschrieben wird</translation>
    </message>
    <message>
        <source>Open when written</source>
        <translation>Nach dem Schreiben öffnen</translation>
    </message>
    <message>
        <source>Opens the pack in its application once it is written</source>
        <translation>Öffnet das Paket nach dem Schreiben in der zugehörigen Anwendung</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Writes the approval pack to the file</source>
        <translation>Schreibt das Freigabepaket in die Datei</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Closes without writing anything</source>
        <translation>Schließt, ohne etwas zu schreiben</translation>
    </message>
</context>
<context>
    <name>greenlight::FileReader</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1, limit %2</source>
        <translation>%1, Grenze %2</translation>
    </message>
    <message>
        <source>%1 (%2 bytes), limit %3</source>
        <translation>%1 (%2 Bytes), Grenze %3</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>contains NUL bytes</source>
        <translation>enthält NUL-Bytes</translation>
    </message>
</context>
<context>
    <name>greenlight::FileWalker</name>
    <message>
        <source>Cannot scan %1: %2</source>
        <translation>%1 kann nicht gescannt werden: %2</translation>
    </message>
    <message>
        <source>Cannot scan %1: it is not a folder</source>
        <translation>%1 kann nicht gescannt werden: Es ist kein Ordner</translation>
    </message>
    <message>
        <source>path too long</source>
        <translation>Pfad zu lang</translation>
    </message>
    <message>
        <source>directory already walked as &apos;%1&apos;</source>
        <translation>Verzeichnis wurde bereits als &apos;%1&apos; durchlaufen</translation>
    </message>
    <message>
        <source>listing stopped early: %1</source>
        <translation>Auflistung vorzeitig beendet: %1</translation>
    </message>
    <message>
        <source>named pipe</source>
        <translation>Named Pipe</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>device file</source>
        <translation>Gerätedatei</translation>
    </message>
    <message>
        <source>symbolic link loop</source>
        <translation>Schleife aus symbolischen Links</translation>
    </message>
    <message>
        <source>dangling symlink</source>
        <translation>verwaister symbolischer Link</translation>
    </message>
    <message>
        <source>symbolic link to a special file</source>
        <translation>symbolischer Link auf eine Spezialdatei</translation>
    </message>
    <message>
        <source>symbolic link to a folder outside the scanned folder</source>
        <translation>symbolischer Link auf einen Ordner außerhalb des gescannten Ordners</translation>
    </message>
    <message>
        <source>symbolic link to a file outside the scanned folder</source>
        <translation>symbolischer Link auf eine Datei außerhalb des gescannten Ordners</translation>
    </message>
    <message>
        <source>symbolic link loops back to the scanned folder</source>
        <translation>symbolischer Link führt zurück in den gescannten Ordner</translation>
    </message>
    <message>
        <source>symbolic link loops back to &apos;%1&apos;</source>
        <translation>symbolischer Link führt zurück zu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>symbolic link to &apos;%1&apos;, which is scanned there</source>
        <translation>symbolischer Link auf &apos;%1&apos;, das dort gescannt wird</translation>
    </message>
</context>
<context>
    <name>greenlight::FilterBar</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Filter by key, title, owner, note or guidance (Ctrl+F)</source>
        <translation>Nach Schlüssel, Titel, Verantwortlichen, Notiz oder Anleitung filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter items</source>
        <translation>Prüfpunkte filtern</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 Prüfpunkt</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 Prüfpunkte</translation>
    </message>
    <message>
        <source>Items picked on the dashboard. Click to show every item again.</source>
        <translation>In der Übersicht ausgewählte Prüfpunkte. Klicken Sie, um wieder alle Prüfpunkte anzuzeigen.</translation>
    </message>
    <message>
        <source>Shows only the items whose key, title, owner, note or guidance contains the text</source>
        <translation>Zeigt nur die Prüfpunkte, deren Schlüssel, Titel, Verantwortliche(r), Notiz oder Anleitung den Text enthält</translation>
    </message>
    <message>
        <source>Shows only the items with the chosen statuses; none chosen shows every status</source>
        <translation>Zeigt nur die Prüfpunkte mit den gewählten Status; ist keiner gewählt, wird jeder Status angezeigt</translation>
    </message>
    <message>
        <source>Shows only the items of the chosen severities; none chosen shows every severity</source>
        <translation>Zeigt nur die Prüfpunkte mit den gewählten Schweregraden; ist keiner gewählt, wird jeder Schweregrad angezeigt</translation>
    </message>
    <message>
        <source>Dashboard item filter</source>
        <translation>Prüfpunktfilter der Übersicht</translation>
    </message>
    <message>
        <source>Shows only the items picked on the dashboard; press it to show every item again</source>
        <translation>Zeigt nur die in der Übersicht ausgewählten Prüfpunkte; drücken Sie darauf, um wieder alle Prüfpunkte anzuzeigen</translation>
    </message>
    <message>
        <source>Removes the text, status, severity and dashboard filters</source>
        <translation>Entfernt die Text-, Status-, Schweregrad- und Übersichtsfilter</translation>
    </message>
</context>
<context>
    <name>greenlight::FindingCollector</name>
    <message>
        <source>rule &apos;%1&apos; is not in the catalogue: its findings were dropped</source>
        <translation>die Regel &apos;%1&apos; ist nicht im Katalog: ihre Befunde wurden verworfen</translation>
    </message>
</context>
<context>
    <name>greenlight::FindingContext</name>
    <message>
        <source>This finding is about the repository as a whole.</source>
        <translation>Dieser Befund betrifft das Repository als Ganzes.</translation>
    </message>
    <message>
        <source>The finding&apos;s path lies outside the repository.</source>
        <translation>Der Pfad des Befunds liegt außerhalb des Repositorys.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file is too large to show the lines around the finding.</source>
        <translation>Die Datei ist zu groß, um die Zeilen um den Befund anzuzeigen.</translation>
    </message>
    <message>
        <source>The file has changed since the scan: it has no line %1 now.</source>
        <translation>Die Datei hat sich seit dem Scan geändert: Sie hat jetzt keine Zeile %1.</translation>
    </message>
</context>
<context>
    <name>greenlight::FindingDetailView</name>
    <message>
        <source>How to fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Prüfpunkte</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Select a finding to see where it is and how to fix it.</source>
        <translation>Wählen Sie einen Befund aus, um zu sehen, wo er auftritt und wie er behoben wird.</translation>
    </message>
    <message>
        <source>No checklist item names this rule.</source>
        <translation>Kein Prüfpunkt nennt diese Regel.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Checklist items of this finding</source>
        <translation>Prüfpunkte zu diesem Befund</translation>
    </message>
    <message>
        <source>The checklist items this rule bears on; activate one to open it in the checklist</source>
        <translation>Die Prüfpunkte, die diese Regel betrifft; aktivieren Sie einen, um ihn in der Checkliste zu öffnen</translation>
    </message>
    <message>
        <source>The lines around the finding, with its own lines highlighted</source>
        <translation>Die Zeilen um den Befund herum, seine eigenen Zeilen hervorgehoben</translation>
    </message>
</context>
<context>
    <name>greenlight::FindingState</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Behoben</translation>
    </message>
</context>
<context>
    <name>greenlight::FindingsChart</name>
    <message>
        <source>Open findings by severity</source>
        <translation>Offene Befunde nach Schweregrad</translation>
    </message>
    <message numerus="yes">
        <source>%n open %1 finding(s) on %2 item(s). Click to show the items.</source>
        <translation>
            <numerusform>%n offener Befund mit Schweregrad %1 bei %2 Prüfpunkt(en). Klicken Sie, um die Prüfpunkte anzuzeigen.</numerusform>
            <numerusform>%n offene Befunde mit Schweregrad %1 bei %2 Prüfpunkt(en). Klicken Sie, um die Prüfpunkte anzuzeigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2</source>
        <translation>%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Open findings by severity (not scanned yet)</source>
        <translation>Offene Befunde nach Schweregrad (noch nicht gescannt)</translation>
    </message>
    <message>
        <source>Open %1 findings</source>
        <translation>Offene Befunde mit Schweregrad %1</translation>
    </message>
    <message>
        <source>Findings chart</source>
        <translation>Befunddiagramm</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>greenlight::FindingsFilterBar</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Search findings</source>
        <translation>Befunde durchsuchen</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Alle Regeln</translation>
    </message>
    <message>
        <source>Path contains</source>
        <translation>Pfad enthält</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>%1 of %2 findings</source>
        <translation>%1 von %2 Befunden</translation>
    </message>
    <message>
        <source>1 finding</source>
        <translation>1 Befund</translation>
    </message>
    <message>
        <source>%1 findings</source>
        <translation>%1 Befunde</translation>
    </message>
    <message>
        <source>Shows only the findings whose rule, title, message or location contains the text</source>
        <translation>Zeigt nur die Befunde, deren Regel, Titel, Meldung oder Fundstelle den Text enthält</translation>
    </message>
    <message>
        <source>Shows only the findings of the chosen severities; none chosen shows every severity</source>
        <translation>Zeigt nur die Befunde mit den gewählten Schweregraden; ist keiner gewählt, wird jeder Schweregrad angezeigt</translation>
    </message>
    <message>
        <source>Rule filter</source>
        <translation>Regelfilter</translation>
    </message>
    <message>
        <source>Shows only the findings of the chosen rule</source>
        <translation>Zeigt nur die Befunde der gewählten Regel</translation>
    </message>
    <message>
        <source>Path filter</source>
        <translation>Pfadfilter</translation>
    </message>
    <message>
        <source>Shows only the findings in files whose path contains the text</source>
        <translation>Zeigt nur die Befunde in Dateien, deren Pfad den Text enthält</translation>
    </message>
    <message>
        <source>Clear finding filters</source>
        <translation>Befundfilter zurücksetzen</translation>
    </message>
    <message>
        <source>Removes the search, severity, rule and path filters</source>
        <translation>Entfernt die Such-, Schweregrad-, Regel- und Pfadfilter</translation>
    </message>
</context>
<context>
    <name>greenlight::FindingsModel</name>
    <message>
        <source>(repository)</source>
        <translation>(Repository)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>greenlight::GateCommand</name>
    <message>
        <source>Readiness gate for CI: print the verdict and why; exit 1 unless ready.</source>
        <translation>Go-live-Gate für CI: gibt das Urteil und seine Gründe aus; Exit-Status 1, sofern nicht bereit.</translation>
    </message>
    <message>
        <source>ASSESSMENT</source>
        <translation>ASSESSMENT</translation>
    </message>
    <message>
        <source>The verdict is Ready, Ready with fixes or Not ready. Not ready: items not yet
assessed, failed items or open scan findings at or above --fail-on without a
waiver in force, a rejected sign-off, a broken audit chain.
Exit status: 0 ready (or ready with fixes), 1 not ready (or with fixes under
--strict, or sign-offs pending under --require-signoff), 2 usage or store error.</source>
        <translation>Das Urteil lautet Bereit, Bereit mit Korrekturen oder Nicht bereit. Nicht
bereit: noch nicht bewertete Prüfpunkte, nicht bestandene Prüfpunkte oder offene
Scan-Befunde ab dem Schweregrad von --fail-on ohne gültige Ausnahme, eine
abgelehnte Freigabe, eine unterbrochene Prüfprotokollkette.
Exit-Status: 0 bereit (oder bereit mit Korrekturen), 1 nicht bereit (oder mit
Korrekturen bei --strict, oder ausstehende Freigaben bei --require-signoff), 2
Aufruf- oder Datenbankfehler.</translation>
    </message>
    <message>
        <source>Failures and findings at or above SEVERITY block: critical, high (default), medium, low or info.</source>
        <translation>Nicht bestandene Prüfpunkte und Befunde ab SEVERITY blockieren: critical, high (Standard), medium, low oder info.</translation>
    </message>
    <message>
        <source>Fail on Ready with fixes too.</source>
        <translation>Auch bei Bereit mit Korrekturen fehlschlagen.</translation>
    </message>
    <message>
        <source>Fail while a required sign-off is missing or stale.</source>
        <translation>Fehlschlagen, solange eine erforderliche Freigabe fehlt oder veraltet ist.</translation>
    </message>
    <message>
        <source>missing ASSESSMENT</source>
        <translation>ASSESSMENT fehlt</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 %2: %3 (blocking at %4 and above)</source>
        <translation>%1 %2: %3 (blockierend ab %4)</translation>
    </message>
    <message>
        <source>Items: %1 done of %2 (passed %3, n/a %4, waived %5), failed %6, open %7</source>
        <translation>Prüfpunkte: %1 von %2 erledigt (bestanden %3, n. z. %4, mit Ausnahme %5), nicht bestanden %6, offen %7</translation>
    </message>
    <message>
        <source>Blocking:</source>
        <translation>Blockierend:</translation>
    </message>
    <message>
        <source>To fix or accept:</source>
        <translation>Zu beheben oder zu akzeptieren:</translation>
    </message>
    <message>
        <source>Sign-off pending:</source>
        <translation>Ausstehende Freigaben:</translation>
    </message>
    <message>
        <source>gate: passed</source>
        <translation>Gate: bestanden</translation>
    </message>
    <message>
        <source>gate: failed</source>
        <translation>Gate: nicht bestanden</translation>
    </message>
</context>
<context>
    <name>greenlight::HelpActions</name>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>&amp;About Greenlight</source>
        <translation>&amp;Über Greenlight</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window, with a filter</source>
        <translation>Alle Tastenkürzel des Fensters, mit einem Filter</translation>
    </message>
</context>
<context>
    <name>greenlight::ItemDetailPane</name>
    <message>
        <source>Who verifies this item</source>
        <translation>Wer diesen Prüfpunkt verifiziert</translation>
    </message>
    <message>
        <source>Findings, evidence links, decisions…</source>
        <translation>Befunde, Links zu Nachweisen, Entscheidungen…</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1;font-weight:600&quot;&gt;%2&lt;/span&gt; &amp;nbsp;·&amp;nbsp; Evidence: %3 &amp;nbsp;·&amp;nbsp; %4</source>
        <translation>&lt;span style=&quot;color:%1;font-weight:600&quot;&gt;%2&lt;/span&gt; &amp;nbsp;·&amp;nbsp; Nachweis: %3 &amp;nbsp;·&amp;nbsp; %4</translation>
    </message>
    <message>
        <source>Select an item to read its guidance and record its status, owner and note.</source>
        <translation>Wählen Sie einen Prüfpunkt aus, um seine Anleitung zu lesen und Status, Verantwortliche(n) und Notiz zu erfassen.</translation>
    </message>
    <message>
        <source>This item has no guidance.</source>
        <translation>Für diesen Prüfpunkt gibt es keine Anleitung.</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>Automated checks</source>
        <translation>Automatisierte Prüfungen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Not changed yet</source>
        <translation>Noch nicht geändert</translation>
    </message>
    <message>
        <source>Last changed %1 by %2</source>
        <translation>Zuletzt geändert am %1 von %2</translation>
    </message>
    <message>
        <source>&amp;Waive…</source>
        <translation>&amp;Ausnahme erteilen…</translation>
    </message>
    <message>
        <source>Accept the risk of this failed item until a date</source>
        <translation>Das Risiko dieses nicht bestandenen Prüfpunkts bis zu einem Datum akzeptieren</translation>
    </message>
    <message>
        <source>Waiver:</source>
        <translation>Ausnahme:</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>None. A failed item can be waived with a justification, who accepts the risk and an expiry date.</source>
        <translation>Keine. Für einen nicht bestandenen Prüfpunkt kann eine Ausnahme erteilt werden – mit Begründung, der Person, die das Risiko akzeptiert, und einem Ablaufdatum.</translation>
    </message>
    <message>
        <source>Only a failed item can be waived.</source>
        <translation>Eine Ausnahme kann nur für einen nicht bestandenen Prüfpunkt erteilt werden.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;&lt;b&gt;Waiver expired&lt;/b&gt; on %1&lt;/span&gt; — the item counts as failed again.</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;&lt;b&gt;Ausnahme abgelaufen&lt;/b&gt; am %1&lt;/span&gt; – der Prüfpunkt gilt wieder als nicht bestanden.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b06000&apos;&gt;&lt;b&gt;Waived&lt;/b&gt;&lt;/span&gt; until %1, risk accepted by %2.</source>
        <translation>&lt;span style=&apos;color:#b06000&apos;&gt;&lt;b&gt;Ausnahme erteilt&lt;/b&gt;&lt;/span&gt; bis %1, Risiko akzeptiert von %2.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The item&apos;s status; choosing one records it at once</source>
        <translation>Der Status des Prüfpunkts; eine Auswahl wird sofort erfasst</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Who verifies this item; recorded when you leave the field</source>
        <translation>Wer diesen Prüfpunkt verifiziert; wird beim Verlassen des Felds erfasst</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Findings, evidence links and decisions for this item; recorded when you pause typing or leave the field</source>
        <translation>Befunde, Links zu Nachweisen und Entscheidungen zu diesem Prüfpunkt; wird erfasst, wenn Sie beim Tippen innehalten oder das Feld verlassen</translation>
    </message>
    <message>
        <source>Waive item</source>
        <translation>Ausnahme für Prüfpunkt erteilen</translation>
    </message>
    <message>
        <source>Accepts the risk of this failed item until a date, with a justification and who accepts it; renews a waiver in force</source>
        <translation>Akzeptiert das Risiko dieses nicht bestandenen Prüfpunkts bis zu einem Datum, mit einer Begründung und der Person, die es akzeptiert; verlängert eine gültige Ausnahme</translation>
    </message>
    <message>
        <source>How to assess this item: the template&apos;s guidance, references, automated checks and tags</source>
        <translation>Wie dieser Prüfpunkt bewertet wird: die Anleitung der Vorlage, Referenzen, automatisierte Prüfungen und Tags</translation>
    </message>
    <message>
        <source>&amp;Renew…</source>
        <translation>&amp;Verlängern…</translation>
    </message>
</context>
<context>
    <name>greenlight::ItemStatus</name>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
</context>
<context>
    <name>greenlight::JUnitWriter</name>
    <message numerus="yes">
        <source>%n finding(s): %1</source>
        <translation>
            <numerusform>%n Befund: %1</numerusform>
            <numerusform>%n Befunde: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::KubernetesAnalyzer</name>
    <message>
        <source>Container may run as root</source>
        <translation>Container läuft möglicherweise als root</translation>
    </message>
    <message>
        <source>Unless runAsNonRoot is true or runAsUser is non-zero, the container runs as whatever user the image says, which is usually root: a compromised process then has root inside the container.</source>
        <translation>Solange runAsNonRoot nicht true oder runAsUser nicht ungleich null ist, läuft der Container als der Benutzer, den das Image vorgibt – meist root: Ein kompromittierter Prozess hat dann root-Rechte im Container.</translation>
    </message>
    <message>
        <source>Set `securityContext.runAsNonRoot: true` (pod or container) and a non-zero `runAsUser`, and build the image with a non-root USER.</source>
        <translation>Setzen Sie `securityContext.runAsNonRoot: true` (auf Pod- oder Container-Ebene) und einen `runAsUser` ungleich null, und bauen Sie das Image mit einem USER, der nicht root ist.</translation>
    </message>
    <message>
        <source>Privileged container</source>
        <translation>Privilegierter Container</translation>
    </message>
    <message>
        <source>A privileged container has every capability and all host devices: escaping to the node is trivial, and from the node to the cluster.</source>
        <translation>Ein privilegierter Container hat alle Capabilities und alle Geräte des Hosts: Der Ausbruch auf den Node ist trivial, und vom Node in den Cluster.</translation>
    </message>
    <message>
        <source>Remove `privileged: true`; add only the specific capabilities the workload needs, after dropping ALL.</source>
        <translation>Entfernen Sie `privileged: true`; fügen Sie nach dem Entfernen von ALL nur die Capabilities hinzu, die der Workload tatsächlich braucht.</translation>
    </message>
    <message>
        <source>Privilege escalation allowed</source>
        <translation>Rechteausweitung erlaubt</translation>
    </message>
    <message>
        <source>Unless allowPrivilegeEscalation is false, a process can gain more privileges than its parent (setuid binaries, file capabilities), which turns many exploits into root.</source>
        <translation>Solange allowPrivilegeEscalation nicht false ist, kann ein Prozess mehr Rechte erlangen als sein Elternprozess (setuid-Binärdateien, File Capabilities) – so werden viele Exploits zu root.</translation>
    </message>
    <message>
        <source>Set `securityContext.allowPrivilegeEscalation: false` on every container.</source>
        <translation>Setzen Sie `securityContext.allowPrivilegeEscalation: false` für jeden Container.</translation>
    </message>
    <message>
        <source>Writable root filesystem</source>
        <translation>Beschreibbares Root-Dateisystem</translation>
    </message>
    <message>
        <source>A writable root filesystem lets an attacker drop tools and persist changes in the container, and hides accidental writes that would be lost on restart.</source>
        <translation>Ein beschreibbares Root-Dateisystem erlaubt es Angreifern, Werkzeuge abzulegen und Änderungen im Container dauerhaft zu machen, und verdeckt versehentliche Schreibzugriffe, die bei einem Neustart verloren gingen.</translation>
    </message>
    <message>
        <source>Set `securityContext.readOnlyRootFilesystem: true` and mount `emptyDir` volumes for the paths that must be writable (e.g. /tmp).</source>
        <translation>Setzen Sie `securityContext.readOnlyRootFilesystem: true` und mounten Sie `emptyDir`-Volumes für die Pfade, die beschreibbar sein müssen (z. B. /tmp).</translation>
    </message>
    <message>
        <source>Linux capabilities not dropped</source>
        <translation>Linux-Capabilities nicht entfernt</translation>
    </message>
    <message>
        <source>Containers get a default set of Linux capabilities (NET_RAW, CHOWN, SETUID, ...) that most applications never use but attackers do.</source>
        <translation>Container erhalten standardmäßig eine Reihe von Linux-Capabilities (NET_RAW, CHOWN, SETUID, ...), die die meisten Anwendungen nie nutzen, Angreifer aber schon.</translation>
    </message>
    <message>
        <source>Set `securityContext.capabilities.drop: [ALL]` and add back only what is needed (e.g. `add: [NET_BIND_SERVICE]`).</source>
        <translation>Setzen Sie `securityContext.capabilities.drop: [ALL]` und fügen Sie nur wieder hinzu, was benötigt wird (z. B. `add: [NET_BIND_SERVICE]`).</translation>
    </message>
    <message>
        <source>No seccomp profile</source>
        <translation>Kein seccomp-Profil</translation>
    </message>
    <message>
        <source>Without a seccomp profile the container can use every system call, including the rarely needed ones most kernel exploits go through.</source>
        <translation>Ohne seccomp-Profil kann der Container jeden Systemaufruf verwenden, auch die selten benötigten, über die die meisten Kernel-Exploits laufen.</translation>
    </message>
    <message>
        <source>Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod (or a Localhost profile).</source>
        <translation>Setzen Sie `securityContext.seccompProfile.type: RuntimeDefault` für den Pod (oder ein Localhost-Profil).</translation>
    </message>
    <message>
        <source>Pod shares host namespaces</source>
        <translation>Pod teilt Host-Namespaces</translation>
    </message>
    <message>
        <source>hostNetwork, hostPID and hostIPC put the pod in the node&apos;s namespaces: it sees node-local services, other pods&apos; processes or shared memory, and network policies no longer apply to it.</source>
        <translation>hostNetwork, hostPID und hostIPC versetzen den Pod in die Namespaces des Nodes: Er sieht Node-lokale Dienste, Prozesse oder Shared Memory anderer Pods, und Network Policies gelten nicht mehr für ihn.</translation>
    </message>
    <message>
        <source>Remove `hostNetwork`, `hostPID` and `hostIPC` (or set them to false); expose ports through a Service instead.</source>
        <translation>Entfernen Sie `hostNetwork`, `hostPID` und `hostIPC` (oder setzen Sie sie auf false); stellen Sie Ports stattdessen über einen Service bereit.</translation>
    </message>
    <message>
        <source>Image untagged or :latest</source>
        <translation>Image ohne Tag oder :latest</translation>
    </message>
    <message>
        <source>An untagged or `:latest` image changes without a manifest change: nodes may run different code, and a rollback does not restore the previous version.</source>
        <translation>Ein Image ohne Tag oder mit `:latest` ändert sich ohne Änderung am Manifest: Nodes führen womöglich unterschiedlichen Code aus, und ein Rollback stellt die vorherige Version nicht wieder her.</translation>
    </message>
    <message>
        <source>Reference an explicit version tag, preferably with its digest (`app:1.4.2@sha256:...`), and roll out by changing it.</source>
        <translation>Verweisen Sie auf ein explizites Versions-Tag, am besten mit Digest (`app:1.4.2@sha256:...`), und rollen Sie Änderungen aus, indem Sie es ändern.</translation>
    </message>
    <message>
        <source>Missing CPU/memory requests or limits</source>
        <translation>CPU-/Speicher-Requests oder -Limits fehlen</translation>
    </message>
    <message>
        <source>Without requests the scheduler cannot place pods sensibly; without limits one container can exhaust its node and get its neighbours evicted.</source>
        <translation>Ohne Requests kann der Scheduler Pods nicht sinnvoll platzieren; ohne Limits kann ein einzelner Container seinen Node erschöpfen und dafür sorgen, dass benachbarte Pods verdrängt werden.</translation>
    </message>
    <message>
        <source>Set `resources.requests` and `resources.limits` for both `cpu` and `memory` on every container, sized from observed usage.</source>
        <translation>Setzen Sie `resources.requests` und `resources.limits` für `cpu` und `memory` bei jedem Container, bemessen nach dem beobachteten Verbrauch.</translation>
    </message>
    <message>
        <source>Missing readiness or liveness probe</source>
        <translation>Readiness- oder Liveness-Probe fehlt</translation>
    </message>
    <message>
        <source>Without a readiness probe, traffic reaches pods before they can serve and during shutdown; without a liveness probe a hung process is never restarted.</source>
        <translation>Ohne Readiness-Probe erreicht Traffic die Pods, bevor sie antworten können, und während des Herunterfahrens; ohne Liveness-Probe wird ein hängender Prozess nie neu gestartet.</translation>
    </message>
    <message>
        <source>Add a `readinessProbe` (can it serve now?) and a `livenessProbe` (is it stuck?) to every long-running container; use a startupProbe for slow starts.</source>
        <translation>Fügen Sie jedem lang laufenden Container eine `readinessProbe` (kann er jetzt antworten?) und eine `livenessProbe` (hängt er?) hinzu; verwenden Sie eine startupProbe für langsame Starts.</translation>
    </message>
    <message>
        <source>No NetworkPolicy</source>
        <translation>Keine NetworkPolicy</translation>
    </message>
    <message>
        <source>Without any NetworkPolicy every pod accepts traffic from every other pod in the cluster, so one compromised workload can reach all the others, databases included.</source>
        <translation>Ohne jede NetworkPolicy nimmt jeder Pod Traffic von jedem anderen Pod im Cluster an, sodass ein kompromittierter Workload alle anderen erreichen kann, Datenbanken eingeschlossen.</translation>
    </message>
    <message>
        <source>Add a default-deny NetworkPolicy per namespace and policies that allow only the flows each workload needs.</source>
        <translation>Fügen Sie pro Namespace eine Default-Deny-NetworkPolicy hinzu sowie Policies, die nur die Verbindungen erlauben, die der jeweilige Workload braucht.</translation>
    </message>
    <message>
        <source>No PodDisruptionBudget for a replicated workload</source>
        <translation>Kein PodDisruptionBudget für einen replizierten Workload</translation>
    </message>
    <message>
        <source>Without a PodDisruptionBudget, a node drain or cluster upgrade may evict all replicas at once, turning routine maintenance into an outage.</source>
        <translation>Ohne PodDisruptionBudget kann ein Node-Drain oder Cluster-Upgrade alle Replikate gleichzeitig verdrängen und so aus routinemäßiger Wartung einen Ausfall machen.</translation>
    </message>
    <message>
        <source>Add a PodDisruptionBudget whose selector matches the pod labels, with `minAvailable` or `maxUnavailable` fitting the replica count.</source>
        <translation>Fügen Sie ein PodDisruptionBudget hinzu, dessen Selector zu den Pod-Labels passt, mit einem zur Anzahl der Replikate passenden `minAvailable` oder `maxUnavailable`.</translation>
    </message>
    <message>
        <source>not valid YAML, Kubernetes rules skipped for the broken document (%1)</source>
        <translation>kein gültiges YAML, Kubernetes-Regeln für das fehlerhafte Dokument übersprungen (%1)</translation>
    </message>
    <message>
        <source>Helm template, not valid YAML: skipped</source>
        <translation>Helm-Template, kein gültiges YAML: übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) (e.g. in %1) but no NetworkPolicy anywhere in the repository</source>
        <translation>
            <numerusform>%n Workload (z. B. in %1), aber nirgends im Repository eine NetworkPolicy</numerusform>
            <numerusform>%n Workloads (z. B. in %1), aber nirgends im Repository eine NetworkPolicy</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; runs %3 replicas but no PodDisruptionBudget selects its pods (%4)</source>
        <translation>%1 &apos;%2&apos; läuft mit %3 Replikaten, aber kein PodDisruptionBudget wählt seine Pods aus (%4)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is scaled out by a HorizontalPodAutoscaler but no PodDisruptionBudget selects its pods (%3)</source>
        <translation>%1 &apos;%2&apos; wird von einem HorizontalPodAutoscaler skaliert, aber kein PodDisruptionBudget wählt seine Pods aus (%3)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;</source>
        <translation>%1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 sets %2: true and shares the node&apos;s namespace</source>
        <translation>%1 setzt %2: true und teilt den Namespace des Nodes</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;, init container &apos;%3&apos;</source>
        <translation>%1 &apos;%2&apos;, Init-Container &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;, container &apos;%3&apos;</source>
        <translation>%1 &apos;%2&apos;, Container &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 uses image %2, which is untagged or :latest</source>
        <translation>%1 verwendet das Image %2, das kein Tag hat oder :latest ist</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation>%1 hat keine %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 runs as UID 0 (runAsUser: 0)</source>
        <translation>%1 läuft mit UID 0 (runAsUser: 0)</translation>
    </message>
    <message>
        <source>%1 sets runAsNonRoot: false</source>
        <translation>%1 setzt runAsNonRoot: false</translation>
    </message>
    <message>
        <source>%1 may run as root: neither runAsNonRoot: true nor a non-zero runAsUser is set</source>
        <translation>%1 läuft möglicherweise als root: weder runAsNonRoot: true noch ein runAsUser ungleich null ist gesetzt</translation>
    </message>
    <message>
        <source>%1 runs privileged</source>
        <translation>%1 läuft privilegiert</translation>
    </message>
    <message>
        <source>%1 does not set allowPrivilegeEscalation: false</source>
        <translation>%1 setzt allowPrivilegeEscalation: false nicht</translation>
    </message>
    <message>
        <source>%1 does not set readOnlyRootFilesystem: true</source>
        <translation>%1 setzt readOnlyRootFilesystem: true nicht</translation>
    </message>
    <message>
        <source>%1 does not drop ALL capabilities</source>
        <translation>%1 entfernt nicht ALL Capabilities</translation>
    </message>
    <message>
        <source>%1 uses the seccomp profile %2</source>
        <translation>%1 verwendet das seccomp-Profil %2</translation>
    </message>
    <message>
        <source>%1 has no seccomp profile (RuntimeDefault or Localhost)</source>
        <translation>%1 hat kein seccomp-Profil (RuntimeDefault oder Localhost)</translation>
    </message>
    <message>
        <source>%1 is missing %2</source>
        <translation>Bei %1 fehlt: %2</translation>
    </message>
</context>
<context>
    <name>greenlight::ListCommand</name>
    <message>
        <source>List the assessments with their progress.</source>
        <translation>Die Bewertungen mit ihrem Fortschritt auflisten.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No assessments. Create one with &apos;greenlight-cli new&apos; or try &apos;greenlight-cli demo&apos;.</source>
        <translation>Keine Bewertungen. Legen Sie eine mit &apos;greenlight-cli new&apos; an oder probieren Sie &apos;greenlight-cli demo&apos; aus.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>SYSTEM</source>
        <translation>SYSTEM</translation>
    </message>
    <message>
        <source>RELEASE</source>
        <translation>RELEASE</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>PROGRESS</source>
        <translation>FORTSCHRITT</translation>
    </message>
    <message>
        <source>%1/%2 (%3%)</source>
        <translation>%1/%2 (%3%)</translation>
    </message>
</context>
<context>
    <name>greenlight::MainWindow</name>
    <message>
        <source>Greenlight</source>
        <translation>Greenlight</translation>
    </message>
    <message>
        <source>Could not read the assessments: %1</source>
        <translation>Die Bewertungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Assessment List</source>
        <translation>&amp;Bewertungsliste</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>Alle &amp;ausklappen</translation>
    </message>
    <message>
        <source>&amp;Collapse All</source>
        <translation>Alle &amp;einklappen</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Set &amp;Status</source>
        <translation>S&amp;tatus setzen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Could not open the assessment: %1</source>
        <translation>Die Bewertung konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>%1 — Greenlight</source>
        <translation>%1 — Greenlight</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Could not compute the progress: %1</source>
        <translation>Der Fortschritt konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Some template files were skipped (problems: %1). First: %2</source>
        <translation>Einige Vorlagendateien wurden übersprungen (Probleme: %1). Erstes: %2</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Audit &amp;History…</source>
        <translation>Änderungs&amp;verlauf…</translation>
    </message>
    <message>
        <source>Who changed what and when, for the assessment or the current item</source>
        <translation>Wer hat was wann geändert – für die Bewertung oder den aktuellen Prüfpunkt</translation>
    </message>
    <message>
        <source>&amp;Waivers Expiring Soon…</source>
        <translation>Bald ablaufende &amp;Ausnahmen…</translation>
    </message>
    <message>
        <source>Waivers that lapse soon: their items count as failed again afterwards</source>
        <translation>Ausnahmen, die bald ablaufen: Ihre Prüfpunkte gelten danach wieder als nicht bestanden</translation>
    </message>
    <message>
        <source>Scans are unavailable: could not open the store for them: %1</source>
        <translation>Scans sind nicht verfügbar: Die Datenbank dafür konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>The item %1 is not in this assessment&apos;s checklist.</source>
        <translation>Der Prüfpunkt %1 ist nicht in der Checkliste dieser Bewertung enthalten.</translation>
    </message>
    <message>
        <source>That finding is no longer open.</source>
        <translation>Dieser Befund ist nicht mehr offen.</translation>
    </message>
    <message>
        <source>Evidence and sign-off are unavailable: could not open the store for them: %1</source>
        <translation>Nachweise und Freigabe sind nicht verfügbar: Die Datenbank dafür konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>S&amp;can</source>
        <translation>&amp;Scan</translation>
    </message>
    <message>
        <source>Could not read the scans: %1</source>
        <translation>Die Scans konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the sign-offs: %1</source>
        <translation>Die Freigaben konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Item %1 is not in this assessment.</source>
        <translation>Der Prüfpunkt %1 ist nicht in dieser Bewertung enthalten.</translation>
    </message>
    <message>
        <source>Readiness at a glance: the verdict and why, progress, findings, the burn-up, expiring waivers and sign-offs</source>
        <translation>Go-live-Bereitschaft auf einen Blick: das Urteil und seine Gründe, Fortschritt, Befunde, Burn-up, ablaufende Ausnahmen und Freigaben</translation>
    </message>
    <message>
        <source>Every item of the assessment, to assess one by one</source>
        <translation>Alle Prüfpunkte der Bewertung, um sie einzeln zu bewerten</translation>
    </message>
    <message>
        <source>Scan the repository and review what the scan found</source>
        <translation>Das Repository scannen und prüfen, was der Scan gefunden hat</translation>
    </message>
    <message>
        <source>Sign-off roles and signatures, and what blocks Deployment Approval</source>
        <translation>Freigaberollen und Unterschriften sowie was die Deployment-Freigabe blockiert</translation>
    </message>
</context>
<context>
    <name>greenlight::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Hides this message</source>
        <translation>Blendet diese Meldung aus</translation>
    </message>
</context>
<context>
    <name>greenlight::MultiSelectButton</name>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Filter button: &quot;Status: any&quot;, &quot;Severity: Critical, High&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 filter: %2</source>
        <extracomment>Accessible name of a filter button: &quot;Status filter: any&quot;</extracomment>
        <translation>%1-Filter: %2</translation>
    </message>
</context>
<context>
    <name>greenlight::NewAssessmentDialog</name>
    <message>
        <source>New Assessment</source>
        <translation>Neue Bewertung</translation>
    </message>
    <message>
        <source>e.g. Payments 2.4 go-live</source>
        <translation>z. B. Go-live Payments 2.4</translation>
    </message>
    <message>
        <source>e.g. Payments API</source>
        <translation>z. B. Payments API</translation>
    </message>
    <message>
        <source>e.g. 2.4.0</source>
        <translation>z. B. 2.4.0</translation>
    </message>
    <message>
        <source>Optional: the source repository to scan later</source>
        <translation>Optional: das Quell-Repository, das später gescannt werden soll</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Prüfpunkte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;System:</source>
        <translation>&amp;System:</translation>
    </message>
    <message>
        <source>&amp;Release:</source>
        <translation>&amp;Release:</translation>
    </message>
    <message>
        <source>Re&amp;pository:</source>
        <translation>Re&amp;pository:</translation>
    </message>
    <message>
        <source>&amp;Checklists:</source>
        <translation>&amp;Checklisten:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>No checklist templates are available. Add templates to the template folder or start Greenlight with --templates DIR.</source>
        <translation>Es sind keine Checklisten-Vorlagen verfügbar. Fügen Sie Vorlagen zum Vorlagenordner hinzu oder starten Sie Greenlight mit --templates DIR.</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>ein Name</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>das System</translation>
    </message>
    <message>
        <source>the release</source>
        <translation>das Release</translation>
    </message>
    <message>
        <source>at least one checklist</source>
        <translation>mindestens eine Checkliste</translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <extracomment>%1 is a list such as &quot;a name, the release&quot;</extracomment>
        <translation>Noch erforderlich: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Items in the new assessment: %1</source>
        <translation>Prüfpunkte in der neuen Bewertung: %1</translation>
    </message>
    <message>
        <source>Choose the Repository</source>
        <translation>Repository auswählen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>A name for the assessment, e.g. the release it signs off</source>
        <translation>Ein Name für die Bewertung, z. B. das Release, das sie freigibt</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>The system being released</source>
        <translation>Das System, das released wird</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>The version being released</source>
        <translation>Die Version, die released wird</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Optional: the folder of the system&apos;s source repository, for scans</source>
        <translation>Optional: der Ordner des Quell-Repositorys des Systems, für Scans</translation>
    </message>
    <message>
        <source>Browse for the repository</source>
        <translation>Nach dem Repository suchen</translation>
    </message>
    <message>
        <source>Chooses the repository folder in a folder dialog</source>
        <translation>Wählt den Repository-Ordner in einem Ordnerdialog aus</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <source>The checklist templates to work through; the checked ones make up the assessment. Space checks or unchecks one.</source>
        <translation>Die Checklisten-Vorlagen, die abgearbeitet werden; die angehakten bilden die Bewertung. Die Leertaste hakt eine an oder ab.</translation>
    </message>
    <message>
        <source>Create assessment</source>
        <translation>Bewertung erstellen</translation>
    </message>
    <message>
        <source>Creates the assessment from the checked checklists</source>
        <translation>Erstellt die Bewertung aus den angehakten Checklisten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Closes without creating anything</source>
        <translation>Schließt, ohne etwas zu erstellen</translation>
    </message>
</context>
<context>
    <name>greenlight::NewCommand</name>
    <message>
        <source>Create an assessment and print its id.</source>
        <translation>Eine Bewertung anlegen und ihre ID ausgeben.</translation>
    </message>
    <message>
        <source>Creates an assessment for one release of a system over the chosen templates
and prints its id. The templates&apos; items are copied into the assessment, so
later template edits never change it.

Note: --templates here takes template ids (see &apos;greenlight-cli templates&apos;); an
extra template folder is the global option, given before the command:
  greenlight-cli --templates ./my-templates new --templates security,team ...</source>
        <translation>Legt eine Bewertung für ein Release eines Systems mit den gewählten Vorlagen an
und gibt ihre ID aus. Die Prüfpunkte der Vorlagen werden in die Bewertung
kopiert, spätere Änderungen an den Vorlagen wirken sich also nie auf sie aus.

Hinweis: --templates nimmt hier Vorlagen-IDs an (siehe
&apos;greenlight-cli templates&apos;); ein zusätzlicher Vorlagenordner ist die globale
Option, die vor dem Befehl steht:
  greenlight-cli --templates ./my-templates new --templates security,team ...</translation>
    </message>
    <message>
        <source>Name of the assessment (required).</source>
        <translation>Name der Bewertung (erforderlich).</translation>
    </message>
    <message>
        <source>System being released (required).</source>
        <translation>System, das released wird (erforderlich).</translation>
    </message>
    <message>
        <source>Release or version (required).</source>
        <translation>Release oder Version (erforderlich).</translation>
    </message>
    <message>
        <source>The system&apos;s source repository.</source>
        <translation>Das Quell-Repository des Systems.</translation>
    </message>
    <message>
        <source>Comma-separated template ids, or &apos;all&apos; (required).</source>
        <translation>Kommagetrennte Vorlagen-IDs oder &apos;all&apos; (erforderlich).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>--templates names no template</source>
        <translation>--templates nennt keine Vorlage</translation>
    </message>
    <message>
        <source>unknown template(s): %1 (available: %2)</source>
        <translation>unbekannte Vorlage(n): %1 (verfügbar: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>repository %1 is not a folder on this machine</source>
        <translation>Repository %1 ist kein Ordner auf diesem Rechner</translation>
    </message>
</context>
<context>
    <name>greenlight::PackageJsonParser</name>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>kein gültiges JSON (%1 an Offset %2)</translation>
    </message>
</context>
<context>
    <name>greenlight::PathGlob</name>
    <message>
        <source>a &apos;\&apos; at the end escapes nothing</source>
        <translation>ein &apos;\&apos; am Ende maskiert nichts</translation>
    </message>
    <message>
        <source>&apos;[&apos; at character %1 is never closed with &apos;]&apos;</source>
        <translation>&apos;[&apos; an Zeichen %1 wird nie mit &apos;]&apos; geschlossen</translation>
    </message>
    <message>
        <source>the glob is empty</source>
        <translation>das Glob-Muster ist leer</translation>
    </message>
    <message>
        <source>empty path segment (&apos;//&apos;) at character %1</source>
        <translation>leeres Pfadsegment (&apos;//&apos;) an Zeichen %1</translation>
    </message>
</context>
<context>
    <name>greenlight::Preferences</name>
    <message>
        <source>Enter the full path of the store file, for example %1.</source>
        <translation>Geben Sie den vollständigen Pfad der Datenbankdatei ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>%1 is a folder. Enter the path of a file in it, for example %2.</source>
        <translation>%1 ist ein Ordner. Geben Sie den Pfad einer Datei darin ein, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Greenlight cannot write to the folder %1.</source>
        <translation>Greenlight kann nicht in den Ordner %1 schreiben.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>Greenlight cannot write to %1.</source>
        <translation>Greenlight kann nicht in %1 schreiben.</translation>
    </message>
    <message>
        <source>%1 is not a Greenlight store. Choose a Greenlight store or a new file name.</source>
        <translation>%1 ist keine Greenlight-Datenbank. Wählen Sie eine Greenlight-Datenbank oder einen neuen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>greenlight::PreferencesActions</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Store location, size limits, language and theme</source>
        <translation>Speicherort der Datenbank, Größengrenzen, Sprache und Farbschema</translation>
    </message>
</context>
<context>
    <name>greenlight::PreferencesDialog</name>
    <message>
        <source> MiB</source>
        <extracomment>The unit after a size limit in Preferences: mebibytes.</extracomment>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>&amp;Use the default</source>
        <translation>Standard &amp;verwenden</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Speicherort:</translation>
    </message>
    <message>
        <source>Size limits</source>
        <translation>Größengrenzen</translation>
    </message>
    <message>
        <source>&amp;Evidence files up to:</source>
        <translation>&amp;Nachweisdateien bis:</translation>
    </message>
    <message>
        <source>Larger files are refused; attach a link to them instead.</source>
        <translation>Größere Dateien werden abgelehnt; hängen Sie stattdessen einen Link darauf an.</translation>
    </message>
    <message>
        <source>&amp;Scanned files up to:</source>
        <translation>&amp;Gescannte Dateien bis:</translation>
    </message>
    <message>
        <source>Scans skip larger files and list them as skipped.</source>
        <translation>Scans überspringen größere Dateien und führen sie als übersprungen auf.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Use the default store</source>
        <translation>Standarddatenbank verwenden</translation>
    </message>
    <message>
        <source>Open the store in Greenlight&apos;s data folder, %1</source>
        <translation>Die Datenbank im Datenordner von Greenlight öffnen, %1</translation>
    </message>
    <message>
        <source>Store location</source>
        <translation>Speicherort der Datenbank</translation>
    </message>
    <message>
        <source>The store file Greenlight opens when it starts without --db</source>
        <translation>Die Datenbankdatei, die Greenlight beim Start ohne --db öffnet</translation>
    </message>
    <message>
        <source>Browse for the store</source>
        <translation>Nach der Datenbank suchen</translation>
    </message>
    <message>
        <source>Choose the store file in a file dialog</source>
        <translation>Die Datenbankdatei in einem Dateidialog auswählen</translation>
    </message>
    <message>
        <source>Evidence size limit</source>
        <translation>Größengrenze für Nachweise</translation>
    </message>
    <message>
        <source>Evidence files larger than this are refused; attach a link to them instead</source>
        <translation>Größere Nachweisdateien werden abgelehnt; hängen Sie stattdessen einen Link darauf an</translation>
    </message>
    <message>
        <source>Scanned file size limit</source>
        <translation>Größengrenze für gescannte Dateien</translation>
    </message>
    <message>
        <source>Scans skip files larger than this and list them as skipped</source>
        <translation>Scans überspringen größere Dateien und führen sie als übersprungen auf</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of Greenlight, from its next start</source>
        <translation>Die Sprache von Greenlight, ab dem nächsten Start</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s colours, or always use the light or the dark palette</source>
        <translation>Den Farben des Desktops folgen oder immer die helle oder die dunkle Palette verwenden</translation>
    </message>
    <message>
        <source>Save the preferences and close</source>
        <translation>Einstellungen speichern und schließen</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Schließen, ohne etwas zu ändern</translation>
    </message>
    <message>
        <source>Fill in the default values; nothing is saved until OK</source>
        <translation>Standardwerte eintragen; gespeichert wird erst mit OK</translation>
    </message>
    <message>
        <source>Store Location</source>
        <translation>Speicherort der Datenbank</translation>
    </message>
    <message>
        <source>Greenlight stores (*.sqlite);;All files (*)</source>
        <translation>Greenlight-Datenbanken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter the store file, or use the default.</source>
        <translation>Geben Sie die Datenbankdatei ein oder verwenden Sie den Standard.</translation>
    </message>
    <message>
        <source>Greenlight opens this store from its next start. This window keeps working in %1.</source>
        <translation>Greenlight öffnet diese Datenbank ab dem nächsten Start. Dieses Fenster arbeitet weiter mit %1.</translation>
    </message>
    <message>
        <source>There is no store there yet: Greenlight creates an empty one at its next start. This window keeps working in %1.</source>
        <translation>Dort gibt es noch keine Datenbank: Greenlight legt beim nächsten Start eine leere an. Dieses Fenster arbeitet weiter mit %1.</translation>
    </message>
    <message>
        <source>Greenlight speaks this language from its next start.</source>
        <translation>Greenlight verwendet diese Sprache ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>greenlight::ProgressChart</name>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>Progress by template</source>
        <translation>Fortschritt nach Vorlage</translation>
    </message>
    <message>
        <source>Progress by section</source>
        <translation>Fortschritt nach Abschnitt</translation>
    </message>
    <message>
        <source>%1: %2 of %3 items %4. Click to show them.</source>
        <translation>%1: %4 – %2 von %3 Prüfpunkten. Klicken Sie, um sie anzuzeigen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Progress chart</source>
        <translation>Fortschrittsdiagramm</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done, %4 failed, %5 open</source>
        <translation>%1: %2 von %3 erledigt, %4 nicht bestanden, %5 offen</translation>
    </message>
    <message>
        <source>No assessment is open.</source>
        <translation>Es ist keine Bewertung geöffnet.</translation>
    </message>
    <message>
        <source>%1. %2.</source>
        <translation>%1. %2.</translation>
    </message>
</context>
<context>
    <name>greenlight::ProgressSummary</name>
    <message>
        <source>%1 of %2 assessed · %3 passed · %4 failed · %5 n/a</source>
        <extracomment>Status bar progress; &quot;n/a&quot; = not applicable</extracomment>
        <translation>%1 von %2 bewertet · %3 bestanden · %4 nicht bestanden · %5 n. z.</translation>
    </message>
    <message>
        <source>%1 in progress, %2 not started</source>
        <translation>%1 in Arbeit, %2 nicht begonnen</translation>
    </message>
    <message>
        <source>%1 of %2 assessed · %3 passed · %4 waived · %5 failed · %6 n/a</source>
        <extracomment>Status bar progress; &quot;n/a&quot; = not applicable; waived = failed, risk accepted</extracomment>
        <translation>%1 von %2 bewertet · %3 bestanden · %4 mit Ausnahme · %5 nicht bestanden · %6 n. z.</translation>
    </message>
</context>
<context>
    <name>greenlight::ReadinessPanel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Judged with failures and findings of severity %1 or worse blocking go-live</source>
        <translation>Beurteilt mit nicht bestandenen Prüfpunkten und Befunden ab Schweregrad %1 als Go-live-Blocker</translation>
    </message>
    <message>
        <source>%1 of %2 done (%3%)</source>
        <translation>%1 von %2 erledigt (%3%)</translation>
    </message>
    <message>
        <source>%1 passed · %2 not applicable&lt;br&gt;&lt;span style=&quot;color:%3&quot;&gt;%4 waived&lt;/span&gt; · &lt;span style=&quot;color:%5&quot;&gt;%6 failed&lt;/span&gt;&lt;br&gt;%7 in progress · %8 not started</source>
        <translation>%1 bestanden · %2 nicht zutreffend&lt;br&gt;&lt;span style=&quot;color:%3&quot;&gt;%4 mit Ausnahme&lt;/span&gt; · &lt;span style=&quot;color:%5&quot;&gt;%6 nicht bestanden&lt;/span&gt;&lt;br&gt;%7 in Arbeit · %8 nicht begonnen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;br&gt;%n with an expired waiver</source>
        <translation>
            <numerusform>&lt;br&gt;%n mit abgelaufener Ausnahme</numerusform>
            <numerusform>&lt;br&gt;%n mit abgelaufener Ausnahme</numerusform>
        </translation>
    </message>
    <message>
        <source>Every item is done, nothing is failed or waived and no finding is open.</source>
        <translation>Alle Prüfpunkte sind erledigt, nichts ist nicht bestanden oder per Ausnahme akzeptiert, und kein Befund ist offen.</translation>
    </message>
    <message>
        <source>Verdict reasons</source>
        <translation>Gründe für das Urteil</translation>
    </message>
    <message>
        <source>Why the verdict is what it is: what blocks go-live, what needs fixing and which sign-offs are pending</source>
        <translation>Warum das Urteil so ausfällt: was den Go-live blockiert, was korrigiert werden muss und welche Freigaben ausstehen</translation>
    </message>
</context>
<context>
    <name>greenlight::ReadinessVerdict</name>
    <message>
        <source>Items not yet assessed: %1 of %2.</source>
        <translation>Noch nicht bewertete Prüfpunkte: %1 von %2.</translation>
    </message>
    <message>
        <source>%1 failed; its waiver has expired.</source>
        <translation>%1 nicht bestanden; die Ausnahme ist abgelaufen.</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 nicht bestanden.</translation>
    </message>
    <message>
        <source>%1 (%2) is waived until %3: %4</source>
        <translation>Für %1 (%2) gilt eine Ausnahme bis %3: %4</translation>
    </message>
    <message>
        <source>[%1] %2 at %3.</source>
        <translation>[%1] %2 in %3.</translation>
    </message>
    <message>
        <source>%1 rejected (%2): %3</source>
        <translation>%1 abgelehnt (%2): %3</translation>
    </message>
    <message>
        <source>%1 approved with conditions (%2): %3</source>
        <translation>%1 unter Auflagen genehmigt (%2): %3</translation>
    </message>
    <message>
        <source>%1: signed by %2, but the content changed since.</source>
        <translation>%1: freigegeben von %2, aber der Inhalt hat sich seitdem geändert.</translation>
    </message>
    <message>
        <source>%1: not signed yet.</source>
        <translation>%1: noch nicht freigegeben.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Ready with fixes</source>
        <translation>Bereit mit Korrekturen</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>The audit trail is broken: %1</source>
        <translation>Das Prüfprotokoll ist unterbrochen: %1</translation>
    </message>
    <message>
        <source>The assessment has no checklist items.</source>
        <translation>Die Bewertung hat keine Prüfpunkte.</translation>
    </message>
</context>
<context>
    <name>greenlight::RecentAssessments</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>A recent assessment in File → Open Recent: the system, then the release.</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>greenlight::RecentAssessmentsMenu</name>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <source>Empty the list of recent assessments; nothing is deleted</source>
        <translation>Die Liste der zuletzt geöffneten Bewertungen leeren; es wird nichts gelöscht</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A recent assessment of another store: its label, then the store&apos;s file name.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The store %1 no longer exists, so “%2” was removed from the recent assessments.</source>
        <translation>Die Datenbank %1 existiert nicht mehr, daher wurde „%2“ aus den zuletzt geöffneten Bewertungen entfernt.</translation>
    </message>
    <message>
        <source>Could not start Greenlight on the store %1.</source>
        <translation>Greenlight konnte nicht mit der Datenbank %1 gestartet werden.</translation>
    </message>
    <message>
        <source>Could not open the assessment: %1</source>
        <translation>Die Bewertung konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>There is no assessment %1 in this store; it may have been deleted.</source>
        <translation>In dieser Datenbank gibt es keine Bewertung %1; sie wurde möglicherweise gelöscht.</translation>
    </message>
    <message>
        <source>The assessment “%1” no longer exists: it was deleted. It was removed from the recent assessments.</source>
        <translation>Die Bewertung „%1“ existiert nicht mehr: Sie wurde gelöscht. Sie wurde aus den zuletzt geöffneten Bewertungen entfernt.</translation>
    </message>
    <message>
        <source>Open %1 from %2</source>
        <translation>%1 aus %2 öffnen</translation>
    </message>
    <message>
        <source>No Recent Assessments</source>
        <translation>Keine zuletzt geöffneten Bewertungen</translation>
    </message>
    <message>
        <source>&amp;Open Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
</context>
<context>
    <name>greenlight::ReportCommand</name>
    <message>
        <source>Write an assessment&apos;s approval pack: Markdown, HTML, PDF or JSON.</source>
        <translation>Das Freigabepaket einer Bewertung schreiben: Markdown, HTML, PDF oder JSON.</translation>
    </message>
    <message>
        <source>ASSESSMENT</source>
        <translation>ASSESSMENT</translation>
    </message>
    <message>
        <source>The pack holds the verdict and its reasons, the summary per category, the
findings numbered by severity, every item with its evidence, the waivers, the
sign-off block, the scanned commit and the audit-chain head. Secrets stay
redacted. The JSON schema is docs/report-schema.json.
Exit status: 0 written (whatever the verdict: use &apos;gate&apos; to judge), 2 usage,
store or write error.</source>
        <translation>Das Paket enthält das Urteil und seine Gründe, die Zusammenfassung je Kategorie,
die nach Schweregrad nummerierten Befunde, jeden Prüfpunkt mit seinen
Nachweisen, die Ausnahmen, den Freigabeblock, den gescannten Commit und den Kopf
der Prüfprotokollkette. Secrets bleiben geschwärzt. Das JSON-Schema ist
docs/report-schema.json.
Exit-Status: 0 geschrieben (unabhängig vom Urteil: &apos;gate&apos; bewertet es), 2
Aufruf-, Datenbank- oder Schreibfehler.</translation>
    </message>
    <message>
        <source>md, html, pdf or json (default: from the --output suffix, else md).</source>
        <translation>md, html, pdf oder json (Standard: nach der Endung von --output, sonst md).</translation>
    </message>
    <message>
        <source>Write to FILE (atomically); &apos;-&apos; or none: stdout (not for pdf).</source>
        <translation>In FILE schreiben (atomar); &apos;-&apos; oder keine Angabe: stdout (nicht für pdf).</translation>
    </message>
    <message>
        <source>PDF page size: a4 or letter (default: from the locale).</source>
        <translation>PDF-Seitenformat: a4 oder letter (Standard: aus dem Gebietsschema).</translation>
    </message>
    <message>
        <source>The verdict&apos;s blocking severity, as for gate (default high).</source>
        <translation>Der blockierende Schweregrad für das Urteil, wie bei gate (Standard high).</translation>
    </message>
    <message>
        <source>missing ASSESSMENT</source>
        <translation>ASSESSMENT fehlt</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use %2)</source>
        <translation>unbekanntes Format &apos;%1&apos; (verwenden Sie %2)</translation>
    </message>
    <message>
        <source>cannot tell the format from &apos;%1&apos;: give --format</source>
        <translation>das Format lässt sich aus &apos;%1&apos; nicht ableiten: geben Sie --format an</translation>
    </message>
    <message>
        <source>a PDF needs --output FILE</source>
        <translation>ein PDF erfordert --output FILE</translation>
    </message>
    <message>
        <source>unknown page size &apos;%1&apos; (use a4 or letter)</source>
        <translation>unbekanntes Seitenformat &apos;%1&apos; (verwenden Sie a4 oder letter)</translation>
    </message>
    <message>
        <source>%1: wrote %2 (%3)</source>
        <translation>%1: %2 geschrieben (%3)</translation>
    </message>
</context>
<context>
    <name>greenlight::ReportExporter</name>
    <message>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>greenlight::RuleCatalog</name>
    <message>
        <source>Unknown rule id(s): %1. Valid rule ids: %2</source>
        <translation>Unbekannte Regel-ID(s): %1. Gültige Regel-IDs: %2</translation>
    </message>
</context>
<context>
    <name>greenlight::RuleCatalogWriter</name>
    <message>
        <source>CI workflows</source>
        <translation>CI-Workflows</translation>
    </message>
    <message>
        <source>systemd units</source>
        <translation>systemd-Units</translation>
    </message>
    <message>
        <source>Custom rules (declared in templates)</source>
        <translation>Benutzerdefinierte Regeln (in Vorlagen deklariert)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>every file matching %1 must contain %2</source>
        <translation>jede Datei, die auf %1 passt, muss %2 enthalten</translation>
    </message>
    <message>
        <source>no line of a file matching %1 may match the regular expression %2</source>
        <translation>keine Zeile einer Datei, die auf %1 passt, darf auf den regulären Ausdruck %2 passen</translation>
    </message>
    <message>
        <source>a file matching %1 must exist</source>
        <translation>eine Datei, die auf %1 passt, muss existieren</translation>
    </message>
    <message>
        <source>no file matching %1 may exist</source>
        <translation>es darf keine Datei existieren, die auf %1 passt</translation>
    </message>
    <message>
        <source># Scan rule catalogue</source>
        <translation># Katalog der Scan-Regeln</translation>
    </message>
    <message>
        <source>The repository scan (`greenlight-cli scan`, and the Scan page of the app) runs these rules.
Rule set version %1: %2 rules, %3 built in and %4 declared by templates.</source>
        <translation>Der Repository-Scan (`greenlight-cli scan` und die Scan-Seite der App) führt diese Regeln aus.
Version des Regelsatzes %1: %2 Regeln, davon %3 integriert und %4 von Vorlagen deklariert.</translation>
    </message>
    <message>
        <source>Each rule lists the checklist items whose `checks:` name it: after a scan, such an item is
suggested *passed* when none of its rules found anything and *failed*, with the findings
as evidence, otherwise. The severity decides the exit status of `greenlight-cli scan
--fail-on` (default `high`) and the SARIF level (critical and high: error, medium: warning,
low and info: note). Secrets are never shown in clear: snippets keep a short prefix and
mask the rest.</source>
        <translation>Jede Regel führt die Prüfpunkte auf, deren `checks:` sie nennen: Nach einem Scan wird für
einen solchen Prüfpunkt *Bestanden* vorgeschlagen, wenn keine seiner Regeln etwas gefunden
hat, andernfalls *Nicht bestanden*, mit den Befunden als Nachweis. Der Schweregrad bestimmt
den Exit-Status von `greenlight-cli scan --fail-on` (Standard `high`) und das SARIF-Level
(critical und high: error, medium: warning, low und info: note). Secrets werden nie im
Klartext gezeigt: Ausschnitte behalten ein kurzes Präfix und maskieren den Rest.</translation>
    </message>
    <message>
        <source>Severity: %1 · Scope: %2</source>
        <translation>Schweregrad: %1 · Geltungsbereich: %2</translation>
    </message>
    <message>
        <source>the whole repository</source>
        <translation>das gesamte Repository</translation>
    </message>
    <message>
        <source>each file</source>
        <translation>jede Datei</translation>
    </message>
    <message>
        <source>Declared by the template %1: %2.</source>
        <translation>Deklariert von der Vorlage %1: %2.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>Checklist items: none.</source>
        <translation>Prüfpunkte: keine.</translation>
    </message>
    <message>
        <source>Checklist items:</source>
        <translation>Prüfpunkte:</translation>
    </message>
</context>
<context>
    <name>greenlight::RulesCommand</name>
    <message>
        <source>List the scan rules and the checklist items they bear on.</source>
        <translation>Die Scan-Regeln und die Prüfpunkte, die sie betreffen, auflisten.</translation>
    </message>
    <message>
        <source>Lists every rule &apos;scan&apos; can run: the built-in catalogue and the custom rules
declared by the templates, each with its severity and category. --format md
prints the full catalogue (rationale, fix and the template items whose checks:
name the rule) as Markdown: docs/rules.md is this output for the shipped
templates. --format json prints the same as one JSON object (formatVersion 1).</source>
        <translation>Listet jede Regel auf, die &apos;scan&apos; ausführen kann: den integrierten Katalog und
die benutzerdefinierten Regeln der Vorlagen, jeweils mit Schweregrad und
Kategorie. --format md gibt den vollständigen Katalog (Begründung, Behebung und
die Prüfpunkte der Vorlagen, deren checks: die Regel nennen) als Markdown aus:
docs/rules.md ist diese Ausgabe für die mitgelieferten Vorlagen. --format json
gibt dasselbe als ein JSON-Objekt aus (formatVersion 1).</translation>
    </message>
    <message>
        <source>Output format: text (default), md or json.</source>
        <translation>Ausgabeformat: text (Standard), md oder json.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use text, md or json)</source>
        <translation>unbekanntes Format &apos;%1&apos; (verwenden Sie text, md oder json)</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>KATEGORIE</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>PRÜFPUNKTE</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), rule set version %1.</source>
        <translation>
            <numerusform>%n Regel, Version des Regelsatzes %1.</numerusform>
            <numerusform>%n Regeln, Version des Regelsatzes %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::ScanCommand</name>
    <message>
        <source>Scan a repository for readiness findings (a CI gate).</source>
        <translation>Ein Repository auf Befunde zur Go-live-Bereitschaft scannen (ein CI-Gate).</translation>
    </message>
    <message>
        <source>[PATH]</source>
        <translation>[PATH]</translation>
    </message>
    <message>
        <source>Scans the source tree at PATH with the built-in rules and the custom rules of the
templates (&apos;greenlight-cli rules&apos; lists them) and writes the findings as text,
JSON, SARIF 2.1.0 or JUnit XML. With --assessment only that assessment&apos;s
templates count, PATH defaults to its repository, and the scan is recorded so
its findings become new, still open or fixed.

Exit status: 0 no finding at or above --fail-on, 1 some, 2 usage or I/O error,
130 interrupted.</source>
        <translation>Scannt den Quellbaum unter PATH mit den integrierten Regeln und den
benutzerdefinierten Regeln der Vorlagen (&apos;greenlight-cli rules&apos; listet sie auf)
und schreibt die Befunde als Text, JSON, SARIF 2.1.0 oder JUnit XML. Mit
--assessment zählen nur die Vorlagen dieser Bewertung, PATH ist standardmäßig
ihr Repository, und der Scan wird gespeichert, sodass seine Befunde als neu,
weiterhin offen oder behoben erkannt werden.

Exit-Status: 0 kein Befund ab --fail-on, 1 mindestens einer, 2 Aufruf- oder
E/A-Fehler, 130 unterbrochen.</translation>
    </message>
    <message>
        <source>Record the scan in ASSESSMENT (id or exact name) and use its templates only.</source>
        <translation>Den Scan in ASSESSMENT (ID oder exakter Name) speichern und nur deren Vorlagen verwenden.</translation>
    </message>
    <message>
        <source>Run only these rules: comma-separated ids, &apos;prefix.*&apos; selects a group (default: all).</source>
        <translation>Nur diese Regeln ausführen: kommagetrennte IDs, &apos;prefix.*&apos; wählt eine Gruppe (Standard: alle).</translation>
    </message>
    <message>
        <source>Report format: text (default), json, sarif or junit.</source>
        <translation>Berichtsformat: text (Standard), json, sarif oder junit.</translation>
    </message>
    <message>
        <source>Write the report to FILE (atomically) instead of stdout.</source>
        <translation>Den Bericht in FILE schreiben (atomar) statt auf stdout.</translation>
    </message>
    <message>
        <source>Exit 1 when a finding is at or above SEVERITY: critical, high (default), medium, low, info or never.</source>
        <translation>Exit-Status 1, wenn ein Befund mindestens SEVERITY hat: critical, high (Standard), medium, low, info oder never.</translation>
    </message>
    <message>
        <source>Skip files larger than BYTES (suffixes k, M, G; default 5M).</source>
        <translation>Dateien größer als BYTES überspringen (Suffixe k, M, G; Standard 5M).</translation>
    </message>
    <message>
        <source>unknown rule &apos;%1&apos; (run &apos;greenlight-cli rules&apos; for the list)</source>
        <translation>unbekannte Regel &apos;%1&apos; (&apos;greenlight-cli rules&apos; zeigt die Liste)</translation>
    </message>
    <message>
        <source>--rules selects no rule</source>
        <translation>--rules wählt keine Regel aus</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use text, json, sarif or junit)</source>
        <translation>unbekanntes Format &apos;%1&apos; (verwenden Sie text, json, sarif oder junit)</translation>
    </message>
    <message>
        <source>unknown severity &apos;%1&apos; for --fail-on (use critical, high, medium, low, info or never)</source>
        <translation>unbekannter Schweregrad &apos;%1&apos; für --fail-on (verwenden Sie critical, high, medium, low, info oder never)</translation>
    </message>
    <message>
        <source>invalid --max-file-size &apos;%1&apos; (a positive number of bytes, optionally with k, M or G)</source>
        <translation>ungültiger Wert für --max-file-size &apos;%1&apos; (eine positive Anzahl Bytes, optional mit k, M oder G)</translation>
    </message>
    <message>
        <source>no PATH given (and no --assessment to take it from)</source>
        <translation>kein PATH angegeben (und kein --assessment, aus dem er sich ergibt)</translation>
    </message>
    <message>
        <source>template &apos;%1&apos; of the assessment is not installed: its custom rules do not run</source>
        <translation>Vorlage &apos;%1&apos; der Bewertung ist nicht installiert: ihre benutzerdefinierten Regeln werden nicht ausgeführt</translation>
    </message>
    <message>
        <source>assessment &apos;%1&apos; names no repository: give PATH</source>
        <translation>Bewertung &apos;%1&apos; nennt kein Repository: geben Sie PATH an</translation>
    </message>
    <message>
        <source>custom rule &apos;%1&apos; of template &apos;%2&apos; is declared twice: the first declaration runs</source>
        <translation>benutzerdefinierte Regel &apos;%1&apos; der Vorlage &apos;%2&apos; ist doppelt deklariert: die erste Deklaration wird ausgeführt</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>interrupted: the scan was cancelled, nothing was written or recorded</source>
        <translation>unterbrochen: der Scan wurde abgebrochen, nichts wurde geschrieben oder gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>FAILED: %n finding(s) at or above %1</source>
        <translation>
            <numerusform>NICHT BESTANDEN: %n Befund ab %1</numerusform>
            <numerusform>NICHT BESTANDEN: %n Befunde ab %1</numerusform>
        </translation>
    </message>
    <message>
        <source>PASSED: nothing at or above %1</source>
        <translation>BESTANDEN: nichts ab %1</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), %1</source>
        <translation>
            <numerusform>%n Befund, %1</numerusform>
            <numerusform>%n Befunde, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(report: %1)</source>
        <translation>(Bericht: %1)</translation>
    </message>
    <message>
        <source>Recorded scan %1 of &apos;%2&apos;: %3 new, %4 still open, %5 fixed</source>
        <translation>Scan %1 von &apos;%2&apos; gespeichert: %3 neu, %4 weiterhin offen, %5 behoben</translation>
    </message>
    <message>
        <source>greenlight-cli: scanning %1</source>
        <translation>greenlight-cli: %1 wird gescannt</translation>
    </message>
</context>
<context>
    <name>greenlight::ScanControls</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Start Scan</source>
        <translation>Scan &amp;starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Folder of the system&apos;s source repository</source>
        <translation>Ordner des Quell-Repositorys des Systems</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>%1 files/s</source>
        <translation>%1 Dateien/s</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1 of %2 files · %3</source>
        <translation>%1 von %2 Dateien · %3</translation>
    </message>
    <message>
        <source>Choose the Repository to Scan</source>
        <translation>Zu scannendes Repository auswählen</translation>
    </message>
    <message>
        <source>Repository folder</source>
        <translation>Repository-Ordner</translation>
    </message>
    <message>
        <source>The folder of the system&apos;s source repository that the scan reads; Enter starts the scan</source>
        <translation>Der Ordner des Quell-Repositorys des Systems, den der Scan liest; die Eingabetaste startet den Scan</translation>
    </message>
    <message>
        <source>Browse for the repository</source>
        <translation>Nach dem Repository suchen</translation>
    </message>
    <message>
        <source>Chooses the repository folder in a folder dialog</source>
        <translation>Wählt den Repository-Ordner in einem Ordnerdialog aus</translation>
    </message>
    <message>
        <source>Start scan</source>
        <translation>Scan starten</translation>
    </message>
    <message>
        <source>Scans the repository folder with the rules of the assessment&apos;s checklists (Ctrl+R)</source>
        <translation>Scannt den Repository-Ordner mit den Regeln der Checklisten der Bewertung (Strg+R)</translation>
    </message>
    <message>
        <source>Cancel scan</source>
        <translation>Scan abbrechen</translation>
    </message>
    <message>
        <source>Stops the running scan; a cancelled scan records nothing (Esc)</source>
        <translation>Stoppt den laufenden Scan; ein abgebrochener Scan erfasst nichts (Esc)</translation>
    </message>
</context>
<context>
    <name>greenlight::ScanEngine</name>
    <message>
        <source>No repository path given.</source>
        <translation>Kein Repository-Pfad angegeben.</translation>
    </message>
    <message>
        <source>Repository path %1 does not exist.</source>
        <translation>Der Repository-Pfad %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Repository path %1 is not a directory.</source>
        <translation>Der Repository-Pfad %1 ist kein Verzeichnis.</translation>
    </message>
    <message>
        <source>Repository path %1 cannot be read: permission denied.</source>
        <translation>Der Repository-Pfad %1 kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
</context>
<context>
    <name>greenlight::ScanEvidencePanel</name>
    <message>
        <source>Set the status the scan suggests and add its findings to the note</source>
        <translation>Den vom Scan vorgeschlagenen Status setzen und seine Befunde zur Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Open findings of this item</source>
        <translation>Offene Befunde dieses Prüfpunkts</translation>
    </message>
    <message>
        <source>Double-click a finding to open it on the Scan page</source>
        <translation>Doppelklicken Sie auf einen Befund, um ihn auf der Scan-Seite zu öffnen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Automated checks (%1) have not run yet: scan the repository on the Scan page.</source>
        <translation>Die automatisierten Prüfungen (%1) wurden noch nicht ausgeführt: Scannen Sie das Repository auf der Scan-Seite.</translation>
    </message>
    <message>
        <source>Scan suggests: %1</source>
        <translation>Scan schlägt vor: %1</translation>
    </message>
    <message>
        <source>Scan agrees: %1</source>
        <translation>Scan bestätigt: %1</translation>
    </message>
    <message>
        <source>1 open finding</source>
        <translation>1 offener Befund</translation>
    </message>
    <message>
        <source>%1 open findings</source>
        <translation>%1 offene Befunde</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — no open findings (%2)</source>
        <translation>%1 — keine offenen Befunde (%2)</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Scan of %1</source>
        <translation>Scan vom %1</translation>
    </message>
    <message>
        <source> (commit %1)</source>
        <translation> (Commit %1)</translation>
    </message>
    <message>
        <source>%1: %2, no open findings for %3.</source>
        <translation>%1: %2, keine offenen Befunde für %3.</translation>
    </message>
    <message>
        <source>%1: %2, %3:</source>
        <translation>%1: %2, %3:</translation>
    </message>
    <message>
        <source>- … and %1 more</source>
        <translation>- … und %1 weitere</translation>
    </message>
    <message>
        <source>A&amp;pply Suggestion</source>
        <translation>Vorschlag &amp;übernehmen</translation>
    </message>
    <message>
        <source>Apply scan suggestion</source>
        <translation>Scan-Vorschlag übernehmen</translation>
    </message>
    <message>
        <source>Sets the status the scan suggests and adds its findings to the note, as one change</source>
        <translation>Setzt den vom Scan vorgeschlagenen Status und fügt seine Befunde der Notiz hinzu, als eine Änderung</translation>
    </message>
    <message>
        <source>The scan&apos;s open findings that bear on this item; Enter or a double-click opens one on the Scan page</source>
        <translation>Die offenen Befunde des Scans, die diesen Prüfpunkt betreffen; die Eingabetaste oder ein Doppelklick öffnet einen davon auf der Scan-Seite</translation>
    </message>
</context>
<context>
    <name>greenlight::ScanHistoryModel</name>
    <message>
        <source>(no commit)</source>
        <translation>(kein Commit)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (abgebrochen)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>The work tree had uncommitted changes.</source>
        <translation>Der Arbeitsbaum hatte nicht committete Änderungen.</translation>
    </message>
    <message>
        <source>Rule set %1; %2 files scanned, %3 skipped</source>
        <translation>Regelsatz %1; %2 Dateien gescannt, %3 übersprungen</translation>
    </message>
    <message>
        <source>Cancelled: only part of the tree was scanned.</source>
        <translation>Abgebrochen: Nur ein Teil des Baums wurde gescannt.</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Gescannt</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Behoben</translation>
    </message>
</context>
<context>
    <name>greenlight::ScanJob</name>
    <message>
        <source>The scan stopped unexpectedly.</source>
        <translation>Der Scan wurde unerwartet beendet.</translation>
    </message>
</context>
<context>
    <name>greenlight::ScanPage</name>
    <message>
        <source>&amp;Start Scan</source>
        <translation>Scan &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Cancel Scan</source>
        <translation>Scan &amp;abbrechen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Scan history</source>
        <translation>Scan-Verlauf</translation>
    </message>
    <message>
        <source>Open an assessment to scan its repository.</source>
        <translation>Öffnen Sie eine Bewertung, um ihr Repository zu scannen.</translation>
    </message>
    <message>
        <source>Choose the repository folder to scan first.</source>
        <translation>Wählen Sie zuerst den zu scannenden Repository-Ordner aus.</translation>
    </message>
    <message>
        <source>Could not read the checklist items: %1</source>
        <translation>Die Prüfpunkte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Findings (scanning…)</source>
        <translation>Befunde (Scan läuft…)</translation>
    </message>
    <message>
        <source>Findings appear here while the scan runs.</source>
        <translation>Befunde erscheinen hier, während der Scan läuft.</translation>
    </message>
    <message>
        <source>Saving the scan…</source>
        <translation>Scan wird gespeichert…</translation>
    </message>
    <message>
        <source>The scan finished but could not be saved: %1</source>
        <translation>Der Scan ist abgeschlossen, konnte aber nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>Der Scan ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Findings of the scan of %1</source>
        <translation>Befunde des Scans vom %1</translation>
    </message>
    <message>
        <source>Could not read the findings: %1</source>
        <translation>Die Befunde konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No scan yet. Check the repository folder above and press Start Scan (Ctrl+R).</source>
        <translation>Noch kein Scan. Prüfen Sie oben den Repository-Ordner und klicken Sie auf „Scan starten“ (Strg+R).</translation>
    </message>
    <message>
        <source>Select a finding to see where it is and how to fix it.</source>
        <translation>Wählen Sie einen Befund aus, um zu sehen, wo er sich befindet und wie er zu beheben ist.</translation>
    </message>
    <message>
        <source>%1 files · %2 new, %3 open, %4 fixed</source>
        <translation>%1 Dateien · %2 neu, %3 offen, %4 behoben</translation>
    </message>
    <message>
        <source>Last scan %1 (cancelled): %2</source>
        <translation>Letzter Scan am %1 (abgebrochen): %2</translation>
    </message>
    <message>
        <source>Last scan %1: %2</source>
        <translation>Letzter Scan am %1: %2</translation>
    </message>
    <message>
        <source>Not scanned yet</source>
        <translation>Noch nicht gescannt</translation>
    </message>
    <message>
        <source>%1 skipped or passed over…</source>
        <translation>%1 übersprungen oder ausgelassen…</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>übersprungen %1: %2</translation>
    </message>
    <message>
        <source>Scan Details</source>
        <translation>Scan-Details</translation>
    </message>
    <message>
        <source>%1 files were not analyzed or were passed over by a rule.</source>
        <translation>%1 Dateien wurden nicht analysiert oder von einer Regel ausgelassen.</translation>
    </message>
    <message>
        <source>Scan page</source>
        <translation>Scan-Seite</translation>
    </message>
    <message>
        <source>The findings of the selected scan, most severe first: severity, state, rule, location and message. Select one to see where it is and how to fix it.</source>
        <translation>Die Befunde des ausgewählten Scans, die schwersten zuerst: Schweregrad, Zustand, Regel, Fundstelle und Meldung. Wählen Sie einen aus, um zu sehen, wo er liegt und wie er sich beheben lässt.</translation>
    </message>
    <message>
        <source>Every recorded scan of the assessment, newest first; select one to see its findings</source>
        <translation>Alle erfassten Scans der Bewertung, die neuesten zuerst; wählen Sie einen aus, um seine Befunde zu sehen</translation>
    </message>
    <message>
        <source>Skipped files</source>
        <translation>Übersprungene Dateien</translation>
    </message>
    <message>
        <source>Lists the files the last scan did not analyse, and why</source>
        <translation>Listet die Dateien auf, die der letzte Scan nicht analysiert hat, und warum</translation>
    </message>
</context>
<context>
    <name>greenlight::ScanProgressPrinter</name>
    <message>
        <source>%1/%2 files, %3</source>
        <translation>%1/%2 Dateien, %3</translation>
    </message>
    <message>
        <source>greenlight-cli: scanned %1: %2</source>
        <translation>greenlight-cli: %1 gescannt: %2</translation>
    </message>
    <message>
        <source>Scanning: %1  %2</source>
        <translation>Scan läuft: %1  %2</translation>
    </message>
</context>
<context>
    <name>greenlight::ScanRecording</name>
    <message>
        <source>The scan was saved but its findings could not be read back: %1</source>
        <translation>Der Scan wurde gespeichert, aber seine Befunde konnten nicht zurückgelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>greenlight::ScanSession</name>
    <message>
        <source>analysis failed, file passed over (%1)</source>
        <translation>Analyse fehlgeschlagen, Datei ausgelassen (%1)</translation>
    </message>
    <message>
        <source>binary file type, not read</source>
        <translation>binärer Dateityp, nicht gelesen</translation>
    </message>
</context>
<context>
    <name>greenlight::ScanStore</name>
    <message>
        <source>finding %1 has an unknown severity or state value (%2, %3)</source>
        <translation>Befund %1 hat einen unbekannten Wert für Schweregrad oder Zustand (%2, %3)</translation>
    </message>
    <message>
        <source>a finding at %1:%2 has no rule id or fingerprint</source>
        <translation>ein Befund in %1:%2 hat keine Regel-ID oder keinen Fingerprint</translation>
    </message>
    <message>
        <source>the %1 finding at %2:%3 carries a secret hash that is not a SHA-256 digest; it was not stored</source>
        <translation>der Befund %1 in %2:%3 enthält einen Secret-Hash, der kein SHA-256-Digest ist; er wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>finding %1 has an unknown state value (%2)</source>
        <translation>Befund %1 hat einen unbekannten Zustandswert (%2)</translation>
    </message>
    <message>
        <source>scan %1 vanished while recording</source>
        <translation>Scan %1 ist während des Speicherns verschwunden</translation>
    </message>
    <message>
        <source>could not record the scan of %1</source>
        <translation>der Scan von %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>could not list the scans of assessment %1</source>
        <translation>die Scans der Bewertung %1 konnten nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>could not load scan %1</source>
        <translation>Scan %1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>there is no scan with id %1</source>
        <translation>es gibt keinen Scan mit der ID %1</translation>
    </message>
    <message>
        <source>could not load the findings of assessment %1</source>
        <translation>die Befunde der Bewertung %1 konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>could not load the findings of scan %1</source>
        <translation>die Befunde des Scans %1 konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>could not load the findings of item %1</source>
        <translation>die Befunde des Prüfpunkts %1 konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>assessment %1 has no item %2</source>
        <translation>die Bewertung %1 hat keinen Prüfpunkt %2</translation>
    </message>
    <message>
        <source>could not compute the scan suggestions of assessment %1</source>
        <translation>die Scan-Vorschläge der Bewertung %1 konnten nicht berechnet werden</translation>
    </message>
</context>
<context>
    <name>greenlight::ScanSummary</name>
    <message>
        <source>binary</source>
        <translation>binär</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>symlink loop</source>
        <translation>Symlink-Schleife</translation>
    </message>
    <message>
        <source>special file</source>
        <translation>Spezialdatei</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
</context>
<context>
    <name>greenlight::ScanTextWriter</name>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Greenlight scan of %1</source>
        <translation>Greenlight-Scan von %1</translation>
    </message>
    <message>
        <source>CANCELLED: the scan stopped early; the results are incomplete.</source>
        <translation>ABGEBROCHEN: Der Scan wurde vorzeitig beendet; die Ergebnisse sind unvollständig.</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>(not a git repository)</source>
        <translation>(kein Git-Repository)</translation>
    </message>
    <message>
        <source>(no commit yet)</source>
        <translation>(noch kein Commit)</translation>
    </message>
    <message>
        <source>uncommitted changes</source>
        <translation>nicht committete Änderungen</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>sauber</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Regelsatz</translation>
    </message>
    <message numerus="yes">
        <source>version %1, %n rule(s) ran</source>
        <translation>
            <numerusform>Version %1, %n Regel ausgeführt</numerusform>
            <numerusform>Version %1, %n Regeln ausgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Gescannt</translation>
    </message>
    <message>
        <source>%1 UTC in %2 s</source>
        <translation>%1 UTC in %2 s</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 scanned (%2), %3 skipped</source>
        <translation>%1 gescannt (%2), %3 übersprungen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message numerus="yes">
        <source>FAILED: %n finding(s) at or above %1 (--fail-on %1)</source>
        <translation>
            <numerusform>NICHT BESTANDEN: %n Befund ab %1 (--fail-on %1)</numerusform>
            <numerusform>NICHT BESTANDEN: %n Befunde ab %1 (--fail-on %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>PASSED: nothing at or above %1 (--fail-on %1)</source>
        <translation>BESTANDEN: nichts ab %1 (--fail-on %1)</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>scan %1 of assessment &apos;%2&apos;: %3 new, %4 still open, %5 fixed</source>
        <translation>Scan %1 der Bewertung &apos;%2&apos;: %3 neu, %4 weiterhin offen, %5 behoben</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>Location: `%1` (repository)</source>
        <translation>Ort: `%1` (Repository)</translation>
    </message>
    <message>
        <source>Location: `%1`</source>
        <translation>Ort: `%1`</translation>
    </message>
    <message>
        <source>Issue: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>Checklist items: %1</source>
        <translation>Prüfpunkte: %1</translation>
    </message>
    <message>
        <source>Skipped files (%1)</source>
        <translation>Übersprungene Dateien (%1)</translation>
    </message>
    <message>
        <source>- and %1 more (--format json lists them all)</source>
        <translation>- und %1 weitere (--format json listet alle auf)</translation>
    </message>
</context>
<context>
    <name>greenlight::SecretRuleCatalog</name>
    <message>
        <source>Treat the value as leaked: revoke or rotate it at the provider first, then remove it from the code and load it at run time from a secret store or the environment (Vault, AWS Secrets Manager, Kubernetes Secrets, CI secrets). Deleting the line is not enough: it stays in the git history, so rotation is what closes the hole.</source>
        <translation>Betrachten Sie den Wert als kompromittiert: Widerrufen oder rotieren Sie ihn zuerst beim Anbieter, entfernen Sie ihn dann aus dem Code und laden Sie ihn zur Laufzeit aus einem Secret-Store oder der Umgebung (Vault, AWS Secrets Manager, Kubernetes Secrets, CI-Secrets). Die Zeile zu löschen reicht nicht: Sie bleibt in der Git-Historie, daher schließt erst die Rotation die Lücke.</translation>
    </message>
    <message>
        <source>Private key committed</source>
        <translation>Privater Schlüssel eingecheckt</translation>
    </message>
    <message>
        <source>A PEM/OpenSSH/PGP private key with its key material is in the repository. Anyone who can read the repository, its forks, clones, CI caches or backups can impersonate the server or user the key belongs to, or decrypt traffic it protected. Public keys and certificates are not reported.</source>
        <translation>Ein privater PEM-/OpenSSH-/PGP-Schlüssel samt Schlüsselmaterial liegt im Repository. Wer das Repository, seine Forks, Klone, CI-Caches oder Backups lesen kann, kann sich als der Server oder Benutzer ausgeben, dem der Schlüssel gehört, oder damit geschützten Datenverkehr entschlüsseln. Öffentliche Schlüssel und Zertifikate werden nicht gemeldet.</translation>
    </message>
    <message>
        <source>Revoke and reissue the key pair (a deleted file stays in the git history), mount the new key at deploy time from a secret store, and add *.pem/*.key/id_* patterns to .gitignore. Test fixtures should use keys generated at test time.</source>
        <translation>Widerrufen Sie das Schlüsselpaar und stellen Sie es neu aus (eine gelöschte Datei bleibt in der Git-Historie), mounten Sie den neuen Schlüssel beim Deployment aus einem Secret-Store und nehmen Sie die Muster *.pem/*.key/id_* in .gitignore auf. Testfixtures sollten Schlüssel verwenden, die zur Testzeit erzeugt werden.</translation>
    </message>
    <message>
        <source>Cloud provider credential committed</source>
        <translation>Zugangsdaten eines Cloud-Anbieters eingecheckt</translation>
    </message>
    <message>
        <source>An AWS access key id or secret access key, a GCP API key or service-account key, or an Azure storage account key or SAS signature is in clear in the repository. Cloud credentials are scanned for by attackers within minutes of a push and give direct access to data and billing. Documented example keys (AKIAIOSFODNN7EXAMPLE, the Azure emulator key) are not reported.</source>
        <translation>Eine AWS Access Key ID oder ein Secret Access Key, ein GCP-API-Schlüssel oder Dienstkontoschlüssel oder ein Azure-Speicherkontoschlüssel oder eine SAS-Signatur liegt im Klartext im Repository. Angreifer suchen innerhalb von Minuten nach einem Push nach Cloud-Zugangsdaten; sie geben direkten Zugriff auf Daten und Abrechnung. Dokumentierte Beispielschlüssel (AKIAIOSFODNN7EXAMPLE, der Schlüssel des Azure-Emulators) werden nicht gemeldet.</translation>
    </message>
    <message>
        <source>API token committed</source>
        <translation>API-Token eingecheckt</translation>
    </message>
    <message>
        <source>A GitHub, GitLab, Slack, Stripe or OpenAI-style token (or a Slack webhook URL) is in clear in the repository. These tokens act with the full rights of the account or integration that issued them.</source>
        <translation>Ein Token im Stil von GitHub, GitLab, Slack, Stripe oder OpenAI (oder eine Slack-Webhook-URL) liegt im Klartext im Repository. Diese Tokens handeln mit den vollen Rechten des Kontos oder der Integration, die sie ausgestellt hat.</translation>
    </message>
    <message>
        <source>Password in a connection URL</source>
        <translation>Passwort in einer Verbindungs-URL</translation>
    </message>
    <message>
        <source>A URL of the form scheme://user:password@host carries a literal password (database, broker, cache or git remote). It is also printed wherever the URL is logged. Interpolated passwords (${DB_PASSWORD}, %s, {password}) and placeholders are not reported.</source>
        <translation>Eine URL der Form scheme://user:password@host enthält ein Passwort im Klartext (Datenbank, Broker, Cache oder Git-Remote). Es erscheint außerdem überall dort, wo die URL geloggt wird. Interpolierte Passwörter (${DB_PASSWORD}, %s, {password}) und Platzhalter werden nicht gemeldet.</translation>
    </message>
    <message>
        <source>Rotate the password, then build the URL at run time from a secret (DATABASE_URL injected from a secret store, or the password in its own environment variable) so the repository only holds the template.</source>
        <translation>Rotieren Sie das Passwort und bauen Sie die URL dann zur Laufzeit aus einem Secret zusammen (DATABASE_URL aus einem Secret-Store injiziert oder das Passwort in einer eigenen Umgebungsvariable), sodass das Repository nur die Vorlage enthält.</translation>
    </message>
    <message>
        <source>Hard-coded password or secret</source>
        <translation>Fest codiertes Passwort oder Secret</translation>
    </message>
    <message>
        <source>A variable or key named like a credential (password, secret, token, api_key, access_key, client_secret) is assigned a literal whose randomness (Shannon entropy per character, character variety) says it is a real secret rather than a word, reference or placeholder. Hard-coded credentials are shared by every environment and cannot be rotated without a release.</source>
        <translation>Einer Variable oder einem Schlüssel mit einem Namen wie für Zugangsdaten (password, secret, token, api_key, access_key, client_secret) ist ein Literal zugewiesen, dessen Zufälligkeit (Shannon-Entropie pro Zeichen, Zeichenvielfalt) auf ein echtes Secret statt auf ein Wort, eine Referenz oder einen Platzhalter hindeutet. Fest codierte Zugangsdaten gelten in allen Umgebungen gleichermaßen und lassen sich nicht ohne Release rotieren.</translation>
    </message>
    <message>
        <source>.env file committed</source>
        <translation>.env-Datei eingecheckt</translation>
    </message>
    <message>
        <source>A .env file with values is tracked in the repository (the scan honours .gitignore, so an ignored .env is not reported). .env files hold the local or deployed configuration, usually including credentials, and end up in images built with COPY . . as well. Templates named .env.example, .env.sample, .env.template or .env.dist are fine.</source>
        <translation>Eine .env-Datei mit Werten wird im Repository versioniert (der Scan beachtet .gitignore, eine ignorierte .env wird also nicht gemeldet). .env-Dateien enthalten die lokale oder bereitgestellte Konfiguration, meist einschließlich Zugangsdaten, und landen mit COPY . . auch in gebauten Images. Vorlagen namens .env.example, .env.sample, .env.template oder .env.dist sind unbedenklich.</translation>
    </message>
    <message>
        <source>Remove the file from git (git rm --cached .env), add .env and .env.* (with !.env.example) to .gitignore and .dockerignore, commit a .env.example with placeholder values, and rotate every credential the committed file held.</source>
        <translation>Entfernen Sie die Datei aus Git (git rm --cached .env), nehmen Sie .env und .env.* (mit !.env.example) in .gitignore und .dockerignore auf, committen Sie eine .env.example mit Platzhalterwerten und rotieren Sie alle Zugangsdaten, die die eingecheckte Datei enthielt.</translation>
    </message>
</context>
<context>
    <name>greenlight::SecretsAnalyzer</name>
    <message numerus="yes">
        <source>%n secrets found; only the first %1 are reported</source>
        <translation>
            <numerusform>%n Secret gefunden; nur die ersten %1 werden gemeldet</numerusform>
            <numerusform>%n Secrets gefunden; nur die ersten %1 werden gemeldet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is committed with %n value(s) (first: %2); values are masked</source>
        <translation>
            <numerusform>%1 ist mit %n Wert eingecheckt (erster: %2); Werte sind maskiert</numerusform>
            <numerusform>%1 ist mit %n Werten eingecheckt (erster: %2); Werte sind maskiert</numerusform>
        </translation>
    </message>
    <message>
        <source>AWS secret access key</source>
        <translation>AWS Secret Access Key</translation>
    </message>
    <message>
        <source>hard-coded secret</source>
        <translation>fest codiertes Secret</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>privater Schlüssel</translation>
    </message>
    <message>
        <source>GCP service-account private key</source>
        <translation>privater Schlüssel eines GCP-Dienstkontos</translation>
    </message>
    <message>
        <source>AWS access key id</source>
        <translation>AWS Access Key ID</translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation>Google-API-Schlüssel</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>GitHub-Token</translation>
    </message>
    <message>
        <source>GitLab personal access token</source>
        <translation>GitLab Personal Access Token</translation>
    </message>
    <message>
        <source>Slack token</source>
        <translation>Slack-Token</translation>
    </message>
    <message>
        <source>Slack webhook URL</source>
        <translation>Slack-Webhook-URL</translation>
    </message>
    <message>
        <source>Stripe live key</source>
        <translation>Stripe-Live-Schlüssel</translation>
    </message>
    <message>
        <source>OpenAI-style API key</source>
        <translation>API-Schlüssel im OpenAI-Stil</translation>
    </message>
    <message>
        <source>Azure storage account key</source>
        <translation>Azure-Speicherkontoschlüssel</translation>
    </message>
    <message>
        <source>Azure shared access signature</source>
        <translation>Azure Shared Access Signature</translation>
    </message>
    <message>
        <source>password in a URL</source>
        <translation>Passwort in einer URL</translation>
    </message>
    <message>
        <source>Private key (%1) with its key material committed in clear</source>
        <translation>Privater Schlüssel (%1) samt Schlüsselmaterial im Klartext eingecheckt</translation>
    </message>
    <message>
        <source>Literal password in a %1:// URL: %2</source>
        <translation>Passwort im Klartext in einer %1://-URL: %2</translation>
    </message>
    <message>
        <source>Hard-coded secret assigned to &apos;%1&apos;: %2 (%3 characters, %4 bits of entropy per character)</source>
        <translation>Fest codiertes Secret, zugewiesen an &apos;%1&apos;: %2 (%3 Zeichen, %4 Bit Entropie pro Zeichen)</translation>
    </message>
    <message>
        <source>%1 committed in clear: %2</source>
        <translation>%1 im Klartext eingecheckt: %2</translation>
    </message>
</context>
<context>
    <name>greenlight::SetCommand</name>
    <message>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>Set an item&apos;s status, and optionally its owner and note.</source>
        <translation>Den Status eines Prüfpunkts setzen, optional auch Verantwortliche(n) und Notiz.</translation>
    </message>
    <message>
        <source>ASSESSMENT ITEM-ID STATUS</source>
        <translation>ASSESSMENT ITEM-ID STATUS</translation>
    </message>
    <message>
        <source>Sets the status of one item of an assessment, recorded with an audit event.
ASSESSMENT is the assessment&apos;s id or exact name. ITEM-ID is the item&apos;s id, e.g.
SEC-012, or template:ID (security:SEC-012) when several templates use the id.
STATUS is one of: %1.
--owner and --note replace the owner and note; an empty value clears them.</source>
        <translation>Setzt den Status eines Prüfpunkts einer Bewertung und erfasst dazu ein
Audit-Ereignis. ASSESSMENT ist die ID oder der exakte Name der Bewertung.
ITEM-ID ist die ID des Prüfpunkts, z. B. SEC-012, oder template:ID
(security:SEC-012), wenn mehrere Vorlagen die ID verwenden. STATUS ist einer
von: %1.
--owner und --note ersetzen Verantwortliche(n) und Notiz; ein leerer Wert löscht
sie.</translation>
    </message>
    <message>
        <source>Replace the item&apos;s note.</source>
        <translation>Die Notiz des Prüfpunkts ersetzen.</translation>
    </message>
    <message>
        <source>Replace the item&apos;s owner.</source>
        <translation>Die/den Verantwortliche(n) des Prüfpunkts ersetzen.</translation>
    </message>
    <message>
        <source>expected ASSESSMENT, ITEM-ID and STATUS</source>
        <translation>ASSESSMENT, ITEM-ID und STATUS erwartet</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos; (valid: %2)</source>
        <translation>unbekannter Status &apos;%1&apos; (gültig: %2)</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1: owner %2 -&gt; %3</source>
        <translation>%1: Verantwortlich %2 -&gt; %3</translation>
    </message>
    <message>
        <source>%1: note updated</source>
        <translation>%1: Notiz aktualisiert</translation>
    </message>
</context>
<context>
    <name>greenlight::Severity</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>greenlight::ShortcutCatalog</name>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Whole window</source>
        <translation>Gesamtes Fenster</translation>
    </message>
    <message>
        <source>%1 › </source>
        <translation>%1 › </translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
</context>
<context>
    <name>greenlight::ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Lists, fields and dialogs</source>
        <translation>Listen, Felder und Dialoge</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>Zum nächsten oder vorherigen Steuerelement wechseln</translation>
    </message>
    <message>
        <source>Use the menu, button or field whose letter is underlined</source>
        <translation>Das Menü, die Schaltfläche oder das Feld mit dem unterstrichenen Buchstaben verwenden</translation>
    </message>
    <message>
        <source>Open the selected row of a list</source>
        <translation>Die ausgewählte Zeile einer Liste öffnen</translation>
    </message>
    <message>
        <source>Check a box or press the focused button</source>
        <translation>Ein Kontrollkästchen anhaken oder die fokussierte Schaltfläche drücken</translation>
    </message>
    <message>
        <source>Open a drop-down list</source>
        <translation>Eine Dropdown-Liste öffnen</translation>
    </message>
    <message>
        <source>Close a dialog or a menu without changes</source>
        <translation>Einen Dialog oder ein Menü ohne Änderungen schließen</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by command, key or area</source>
        <translation>Nach Befehl, Taste oder Bereich filtern</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Shows only the shortcuts whose command, key, menu or area contains every word typed</source>
        <translation>Zeigt nur die Tastenkürzel, deren Befehl, Taste, Menü oder Bereich jedes eingegebene Wort enthält</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Works in</source>
        <translation>Gilt in</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window, grouped by menu or area: the command, its keys and where they work</source>
        <translation>Alle Tastenkürzel des Fensters, nach Menü oder Bereich gruppiert: der Befehl, seine Tasten und wo sie gelten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Closes the list of keyboard shortcuts</source>
        <translation>Schließt die Liste der Tastenkürzel</translation>
    </message>
    <message numerus="yes">
        <source>%n shortcut(s)</source>
        <translation>
            <numerusform>%n Tastenkürzel</numerusform>
            <numerusform>%n Tastenkürzel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shortcut(s)</source>
        <translation>
            <numerusform>%1 von %n Tastenkürzel</numerusform>
            <numerusform>%1 von %n Tastenkürzeln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::ShowCommand</name>
    <message>
        <source>Show an assessment: progress, sections and items.</source>
        <translation>Eine Bewertung anzeigen: Fortschritt, Abschnitte und Prüfpunkte.</translation>
    </message>
    <message>
        <source>ASSESSMENT</source>
        <translation>ASSESSMENT</translation>
    </message>
    <message>
        <source>Shows an assessment (ASSESSMENT is its id or exact name): its details, progress,
a summary per section and every item with status, severity, owner and note.
--format json prints the same as one JSON object (formatVersion 1) with the keys
assessment, progress, sections and items.</source>
        <translation>Zeigt eine Bewertung an (ASSESSMENT ist ihre ID oder ihr exakter Name): ihre
Details, den Fortschritt, eine Zusammenfassung je Abschnitt und jeden Prüfpunkt
mit Status, Schweregrad, Verantwortlichen und Notiz. --format json gibt dasselbe
als ein JSON-Objekt aus (formatVersion 1) mit den Schlüsseln assessment,
progress, sections und items.</translation>
    </message>
    <message>
        <source>no assessment given</source>
        <translation>keine Bewertung angegeben</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>%1/%2 done (%3%): %4</source>
        <translation>%1/%2 erledigt (%3%): %4</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>VORLAGE</translation>
    </message>
    <message>
        <source>SECTION</source>
        <translation>ABSCHNITT</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>PRÜFPUNKTE</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>ERLEDIGT</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>IN PROGRESS</source>
        <translation>IN ARBEIT</translation>
    </message>
    <message>
        <source>NOT STARTED</source>
        <translation>NICHT BEGONNEN</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>VERANTWORTLICH</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
</context>
<context>
    <name>greenlight::SignCommand</name>
    <message>
        <source>Sign off an assessment in one of its sign-off roles.</source>
        <translation>Eine Bewertung in einer ihrer Freigaberollen freigeben.</translation>
    </message>
    <message>
        <source>ASSESSMENT</source>
        <translation>ASSESSMENT</translation>
    </message>
    <message>
        <source>Records a signature for a sign-off role (see &apos;signoffs ASSESSMENT&apos; for the
roles). The signature covers the SHA-256 of the assessment&apos;s content now; any
later change makes it stale. --decision conditional needs --comment (the
conditions). --key FILE adds an Ed25519 signature made with that key;
--generate-key creates the key first (default %1).
deployment-approval can only approve when no blockers remain.</source>
        <translation>Erfasst eine Unterschrift für eine Freigaberolle (die Rollen zeigt
&apos;signoffs ASSESSMENT&apos;). Die Unterschrift deckt den aktuellen SHA-256 des Inhalts
der Bewertung ab; jede spätere Änderung macht sie veraltet.
--decision conditional erfordert --comment (die Auflagen). --key FILE fügt eine
mit diesem Schlüssel erstellte Ed25519-Signatur hinzu; --generate-key erzeugt
den Schlüssel zuerst (Standard %1).
deployment-approval kann nur genehmigen, wenn keine Blocker mehr bestehen.</translation>
    </message>
    <message>
        <source>The sign-off role id.</source>
        <translation>Die ID der Freigaberolle.</translation>
    </message>
    <message>
        <source>The signer&apos;s name.</source>
        <translation>Der Name der unterzeichnenden Person.</translation>
    </message>
    <message>
        <source>approve, conditional or reject.</source>
        <translation>approve, conditional oder reject.</translation>
    </message>
    <message>
        <source>Conditions or comment.</source>
        <translation>Auflagen oder Kommentar.</translation>
    </message>
    <message>
        <source>Ed25519 key file to sign with.</source>
        <translation>Ed25519-Schlüsseldatei, mit der signiert wird.</translation>
    </message>
    <message>
        <source>Create the key file first.</source>
        <translation>Die Schlüsseldatei zuerst erzeugen.</translation>
    </message>
    <message>
        <source>expected ASSESSMENT</source>
        <translation>ASSESSMENT erwartet</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>unknown decision &apos;%1&apos; (use approve, conditional or reject)</source>
        <translation>unbekannte Entscheidung &apos;%1&apos; (verwenden Sie approve, conditional oder reject)</translation>
    </message>
    <message>
        <source>%1: %2 by %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>content sha256: %1</source>
        <translation>SHA-256 des Inhalts: %1</translation>
    </message>
    <message>
        <source>ed25519 public key: %1</source>
        <translation>Öffentlicher Ed25519-Schlüssel: %1</translation>
    </message>
</context>
<context>
    <name>greenlight::SignDialog</name>
    <message>
        <source>Sign Off</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>Ihr vollständiger Name</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>Unter Auflagen genehmigen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Conditions (for a conditional approval) or reasons</source>
        <translation>Auflagen (bei einer Genehmigung unter Auflagen) oder Gründe</translation>
    </message>
    <message>
        <source>Also sign with my Ed25519 &amp;key (created if missing)</source>
        <translation>Zusätzlich mit meinem Ed25519-&amp;Schlüssel signieren (wird bei Bedarf erzeugt)</translation>
    </message>
    <message>
        <source>Adds a signature anyone with your public key can verify offline</source>
        <translation>Fügt eine Signatur hinzu, die jeder mit Ihrem öffentlichen Schlüssel offline prüfen kann</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>Bedeutung:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Entscheidung:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>Schlüssel&amp;datei:</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Unterschreiben</translation>
    </message>
    <message>
        <source>By signing you state: %1</source>
        <translation>Mit Ihrer Unterschrift erklären Sie: %1</translation>
    </message>
    <message>
        <source>Give the key file to sign with.</source>
        <translation>Geben Sie die Schlüsseldatei zum Signieren an.</translation>
    </message>
    <message>
        <source>Choose the role you sign for.</source>
        <translation>Wählen Sie die Rolle, für die Sie unterschreiben.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Geben Sie Ihren Namen ein.</translation>
    </message>
    <message>
        <source>List the conditions of the approval.</source>
        <translation>Führen Sie die Auflagen der Genehmigung auf.</translation>
    </message>
    <message>
        <source>Say why you reject.</source>
        <translation>Geben Sie an, warum Sie ablehnen.</translation>
    </message>
    <message>
        <source>Signer name</source>
        <translation>Name des Unterzeichners</translation>
    </message>
    <message>
        <source>Your full name, recorded with the signature</source>
        <translation>Ihr vollständiger Name, der mit der Unterschrift erfasst wird</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>The sign-off role you sign for</source>
        <translation>Die Freigaberolle, für die Sie unterschreiben</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Approve, approve with conditions, or reject</source>
        <translation>Genehmigen, unter Auflagen genehmigen oder ablehnen</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>The conditions of a conditional approval, or the reasons for a rejection</source>
        <translation>Die Auflagen einer Genehmigung unter Auflagen oder die Gründe für eine Ablehnung</translation>
    </message>
    <message>
        <source>Sign with my key</source>
        <translation>Mit meinem Schlüssel signieren</translation>
    </message>
    <message>
        <source>Also signs with your Ed25519 key, so anyone with your public key can verify the signature offline</source>
        <translation>Signiert zusätzlich mit Ihrem Ed25519-Schlüssel, sodass jeder mit Ihrem öffentlichen Schlüssel die Signatur offline prüfen kann</translation>
    </message>
    <message>
        <source>The Ed25519 key file to sign with; created if missing</source>
        <translation>Die Ed25519-Schlüsseldatei, mit der signiert wird; wird bei Bedarf erzeugt</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Unterschreiben</translation>
    </message>
    <message>
        <source>Records the signature over the assessment&apos;s current content</source>
        <translation>Erfasst die Unterschrift über den aktuellen Inhalt der Bewertung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Closes without signing</source>
        <translation>Schließt, ohne zu unterschreiben</translation>
    </message>
</context>
<context>
    <name>greenlight::SignoffPage</name>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Approved with conditions</source>
        <translation>Unter Auflagen genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Unterschreiben…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Unterzeichner(in)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Deployment Approval</source>
        <translation>Deployment-Freigabe</translation>
    </message>
    <message>
        <source>Could not read the sign-offs: %1</source>
        <translation>Die Freigaben konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Audit chain head: %1</source>
        <translation>Kopf der Prüfprotokollkette: %1</translation>
    </message>
    <message>
        <source>Audit chain head unavailable: %1</source>
        <translation>Kopf der Prüfprotokollkette nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>%1 of %2 items done: &lt;b&gt;%3 passed&lt;/b&gt;, %4 not applicable, &lt;span style=&quot;color:#b06000&quot;&gt;&lt;b&gt;%5 waived&lt;/b&gt;&lt;/span&gt; (risk accepted, not passed) · &lt;span style=&quot;color:#c0392b&quot;&gt;&lt;b&gt;%6 failed&lt;/b&gt;&lt;/span&gt; · %7 in progress · %8 not started</source>
        <translation>%1 von %2 Prüfpunkten erledigt: &lt;b&gt;%3 bestanden&lt;/b&gt;, %4 nicht zutreffend, &lt;span style=&quot;color:#b06000&quot;&gt;&lt;b&gt;%5 mit Ausnahme&lt;/b&gt;&lt;/span&gt; (Risiko akzeptiert, nicht bestanden) · &lt;span style=&quot;color:#c0392b&quot;&gt;&lt;b&gt;%6 nicht bestanden&lt;/b&gt;&lt;/span&gt; · %7 in Arbeit · %8 nicht begonnen</translation>
    </message>
    <message>
        <source> · &lt;span style=&quot;color:#c0392b&quot;&gt;%1 with an expired waiver&lt;/span&gt;</source>
        <translation> · &lt;span style=&quot;color:#c0392b&quot;&gt;%1 mit abgelaufener Ausnahme&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Nicht unterschrieben</translation>
    </message>
    <message>
        <source>Content SHA-256 %1</source>
        <translation>Inhalts-SHA-256 %1</translation>
    </message>
    <message>
        <source>stale — content changed since signing</source>
        <translation>veraltet – Inhalt seit der Unterschrift geändert</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>Auflagen: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:#1e8449&quot;&gt;&lt;b&gt;Deployment Approval can be given.&lt;/b&gt;&lt;/span&gt; Every required role has approved and no critical or high item is failed without a waiver in force.</source>
        <translation>&lt;span style=&quot;color:#1e8449&quot;&gt;&lt;b&gt;Die Deployment-Freigabe kann erteilt werden.&lt;/b&gt;&lt;/span&gt; Alle erforderlichen Rollen haben genehmigt, und kein Prüfpunkt mit Schweregrad Kritisch oder Hoch ist ohne gültige Ausnahme nicht bestanden.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#c0392b&quot;&gt;&lt;b&gt;Deployment Approval is blocked&lt;/b&gt;&lt;/span&gt; by %n thing(s):</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#c0392b&quot;&gt;&lt;b&gt;Die Deployment-Freigabe ist blockiert&lt;/b&gt;&lt;/span&gt; durch %n Hindernis:</numerusform>
            <numerusform>&lt;span style=&quot;color:#c0392b&quot;&gt;&lt;b&gt;Die Deployment-Freigabe ist blockiert&lt;/b&gt;&lt;/span&gt; durch %n Hindernisse:</numerusform>
        </translation>
    </message>
    <message>
        <source>Condition: %1</source>
        <translation>Auflage: %1</translation>
    </message>
    <message>
        <source>Sign-off page</source>
        <translation>Freigabe-Seite</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Signs for a role: approve, approve with conditions or reject the assessment as it is now</source>
        <translation>Unterschreibt für eine Rolle: die Bewertung in ihrem jetzigen Stand genehmigen, unter Auflagen genehmigen oder ablehnen</translation>
    </message>
    <message>
        <source>Sign-off roles</source>
        <translation>Freigaberollen</translation>
    </message>
    <message>
        <source>Each role with its signer, decision and date, and whether the signature is current or stale; under a stale one, what changed</source>
        <translation>Jede Rolle mit Unterzeichner(in), Entscheidung und Datum und ob die Unterschrift aktuell oder veraltet ist; unter einer veralteten, was sich geändert hat</translation>
    </message>
    <message>
        <source>Approval blockers</source>
        <translation>Blocker der Genehmigung</translation>
    </message>
    <message>
        <source>What blocks Deployment Approval, and the conditions of conditional approvals</source>
        <translation>Was die Deployment-Freigabe blockiert, und die Auflagen von Genehmigungen unter Auflagen</translation>
    </message>
</context>
<context>
    <name>greenlight::SignoffStore</name>
    <message>
        <source>could not load the sign-off roles</source>
        <translation>die Freigaberollen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>a signature needs the signer&apos;s name</source>
        <translation>eine Unterschrift erfordert den Namen der unterzeichnenden Person</translation>
    </message>
    <message>
        <source>the comment is too long (at most %1 characters)</source>
        <translation>der Kommentar ist zu lang (höchstens %1 Zeichen)</translation>
    </message>
    <message>
        <source>a conditional approval needs its conditions (--comment)</source>
        <translation>eine Genehmigung unter Auflagen erfordert die Auflagen (--comment)</translation>
    </message>
    <message>
        <source>a cryptographic signature needs both the public key and the signature</source>
        <translation>eine kryptografische Signatur erfordert sowohl den öffentlichen Schlüssel als auch die Signatur</translation>
    </message>
    <message>
        <source>assessment %1 has no sign-off roles (add the signoff template when creating it)</source>
        <translation>die Bewertung %1 hat keine Freigaberollen (fügen Sie beim Anlegen die Vorlage signoff hinzu)</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (roles: %2)</source>
        <translation>unbekannte Rolle &apos;%1&apos; (Rollen: %2)</translation>
    </message>
    <message>
        <source>could not record the signature for %1</source>
        <translation>die Unterschrift für %1 konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>the assessment changed while signing; sign again</source>
        <translation>die Bewertung hat sich während des Unterschreibens geändert; unterschreiben Sie erneut</translation>
    </message>
    <message>
        <source>Deployment Approval is blocked:
  %1</source>
        <translation>Die Deployment-Freigabe ist blockiert:
  %1</translation>
    </message>
    <message>
        <source>could not load the signatures</source>
        <translation>die Unterschriften konnten nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>greenlight::SignoffsCommand</name>
    <message>
        <source>Show sign-off roles, signatures, staleness and approval blockers.</source>
        <translation>Freigaberollen, Unterschriften, Aktualität und Blocker der Genehmigung anzeigen.</translation>
    </message>
    <message>
        <source>ASSESSMENT</source>
        <translation>ASSESSMENT</translation>
    </message>
    <message>
        <source>expected ASSESSMENT</source>
        <translation>ASSESSMENT erwartet</translation>
    </message>
    <message>
        <source>%1 has no sign-off roles.</source>
        <translation>%1 hat keine Freigaberollen.</translation>
    </message>
    <message>
        <source>, optional)</source>
        <translation>, optional)</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>nicht unterschrieben</translation>
    </message>
    <message>
        <source>%1 by %2 at %3</source>
        <translation>%1 von %2 am %3</translation>
    </message>
    <message>
        <source> [ed25519]</source>
        <translation> [ed25519]</translation>
    </message>
    <message>
        <source>comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>STALE - content changed since signing:</source>
        <translation>VERALTET - Inhalt seit der Unterschrift geändert:</translation>
    </message>
    <message>
        <source>Deployment Approval: allowed</source>
        <translation>Deployment-Freigabe: erlaubt</translation>
    </message>
    <message>
        <source>Deployment Approval: blocked</source>
        <translation>Deployment-Freigabe: blockiert</translation>
    </message>
    <message>
        <source>condition: %1</source>
        <translation>Auflage: %1</translation>
    </message>
</context>
<context>
    <name>greenlight::SnapshotBuilder</name>
    <message>
        <source>Open scan findings bear on this item: %1.</source>
        <translation>Offene Scan-Befunde betreffen diesen Prüfpunkt: %1.</translation>
    </message>
    <message>
        <source>Evidence %1 went stale on %2.</source>
        <translation>Nachweis %1 ist seit %2 veraltet.</translation>
    </message>
    <message>
        <source>Passed without the evidence this item requires.</source>
        <translation>Bestanden ohne den Nachweis, den dieser Prüfpunkt erfordert.</translation>
    </message>
    <message>
        <source>could not count the audit events: %1</source>
        <translation>die Audit-Ereignisse konnten nicht gezählt werden: %1</translation>
    </message>
</context>
<context>
    <name>greenlight::SystemdAnalyzer</name>
    <message>
        <source>systemd service runs as root</source>
        <translation>systemd-Dienst läuft als root</translation>
    </message>
    <message>
        <source>A service without User= (or with User=root) runs its process as root with full access to the host: any vulnerability in it is a root compromise.</source>
        <translation>Ein Dienst ohne User= (oder mit User=root) führt seinen Prozess als root mit vollem Zugriff auf den Host aus: Jede Schwachstelle darin bedeutet eine Kompromittierung als root.</translation>
    </message>
    <message>
        <source>Set `User=` and `Group=` to a dedicated system account, or `DynamicUser=yes` for services that need no persistent identity.</source>
        <translation>Setzen Sie `User=` und `Group=` auf ein eigenes Systemkonto oder `DynamicUser=yes` für Dienste, die keine dauerhafte Identität brauchen.</translation>
    </message>
    <message>
        <source>systemd service without stop signal/timeout</source>
        <translation>systemd-Dienst ohne Stop-Signal/Timeout</translation>
    </message>
    <message>
        <source>On stop, systemd sends KillSignal (SIGTERM by default) and kills the process after TimeoutStopSec (90 s by default). Without explicit values, the drain the application needs is not documented and does not match the container and orchestrator settings.</source>
        <translation>Beim Stoppen sendet systemd das KillSignal (standardmäßig SIGTERM) und beendet den Prozess nach TimeoutStopSec (standardmäßig 90 s) zwangsweise. Ohne explizite Werte ist der Drain, den die Anwendung braucht, nicht dokumentiert und passt nicht zu den Einstellungen von Container und Orchestrator.</translation>
    </message>
    <message>
        <source>Set `KillSignal=SIGTERM` (or the signal that triggers a graceful drain) and `TimeoutStopSec=` to the drain time, aligned with the other deployments.</source>
        <translation>Setzen Sie `KillSignal=SIGTERM` (oder das Signal, das einen geordneten Drain auslöst) und `TimeoutStopSec=` auf die Drain-Dauer, abgestimmt auf die anderen Deployments.</translation>
    </message>
    <message>
        <source>systemd service without basic hardening</source>
        <translation>systemd-Dienst ohne grundlegende Härtung</translation>
    </message>
    <message>
        <source>NoNewPrivileges= stops the service from gaining privileges through setuid binaries, and ProtectSystem= makes /usr, /boot and /etc read-only for it: cheap settings that contain most post-exploitation steps.</source>
        <translation>NoNewPrivileges= verhindert, dass der Dienst über setuid-Binärdateien Rechte erlangt, und ProtectSystem= macht /usr, /boot und /etc für ihn schreibgeschützt: günstige Einstellungen, die die meisten Schritte nach einer Ausnutzung eindämmen.</translation>
    </message>
    <message>
        <source>Add `NoNewPrivileges=yes` and `ProtectSystem=strict` (with `ReadWritePaths=` for what it must write); `systemd-analyze security UNIT` lists further options.</source>
        <translation>Fügen Sie `NoNewPrivileges=yes` und `ProtectSystem=strict` hinzu (mit `ReadWritePaths=` für das, was er schreiben muss); `systemd-analyze security UNIT` listet weitere Optionen auf.</translation>
    </message>
    <message>
        <source>the service sets neither User= nor DynamicUser=yes, so it runs as root</source>
        <translation>der Dienst setzt weder User= noch DynamicUser=yes und läuft daher als root</translation>
    </message>
    <message>
        <source>the service runs as User=%1</source>
        <translation>der Dienst läuft als User=%1</translation>
    </message>
    <message>
        <source>the service does not set %1</source>
        <translation>der Dienst setzt %1 nicht</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>the service lacks %1</source>
        <translation>dem Dienst fehlt: %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>greenlight::TemplateCatalog</name>
    <message>
        <source>template id &apos;%1&apos; is already used by %2 in the same folder; this file is skipped</source>
        <translation>Vorlagen-ID &apos;%1&apos; wird im selben Ordner bereits von %2 verwendet; diese Datei wird übersprungen</translation>
    </message>
</context>
<context>
    <name>greenlight::TemplateLoader</name>
    <message>
        <source>too many problems; stopped after the first %1</source>
        <translation>zu viele Probleme; nach den ersten %1 abgebrochen</translation>
    </message>
    <message>
        <source>file is too large: %1 bytes (templates are limited to 1 MiB)</source>
        <translation>Datei ist zu groß: %1 Bytes (Vorlagen sind auf 1 MiB begrenzt)</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>Datei ist leer</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>is a folder, not a template file</source>
        <translation>ist ein Ordner, keine Vorlagendatei</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>cannot load the file: %1</source>
        <translation>Datei kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>expected a mapping at the top level, found %1</source>
        <translation>auf oberster Ebene wird ein Mapping erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>the template</source>
        <translation>der Vorlage</translation>
    </message>
    <message>
        <source>use lower-case letters, digits and dashes, starting with a letter, e.g. data-protection</source>
        <translation>verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche, beginnend mit einem Buchstaben, z. B. data-protection</translation>
    </message>
    <message>
        <source>template id</source>
        <translation>Vorlagen-ID</translation>
    </message>
    <message>
        <source>invalid language &apos;%1&apos; (expected a BCP 47 tag such as en, de or fr-CA)</source>
        <translation>ungültige Sprache &apos;%1&apos; (erwartet wird ein BCP-47-Tag wie en, de oder fr-CA)</translation>
    </message>
    <message>
        <source>the template has no sections</source>
        <translation>die Vorlage hat keine Abschnitte</translation>
    </message>
    <message>
        <source>a section (a mapping with id, title and items)</source>
        <translation>ein Abschnitt (ein Mapping mit id, title und items)</translation>
    </message>
    <message>
        <source>a sign-off role (a mapping with id, title and meaning)</source>
        <translation>eine Freigaberolle (ein Mapping mit id, title und meaning)</translation>
    </message>
    <message>
        <source>expected the number 1 for &apos;schema&apos;, found %1</source>
        <translation>für &apos;schema&apos; wird die Zahl 1 erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>unsupported schema version &apos;%1&apos; (this version of Greenlight reads schema 1)</source>
        <translation>nicht unterstützte Schemaversion &apos;%1&apos; (diese Version von Greenlight liest Schema 1)</translation>
    </message>
    <message>
        <source>a section</source>
        <translation>einem Abschnitt</translation>
    </message>
    <message>
        <source>section id</source>
        <translation>Abschnitts-ID</translation>
    </message>
    <message>
        <source>use lower-case letters, digits and dashes, starting with a letter, e.g. access-control</source>
        <translation>verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche, beginnend mit einem Buchstaben, z. B. access-control</translation>
    </message>
    <message>
        <source>the section has no items</source>
        <translation>der Abschnitt hat keine Prüfpunkte</translation>
    </message>
    <message>
        <source>section &apos;%1&apos; has no items</source>
        <translation>Abschnitt &apos;%1&apos; hat keine Prüfpunkte</translation>
    </message>
    <message>
        <source>an item (a mapping with id, title, guidance, severity and evidence)</source>
        <translation>ein Prüfpunkt (ein Mapping mit id, title, guidance, severity und evidence)</translation>
    </message>
    <message>
        <source>an item</source>
        <translation>einem Prüfpunkt</translation>
    </message>
    <message>
        <source>item id</source>
        <translation>Prüfpunkt-ID</translation>
    </message>
    <message>
        <source>use upper-case letters and digits, a dash and three digits, e.g. SEC-012</source>
        <translation>verwenden Sie Großbuchstaben und Ziffern, einen Bindestrich und drei Ziffern, z. B. SEC-012</translation>
    </message>
    <message>
        <source>invalid severity &apos;%1&apos; (allowed: %2)</source>
        <translation>ungültiger Schweregrad &apos;%1&apos; (erlaubt: %2)</translation>
    </message>
    <message>
        <source>invalid evidence &apos;%1&apos; (allowed: %2)</source>
        <translation>ungültiger Nachweiswert &apos;%1&apos; (erlaubt: %2)</translation>
    </message>
    <message>
        <source>check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>expected a scan rule id such as docker.root-user</source>
        <translation>erwartet wird eine Scan-Regel-ID wie docker.root-user</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>use lower-case letters, digits and dashes, e.g. supply-chain</source>
        <translation>verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche, z. B. supply-chain</translation>
    </message>
    <message>
        <source>a sign-off role</source>
        <translation>einer Freigaberolle</translation>
    </message>
    <message>
        <source>sign-off role id</source>
        <translation>Freigaberollen-ID</translation>
    </message>
    <message>
        <source>use lower-case letters, digits and dashes, starting with a letter, e.g. security-review</source>
        <translation>verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche, beginnend mit einem Buchstaben, z. B. security-review</translation>
    </message>
    <message>
        <source>invalid %1 &apos;%2&apos; (%3)</source>
        <translation>%1 &apos;%2&apos; ist ungültig (%3)</translation>
    </message>
    <message>
        <source>duplicate %1 &apos;%2&apos; (first defined at line %3)</source>
        <translation>%1 &apos;%2&apos; ist doppelt vorhanden (zuerst definiert in Zeile %3)</translation>
    </message>
    <message>
        <source>entry %1 of &apos;%2&apos; is empty</source>
        <translation>Eintrag %1 von &apos;%2&apos; ist leer</translation>
    </message>
    <message>
        <source>expected a string in &apos;%1&apos;, found %2</source>
        <translation>in &apos;%1&apos; wird eine Zeichenkette erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>erwartet: %1, gefunden: %2</translation>
    </message>
    <message>
        <source>file is not valid UTF-8 text (invalid byte 0x%1)</source>
        <translation>Datei ist kein gültiger UTF-8-Text (ungültiges Byte 0x%1)</translation>
    </message>
    <message>
        <source>file contains the control character 0x%1; a template must be plain text</source>
        <translation>Datei enthält das Steuerzeichen 0x%1; eine Vorlage muss reiner Text sein</translation>
    </message>
    <message>
        <source>file has more than %1 &apos;,&apos;, &apos;[&apos; and &apos;{&apos; characters; YAML lists and mappings this large are refused</source>
        <translation>Datei enthält mehr als %1 Zeichen &apos;,&apos;, &apos;[&apos; und &apos;{&apos;; so große YAML-Listen und -Mappings werden abgelehnt</translation>
    </message>
    <message>
        <source>expected a key name, found %1</source>
        <translation>Schlüsselname erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first defined at line %2)</source>
        <translation>doppelter Schlüssel &apos;%1&apos; (zuerst definiert in Zeile %2)</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2 (allowed: %3)</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; in %2 (erlaubt: %3)</translation>
    </message>
    <message>
        <source>missing required key &apos;%1&apos; in %2</source>
        <translation>erforderlicher Schlüssel &apos;%1&apos; fehlt in %2</translation>
    </message>
    <message>
        <source>expected a string for &apos;%1&apos;, found %2</source>
        <translation>für &apos;%1&apos; wird eine Zeichenkette erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation>&apos;%1&apos; darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected true or false for &apos;%1&apos;, found %2</source>
        <translation>für &apos;%1&apos; wird true oder false erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>expected a sequence for &apos;%1&apos;, found %2</source>
        <translation>für &apos;%1&apos; wird eine Sequenz erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <source>a sequence</source>
        <translation>eine Sequenz</translation>
    </message>
    <message>
        <source>an empty value</source>
        <translation>ein leerer Wert</translation>
    </message>
    <message>
        <source> (indent with spaces: YAML does not allow tabs for indentation)</source>
        <translation> (mit Leerzeichen einrücken: YAML erlaubt keine Tabulatoren zur Einrückung)</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation>Verschachtelung ist tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>YAML anchors and aliases are not allowed</source>
        <translation>YAML-Anker und -Aliase sind nicht erlaubt</translation>
    </message>
    <message>
        <source>cannot parse the file: %1</source>
        <translation>Datei kann nicht geparst werden: %1</translation>
    </message>
    <message>
        <source>a template file must hold exactly one YAML document; a second one starts here</source>
        <translation>eine Vorlagendatei muss genau ein YAML-Dokument enthalten; hier beginnt ein zweites</translation>
    </message>
    <message>
        <source>file has more than %1 YAML values; a template never needs that many</source>
        <translation>Datei hat mehr als %1 YAML-Werte; eine Vorlage braucht nie so viele</translation>
    </message>
    <message>
        <source>entry %1 of &apos;rules&apos; is empty</source>
        <translation>Eintrag %1 von &apos;rules&apos; ist leer</translation>
    </message>
    <message>
        <source>expected a custom rule (a mapping with id, title, severity and one check), found %1</source>
        <translation>erwartet: eine benutzerdefinierte Regel (ein Mapping mit id, title, severity und genau einer Prüfung), gefunden: %1</translation>
    </message>
    <message>
        <source>a custom rule</source>
        <translation>einer benutzerdefinierten Regel</translation>
    </message>
    <message>
        <source>invalid rule id &apos;%1&apos; (use lower-case words joined by dots, e.g. custom.audit-db-lockdown)</source>
        <translation>ungültige Regel-ID &apos;%1&apos; (verwenden Sie durch Punkte verbundene Wörter in Kleinbuchstaben, z. B. custom.audit-db-lockdown)</translation>
    </message>
    <message>
        <source>duplicate rule id &apos;%1&apos; (first defined at line %2)</source>
        <translation>doppelte Regel-ID &apos;%1&apos; (zuerst definiert in Zeile %2)</translation>
    </message>
    <message>
        <source>the custom rule</source>
        <translation>(ohne ID)</translation>
    </message>
    <message>
        <source>custom rule %1 has several checks (%2); a rule has exactly one</source>
        <translation>benutzerdefinierte Regel %1 hat mehrere Prüfungen (%2); eine Regel hat genau eine</translation>
    </message>
    <message>
        <source>custom rule %1 has no check (add file with must_contain, file with must_not_match, file_exists or file_absent)</source>
        <translation>benutzerdefinierte Regel %1 hat keine Prüfung (fügen Sie file mit must_contain, file mit must_not_match, file_exists oder file_absent hinzu)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs &apos;file&apos; (the glob of the files to search)</source>
        <translation>&apos;%1&apos; erfordert &apos;file&apos; (das Glob-Muster der zu durchsuchenden Dateien)</translation>
    </message>
    <message>
        <source>&apos;file&apos; does not go with &apos;%1&apos; (the glob belongs in &apos;%1&apos; itself)</source>
        <translation>&apos;file&apos; passt nicht zu &apos;%1&apos; (das Glob-Muster gehört direkt in &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>invalid glob &apos;%1&apos; for &apos;%2&apos;: %3</source>
        <translation>ungültiges Glob-Muster &apos;%1&apos; für &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>invalid regular expression &apos;%1&apos; for &apos;%2&apos;: %3 (RE2 syntax)</source>
        <translation>ungültiger regulärer Ausdruck &apos;%1&apos; für &apos;%2&apos;: %3 (RE2-Syntax)</translation>
    </message>
</context>
<context>
    <name>greenlight::TemplatesCommand</name>
    <message>
        <source>List the available checklist templates.</source>
        <translation>Die verfügbaren Checklisten-Vorlagen auflisten.</translation>
    </message>
    <message>
        <source>Lists the checklist templates &apos;new&apos; can use: the built-in set, the user template
folder and every folder given with the global option --templates DIR (a later
folder overrides a template with the same id). Files that fail to load are
reported as warnings on stderr and skipped.</source>
        <translation>Listet die Checklisten-Vorlagen auf, die &apos;new&apos; verwenden kann: die integrierten,
den Vorlagenordner des Benutzers und jeden mit der globalen Option
--templates DIR angegebenen Ordner (ein späterer Ordner überschreibt eine
Vorlage mit derselben ID). Dateien, die sich nicht laden lassen, werden als
Warnungen auf stderr gemeldet und übersprungen.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no templates found</source>
        <translation>keine Vorlagen gefunden</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>PRÜFPUNKTE</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
</context>
<context>
    <name>greenlight::TestPackageCatalog</name>
    <message>
        <source>test-only package</source>
        <translation>Paket nur für Tests</translation>
    </message>
    <message>
        <source>development lint/format tool</source>
        <translation>Lint-/Formatierungswerkzeug für die Entwicklung</translation>
    </message>
    <message>
        <source>development-only tool</source>
        <translation>Werkzeug nur für die Entwicklung</translation>
    </message>
</context>
<context>
    <name>greenlight::ValidateCommand</name>
    <message>
        <source>Check checklist template files and report every problem.</source>
        <translation>Checklisten-Vorlagendateien prüfen und jedes Problem melden.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>Loads each checklist template file (schema v1, docs/templates.md) and prints
every problem to stderr as FILE:LINE:COLUMN: MESSAGE, and &quot;FILE: ok (N items)&quot;
for each valid file.

Exit status: 0 when all files are valid, 1 when any file is invalid, 2 when a
file cannot be read or no file is given.</source>
        <translation>Lädt jede Checklisten-Vorlagendatei (Schema v1, docs/templates.md) und gibt
jedes Problem auf stderr als FILE:LINE:COLUMN: MESSAGE aus sowie
&quot;FILE: ok (N Prüfpunkte)&quot; für jede gültige Datei.

Exit-Status: 0, wenn alle Dateien gültig sind, 1, wenn eine Datei ungültig ist,
2, wenn eine Datei nicht gelesen werden kann oder keine Datei angegeben ist.</translation>
    </message>
    <message>
        <source>no template files given</source>
        <translation>keine Vorlagendateien angegeben</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: ok (%n items)</source>
        <translation>
            <numerusform>%1: ok (%n Prüfpunkt)</numerusform>
            <numerusform>%1: ok (%n Prüfpunkte)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: invalid template</source>
        <translation>%1: ungültige Vorlage</translation>
    </message>
</context>
<context>
    <name>greenlight::VerifyCommand</name>
    <message>
        <source>Check the audit chain, evidence files and signatures; exit 1 on problems.</source>
        <translation>Prüfprotokollkette, Nachweisdateien und Unterschriften prüfen; Exit-Status 1 bei Problemen.</translation>
    </message>
    <message>
        <source>[ASSESSMENT]</source>
        <translation>[ASSESSMENT]</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>ok   audit chain: %1 events, head %2</source>
        <translation>ok   Prüfprotokollkette: %1 Ereignisse, Kopf %2</translation>
    </message>
    <message>
        <source>audit chain broken at event %1: %2</source>
        <translation>Prüfprotokollkette bei Ereignis %1 unterbrochen: %2</translation>
    </message>
    <message>
        <source>%1: evidence %2</source>
        <translation>%1: Nachweis %2</translation>
    </message>
    <message>
        <source>%1: signature %2 (%3) does not match its stored snapshot</source>
        <translation>%1: Unterschrift %2 (%3) stimmt nicht mit ihrem gespeicherten Snapshot überein</translation>
    </message>
    <message>
        <source>%1: Ed25519 signature %2 (%3, %4) does not verify</source>
        <translation>%1: Ed25519-Signatur %2 (%3, %4) lässt sich nicht verifizieren</translation>
    </message>
    <message>
        <source>ok   %1: %2 evidence file(s), %3 signature(s)</source>
        <translation>ok   %1: %2 Nachweisdatei(en), %3 Unterschrift(en)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n Problem gefunden</numerusform>
            <numerusform>%n Probleme gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::WaiveCommand</name>
    <message>
        <source>Waive a failed item: accept its risk until a date.</source>
        <translation>Eine Ausnahme für einen nicht bestandenen Prüfpunkt erteilen: sein Risiko bis zu einem Datum akzeptieren.</translation>
    </message>
    <message>
        <source>ASSESSMENT ITEM-ID</source>
        <translation>ASSESSMENT ITEM-ID</translation>
    </message>
    <message>
        <source>Records a waiver (risk acceptance) for a failed item. --reason, --by and
--until (YYYY-MM-DD, valid through that day) are required, --ticket is
optional. Waived items count as done but are reported apart from passed; an
expired waiver makes the item failed again.</source>
        <translation>Erfasst eine Ausnahme (Risikoakzeptanz) für einen nicht bestandenen Prüfpunkt.
--reason, --by und --until (YYYY-MM-DD, gültig bis einschließlich dieses Tages)
sind erforderlich, --ticket ist optional. Prüfpunkte mit Ausnahme zählen als
erledigt, werden aber getrennt von bestandenen ausgewiesen; nach Ablauf der
Ausnahme gilt der Prüfpunkt wieder als nicht bestanden.</translation>
    </message>
    <message>
        <source>Why the risk is accepted.</source>
        <translation>Warum das Risiko akzeptiert wird.</translation>
    </message>
    <message>
        <source>Who accepts the risk.</source>
        <translation>Wer das Risiko akzeptiert.</translation>
    </message>
    <message>
        <source>Expiry date, YYYY-MM-DD.</source>
        <translation>Ablaufdatum, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Link to the follow-up ticket.</source>
        <translation>Link zum Folge-Ticket.</translation>
    </message>
    <message>
        <source>expected ASSESSMENT and ITEM-ID</source>
        <translation>ASSESSMENT und ITEM-ID erwartet</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (use YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; ist kein Datum (verwenden Sie YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1: waived until %2, accepted by %3</source>
        <translation>%1: Ausnahme bis %2, akzeptiert von %3</translation>
    </message>
</context>
<context>
    <name>greenlight::WaiverDialog</name>
    <message>
        <source>Waive %1</source>
        <translation>Ausnahme für %1 erteilen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Accept the risk of %1 failing.&lt;/b&gt; The item counts as done but is shown as waived, never as passed, and turns failed again when the waiver expires.</source>
        <translation>&lt;b&gt;Das Risiko akzeptieren, dass %1 nicht bestanden ist.&lt;/b&gt; Der Prüfpunkt zählt als erledigt, wird aber als „mit Ausnahme“ angezeigt, nie als bestanden, und gilt nach Ablauf der Ausnahme wieder als nicht bestanden.</translation>
    </message>
    <message>
        <source>Why the release may go ahead despite this failure</source>
        <translation>Warum das Release trotz dieses Fehlschlags live gehen darf</translation>
    </message>
    <message>
        <source>The person who owns the risk</source>
        <translation>Die Person, die das Risiko trägt</translation>
    </message>
    <message>
        <source>Optional, e.g. https://tracker.example/RISK-42</source>
        <translation>Optional, z. B. https://tracker.example/RISK-42</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Accepted by:</source>
        <translation>&amp;Akzeptiert von:</translation>
    </message>
    <message>
        <source>&amp;Expires on:</source>
        <translation>&amp;Läuft ab am:</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <source>&amp;Waive</source>
        <translation>Ausnahme &amp;erteilen</translation>
    </message>
    <message>
        <source>Write the justification.</source>
        <translation>Geben Sie die Begründung ein.</translation>
    </message>
    <message>
        <source>Name the person who accepts the risk.</source>
        <translation>Nennen Sie die Person, die das Risiko akzeptiert.</translation>
    </message>
    <message>
        <source>The expiry date must be in the future (after %1).</source>
        <translation>Das Ablaufdatum muss in der Zukunft liegen (nach %1).</translation>
    </message>
    <message>
        <source>The ticket must be an absolute URL (https://…).</source>
        <translation>Das Ticket muss eine absolute URL sein (https://…).</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Akzeptiert von</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Läuft ab am</translation>
    </message>
    <message>
        <source>The last day the waiver is in force; after it the item counts as failed again</source>
        <translation>Der letzte Tag, an dem die Ausnahme gilt; danach gilt der Prüfpunkt wieder als nicht bestanden</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Optional: the address of the risk&apos;s ticket</source>
        <translation>Optional: die Adresse des Tickets zum Risiko</translation>
    </message>
    <message>
        <source>Waive</source>
        <translation>Ausnahme erteilen</translation>
    </message>
    <message>
        <source>Records the waiver; the item counts as done, shown as waived</source>
        <translation>Erfasst die Ausnahme; der Prüfpunkt gilt als erledigt und wird als „Ausnahme erteilt“ angezeigt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Closes without waiving</source>
        <translation>Schließt, ohne eine Ausnahme zu erteilen</translation>
    </message>
</context>
<context>
    <name>greenlight::WaiverStore</name>
    <message>
        <source>a waiver needs a justification (--reason)</source>
        <translation>eine Ausnahme erfordert eine Begründung (--reason)</translation>
    </message>
    <message>
        <source>a waiver needs the person who accepts the risk (--by)</source>
        <translation>eine Ausnahme erfordert die Person, die das Risiko akzeptiert (--by)</translation>
    </message>
    <message>
        <source>a waiver needs an expiry date (--until YYYY-MM-DD)</source>
        <translation>eine Ausnahme erfordert ein Ablaufdatum (--until YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the expiry date %1 is in the past</source>
        <translation>das Ablaufdatum %1 liegt in der Vergangenheit</translation>
    </message>
    <message>
        <source>the ticket &apos;%1&apos; is not an absolute URL</source>
        <translation>das Ticket &apos;%1&apos; ist keine absolute URL</translation>
    </message>
    <message>
        <source>could not record the waiver</source>
        <translation>die Ausnahme konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 is %2, not failed: only a failed item can be waived</source>
        <translation>%1 hat den Status %2, nicht failed: Eine Ausnahme kann nur für einen nicht bestandenen Prüfpunkt erteilt werden</translation>
    </message>
    <message>
        <source>could not load the waivers</source>
        <translation>die Ausnahmen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>could not load the waiver</source>
        <translation>die Ausnahme konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>could not load the item statuses</source>
        <translation>die Status der Prüfpunkte konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>an item has the unknown status &apos;%1&apos;</source>
        <translation>ein Prüfpunkt hat den unbekannten Status &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>greenlight::WelcomePage</name>
    <message>
        <source>Welcome to Greenlight</source>
        <translation>Willkommen bei Greenlight</translation>
    </message>
    <message>
        <source>Greenlight walks a release through its readiness checklists — security, infrastructure, delivery pipeline, observability, data protection and sign-off — and keeps an audit trail of every decision.</source>
        <translation>Greenlight führt ein Release durch seine Checklisten zur Go-live-Bereitschaft – Sicherheit, Infrastruktur, Delivery-Pipeline, Observability, Datenschutz und Freigabe – und führt ein Prüfprotokoll über jede Entscheidung.</translation>
    </message>
    <message>
        <source>New assessment…</source>
        <translation>Neue Bewertung…</translation>
    </message>
    <message>
        <source>Choose the system, the release and the checklists to work through.</source>
        <translation>Wählen Sie das System, das Release und die Checklisten, die bearbeitet werden sollen.</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>Explore an assessment of a small example system, with some items already passed, failed and in progress.</source>
        <translation>Sehen Sie sich die Bewertung eines kleinen Beispielsystems an, in der einige Prüfpunkte bereits bestanden, nicht bestanden oder in Arbeit sind.</translation>
    </message>
    <message>
        <source>Assessments are stored in %1</source>
        <translation>Bewertungen werden in %1 gespeichert</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Recent assessments</source>
        <translation>Zuletzt geöffnete Bewertungen</translation>
    </message>
    <message>
        <source>Assessments opened lately; press Enter or double-click to open one</source>
        <translation>Kürzlich geöffnete Bewertungen; drücken Sie die Eingabetaste oder doppelklicken Sie, um eine zu öffnen</translation>
    </message>
    <message>
        <source>Welcome page</source>
        <translation>Willkommensseite</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Neue Bewertung</translation>
    </message>
</context>
<context>
    <name>greenlight::YamlDocuments</name>
    <message>
        <source>YAML document larger than %1 MiB: not parsed</source>
        <translation>YAML-Dokument größer als %1 MiB: nicht geparst</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>cannot parse YAML: %1</source>
        <translation>YAML kann nicht geparst werden: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Release-readiness assessments and sign-off.</source>
        <translation>Bewertungen der Go-live-Bereitschaft von Releases und Freigabe.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Also load checklist templates from DIR (repeatable).</source>
        <translation>Zusätzlich Checklisten-Vorlagen aus DIR laden (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Greenlight</source>
        <translation>Greenlight</translation>
    </message>
    <message>
        <source>Greenlight cannot open the store %1.

%2

The file was not changed.</source>
        <translation>Greenlight kann die Datenbank %1 nicht öffnen.

%2

Die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>This store location is set in Edit → Preferences. Open the default store %1 instead?</source>
        <translation>Dieser Speicherort der Datenbank ist unter Bearbeiten → Einstellungen festgelegt. Stattdessen die Standarddatenbank %1 öffnen?</translation>
    </message>
    <message>
        <source>Open the Default Store</source>
        <translation>Standarddatenbank öffnen</translation>
    </message>
    <message>
        <source>Use the store at PATH instead of the one set in Preferences.</source>
        <translation>Die Datenbank unter PATH statt der in den Einstellungen festgelegten verwenden.</translation>
    </message>
    <message>
        <source>Open the assessment with this ID at start.</source>
        <translation>Die Bewertung mit dieser ID beim Start öffnen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--assessment needs a positive number, not %1.</source>
        <translation>--assessment erwartet eine positive Zahl, nicht %1.</translation>
    </message>
</context>
</TS>
