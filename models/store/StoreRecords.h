#pragma once

#include <array>
#include <optional>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/ChecklistTemplate.h"
#include "domain/EvidenceRequirement.h"
#include "domain/ItemStatus.h"
#include "domain/Severity.h"

namespace greenlight {

// The template (id + version) an assessment was created from, as snapshotted.
struct TemplateRef
{
    QString id;
    QString version;
    QString title;
};

struct NewAssessment
{
    QString name;
    QString system;
    QString release;
    QString repositoryPath; // may be empty
    QList<ChecklistTemplate> templates;
};

struct AssessmentInfo
{
    qint64 id = 0;
    QString name;
    QString system;
    QString release;
    QString repositoryPath;
    QDateTime createdAt; // UTC
    QString createdBy;
    QList<TemplateRef> templates; // in the order chosen

    QStringList templateIds() const;
};

// One checklist item of one assessment: the template snapshot plus its current state.
struct ItemRecord
{
    qint64 id = 0; // database row id: stable for the life of the assessment
    qint64 assessmentId = 0;
    // snapshot
    QString templateId;
    QString templateVersion;
    QString sectionId;
    QString sectionTitle;
    QString key; // template item id, e.g. "SEC-012"
    QString title;
    QString guidance;
    Severity severity = Severity::Medium;
    EvidenceRequirement evidence = EvidenceRequirement::Optional;
    QStringList checks;
    QStringList references;
    QStringList tags;
    int position = 0; // order within the assessment (template, section, item order)
    // state
    ItemStatus status = ItemStatus::NotStarted;
    QString owner;
    QString note;
    QDateTime updatedAt; // null until first edited
    QString updatedBy;
};

// A change to one item; unset fields are left as they are.
struct ItemEdit
{
    std::optional<ItemStatus> status;
    std::optional<QString> owner;
    std::optional<QString> note;

    bool isEmpty() const { return !status && !owner && !note; }
};

// Append-only history. field/oldValue/newValue are set for item edits ("status",
// "not_started" -> "passed"); action names what happened ("assessment.created",
// "item.updated", "assessment.renamed", "assessment.deleted").
struct AuditEvent
{
    qint64 id = 0;
    qint64 assessmentId = 0;
    std::optional<qint64> itemId;
    QDateTime at; // UTC
    QString actor;
    QString action;
    QString field;
    QString oldValue;
    QString newValue;
};

struct StatusCounts
{
    std::array<int, ItemStatusCount> byStatus{}; // indexed by int(ItemStatus)
    int total = 0;

    int count(ItemStatus status) const { return byStatus[std::size_t(status)]; }
    int assessed() const; // passed + failed + not applicable
    int done() const;     // passed + not applicable
};

struct SectionSummary
{
    QString templateId;
    QString sectionId;
    QString sectionTitle;
    StatusCounts status;
    std::array<int, SeverityCount> bySeverity{};       // all items, indexed by int(Severity)
    std::array<int, SeverityCount> failedBySeverity{}; // failed items only
};

} // namespace greenlight
