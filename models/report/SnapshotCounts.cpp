#include "SnapshotCounts.h"

#include "report/AssessmentSnapshot.h"

namespace greenlight {

namespace {

SnapshotCategory &categoryFor(QList<SnapshotCategory> &categories, const SnapshotItem &item)
{
    // Items come in checklist order, so a section's items are contiguous.
    if (categories.isEmpty() || categories.last().sectionId != item.sectionId
        || categories.last().templateId != item.templateId) {
        SnapshotCategory category;
        category.templateId = item.templateId;
        category.templateTitle = item.templateTitle;
        category.sectionId = item.sectionId;
        category.sectionTitle = item.sectionTitle;
        categories.append(category);
    }
    return categories.last();
}

void count(const SnapshotItem &item, SnapshotCategory &category, ReadinessSummary &summary)
{
    ++category.total;
    ++summary.total;
    const bool warned = !item.warnings.isEmpty();
    switch (item.effective) {
    case EffectiveStatus::NotStarted:
        ++category.open;
        ++summary.notStarted;
        break;
    case EffectiveStatus::InProgress:
        ++category.open;
        ++summary.inProgress;
        break;
    case EffectiveStatus::Passed:
        ++(warned ? category.warning : category.pass);
        ++summary.passed;
        break;
    case EffectiveStatus::NotApplicable:
        ++(warned ? category.warning : category.notApplicable);
        ++summary.notApplicable;
        break;
    case EffectiveStatus::WaiverExpired:
        ++summary.waiverExpired;
        [[fallthrough]];
    case EffectiveStatus::Failed:
        ++category.fail;
        ++summary.failed;
        break;
    case EffectiveStatus::Waived:
        ++category.waived;
        ++summary.waived;
        break;
    }
}

} // namespace

void SnapshotCounts::tally(AssessmentSnapshot &snapshot)
{
    snapshot.categories.clear();
    snapshot.summary = {};
    for (const SnapshotItem &item : std::as_const(snapshot.items))
        count(item, categoryFor(snapshot.categories, item), snapshot.summary);
}

} // namespace greenlight
