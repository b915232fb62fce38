#pragma once

#include <QJsonArray>
#include <QJsonObject>

namespace greenlight {

struct AssessmentInfo;
struct ItemRecord;
struct SectionSummary;
struct StatusCounts;

// The JSON that `list --format json` and `show --format json` print. The shape is a public
// interface for scripts: add keys, never rename or remove them. Keys are camelCase, enum
// values are the stable keys ("not_started", "critical", "required"), times are ISO 8601
// UTC ("2026-11-01T09:00:00.000Z", null when unset); QJsonObject sorts keys, so the output
// is deterministic.
//
//   show: { "formatVersion": 1,
//           "assessment": <assessment>,
//           "progress": <counts>,
//           "sections": [ { "templateId", "sectionId", "title", "status": <counts>,
//                           "bySeverity": {critical..info}, "failedBySeverity": {...} } ],
//           "items": [ <item> ] }
//   list: { "formatVersion": 1, "assessments": [ <assessment> + "progress": <counts> ] }
//
//   <assessment>: id, name, system, release, repositoryPath, createdAt, createdBy,
//                 templates: [ { id, version, title } ]
//   <counts>:     total, done, assessed, percentDone, byStatus: { not_started .. not_applicable }
//   <item>:       id, key, templateId, templateVersion, sectionId, sectionTitle, position,
//                 title, guidance, severity, evidence, checks, references, tags,
//                 status, owner, note, updatedAt, updatedBy
namespace AssessmentJson {

inline constexpr int FormatVersion = 1;

QJsonObject assessment(const AssessmentInfo &info);
QJsonObject counts(const StatusCounts &counts);
QJsonObject section(const SectionSummary &summary);
QJsonObject item(const ItemRecord &item);

} // namespace AssessmentJson
} // namespace greenlight
