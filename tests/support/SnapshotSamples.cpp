#include "SnapshotSamples.h"

#include <algorithm>

#include "report/SnapshotCounts.h"

using namespace Qt::StringLiterals;

namespace greenlight::test {

namespace {

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
}

SnapshotItem item(const QString &key,
                  const QString &title,
                  const QString &section,
                  const QString &sectionTitle,
                  Severity severity,
                  ItemStatus status)
{
    SnapshotItem i;
    i.key = key;
    i.title = title;
    i.templateId = u"release-review"_s;
    i.templateTitle = u"Deployment Reliability Review"_s;
    i.sectionId = section;
    i.sectionTitle = sectionTitle;
    i.severity = severity;
    i.status = status;
    switch (status) {
    case ItemStatus::NotStarted:
        i.effective = EffectiveStatus::NotStarted;
        break;
    case ItemStatus::InProgress:
        i.effective = EffectiveStatus::InProgress;
        break;
    case ItemStatus::Passed:
        i.effective = EffectiveStatus::Passed;
        break;
    case ItemStatus::Failed:
        i.effective = EffectiveStatus::Failed;
        break;
    case ItemStatus::NotApplicable:
        i.effective = EffectiveStatus::NotApplicable;
        break;
    }
    if (status != ItemStatus::NotStarted) {
        i.updatedAt = at(18, 14);
        i.updatedBy = u"dana"_s;
    }
    return i;
}

SnapshotEvidence evidence(const QString &name, const QString &kind, char hashDigit)
{
    SnapshotEvidence e;
    e.name = name;
    e.kindKey = kind;
    e.sha256 = QString(64, QLatin1Char(hashDigit));
    e.size = kind == u"file"_s ? 48213 : 0;
    e.addedAt = at(18, 15, 5);
    e.addedBy = u"sam"_s;
    return e;
}

SnapshotSignoff role(const QString &id, const QString &title, const QString &meaning)
{
    SnapshotSignoff r;
    r.roleId = id;
    r.roleTitle = title;
    r.meaning = meaning;
    return r;
}

} // namespace

QString SnapshotSamples::plantedSecret()
{
    return u"AKIAZ7QWERTYUIOP4XYZ"_s;
}

