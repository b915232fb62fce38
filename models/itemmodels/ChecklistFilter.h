#pragma once

#include <optional>

#include <QSet>
#include <QString>

#include "domain/ItemStatus.h"
#include "domain/Severity.h"

namespace greenlight {

// Everything the checklist can be filtered by, set in one go (ChecklistPage::showItems). The
// dashboard uses it so that clicking a chart element shows exactly the items that element
// counted: a status filter the user recognises in the filter bar, narrowed by the exact item
// set (a "waived" segment is stored as failed; a "warning" one as passed), with a label
// saying what the set is. Empty sets mean "any"; no items set means "every item".
struct ChecklistFilter
{
    QString text;
    QSet<ItemStatus> statuses;
    QSet<Severity> severities;
    // "template-id:ITEM-KEY" or a bare "ITEM-KEY" (scan findings name items that way).
    std::optional<QSet<QString>> items;
    QString itemsLabel; // "Security › Secrets: failed"; shown while items is set
};

} // namespace greenlight
