#include "ScanSetup.h"

#include <QDir>

#include "templates/TemplateCatalog.h"

namespace greenlight::ScanSetup {

ScanOptions optionsFor(const QString &root,
                       const AssessmentInfo &assessment,
                       const QList<ItemRecord> &items,
                       const TemplateCatalog *catalog,
                       qint64 maxFileSize)
{
    ScanOptions options;
    options.root = QDir::cleanPath(root);
    options.maxFileSize = maxFileSize;
    for (const ItemRecord &item : items) {
        for (const QString &rule : item.checks) {
            QStringList &keys = options.itemKeysByRule[rule];
            if (!keys.contains(item.key))
                keys.append(item.key);
        }
    }
    if (catalog)
        options.customRules = catalog->customRules(assessment.templateIds());
    return options;
}

} // namespace greenlight::ScanSetup