AssessmentSnapshot SnapshotSamples::seedReview()
{
    AssessmentSnapshot s;
    s.assessmentId = 7;
    s.name = u"Payments 2.4 go-live"_s;
    s.system = u"payments-api"_s;
    s.release = u"2.4.0"_s;
    s.repositoryPath = u"/srv/src/payments-api"_s;
    s.createdAt = at(12, 8);
    s.createdBy = u"dana"_s;
    s.templates = {{u"release-review"_s, u"3"_s, u"Deployment Reliability Review"_s}};
    s.generatedAt = at(20, 9, 30);
    s.preparedBy = u"dana"_s;
    s.generator = u"Greenlight test"_s;
    s.today = QDate(2026, 11, 20);

    const QString containers = u"Container Security"_s;
    const QString startup = u"Startup Reliability"_s;
    const QString database = u"Database Safety"_s;
    SnapshotItem dockerignore = item(u"CON-001"_s,
                                     u".dockerignore keeps secrets out of the image"_s,
                                     u"containers"_s,
                                     containers,
                                     Severity::High,
                                     ItemStatus::Failed);
    dockerignore.owner = u"sam"_s;
    dockerignore.note = u"COPY . . ships .git and .env | see finding HIGH-001"_s;
    dockerignore.openFindings = 1;
    SnapshotItem nonRoot = item(u"CON-002"_s,
                                u"Containers run as a non-root user"_s,
                                u"containers"_s,
                                containers,
                                Severity::High,
                                ItemStatus::Passed);
    nonRoot.owner = u"sam"_s;
    nonRoot.evidence = {evidence(u"docker-inspect-user.txt"_s, u"command"_s, 'a')};
    SnapshotItem testDeps = item(u"CON-003"_s,
                                 u"No test dependencies in the production image"_s,
                                 u"containers"_s,
                                 containers,
                                 Severity::Low,
                                 ItemStatus::Failed);
    testDeps.owner = u"lee"_s;
    testDeps.effective = EffectiveStatus::Waived;
    testDeps.openFindings = 1;
    SnapshotItem health = item(u"STA-001"_s,
                               u"Health and readiness probes answer"_s,
                               u"startup"_s,
                               startup,
                               Severity::Medium,
                               ItemStatus::Passed);
    health.evidence = {evidence(u"probe-run.log"_s, u"file"_s, 'b'),
                       evidence(u"https://grafana.example.com/d/probes"_s, u"url"_s, 'c')};
    health.evidence[1].validUntil = QDate(2026, 11, 1);
    health.evidence[1].stale = true;
    health.warnings
            = {u"Evidence https://grafana.example.com/d/probes went stale on 2026-11-01."_s};
    SnapshotItem migrations = item(u"STA-002"_s,
                                   u"Migrations run before the new version starts"_s,
                                   u"startup"_s,
                                   startup,
                                   Severity::Medium,
                                   ItemStatus::Passed);
    SnapshotItem lockdown = item(u"DB-001"_s,
                                 u"Audit database is append-only"_s,
                                 u"database"_s,
                                 database,
                                 Severity::Medium,
                                 ItemStatus::Failed);
    lockdown.owner = u"dana"_s;
    lockdown.openFindings = 1;
    SnapshotItem backups = item(u"DB-002"_s,
                                u"Backups restore cleanly"_s,
                                u"database"_s,
                                database,
                                Severity::High,
                                ItemStatus::InProgress);
    backups.owner = u"lee"_s;
    SnapshotItem replicas = item(u"DB-003"_s,
                                 u"Read replicas are configured"_s,
                                 u"database"_s,
                                 database,
                                 Severity::Low,
                                 ItemStatus::NotApplicable);
    s.items = {dockerignore, nonRoot, testDeps, health, migrations, lockdown, backups, replicas};

    SnapshotFinding high;
    high.number = u"HIGH-001"_s;
    high.severity = Severity::High;
    high.ruleId = u"docker.copy-without-dockerignore"_s;
    high.title = u"Build context copied without a .dockerignore"_s;
    high.location = u"Dockerfile:9"_s;
    high.issue = u"`COPY . .` with no .dockerignore next to the Dockerfile"_s;
    high.impact = u"The image carries the repository history and local secrets."_s;
    high.fix = u"Add a .dockerignore that lists at least `.git` and `.env`."_s;
    high.test
            = u"Build the image and run `docker run --rm IMAGE ls -la`: .git and .env are absent."_s;
    high.snippet = u"COPY . ."_s;
    high.category = u"containers"_s;
    high.itemKeys = {u"CON-001"_s};
    high.state = FindingState::Open;
    high.fingerprint = QString(64, QLatin1Char('1'));
    SnapshotFinding medium;
    medium.number = u"MEDIUM-002"_s;
    medium.severity = Severity::Medium;
    medium.ruleId = u"custom.audit-db-lockdown"_s;
    medium.title = u"Audit database not locked down automatically"_s;
    medium.location = u"entrypoint.sh"_s;
    medium.issue = u"entrypoint.sh never runs `manage.py lockdown_audit_db`"_s;
    medium.impact = u"The audit writer keeps UPDATE and DELETE on the audit tables."_s;
    medium.fix = u"Run `python manage.py lockdown_audit_db` after the audit migrations."_s;
    medium.test = u"Inspect the audit_writer role: only INSERT and SELECT remain."_s;
    medium.category = u"custom"_s;
    medium.itemKeys = {u"DB-001"_s};
    medium.state = FindingState::New;
    medium.fingerprint = QString(64, QLatin1Char('2'));
    SnapshotFinding secret;
    secret.number = u"MEDIUM-003"_s;
    secret.severity = Severity::Medium;
    secret.ruleId = u"secrets.aws-access-key"_s;
    secret.title = u"AWS access key id in source"_s;
    secret.location = u"config/settings.py:14"_s;
    secret.issue = u"An AWS access key id is assigned in source"_s;
    secret.impact = u"Anyone with the repository can use the key."_s;
    secret.fix = u"Revoke the key and load it from the environment."_s;
    secret.test = u"Re-run the scan: the finding is reported fixed."_s;
    secret.snippet = u"AWS_KEY = \"AKIA****************\""_s;
    secret.category = u"secrets"_s;
    secret.itemKeys = {u"CON-001"_s};
    secret.fingerprint = QString(64, QLatin1Char('3'));
    SnapshotFinding low;
    low.number = u"LOW-004"_s;
    low.severity = Severity::Low;
    low.ruleId = u"deps.test-package-in-production"_s;
    low.title = u"Test dependencies in production requirements"_s;
    low.location = u"requirements.txt:23"_s;
    low.issue = u"pytest and pytest-django are installed in the production image"_s;
    low.impact = u"Unneeded packages enlarge the image and its attack surface."_s;
    low.fix = u"Move them to requirements-dev.txt."_s;
    low.test = u"Run `pip list` in the production container: pytest is absent."_s;
    low.category = u"dependencies"_s;
    low.itemKeys = {u"CON-003"_s};
    low.fingerprint = QString(64, QLatin1Char('4'));
    s.findings = {high, medium, secret, low};

    SnapshotWaiver waiver;
    waiver.itemKey = u"CON-003"_s;
    waiver.itemTitle = testDeps.title;
    waiver.severity = Severity::Low;
    waiver.justification = u"Image size only; split planned for 2.5"_s;
    waiver.acceptedBy = u"Priya (product owner)"_s;
    waiver.expiresOn = QDate(2026, 12, 31);
    waiver.ticketUrl = u"https://tracker.example.com/PAY-812"_s;
    waiver.createdAt = at(19, 10);
    waiver.createdBy = u"dana"_s;
    waiver.daysLeft = int(s.today.daysTo(waiver.expiresOn));
    s.waivers = {waiver};

    SnapshotSignoff security
            = role(u"security"_s, u"Security Review"_s, u"Completed by Security Team"_s);
    security.isSigned = true;
    security.signerName = u"Alex Morgan"_s;
    security.decision = Decision::Approve;
    security.signedAt = at(19, 16);
    security.contentHash = QString(64, QLatin1Char('e'));
    SnapshotSignoff architecture
            = role(u"architecture"_s, u"Architecture Review"_s, u"Completed by Tech Leads"_s);
    architecture.isSigned = true;
    architecture.signerName = u"Jo Brandt"_s;
    architecture.decision = Decision::Conditional;
    architecture.comment = u"Backups restore drill before go-live"_s;
    architecture.signedAt = at(19, 17);
    architecture.contentHash = QString(64, QLatin1Char('d'));
    architecture.stale = true;
    architecture.changes = {u"DB-002: status not_started -> in_progress"_s};
    architecture.cryptographic = true;
    SnapshotSignoff operations
            = role(u"operations"_s, u"Operations Review"_s, u"Completed by DevOps Team"_s);
    SnapshotSignoff approval = role(
            u"deployment-approval"_s, u"Deployment Approval"_s, u"Approved for Production"_s);
    s.signoffs = {security, architecture, operations, approval};

    s.runbookGaps = {u"Rollback procedure: no runbook describes how to roll back a release."_s,
                     u"Database restore: no runbook describes restoring from backup."_s};
    s.recommendations = {u"Create .dockerignore: add one that lists .git and .env (HIGH-001)."_s,
                         u"Automate the audit lockdown in entrypoint.sh (MEDIUM-002)."_s,
                         u"Document recovery: backup, restore and rollback runbooks."_s};

    s.scan.present = true;
    s.scan.root = s.repositoryPath;
    s.scan.gitHead = u"3f9c2a41d0b7e8f61c5a9d2e4b7f0a1c3e5d7f92"_s;
    s.scan.gitBranch = u"release/2.4"_s;
    s.scan.startedAt = at(20, 9, 10);
    s.scan.finishedAt = at(20, 9, 11);
    s.scan.ruleSetVersion = u"2026.11.1"_s;
    s.scan.filesScanned = 412;
    s.scan.newCount = 1;
    s.scan.openCount = 3;
    s.scan.fixedCount = 2;

    s.audit.headHash = QString(64, QLatin1Char('f'));
    s.audit.eventCount = 57;
    s.audit.verified = true;
    s.contentHash = QString(64, QLatin1Char('c'));

    SnapshotCounts::tally(s);
    s.verdict = ReadinessVerdict::evaluate(s);
    return s;
}

