#include "SampleReports.h"

using namespace Qt::StringLiterals;

namespace greenlight::test::SampleReports {

RuleInfo rule(const QString &id, Severity severity, const QString &category, bool repositoryLevel)
{
    RuleInfo info;
    info.id = id;
    info.severity = severity;
    info.title = u"Title of "_s + id;
    info.rationale = u"Why "_s + id + u" matters."_s;
    info.fix = u"How to fix "_s + id + u'.';
    info.category = category;
    info.repositoryLevel = repositoryLevel;
    return info;
}

Finding finding(const RuleInfo &rule, const QString &path, int line, const QString &message)
{
    Finding finding;
    finding.ruleId = rule.id;
    finding.severity = rule.severity;
    finding.title = rule.title;
    finding.fix = rule.fix;
    finding.message = message;
    finding.location.path = path;
    finding.location.line = line;
    finding.fingerprint
            = QString::number(qHash(rule.id + path + message), 16).rightJustified(64, u'0');
    return finding;
}

ScanReport mixed()
{
    const RuleInfo key = rule(u"secrets.private-key"_s, Severity::Critical, u"secrets"_s);
    const RuleInfo root = rule(u"docker.root-user"_s, Severity::High, u"containers"_s);
    const RuleInfo ignore
            = rule(u"docker.copy-without-dockerignore"_s, Severity::High, u"containers"_s);
    const RuleInfo policy
            = rule(u"k8s.no-network-policy"_s, Severity::Medium, u"kubernetes"_s, true);
    const RuleInfo pytest = rule(u"deps.test-in-prod"_s, Severity::Low, u"dependencies"_s);
    const RuleInfo security
            = rule(u"docs.no-security-md"_s, Severity::Info, u"documentation"_s, true);
    const RuleInfo unused = rule(u"systemd.runs-as-root"_s, Severity::High, u"systemd"_s);

    ScanReport report;
    report.rules = {key, root, ignore, policy, pytest, security, unused};

    Finding secret = finding(key, u"deploy/id_rsa"_s, 1, u"private key committed"_s);
    secret.snippet = u"-----BEGIN RSA PRIVATE KEY----- MIIE********"_s;
    secret.secretHash = QString(64, u'a');
    secret.itemKeys = {u"SEC-001"_s};
    Finding runsAsRoot
            = finding(root, u"Dockerfile"_s, 0, u"final stage has no USER: runs as root"_s);
    runsAsRoot.itemKeys = {u"SEC-010"_s, u"INF-002"_s};
    Finding copy = finding(ignore, u"Dockerfile"_s, 5, u"COPY . . without a .dockerignore"_s);
    copy.location.column = 1;
    copy.location.endLine = 5;
    copy.location.endColumn = 9;
    copy.snippet = u"COPY . ."_s;
    Finding noPolicy = finding(policy, QString(), 0, u"no NetworkPolicy in 2 manifests"_s);
    Finding first = finding(pytest, u"requirements.txt"_s, 23, u"pytest is a test-only package"_s);
    Finding second
            = finding(pytest, u"requirements.txt"_s, 24, u"pytest-django is a test-only package"_s);
    Finding noSecurity = finding(security, QString(), 0, u"no SECURITY.md"_s);
    report.findings = {secret, runsAsRoot, copy, noPolicy, first, second, noSecurity};

    report.skipped = {
            {u"assets/logo.png"_s, SkipReason::Binary, QString()},
            {u"data/dump.sql"_s, SkipReason::TooLarge, u"12.4 MiB, limit 5 MiB"_s},
            {u"secret/dir"_s, SkipReason::Unreadable, u"Permission denied"_s},
            {u"loop"_s, SkipReason::SymlinkLoop, QString()},
    };
    report.notes = {u"helm/templates/deploy.yaml: Helm template, not valid YAML: skipped"_s};

    ScanMetadata &meta = report.metadata;
    meta.root = u"/work/repos/ledger"_s;
    meta.isGitRepository = true;
    meta.gitHead = u"0123456789abcdef0123456789abcdef01234567"_s;
    meta.gitBranch = u"main"_s;
    meta.gitDirty = true;
    meta.startedAt = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9, 250), Qt::UTC);
    meta.finishedAt = meta.startedAt.addMSecs(1500);
    meta.ruleSetVersion = u"2024.1"_s;
    for (const RuleInfo &info : std::as_const(report.rules))
        meta.rulesRun.append(info.id);
    meta.filesScanned = 42;
    meta.bytesScanned = 3 * 1024 * 1024 + 512 * 1024;
    meta.filesSkipped = report.skipped.size();
    return report;
}

ScanReport clean()
{
    ScanReport report = mixed();
    report.findings.clear();
    report.skipped.clear();
    report.notes.clear();
    report.metadata.filesSkipped = 0;
    report.metadata.gitDirty = false;
    return report;
}

} // namespace greenlight::test::SampleReports
