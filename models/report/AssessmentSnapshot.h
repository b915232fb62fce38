#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/EvidenceRequirement.h"
#include "domain/ItemStatus.h"
#include "domain/Severity.h"
#include "report/ReadinessVerdict.h"
#include "store/ScanRecords.h"
#include "store/SignoffRecords.h"
#include "store/StoreRecords.h"
#include "store/WaiverStore.h"

namespace greenlight {

// Issue #5: one immutable value an approval pack is rendered from. Every writer (Markdown,
// HTML, PDF, JSON) and the dashboard read this and nothing else, so all formats say the same
// thing. Built by SnapshotBuilder (app/report) on a worker thread; copied freely (implicitly
// shared Qt containers). Lists are in a stable order: items in checklist order, findings by
// severity then rule then location, waivers and sign-offs in item / role order. The only
// times in it are recorded ones plus generatedAt, so two builds of the same store at the
// same clock give the same value.

struct SnapshotEvidence
{
    QString name;      // display name: file name, URL, "src/app.cpp:10-20", note title
    QString kindKey;   // evidenceKindKey(): "file", "url", "command", "ref", "note", "finding"
    QString sha256;    // content hash (hex)
    qint64 size = 0;   // bytes (files, command output)
    QDateTime addedAt; // UTC
    QString addedBy;
    std::optional<QDate> validUntil;
    bool stale = false; // validUntil has passed (as of the snapshot's date)
};

struct SnapshotWaiver
{
    QString itemKey;
    QString itemTitle;
    Severity severity = Severity::Medium; // the waived item's severity
    QString justification;
    QString acceptedBy;
    QDate expiresOn;
    QString ticketUrl;
    QDateTime createdAt; // UTC
    QString createdBy;
    bool expired = false; // as of the snapshot's date: the item counts as failed again
    int daysLeft = 0;     // expiresOn - today (negative once expired)
};

struct SnapshotItem
{
    QString key; // "SEC-012"
    QString title;
    QString templateId;
    QString templateTitle;
    QString sectionId;
    QString sectionTitle;
    Severity severity = Severity::Medium;
    EvidenceRequirement evidenceRequirement = EvidenceRequirement::Optional;
    ItemStatus status = ItemStatus::NotStarted;
    EffectiveStatus effective = EffectiveStatus::NotStarted; // with waivers applied
    QString owner;
    QString note;
    QDateTime updatedAt; // UTC; null until first edited
    QString updatedBy;
    QList<SnapshotEvidence> evidence; // shown (not removed) evidence, oldest first
    int openFindings = 0;             // open scan findings that bear on this item
    // Why a done item still deserves a second look, one sentence each: open findings
    // against a passed item, stale evidence, required evidence missing.
    QStringList warnings;
};

// A finding in seed 001's shape: [HIGH-001] title / Location / Issue / Impact / Fix / Test.
struct SnapshotFinding
{
    QString number; // "HIGH-001": severity, then a running number over all findings
    Severity severity = Severity::Medium;
    QString ruleId;
    QString title;
    QString location; // "Dockerfile:12", "." for repository-level findings
    QString issue;    // this occurrence (the finding's message)
    QString impact;   // the rule's rationale
    QString fix;
    QString test;     // how to verify the fix
    QString snippet;  // already redacted by the scanner: never a secret in clear
    QString category; // the rule's category ("containers", "secrets", "documentation", ...)
    QStringList itemKeys;
    FindingState state = FindingState::Open; // New or Open (fixed ones are only counted)
    QString fingerprint;
};

// One row of the summary table: a template section. Every item is in exactly one column,
// so the columns add up to total.
struct SnapshotCategory
{
    QString templateId;
    QString templateTitle;
    QString sectionId;
    QString sectionTitle;
    int pass = 0;          // passed without warnings
    int fail = 0;          // failed without a waiver in force (expired waivers included)
    int warning = 0;       // passed or not applicable, but with warnings (see SnapshotItem)
    int waived = 0;        // failed with a waiver in force
    int notApplicable = 0; // not applicable without warnings
    int open = 0;          // not started or in progress
    int total = 0;
};

struct SnapshotSignoff
{
    QString roleId;
    QString roleTitle;
    QString meaning; // what signing this role means (from the template)
    bool required = true;
    bool isSigned = false; // the role has a signature; the fields below are its latest
    QString signerName;
    Decision decision = Decision::Approve;
    QString comment;    // conditions or reasons
    QDateTime signedAt; // UTC
    QString contentHash;
    bool stale = false;         // the content changed since signing
    QStringList changes;        // what changed, when stale
    bool cryptographic = false; // carries an Ed25519 signature
};

struct SnapshotScan
{
    bool present = false; // false: the assessment was never scanned
    QString root;
    QString gitHead;
    QString gitBranch;
    bool gitDirty = false;
    QDateTime startedAt; // UTC
    QDateTime finishedAt;
    QString ruleSetVersion;
    qint64 filesScanned = 0;
    int newCount = 0;
    int openCount = 0;
    int fixedCount = 0; // findings fixed over the assessment's scans
};

struct SnapshotAudit
{
    QString headHash; // entry hash of the newest audit event ("" with no events)
    int eventCount = 0;
    bool verified = false; // the chain was checked when the snapshot was built
    bool intact = true;    // meaningful when verified
    QString problem;       // the first broken row, when not intact
};

struct AssessmentSnapshot
{
    static constexpr int SchemaVersion = 1; // of the JSON export (docs/report-schema.json)

    // cover
    qint64 assessmentId = 0;
    QString name;
    QString system;
    QString release;
    QString repositoryPath;
    QDateTime createdAt; // UTC
    QString createdBy;
    QList<TemplateRef> templates;
    QDateTime generatedAt; // UTC, from the injected Clock
    QString preparedBy;
    QString generator; // "Greenlight 0.5.0"
    QDate today;       // the date waivers, evidence freshness and expiry are judged against

    ReadinessSummary summary; // whole-assessment counts, waived apart from passed
    ReadinessVerdict verdict;
    QList<SnapshotCategory> categories; // in checklist order
    QList<SnapshotItem> items;          // in checklist order
    QList<SnapshotFinding> findings;    // open findings: severity, rule id, location
    QList<SnapshotWaiver> waivers;      // current waivers, in item order
    QList<SnapshotSignoff> signoffs;    // every role in template order, signed or not
    // Seed 001's "runbook gaps": open documentation findings, one sentence each.
    QStringList runbookGaps;
    // Seed 001's "recommendations": what to do next, most important first.
    QStringList recommendations;
    SnapshotScan scan;
    SnapshotAudit audit;
    QString contentHash; // ContentSnapshot hash: what a signature made now would cover
};

} // namespace greenlight
