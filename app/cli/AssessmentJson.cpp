#include "AssessmentJson.h"

#include <QJsonValue>

#include "store/StoreRecords.h"

using namespace Qt::StringLiterals;

namespace greenlight::AssessmentJson {
namespace {

QJsonValue time(const QDateTime &at)
{
    if (!at.isValid())
        return QJsonValue::Null;
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject bySeverity(const std::array<int, SeverityCount> &counts)
{
    QJsonObject object;
    for (int i = 0; i < SeverityCount; ++i)
        object.insert(severityKey(Severity(i)), counts[std::size_t(i)]);
    return object;
}

} // namespace

QJsonObject assessment(const AssessmentInfo &info)
{
    QJsonArray templates;
    for (const TemplateRef &ref : info.templates)
        templates.append(QJsonObject{
                {u"id"_s, ref.id}, {u"version"_s, ref.version}, {u"title"_s, ref.title}});
    return {
            {u"id"_s, info.id},
            {u"name"_s, info.name},
            {u"system"_s, info.system},
            {u"release"_s, info.release},
            {u"repositoryPath"_s, info.repositoryPath},
            {u"createdAt"_s, time(info.createdAt)},
            {u"createdBy"_s, info.createdBy},
            {u"templates"_s, templates},
    };
}

QJsonObject counts(const StatusCounts &counts)
{
    QJsonObject byStatus;
    for (int i = 0; i < ItemStatusCount; ++i)
        byStatus.insert(itemStatusKey(ItemStatus(i)), counts.count(ItemStatus(i)));
    // Whole percent, rounded down: 99.6 % done is not done.
    const int percent = counts.total > 0 ? counts.done() * 100 / counts.total : 0;
    return {
            {u"total"_s, counts.total},
            {u"done"_s, counts.done()},
            {u"assessed"_s, counts.assessed()},
            {u"percentDone"_s, percent},
            {u"byStatus"_s, byStatus},
    };
}

QJsonObject section(const SectionSummary &summary)
{
    return {
            {u"templateId"_s, summary.templateId},
            {u"sectionId"_s, summary.sectionId},
            {u"title"_s, summary.sectionTitle},
            {u"status"_s, counts(summary.status)},
            {u"bySeverity"_s, bySeverity(summary.bySeverity)},
            {u"failedBySeverity"_s, bySeverity(summary.failedBySeverity)},
    };
}

QJsonObject item(const ItemRecord &item)
{
    return {
            {u"id"_s, item.id},
            {u"key"_s, item.key},
            {u"templateId"_s, item.templateId},
            {u"templateVersion"_s, item.templateVersion},
            {u"sectionId"_s, item.sectionId},
            {u"sectionTitle"_s, item.sectionTitle},
            {u"position"_s, item.position},
            {u"title"_s, item.title},
            {u"guidance"_s, item.guidance},
            {u"severity"_s, severityKey(item.severity)},
            {u"evidence"_s, evidenceRequirementKey(item.evidence)},
            {u"checks"_s, QJsonArray::fromStringList(item.checks)},
            {u"references"_s, QJsonArray::fromStringList(item.references)},
            {u"tags"_s, QJsonArray::fromStringList(item.tags)},
            {u"status"_s, itemStatusKey(item.status)},
            {u"owner"_s, item.owner},
            {u"note"_s, item.note},
            {u"updatedAt"_s, time(item.updatedAt)},
            {u"updatedBy"_s, item.updatedBy},
    };
}

} // namespace greenlight::AssessmentJson
