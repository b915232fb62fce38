#include "TemplateFixtures.h"

using namespace Qt::StringLiterals;

namespace greenlight::test {
namespace {

TemplateItem item(const QString &id, const QString &title, Severity severity)
{
    TemplateItem i;
    i.id = id;
    i.title = title;
    i.guidance = u"Guidance for "_s + title;
    i.severity = severity;
    i.evidence = EvidenceRequirement::Optional;
    i.references = {u"Seed 004"_s};
    i.tags = {u"fixture"_s};
    return i;
}

} // namespace

ChecklistTemplate alphaTemplate()
{
    ChecklistTemplate t;
    t.id = u"alpha"_s;
    t.title = u"Alpha checks"_s;
    t.version = u"1.0.0"_s;
    t.description = u"Fixture template alpha."_s;
    t.language = u"en"_s;
    t.sections = {
            {u"secrets"_s,
             u"Secrets"_s,
             {item(u"A-001"_s, u"No hard-coded keys"_s, Severity::Critical),
              item(u"A-002"_s, u"Secrets from a vault"_s, Severity::High),
              item(u"A-003"_s, u"Key rotation runbook"_s, Severity::Medium)}},
            {u"containers"_s,
             u"Containers"_s,
             {item(u"A-004"_s, u"Runs as non-root"_s, Severity::High),
              item(u"A-005"_s, u".dockerignore excludes .git and .env"_s, Severity::Low)}},
    };
    return t;
}

ChecklistTemplate betaTemplate()
{
    ChecklistTemplate t;
    t.id = u"beta"_s;
    t.title = u"Beta checks"_s;
    t.version = u"2.1.0"_s;
    t.description = u"Fixture template beta."_s;
    t.language = u"en"_s;
    t.sections = {
            {u"ops"_s,
             u"Operations"_s,
             {item(u"A-001"_s, u"Rollback runbook tested"_s, Severity::High),
              item(u"B-002"_s, u"Backups restored quarterly"_s, Severity::Info)}},
    };
    t.signoffRoles
            = {{u"security-review"_s, u"Security Review"_s, u"Security controls verified"_s, true}};
    return t;
}

} // namespace greenlight::test
