#include "TemplateCatalog.h"

#include <algorithm>

#include <spdlog/spdlog.h>

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QMap>

#include "TemplateLoader.h"

using namespace Qt::StringLiterals;

namespace greenlight {

QString TemplateCatalog::builtInDirectory()
{
    return u":/checklists"_s;
}

void TemplateCatalog::load(const QStringList &directories)
{
    m_templates.clear();
    m_problems.clear();

    QMap<QString, ChecklistTemplate> byId; // sorted by id, as templates() promises
    const TemplateLoader loader;
    for (const QString &directory : directories) {
        const QDir dir(directory);
        if (!dir.exists()) {
            spdlog::debug("template folder {} does not exist; skipped", directory.toStdString());
            continue;
        }
        // Two files of one folder claiming the same id is a mistake, not an override.
        QHash<QString, QString> filesById;
        const QStringList names = dir.entryList({u"*.yaml"_s, u"*.yml"_s}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            const QString path = dir.filePath(name);
            TemplateLoadResult result = loader.loadFile(path);
            if (!result.ok()) {
                spdlog::debug("template {} has {} problem(s); skipped",
                              path.toStdString(),
                              result.problems.size());
                m_problems.append(result.problems);
                continue;
            }
            ChecklistTemplate &checklist = *result.checklist;
            if (const auto other = filesById.constFind(checklist.id); other != filesById.cend()) {
                m_problems.append(TemplateProblem{
                        path,
                        0,
                        0,
                        QCoreApplication::translate("greenlight::TemplateCatalog",
                                                    "template id '%1' is already used by %2 in "
                                                    "the same folder; this file is skipped")
                                .arg(checklist.id, *other)});
                continue;
            }
            filesById.insert(checklist.id, path);
            if (byId.contains(checklist.id)) {
                spdlog::debug("template {} from {} overrides {}",
                              checklist.id.toStdString(),
                              path.toStdString(),
                              byId.value(checklist.id).sourcePath.toStdString());
            }
            byId.insert(checklist.id, std::move(checklist));
        }
    }
    m_templates = byId.values();
}

QList<ChecklistTemplate> TemplateCatalog::templates() const
{
    return m_templates;
}

std::optional<ChecklistTemplate> TemplateCatalog::find(const QString &id) const
{
    const auto it = std::find_if(
            m_templates.cbegin(), m_templates.cend(), [&](const auto &t) { return t.id == id; });
    if (it == m_templates.cend())
        return std::nullopt;
    return *it;
}

QList<CustomRule> TemplateCatalog::customRules(const QStringList &templateIds) const
{
    QList<CustomRule> rules;
    QStringList seen;
    for (const QString &id : templateIds) {
        const auto checklist = find(id);
        if (!checklist)
            continue;
        for (const CustomRule &rule : checklist->customRules) {
            if (seen.contains(rule.id))
                continue;
            seen.append(rule.id);
            rules.append(rule);
        }
    }
    return rules;
}

} // namespace greenlight
