#include "AssessmentComparison.h"

#include <algorithm>

#include <QHash>
#include <QSet>

namespace greenlight {
namespace {

QString identity(const QString &templateId, const QString &key)
{
    return templateId + QChar(u':') + key;
}

AssessmentComparison::ItemChange changeOf(const SnapshotItem &item)
{
    AssessmentComparison::ItemChange change;
    change.templateId = item.templateId;
    change.key = item.key;
    change.title = item.title;
    change.sectionTitle = item.sectionTitle;
    change.severity = item.severity;
    return change;
}

} // namespace

int AssessmentComparison::progressRank(EffectiveStatus status)
{
    switch (status) {
    case EffectiveStatus::Failed:
    case EffectiveStatus::WaiverExpired:
        return 0;
    case EffectiveStatus::NotStarted:
    case EffectiveStatus::InProgress:
        return 1;
    case EffectiveStatus::Waived:
        return 2;
    case EffectiveStatus::Passed:
    case EffectiveStatus::NotApplicable:
        return 3;
    }
    return 1;
}

AssessmentComparison AssessmentComparison::compare(const AssessmentSnapshot &base,
                                                   const AssessmentSnapshot &current)
{
    AssessmentComparison result;
    result.baseName = base.name;
    result.currentName = current.name;
    result.baseSummary = base.summary;
    result.currentSummary = current.summary;
    result.baseVerdict = base.verdict.level;
    result.currentVerdict = current.verdict.level;

    QHash<QString, const SnapshotItem *> baseItems;
    baseItems.reserve(base.items.size());
    for (const SnapshotItem &item : base.items)
        baseItems.insert(identity(item.templateId, item.key), &item);

    QSet<QString> matched;
    for (const SnapshotItem &item : current.items) {
        const QString id = identity(item.templateId, item.key);
        const SnapshotItem *before = baseItems.value(id);
        ItemChange change = changeOf(item);
        change.after = item.effective;
        if (!before) {
            change.direction = Direction::Added;
            result.itemChanges.append(change);
            continue;
        }
        matched.insert(id);
        if (before->effective == item.effective) {
            ++result.unchangedItems;
            continue;
        }
        change.before = before->effective;
        const int from = progressRank(before->effective);
        const int to = progressRank(item.effective);
        change.direction = to > from   ? Direction::Improved
                           : to < from ? Direction::Regressed
                                       : Direction::Changed;
        result.itemChanges.append(change);
    }
    for (const SnapshotItem &item : base.items) {
        if (matched.contains(identity(item.templateId, item.key)))
            continue;
        ItemChange change = changeOf(item);
        change.before = item.effective;
        change.direction = Direction::Removed;
        result.itemChanges.append(change);
    }

    QSet<QString> baseFindings;
    for (const SnapshotFinding &finding : base.findings)
        baseFindings.insert(finding.fingerprint);
    QSet<QString> currentFindings;
    for (const SnapshotFinding &finding : current.findings) {
        currentFindings.insert(finding.fingerprint);
        if (baseFindings.contains(finding.fingerprint))
            ++result.persistingFindings;
        else
            result.newFindings.append(finding);
    }
    for (const SnapshotFinding &finding : base.findings) {
        if (!currentFindings.contains(finding.fingerprint))
            result.fixedFindings.append(finding);
    }
    return result;
}

int AssessmentComparison::count(Direction direction) const
{
    return int(std::count_if(
            itemChanges.cbegin(), itemChanges.cend(), [direction](const ItemChange &c) {
                return c.direction == direction;
            }));
}

} // namespace greenlight
