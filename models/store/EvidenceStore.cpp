#include "EvidenceStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QUrl>

#include "AuditLog.h"
#include "Database.h"
#include "EvidenceVault.h"
#include "SqlQuery.h"
#include "StoreCodec.h"
#include "StoreQueries.h"
#include "domain/Clock.h"
#include "domain/Identity.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

// How an attachment reads in the audit trail, the same when it is added and removed.
QString auditText(const EvidenceRecord &record)
{
    return u"%1 #%2 %3 sha256:%4"_s.arg(evidenceKindKey(record.kind))
            .arg(record.id)
            .arg(record.displayName(), record.contentHash);
}

class Text
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::EvidenceStore)
};

constexpr qsizetype MaxTextLength = 100000;

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString columns()
{
    return u"id, assessment_id, item_id, kind, original_name, content_hash, size_bytes, mime_type,"
           " in_vault, locator, line_from, line_to, body, exit_code, working_dir, ran_at,"
           " valid_until, created_at, created_by, removed_at, removed_by"_s;
}

EvidenceRecord fromRow(const SqlQuery &q)
{
    EvidenceRecord r;
    r.id = q.int64(0);
    r.assessmentId = q.int64(1);
    r.itemId = q.int64(2);
    r.kind = evidenceKindFromKey(q.text(3)).value_or(EvidenceKind::Note);
    r.originalName = q.text(4);
    r.contentHash = q.text(5);
    r.size = q.int64(6);
    r.mimeType = q.text(7);
    r.inVault = q.value(8).toInt() != 0;
    r.locator = q.text(9);
    r.lineFrom = q.value(10).toInt();
    r.lineTo = q.value(11).toInt();
    r.body = q.text(12);
    if (!q.value(13).isNull())
        r.exitCode = q.value(13).toInt();
    r.workingDirectory = q.text(14);
    r.ranAt = StoreCodec::timestampFromText(q.value(15));
    if (!q.value(16).isNull())
        r.validUntil = QDate::fromString(q.text(16), Qt::ISODate);
    r.createdAt = StoreCodec::timestampFromText(q.value(17));
    r.createdBy = q.text(18);
    r.removedAt = StoreCodec::timestampFromText(q.value(19));
    r.removedBy = q.text(20);
    return r;
}

Error invalid(const QString &message)
{
    return Error::make(Error::Code::InvalidArgument, message);
}

// Checks what the caller gave and fills the record's descriptive fields (not content).
Result<EvidenceRecord> describe(const NewEvidence &in)
{
    EvidenceRecord r;
    r.kind = in.kind;
    r.validUntil = in.validUntil;
    if (in.validUntil && !in.validUntil->isValid())
        return invalid(Text::tr("the valid-until date is not a valid date"));
    switch (in.kind) {
    case EvidenceKind::File:
        if (in.sourcePath.isEmpty())
            return invalid(Text::tr("no evidence file given"));
        r.originalName
                = in.originalName.isEmpty() ? QFileInfo(in.sourcePath).fileName() : in.originalName;
        r.mimeType = QMimeDatabase().mimeTypeForFile(in.sourcePath).name();
        r.inVault = true;
        break;
    case EvidenceKind::Url: {
        const QUrl url(in.url.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
            return invalid(
                    Text::tr("'%1' is not an absolute URL (e.g. https://ci.example.com/run/42)")
                            .arg(in.url));
        }
        r.locator = url.toString();
        r.originalName = r.locator;
        r.mimeType = u"text/uri-list"_s;
        r.contentHash = sha256((u"url\n"_s + r.locator).toUtf8());
        break;
    }
    case EvidenceKind::Note:
        if (in.text.trimmed().isEmpty())
            return invalid(Text::tr("an evidence note needs text"));
        if (in.text.size() > MaxTextLength)
            return invalid(Text::tr("the note is too long (%1 characters, at most %2)")
                                   .arg(in.text.size())
                                   .arg(MaxTextLength));
        r.body = in.text;
        r.mimeType = u"text/plain"_s;
        r.size = in.text.toUtf8().size();
        r.contentHash = sha256(in.text.toUtf8());
        break;
    case EvidenceKind::CommandOutput:
        if (in.command.trimmed().isEmpty())
            return invalid(Text::tr("command evidence needs the command that produced it"));
        r.locator = in.command.trimmed();
        r.originalName = r.locator;
        r.exitCode = in.exitCode;
        r.workingDirectory = in.workingDirectory;
        r.ranAt = in.ranAt;
        r.mimeType = u"text/plain"_s;
        r.inVault = true;
        break;
    case EvidenceKind::RepositoryReference: {
        const QString path = QDir::cleanPath(in.path.trimmed());
        if (path.isEmpty() || path == "."_L1)
            return invalid(Text::tr("a repository reference needs a path"));
        if (QDir::isAbsolutePath(path) || path == ".."_L1 || path.startsWith("../"_L1))
            return invalid(
                    Text::tr("the reference %1 must be a path inside the repository").arg(in.path));
        if (in.lineFrom < 0 || in.lineTo < in.lineFrom || (in.lineFrom == 0 && in.lineTo != 0))
            return invalid(Text::tr("the line range %1-%2 is not valid (FROM >= 1, TO >= FROM)")
                                   .arg(in.lineFrom)
                                   .arg(in.lineTo));
        r.locator = path;
        r.lineFrom = in.lineFrom;
        r.lineTo = in.lineTo;
        r.originalName = r.displayName();
        r.contentHash
                = sha256(u"ref\n%1\n%2\n%3"_s.arg(path).arg(in.lineFrom).arg(in.lineTo).toUtf8());
        break;
    }
    case EvidenceKind::Finding:
        if (in.fingerprint.trimmed().isEmpty())
            return invalid(Text::tr("finding evidence needs the finding's fingerprint"));
        r.locator = in.fingerprint.trimmed();
        r.originalName = r.locator;
        r.contentHash = sha256((u"finding\n"_s + r.locator).toUtf8());
        break;
    }
    return r;
}

} // namespace

