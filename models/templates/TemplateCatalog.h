#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

#include "TemplateProblem.h"
#include "domain/ChecklistTemplate.h"

namespace greenlight {

// The templates a user can choose from: the built-in set embedded as Qt resources
// (":/checklists"), then the user's template folder, then any --templates folders.
// A later source shadows an earlier template with the same id (so a team can override a
// shipped template); invalid files are reported in problems() and skipped.
class TemplateCatalog
{
public:
    static QString builtInDirectory(); // ":/checklists"

    // Loads every *.yaml / *.yml file of each directory in order (missing dirs are fine).
    void load(const QStringList &directories);

    QList<ChecklistTemplate> templates() const; // sorted by id
    std::optional<ChecklistTemplate> find(const QString &id) const;
    // The custom scan rules (`rules:`) of the given templates, in that order. Assessments
    // snapshot items, not rules, so the rules come from the catalog's template of the same
    // id; a rule id declared twice counts once (the first declaration wins).
    QList<CustomRule> customRules(const QStringList &templateIds) const;
    TemplateProblems problems() const { return m_problems; }

private:
    QList<ChecklistTemplate> m_templates;
    TemplateProblems m_problems;
};

} // namespace greenlight
