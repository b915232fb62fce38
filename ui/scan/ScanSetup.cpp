#include "ScanSetup.h"

#include <QDir>
#include <QSet>

#include "templates/TemplateCatalog.h"

namespace greenlight::ScanSetup {

ScanOptions optionsFor(const QString &root,
                       const AssessmentInfo &assessment,
                       const QList<ItemRecord> &items,
                       const TemplateCatalog *catalog)
{
    ScanOptions options;
    options.root = QDir::cleanPath(root);
    for (const ItemRecord &item : items) {
        for (const QString &rule : item.checks) {
            QStringList &keys = options.itemKeysByRule[rule];
            if (!keys.contains(item.key))
                keys.append(item.key);
        }
    }
    if (!catalog)
        return options;
    // Items are snapshots, but custom rules live in the templates: take them from the
    // catalog's template of the same id. A rule id declared twice runs once.
    QSet<QString> seen;
    for (const TemplateRef &ref : assessment.templates) {
        const auto tmpl = catalog->find(ref.id);
        if (!tmpl)
            continue;
        for (const CustomRule &rule : tmpl->customRules) {
            if (seen.contains(rule.id))
                continue;
            seen.insert(rule.id);
            options.customRules.append(rule);
        }
    }
    return options;
}

} // namespace greenlight::ScanSetup
