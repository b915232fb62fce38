#include <QCoreApplication>

#include "EnumKeys.h"
#include "EvidenceRequirement.h"
#include "ItemStatus.h"
#include "Severity.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

constexpr EnumKeyTable<Severity, SeverityCount> SeverityTable{{
        {Severity::Critical, "critical"_L1},
        {Severity::High, "high"_L1},
        {Severity::Medium, "medium"_L1},
        {Severity::Low, "low"_L1},
        {Severity::Info, "info"_L1},
}};

constexpr EnumKeyTable<ItemStatus, ItemStatusCount> StatusTable{{
        {ItemStatus::NotStarted, "not_started"_L1},
        {ItemStatus::InProgress, "in_progress"_L1},
        {ItemStatus::Passed, "passed"_L1},
        {ItemStatus::Failed, "failed"_L1},
        {ItemStatus::NotApplicable, "not_applicable"_L1},
}};

constexpr EnumKeyTable<EvidenceRequirement, 3> EvidenceTable{{
        {EvidenceRequirement::Required, "required"_L1},
        {EvidenceRequirement::Optional, "optional"_L1},
        {EvidenceRequirement::None, "none"_L1},
}};

} // namespace

QString severityKey(Severity severity)
{
    return keyOf(SeverityTable, severity);
}

std::optional<Severity> severityFromKey(QStringView key)
{
    return fromKey(SeverityTable, key);
}

QStringList severityKeys()
{
    return allKeys(SeverityTable);
}

QString severityDisplayName(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QCoreApplication::translate("greenlight::Severity", "Critical");
    case Severity::High:
        return QCoreApplication::translate("greenlight::Severity", "High");
    case Severity::Medium:
        return QCoreApplication::translate("greenlight::Severity", "Medium");
    case Severity::Low:
        return QCoreApplication::translate("greenlight::Severity", "Low");
    case Severity::Info:
        return QCoreApplication::translate("greenlight::Severity", "Info");
    }
    return {};
}

QString itemStatusKey(ItemStatus status)
{
    return keyOf(StatusTable, status);
}

std::optional<ItemStatus> itemStatusFromKey(QStringView key)
{
    return fromKey(StatusTable, key);
}

QStringList itemStatusKeys()
{
    return allKeys(StatusTable);
}

QString itemStatusDisplayName(ItemStatus status)
{
    switch (status) {
    case ItemStatus::NotStarted:
        return QCoreApplication::translate("greenlight::ItemStatus", "Not started");
    case ItemStatus::InProgress:
        return QCoreApplication::translate("greenlight::ItemStatus", "In progress");
    case ItemStatus::Passed:
        return QCoreApplication::translate("greenlight::ItemStatus", "Passed");
    case ItemStatus::Failed:
        return QCoreApplication::translate("greenlight::ItemStatus", "Failed");
    case ItemStatus::NotApplicable:
        return QCoreApplication::translate("greenlight::ItemStatus", "Not applicable");
    }
    return {};
}

bool isAssessed(ItemStatus status)
{
    return status == ItemStatus::Passed || status == ItemStatus::Failed
           || status == ItemStatus::NotApplicable;
}

bool isDone(ItemStatus status)
{
    return status == ItemStatus::Passed || status == ItemStatus::NotApplicable;
}

QString evidenceRequirementKey(EvidenceRequirement requirement)
{
    return keyOf(EvidenceTable, requirement);
}

std::optional<EvidenceRequirement> evidenceRequirementFromKey(QStringView key)
{
    return fromKey(EvidenceTable, key);
}

QStringList evidenceRequirementKeys()
{
    return allKeys(EvidenceTable);
}

QString evidenceRequirementDisplayName(EvidenceRequirement requirement)
{
    switch (requirement) {
    case EvidenceRequirement::Required:
        return QCoreApplication::translate("greenlight::EvidenceRequirement", "Required");
    case EvidenceRequirement::Optional:
        return QCoreApplication::translate("greenlight::EvidenceRequirement", "Optional");
    case EvidenceRequirement::None:
        return QCoreApplication::translate("greenlight::EvidenceRequirement", "None");
    }
    return {};
}

} // namespace greenlight
