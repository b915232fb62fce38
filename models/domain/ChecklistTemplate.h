#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "CustomRule.h"
#include "EvidenceRequirement.h"
#include "Severity.h"

namespace greenlight {

// Plain values produced by the TemplateLoader (schema v1, docs/templates.md).

struct TemplateItem
{
    QString id; // stable, e.g. "SEC-012"; unique within its template
    QString title;
    QString guidance; // why it matters and how to verify it
    Severity severity = Severity::Medium;
    EvidenceRequirement evidence = EvidenceRequirement::Optional;
    QStringList checks;     // scan rule ids that can evaluate the item automatically
    QStringList references; // e.g. "OWASP ASVS 14.3", "CIS Docker 4.1"
    QStringList tags;
};

struct TemplateSection
{
    QString id; // stable within its template
    QString title;
    QList<TemplateItem> items;
};

struct SignoffRole
{
    QString id; // e.g. "security-review"
    QString title;
    QString meaning; // what the signature attests
    bool required = true;
};

struct ChecklistTemplate
{
    QString id; // e.g. "security"
    QString title;
    QString version; // free-form, e.g. "1.2.0"; snapshotted into assessments
    QString description;
    QString language; // BCP 47 tag, "en" when absent
    QList<TemplateSection> sections;
    QList<SignoffRole> signoffRoles;
    QList<CustomRule> customRules; // the template's `rules:`, scan rules declared in YAML
    QString sourcePath;            // file or resource it came from (diagnostics only)

    int itemCount() const
    {
        int n = 0;
        for (const auto &section : sections)
            n += int(section.items.size());
        return n;
    }
};

} // namespace greenlight
