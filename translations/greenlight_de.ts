<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>&lt;h3&gt;Greenlight %1&lt;/h3&gt;&lt;p&gt;Release-readiness assessments and go-live sign-off.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some template files were skipped (problems: %1). First: %2</source>
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