EvidenceStore::EvidenceStore(Database &database, const Clock &clock, const EvidenceVault &vault)
    : m_db(database)
    , m_clock(clock)
    , m_vault(vault)
{}

Result<EvidenceRecord> EvidenceStore::add(qint64 itemId,
                                          const NewEvidence &evidence,
                                          const QString &actor)
{
    auto described = describe(evidence);
    if (!described)
        return described;
    EvidenceRecord record = *described;
    const QSqlDatabase connection = m_db.connection();
    auto item = StoreQueries::item(connection, itemId);
    if (!item)
        return item.error();
    if (auto live = StoreQueries::requireAssessment(connection, item->assessmentId, false); !live)
        return live.error();
    if (record.kind == EvidenceKind::Finding) {
        SqlQuery finding(
                connection,
                u"SELECT COUNT(*) FROM finding WHERE assessment_id = ? AND fingerprint = ?"_s);
        finding.bind(item->assessmentId).bind(record.locator);
        if (auto done = finding.exec(Text::tr("could not look up the finding")); !done)
            return done.error();
        if (!finding.next() || finding.int64(0) == 0) {
            return Error::make(Error::Code::NotFound,
                               Text::tr("assessment %1 has no scan finding %2")
                                       .arg(item->assessmentId)
                                       .arg(record.locator));
        }
    }

    // Content first: if the copy fails nothing is recorded; if the record fails the blob
    // stays unreferenced (see EvidenceVault).
    if (record.kind == EvidenceKind::File) {
        auto stored = m_vault.storeFile(evidence.sourcePath);
        if (!stored)
            return stored.error();
        record.contentHash = stored->hash;
        record.size = stored->size;
    } else if (record.kind == EvidenceKind::CommandOutput) {
        auto stored = m_vault.storeBytes(evidence.text.toUtf8());
        if (!stored)
            return stored.error();
        record.contentHash = stored->hash;
        record.size = stored->size;
    }

    const QString who = actor.trimmed().isEmpty() ? currentActor() : actor.trimmed();
    const QDateTime now = StoreCodec::timestampFromText(StoreCodec::timestampText(m_clock.now()));
    if (record.kind == EvidenceKind::CommandOutput && !record.ranAt.isValid())
        record.ranAt = now;
    record.assessmentId = item->assessmentId;
    record.itemId = itemId;
    record.createdAt = now;
    record.createdBy = who;
    const QString operation = Text::tr("could not attach evidence to %1").arg(item->key);
    auto saved = m_db.transaction(operation, [&]() -> Result<void> {
        SqlQuery insert(connection,
                        u"INSERT INTO evidence (assessment_id, item_id, kind, original_name,"
                        " content_hash, size_bytes, mime_type, in_vault, locator, line_from,"
                        " line_to, body, exit_code, working_dir, ran_at, valid_until, created_at,"
                        " created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        " RETURNING id"_s);
        insert.bind(record.assessmentId)
                .bind(itemId)
                .bind(evidenceKindKey(record.kind))
                .bind(record.originalName)
                .bind(record.contentHash)
                .bind(record.size)
                .bind(record.mimeType)
                .bind(record.inVault ? 1 : 0)
                .bind(record.locator)
                .bind(record.lineFrom)
                .bind(record.lineTo)
                .bind(record.body);
        if (record.exitCode)
            insert.bind(*record.exitCode);
        else
            insert.bindNull();
        insert.bind(record.workingDirectory);
        if (record.ranAt.isValid())
            insert.bind(StoreCodec::timestampText(record.ranAt));
        else
            insert.bindNull();
        if (record.validUntil)
            insert.bind(record.validUntil->toString(Qt::ISODate));
        else
            insert.bindNull();
        insert.bind(StoreCodec::timestampText(now)).bind(who);
        auto id = insert.insertReturningId(operation);
        if (!id)
            return id.error();
        record.id = *id;

        AuditEvent event;
        event.assessmentId = record.assessmentId;
        event.itemId = itemId;
        event.at = now;
        event.actor = who;
        event.action = u"evidence.added"_s;
        event.field = u"evidence"_s;
        event.newValue = auditText(record);
        return AuditLog(connection).append(event, operation);
    });
    if (!saved)
        return saved.error();
    return record;
}

Result<QList<EvidenceRecord>> EvidenceStore::evidence(qint64 assessmentId,
                                                      std::optional<qint64> itemId,
                                                      bool includeRemoved) const
{
    const QSqlDatabase connection = m_db.connection();
    if (auto exists = StoreQueries::requireAssessment(connection, assessmentId, true); !exists)
        return exists.error();
    QString sql = u"SELECT "_s + columns() + u" FROM evidence WHERE assessment_id = ?"_s;
    if (itemId)
        sql += u" AND item_id = ?"_s;
    if (!includeRemoved)
        sql += u" AND removed_at IS NULL"_s;
    sql += u" ORDER BY id"_s;
    SqlQuery select(connection, sql);
    select.bind(assessmentId);
    if (itemId)
        select.bind(*itemId);
    if (auto done = select.exec(Text::tr("could not load the evidence")); !done)
        return done.error();
    QList<EvidenceRecord> list;
    while (select.next())
        list.append(fromRow(select));
    return list;
}

Result<EvidenceRecord> EvidenceStore::record(qint64 evidenceId) const
{
    SqlQuery select(m_db.connection(), u"SELECT "_s + columns() + u" FROM evidence WHERE id = ?"_s);
    select.bind(evidenceId);
    if (auto done = select.exec(Text::tr("could not load evidence %1").arg(evidenceId)); !done)
        return done.error();
    if (!select.next()) {
        return Error::make(Error::Code::NotFound,
                           Text::tr("there is no evidence with id %1").arg(evidenceId));
    }
    return fromRow(select);
}

Result<void> EvidenceStore::remove(qint64 evidenceId, const QString &actor)
{
    const QString who = actor.trimmed().isEmpty() ? currentActor() : actor.trimmed();
    const QString operation = Text::tr("could not remove evidence %1").arg(evidenceId);
    const QSqlDatabase connection = m_db.connection();
    return m_db.transaction(operation, [&]() -> Result<void> {
        auto current = record(evidenceId);
        if (!current)
            return current.error();
        if (current->isRemoved()) {
            return Error::make(Error::Code::InvalidArgument,
                               Text::tr("evidence %1 was already removed").arg(evidenceId));
        }
        const QDateTime now = m_clock.now();
        SqlQuery update(connection,
                        u"UPDATE evidence SET removed_at = ?, removed_by = ? WHERE id = ?"_s);
        update.bind(StoreCodec::timestampText(now)).bind(who).bind(evidenceId);
        if (auto done = update.exec(operation); !done)
            return done;
        AuditEvent event;
        event.assessmentId = current->assessmentId;
        event.itemId = current->itemId;
        event.at = now;
        event.actor = who;
        event.action = u"evidence.removed"_s;
        event.field = u"evidence"_s;
        event.oldValue = auditText(*current);
        return AuditLog(connection).append(event, operation);
    });
}

Result<VaultReport> EvidenceStore::verify(qint64 assessmentId) const
{
    auto all = evidence(assessmentId, std::nullopt, true);
    if (!all)
        return all.error();
    auto items = StoreQueries::itemKeys(m_db.connection(), assessmentId);
    if (!items)
        return items.error();
    VaultReport report;
    for (const EvidenceRecord &record : std::as_const(*all)) {
        if (!record.inVault)
            continue;
        ++report.checked;
        const auto state = m_vault.check(record.contentHash);
        if (state == EvidenceVault::BlobState::Intact)
            continue;
        VaultProblem problem;
        problem.kind = state == EvidenceVault::BlobState::Missing ? VaultProblem::Kind::Missing
                                                                  : VaultProblem::Kind::Altered;
        problem.evidenceId = record.id;
        problem.itemKey = items->value(record.itemId);
        problem.name = record.originalName;
        problem.hash = record.contentHash;
        problem.message
                = problem.kind == VaultProblem::Kind::Missing
                          ? Text::tr("%1 (evidence %2 of %3) is missing from the vault: %4")
                                    .arg(record.originalName)
                                    .arg(record.id)
                                    .arg(problem.itemKey, m_vault.blobPath(record.contentHash))
                          : Text::tr("%1 (evidence %2 of %3) was altered in the vault: %4")
                                    .arg(record.originalName)
                                    .arg(record.id)
                                    .arg(problem.itemKey, m_vault.blobPath(record.contentHash));
        report.problems.append(problem);
    }
    return report;
}

} // namespace greenlight
