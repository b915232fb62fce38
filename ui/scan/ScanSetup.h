#pragma once

#include <QList>
#include <QString>

#include "scan/ScanOptions.h"
#include "store/StoreRecords.h"

namespace greenlight {

class TemplateCatalog;

// What a scan of one assessment's repository runs with: every built-in rule, the custom
// rules its templates declare, for each rule the checklist items whose `checks:` name it (so
// findings arrive already linked to the items they bear on), and the file-size limit from
// Preferences (larger files are listed as skipped).
namespace ScanSetup {

ScanOptions optionsFor(const QString &root,
                       const AssessmentInfo &assessment,
                       const QList<ItemRecord> &items,
                       const TemplateCatalog *catalog,
                       qint64 maxFileSize);

} // namespace ScanSetup
} // namespace greenlight
