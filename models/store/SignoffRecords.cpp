#include "SignoffRecords.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

constexpr std::array<std::pair<EvidenceKind, QStringView>, 6> KindKeys{{
        {EvidenceKind::File, u"file"},
        {EvidenceKind::Url, u"url"},
        {EvidenceKind::CommandOutput, u"command"},
        {EvidenceKind::RepositoryReference, u"ref"},
        {EvidenceKind::Note, u"note"},
        {EvidenceKind::Finding, u"finding"},
}};

constexpr std::array<std::pair<Decision, QStringView>, 3> DecisionKeys{{
        {Decision::Approve, u"approve"},
        {Decision::Conditional, u"conditional"},
        {Decision::Reject, u"reject"},
}};

} // namespace

QString evidenceKindKey(EvidenceKind kind)
{
    for (const auto &[value, key] : KindKeys) {
        if (value == kind)
            return key.toString();
    }
    return {};
}

std::optional<EvidenceKind> evidenceKindFromKey(QStringView key)
{
    for (const auto &[value, text] : KindKeys) {
        if (text == key)
            return value;
    }
    return std::nullopt;
}

QString decisionKey(Decision decision)
{
    for (const auto &[value, key] : DecisionKeys) {
        if (value == decision)
            return key.toString();
    }
    return {};
}

std::optional<Decision> decisionFromKey(QStringView key)
{
    for (const auto &[value, text] : DecisionKeys) {
        if (text == key)
            return value;
    }
    return std::nullopt;
}

QString EvidenceRecord::displayName() const
{
    switch (kind) {
    case EvidenceKind::RepositoryReference:
        return lineFrom > 0 ? u"%1:%2-%3"_s.arg(locator).arg(lineFrom).arg(lineTo) : locator;
    case EvidenceKind::File:
        return originalName;
    case EvidenceKind::Note:
        return body.left(60).simplified();
    case EvidenceKind::Url:
    case EvidenceKind::CommandOutput:
    case EvidenceKind::Finding:
        return locator;
    }
    return locator;
}

} // namespace greenlight
