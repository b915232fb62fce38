<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>greenlight::AuditHistoryDialog</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::CiWorkflowAnalyzer</name>
    <message numerus="yes">
        <source>no step in the %n CI file(s) %1: looked for %2</source>
        <translation>
            <numerusform>no step in the %n CI file %1: looked for %2</numerusform>
            <numerusform>no step in the %n CI files %1: looked for %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::DashboardPage</name>
    <message numerus="yes">
        <source>Waivers expiring within %n day(s)</source>
        <translation>
            <numerusform>Waivers expiring within %n day</numerusform>
            <numerusform>Waivers expiring within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::DocumentationAnalyzer</name>
    <message numerus="yes">
        <source>no runbook for %1: none of the %n documentation file(s) (docs/, doc/, runbooks/, ops/, READMEs, RUNBOOK*, DEPLOY*, ...) has a heading on it or a paragraph giving steps or a procedure for it; write one, e.g. %2</source>
        <translation>
            <numerusform>no runbook for %1: the %n documentation file (docs/, doc/, runbooks/, ops/, READMEs, RUNBOOK*, DEPLOY*, ...) has no heading on it nor a paragraph giving steps or a procedure for it; write one, e.g. %2</numerusform>
            <numerusform>no runbook for %1: none of the %n documentation files (docs/, doc/, runbooks/, ops/, READMEs, RUNBOOK*, DEPLOY*, ...) has a heading on it or a paragraph giving steps or a procedure for it; write one, e.g. %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::ExpiringWaiversDialog</name>
    <message numerus="yes">
        <source>No waiver lapses within %n day(s).</source>
        <translation>
            <numerusform>No waiver lapses within %n day.</numerusform>
            <numerusform>No waiver lapses within %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiver(s) lapse within the period; their items count as failed again afterwards. Double-click one to open it.</source>
        <translation>
            <numerusform>%n waiver lapses within the period; its item counts as failed again afterwards. Double-click it to open it.</numerusform>
            <numerusform>%n waivers lapse within the period; their items count as failed again afterwards. Double-click one to open it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::FindingsChart</name>
    <message numerus="yes">
        <source>%n open %1 finding(s) on %2 item(s). Click to show the items.</source>
        <translation>
            <numerusform>%n open %1 finding on %2 item(s). Click to show the items.</numerusform>
            <numerusform>%n open %1 findings on %2 item(s). Click to show the items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::JUnitWriter</name>
    <message numerus="yes">
        <source>%n finding(s): %1</source>
        <translation>
            <numerusform>%n finding: %1</numerusform>
            <numerusform>%n findings: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::KubernetesAnalyzer</name>
    <message numerus="yes">
        <source>%n workload(s) (e.g. in %1) but no NetworkPolicy anywhere in the repository</source>
        <translation>
            <numerusform>%n workload (in %1) but no NetworkPolicy anywhere in the repository</numerusform>
            <numerusform>%n workloads (e.g. in %1) but no NetworkPolicy anywhere in the repository</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::ReadinessPanel</name>
    <message numerus="yes">
        <source>&lt;br&gt;%n with an expired waiver</source>
        <translation>
            <numerusform>&lt;br&gt;%n with an expired waiver</numerusform>
            <numerusform>&lt;br&gt;%n with an expired waiver</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::RulesCommand</name>
    <message numerus="yes">
        <source>%n rule(s), rule set version %1.</source>
        <translation>
            <numerusform>%n rule, rule set version %1.</numerusform>
            <numerusform>%n rules, rule set version %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::ScanCommand</name>
    <message numerus="yes">
        <source>FAILED: %n finding(s) at or above %1</source>
        <translation>
            <numerusform>FAILED: %n finding at or above %1</numerusform>
            <numerusform>FAILED: %n findings at or above %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), %1</source>
        <translation>
            <numerusform>%n finding, %1</numerusform>
            <numerusform>%n findings, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::ScanTextWriter</name>
    <message numerus="yes">
        <source>version %1, %n rule(s) ran</source>
        <translation>
            <numerusform>version %1, %n rule ran</numerusform>
            <numerusform>version %1, %n rules ran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>FAILED: %n finding(s) at or above %1 (--fail-on %1)</source>
        <translation>
            <numerusform>FAILED: %n finding at or above %1 (--fail-on %1)</numerusform>
            <numerusform>FAILED: %n findings at or above %1 (--fail-on %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::SecretsAnalyzer</name>
    <message numerus="yes">
        <source>%n secrets found; only the first %1 are reported</source>
        <translation>
            <numerusform>%n secret found; only the first %1 are reported</numerusform>
            <numerusform>%n secrets found; only the first %1 are reported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is committed with %n value(s) (first: %2); values are masked</source>
        <translation>
            <numerusform>%1 is committed with %n value (first: %2); the value is masked</numerusform>
            <numerusform>%1 is committed with %n values (first: %2); values are masked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::ShortcutsDialog</name>
    <message numerus="yes">
        <source>%n shortcut(s)</source>
        <translation>
            <numerusform>%n shortcut</numerusform>
            <numerusform>%n shortcuts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n shortcut(s)</source>
        <translation>
            <numerusform>%1 of %n shortcut</numerusform>
            <numerusform>%1 of %n shortcuts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::SignoffPage</name>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#c0392b&quot;&gt;&lt;b&gt;Deployment Approval is blocked&lt;/b&gt;&lt;/span&gt; by %n thing(s):</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#c0392b&quot;&gt;&lt;b&gt;Deployment Approval is blocked&lt;/b&gt;&lt;/span&gt; by %n thing:</numerusform>
            <numerusform>&lt;span style=&quot;color:#c0392b&quot;&gt;&lt;b&gt;Deployment Approval is blocked&lt;/b&gt;&lt;/span&gt; by %n things:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::ValidateCommand</name>
    <message numerus="yes">
        <source>%1: ok (%n items)</source>
        <translation>
            <numerusform>%1: ok (%n item)</numerusform>
            <numerusform>%1: ok (%n items)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::VerifyCommand</name>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problem found</numerusform>
            <numerusform>%n problems found</numerusform>
        </translation>
    </message>
</context>
</TS>
