#include "StoreRecords.h"

namespace greenlight {

int StatusCounts::assessed() const
{
    return count(ItemStatus::Passed) + count(ItemStatus::Failed) + count(ItemStatus::NotApplicable);
}

int StatusCounts::done() const
{
    return count(ItemStatus::Passed) + count(ItemStatus::NotApplicable);
}

QStringList AssessmentInfo::templateIds() const
{
    QStringList ids;
    for (const TemplateRef &ref : templates)
        ids.append(ref.id);
    return ids;
}

} // namespace greenlight
