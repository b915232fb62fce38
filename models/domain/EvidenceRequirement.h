#pragma once

#include <optional>

#include <QString>
#include <QStringList>
#include <QStringView>

namespace greenlight {

enum class EvidenceRequirement { Required, Optional, None };

QString evidenceRequirementKey(EvidenceRequirement requirement); // "required", ...
std::optional<EvidenceRequirement> evidenceRequirementFromKey(QStringView key);
QStringList evidenceRequirementKeys();
QString evidenceRequirementDisplayName(EvidenceRequirement requirement);

} // namespace greenlight
