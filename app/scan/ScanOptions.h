#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/CustomRule.h"

namespace greenlight {

struct ScanOptions
{
    QString root;
    qint64 maxFileSize = 5 * 1024 * 1024;
    QStringList onlyRules; // rule ids to run; empty = all
    QList<CustomRule> customRules;
    // rule id -> checklist item ids whose `checks:` name it (built from the templates);
    // copied into Finding::itemKeys.
    QHash<QString, QStringList> itemKeysByRule;
    int threads = 0; // 0 = QThread::idealThreadCount()
    // Run the walker and workers below normal priority (scans started from the GUI), so the
    // event loop never waits for a time slice behind them.
    bool background = false;
};

} // namespace greenlight