AssessmentSnapshot SnapshotSamples::large(int items)
{
    AssessmentSnapshot s = seedReview();
    s.name = u"Large programme"_s;
    s.items.clear();
    s.findings.clear();
    s.waivers.clear();
    const ItemStatus cycle[] = {ItemStatus::Passed,
                                ItemStatus::Passed,
                                ItemStatus::Failed,
                                ItemStatus::NotApplicable,
                                ItemStatus::InProgress,
                                ItemStatus::Passed,
                                ItemStatus::NotStarted};
    int findingNumber = 0;
    for (int n = 0; n < items; ++n) {
        const int templateNo = n / 100;
        const int sectionNo = (n / 20) % 5;
        SnapshotItem i = item(u"ITEM-%1"_s.arg(n + 1, 4, 10, QLatin1Char('0')),
                              u"Checklist item %1 with a title long enough to wrap in a narrow "
                              "column of the items table"_s.arg(n + 1),
                              u"s%1"_s.arg(sectionNo),
                              u"Section %1"_s.arg(sectionNo + 1),
                              Severity(n % SeverityCount),
                              cycle[n % 7]);
        i.templateId = u"template-%1"_s.arg(templateNo);
        i.templateTitle = u"Template %1"_s.arg(templateNo + 1);
        i.owner = u"owner-%1"_s.arg(n % 9);
        i.note = u"Note for item %1: checked against the runbook and the staging run."_s.arg(n);
        if (n % 3 == 0)
            i.evidence = {evidence(u"evidence-%1.log"_s.arg(n), u"file"_s, 'a')};
        s.items.append(i);
        if (n % 10 == 0) {
            SnapshotFinding f;
            f.severity = Severity((n / 10) % 4);
            f.ruleId = u"k8s.no-resources"_s;
            f.title = u"Container without resource limits"_s;
            f.location = u"deploy/app-%1.yaml:%2"_s.arg(n).arg(n % 40 + 1);
            f.issue = u"container 'app' sets no resources.limits"_s;
            f.impact = u"One pod can starve its node."_s;
            f.fix = u"Set requests and limits."_s;
            f.test = u"kubectl describe pod shows the limits."_s;
            f.category = u"kubernetes"_s;
            f.itemKeys = {i.key};
            f.fingerprint = QString(64, QLatin1Char('0' + n % 10));
            s.findings.append(f);
        }
    }
    std::stable_sort(s.findings.begin(),
                     s.findings.end(),
                     [](const SnapshotFinding &a, const SnapshotFinding &b) {
                         return a.severity < b.severity;
                     });
    for (SnapshotFinding &f : s.findings) {
        f.number = u"%1-%2"_s.arg(severityKey(f.severity).toUpper())
                           .arg(++findingNumber, 3, 10, QLatin1Char('0'));
    }
    SnapshotCounts::tally(s);
    s.verdict = ReadinessVerdict::evaluate(s);
    return s;
}

} // namespace greenlight::test
