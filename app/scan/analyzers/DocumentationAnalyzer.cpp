#include "DocumentationAnalyzer.h"

#include <QMutexLocker>
#include <QStringList>

#include "scan/FindingSink.h"
#include "scan/RepositoryIndex.h"
#include "scan/ScannedFile.h"
#include "scan/docs/DocumentOutline.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

const QString NoSecurityMd = u"docs.no-security-md"_s;

bool hasDocumentSuffix(QStringView fileName)
{
    static const QStringView suffixes[]
            = {u".md", u".markdown", u".rst", u".txt", u".adoc", u".asciidoc", u".mdx"};
    for (const QStringView suffix : suffixes) {
        if (fileName.endsWith(suffix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// README, RUNBOOK.md, Deploy-Guide.rst, DISASTER_RECOVERY.txt, ...
bool hasDocumentName(QStringView fileName)
{
    static const QStringView prefixes[] = {
            u"readme", u"runbook", u"deploy", u"operations", u"disaster", u"incident", u"security"};
    for (const QStringView prefix : prefixes) {
        if (fileName.startsWith(prefix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString baseName(QStringView fileName)
{
    const qsizetype dot = fileName.indexOf(u'.');
    return (dot < 0 ? fileName : fileName.left(dot)).toString();
}

} // namespace

QList<RuleInfo> DocumentationAnalyzer::rules() const
{
    const QString category = u"documentation"_s;
    const QString where = tr(" Write it where operators look during an outage: docs/runbooks/ "
                             "or a RUNBOOK.md at the root, under a heading that names it.");
    return {
            {RunbookTopics::ruleId(RunbookTopics::Rollback),
             Severity::Medium,
             tr("No rollback runbook"),
             tr("A failed release is rolled back under time pressure; without written steps "
                "(previous image tag, migration reversal, traffic switch-back) the outage grows "
                "while people improvise."),
             tr("Document how to roll back a deployment and a database migration, who decides, "
                "and how to verify the result.")
                     + where,
             category,
             true},
            {RunbookTopics::ruleId(RunbookTopics::Backup),
             Severity::Medium,
             tr("No backup runbook"),
             tr("Backups nobody documented are taken inconsistently (or not before risky "
                "migrations) and their location and retention are unknown when needed."),
             tr("Document what is backed up (application and audit databases, object storage), "
                "how and how often, where the backups live, and how to take one by hand before "
                "a migration.")
                     + where,
             category,
             true},
            {RunbookTopics::ruleId(RunbookTopics::Restore),
             Severity::Medium,
             tr("No restore / disaster-recovery runbook"),
             tr("A backup is only as good as the restore: without verified restore steps the "
                "recovery time in a disaster is unknown, and so is whether it works."),
             tr("Document the restore procedure step by step, how a restore is verified, and "
                "the date and result of the last restore drill.")
                     + where,
             category,
             true},
            {RunbookTopics::ruleId(RunbookTopics::KeyRotation),
             Severity::Medium,
             tr("No key rotation runbook"),
             tr("Keys leak; rotating one without a procedure (for example a SECRET_KEY or a "
                "field-encryption key that needs data re-encrypted) risks an outage or data "
                "loss, so leaked keys stay in use."),
             tr("Document how each secret and key is rotated, in which order, how data "
                "encrypted with an old key is re-encrypted, and how to verify nothing still "
                "uses the old key.")
                     + where,
             category,
             true},
            {RunbookTopics::ruleId(RunbookTopics::Incident),
             Severity::Medium,
             tr("No incident response runbook"),
             tr("Without an agreed incident process (who is on call, how to escalate, how to "
                "communicate, when to write a post-mortem) incidents last longer and repeat."),
             tr("Document on-call, severity levels, escalation paths and contacts, "
                "communication, and the post-mortem process.")
                     + where,
             category,
             true},
            {NoSecurityMd,
             Severity::Low,
             tr("No SECURITY.md"),
             tr("Without a security policy, people who find a vulnerability do not know how to "
                "report it privately, and may open a public issue instead."),
             tr("Add SECURITY.md at the root (or in .github/ or docs/) naming the supported "
                "versions and a private reporting channel (security contact, GitHub private "
                "vulnerability reporting)."),
             category,
             true},
    };
}

bool DocumentationAnalyzer::isDocumentation(QStringView path, QStringView fileName)
{
    static const QStringView vendored[] = {u"node_modules",
                                           u"vendor",
                                           u"third_party",
                                           u"third-party",
                                           u".venv",
                                           u"venv",
                                           u"site-packages",
                                           u".git"};
    bool inDocsFolder = false;
    const auto segments = path.split(u'/');
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        const QStringView segment = segments.at(i);
        for (const QStringView name : vendored) {
            if (segment == name)
                return false;
        }
        inDocsFolder = inDocsFolder || segment.compare(u"docs"_s, Qt::CaseInsensitive) == 0
                       || segment.compare(u"doc"_s, Qt::CaseInsensitive) == 0
                       || segment.compare(u"runbooks"_s, Qt::CaseInsensitive) == 0
                       || segment.compare(u"ops"_s, Qt::CaseInsensitive) == 0;
    }
    if (hasDocumentName(fileName))
        return hasDocumentSuffix(fileName) || !fileName.contains(u'.');
    return inDocsFolder && hasDocumentSuffix(fileName);
}

bool DocumentationAnalyzer::isSecurityPolicy(QStringView path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    const QStringView folder = slash < 0 ? QStringView() : path.left(slash);
    const QStringView name = path.mid(slash + 1);
    if (!folder.isEmpty() && folder != u".github"_s
        && folder.compare(u"docs"_s, Qt::CaseInsensitive) != 0)
        return false;
    if (!name.startsWith(u"security"_s, Qt::CaseInsensitive))
        return false;
    const QStringView rest = name.mid(8);
    return rest.isEmpty() || (rest.startsWith(u'.') && hasDocumentSuffix(name));
}

bool DocumentationAnalyzer::wants(QStringView path, QStringView fileName) const
{
    return isDocumentation(path, fileName);
}

void DocumentationAnalyzer::analyze(const ScannedFile &file, FindingSink &)
{
    const QString text = QString::fromUtf8(file.content);
    const RunbookTopics::Coverage coverage = RunbookTopics::coverage(
            DocumentOutline::parse(text, DocumentOutline::formatOf(file.fileName)),
            baseName(file.fileName));

    const QMutexLocker lock(&m_mutex);
    ++m_documents;
    for (int topic = 0; topic < RunbookTopics::TopicCount; ++topic) {
        // Keep the smallest path, so the evidence does not depend on thread timing.
        const QString where = u"%1:%2"_s.arg(file.path).arg(coverage[topic]);
        QString &evidence = m_evidence[topic];
        if (coverage[topic] > 0 && (evidence.isEmpty() || where < evidence))
            evidence = where;
    }
}

void DocumentationAnalyzer::finish(const RepositoryIndex &repository, FindingSink &sink)
{
    for (int topic = 0; topic < RunbookTopics::TopicCount; ++topic) {
        if (!m_evidence[topic].isEmpty())
            continue;
        Finding finding;
        finding.ruleId = RunbookTopics::ruleId(RunbookTopics::Topic(topic));
        finding.message = missingMessage(RunbookTopics::Topic(topic), m_documents);
        sink.report(std::move(finding));
    }

    for (const QString &path : repository.paths) {
        if (isSecurityPolicy(path))
            return;
    }
    Finding finding;
    finding.ruleId = NoSecurityMd;
    finding.message = tr("no SECURITY.md at the repository root, in .github/ or in docs/: "
                         "there is no published way to report a vulnerability privately");
    sink.report(std::move(finding));
}

QString DocumentationAnalyzer::missingMessage(RunbookTopics::Topic topic, int documents) const
{
    QString subject;
    QString suggestion;
    switch (topic) {
    case RunbookTopics::Rollback:
        subject = tr("rollback (roll back, revert a deployment, switch traffic back)");
        suggestion = tr("docs/runbooks/rollback.md: how to roll back a failed deployment or "
                        "migration (previous image tag, database restore) and verify it");
        break;
    case RunbookTopics::Backup:
        subject = tr("backups (backup, back up)");
        suggestion = tr("docs/runbooks/backup.md: what is backed up, how and how often, where "
                        "it is kept, and the manual backup before a migration");
        break;
    case RunbookTopics::Restore:
        subject = tr("restore (restore, disaster recovery, DR drill, recovery procedure)");
        suggestion = tr("docs/runbooks/disaster-recovery.md: verified steps to restore the "
                        "databases from backup, and the last restore drill");
        break;
    case RunbookTopics::KeyRotation:
        subject = tr("key rotation (rotating keys, secrets, credentials, tokens)");
        suggestion = tr("docs/runbooks/key-rotation.md: how each key and secret is rotated, "
                        "including re-encrypting data");
        break;
    case RunbookTopics::Incident:
        subject = tr("incident response (incident, on-call, escalation, post-mortem)");
        suggestion = tr("docs/runbooks/incident-response.md: on-call, escalation, "
                        "communication and post-mortems");
        break;
    case RunbookTopics::TopicCount:
        break;
    }
    return tr("no runbook for %1: none of the %n documentation file(s) (docs/, doc/, runbooks/, "
              "ops/, READMEs, RUNBOOK*, DEPLOY*, ...) has a heading on it or a paragraph "
              "giving steps or a procedure for it; write one, e.g. %2",
              nullptr,
              documents)
            .arg(subject, suggestion);
}

} // namespace greenlight
