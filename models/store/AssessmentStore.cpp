#include "AssessmentStore.h"

#include <QCoreApplication>

#include "AuditLog.h"
#include "Database.h"
#include "SnapshotWriter.h"
#include "SqlQuery.h"
#include "StoreCodec.h"
#include "StoreQueries.h"
#include "StoreSummaries.h"
#include "domain/Clock.h"
#include "domain/Identity.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::AssessmentStore)
};

// A note is free text, but not a place for megabytes: keeps reports and the audit trail sane.
constexpr qsizetype MaxNoteLength = 100000;

QString actorOrCurrent(const QString &actor)
{
    const QString trimmed = actor.trimmed();
    return trimmed.isEmpty() ? currentActor() : trimmed;
}

// What the database stores as "now": the clock's instant at the stored precision, so the
// value returned from an update equals the value read back later.
QDateTime storedNow(const Clock &clock)
{
    return StoreCodec::timestampFromText(StoreCodec::timestampText(clock.now()));
}

struct FieldChange
{
    QString field;
    QString oldValue;
    QString newValue;
};

} // namespace

AssessmentStore::AssessmentStore(Database &database, const Clock &clock)
    : m_db(database)
    , m_clock(clock)
{}

Result<qint64> AssessmentStore::createAssessment(const NewAssessment &assessment,
                                                 const QString &actor)
{
    auto valid = SnapshotWriter::validate(assessment);
    if (!valid)
        return valid.error();
    const QString name = assessment.name.trimmed();
    const QString who = actorOrCurrent(actor);
    const QDateTime now = storedNow(m_clock);
    const QString operation = Text::tr("could not create the assessment %1").arg(name);
    const QSqlDatabase connection = m_db.connection();

    qint64 id = 0;
    auto created = m_db.transaction(operation, [&]() -> Result<void> {
        SqlQuery insert(connection,
                        u"INSERT INTO assessment (name, system_name, release_name, repo_path,"
                        " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s);
        insert.bind(name)
                .bind(assessment.system.trimmed())
                .bind(assessment.release.trimmed())
                .bind(assessment.repositoryPath)
                .bind(StoreCodec::timestampText(now))
                .bind(who);
        auto newId = insert.insertReturningId(operation);
        if (!newId)
            return newId.error();
        id = *newId;

        if (auto written = SnapshotWriter::write(connection, id, assessment.templates, operation);
            !written)
            return written;
        AuditEvent event;
        event.assessmentId = id;
        event.at = now;
        event.actor = who;
        event.action = u"assessment.created"_s;
        event.newValue = name;
        return AuditLog(connection).append(event, operation);
    });
    if (!created)
        return created.error();
    return id;
}

Result<QList<AssessmentInfo>> AssessmentStore::assessments() const
{
    const QSqlDatabase connection = m_db.connection();
    SqlQuery select(connection,
                    u"SELECT "_s + StoreCodec::assessmentColumns()
                            + u" FROM assessment WHERE deleted_at IS NULL"
                              " ORDER BY created_at DESC, id DESC"_s);
    auto executed = select.exec(Text::tr("could not list the assessments"));
    if (!executed)
        return executed.error();
    QList<AssessmentInfo> list;
    while (select.next())
        list.append(StoreCodec::assessmentFromRow(select));
    select.finish();

    auto refs = StoreQueries::templateRefs(connection, std::nullopt);
    if (!refs)
        return refs.error();
    for (AssessmentInfo &info : list)
        info.templates = refs->value(info.id);
    return list;
}

Result<AssessmentInfo> AssessmentStore::assessment(qint64 id) const
{
    const QSqlDatabase connection = m_db.connection();
    SqlQuery select(connection,
                    u"SELECT "_s + StoreCodec::assessmentColumns()
                            + u" FROM assessment WHERE id = ? AND deleted_at IS NULL"_s);
    select.bind(id);
    auto executed = select.exec(Text::tr("could not load assessment %1").arg(id));
    if (!executed)
        return executed.error();
    if (!select.next()) {
        return Error::make(Error::Code::NotFound,
                           Text::tr("there is no assessment with id %1").arg(id));
    }
    AssessmentInfo info = StoreCodec::assessmentFromRow(select);
    select.finish();
    auto refs = StoreQueries::templateRefs(connection, id);
    if (!refs)
        return refs.error();
    info.templates = refs->value(id);
    return info;
}

Result<AssessmentInfo> AssessmentStore::findAssessment(const QString &idOrName) const
{
    const QString wanted = idOrName.trimmed();
    bool numeric = false;
    const qint64 id = wanted.toLongLong(&numeric);
    if (numeric) {
        auto byId = assessment(id);
        if (byId || byId.error().code != Error::Code::NotFound)
            return byId;
        // Not an id in use: a name may still be all digits ("2026").
    }

    SqlQuery select(m_db.connection(),
                    u"SELECT id FROM assessment WHERE name = ? AND deleted_at IS NULL"
                    " ORDER BY id"_s);
    select.bind(wanted);
    auto executed = select.exec(Text::tr("could not look up the assessment %1").arg(wanted));
    if (!executed)
        return executed.error();
    QList<qint64> ids;
    while (select.next())
        ids.append(select.int64(0));
    if (ids.isEmpty()) {
        return Error::make(Error::Code::NotFound,
                           Text::tr("there is no assessment with id or name \"%1\"").arg(wanted));
    }
    if (ids.size() > 1) {
        QStringList idTexts;
        for (qint64 candidate : ids)
            idTexts.append(QString::number(candidate));
        return Error::make(Error::Code::InvalidArgument,
                           Text::tr("%1 assessments are named \"%2\" (ids %3); give the id instead")
                                   .arg(ids.size())
                                   .arg(wanted, idTexts.join(u", "_s)));
    }
    return assessment(ids.first());
}

Result<void> AssessmentStore::renameAssessment(qint64 id,
                                               const QString &newName,
                                               const QString &actor)
{
    const QString name = newName.trimmed();
    if (name.isEmpty())
        return Error::make(Error::Code::InvalidArgument, Text::tr("an assessment needs a name"));
    const QString who = actorOrCurrent(actor);
    const QString operation = Text::tr("could not rename assessment %1").arg(id);
    const QSqlDatabase connection = m_db.connection();
    return m_db.transaction(operation, [&]() -> Result<void> {
        auto current = assessment(id);
        if (!current)
            return current.error();
        if (current->name == name)
            return {};
        SqlQuery update(connection, u"UPDATE assessment SET name = ? WHERE id = ?"_s);
        update.bind(name).bind(id);
        if (auto done = update.exec(operation); !done)
            return done;
        AuditEvent event;
        event.assessmentId = id;
        event.at = storedNow(m_clock);
        event.actor = who;
        event.action = u"assessment.renamed"_s;
        event.field = u"name"_s;
        event.oldValue = current->name;
        event.newValue = name;
        return AuditLog(connection).append(event, operation);
    });
}

Result<void> AssessmentStore::deleteAssessment(qint64 id, const QString &actor)
{
    const QString who = actorOrCurrent(actor);
    const QString operation = Text::tr("could not delete assessment %1").arg(id);
    const QSqlDatabase connection = m_db.connection();
    return m_db.transaction(operation, [&]() -> Result<void> {
        auto current = assessment(id);
        if (!current)
            return current.error();
        const QDateTime now = storedNow(m_clock);
        SqlQuery update(connection,
                        u"UPDATE assessment SET deleted_at = ?, deleted_by = ? WHERE id = ?"_s);
        update.bind(StoreCodec::timestampText(now)).bind(who).bind(id);
        if (auto done = update.exec(operation); !done)
            return done;
        AuditEvent event;
        event.assessmentId = id;
        event.at = now;
        event.actor = who;
        event.action = u"assessment.deleted"_s;
        event.oldValue = current->name;
        return AuditLog(connection).append(event, operation);
    });
}

Result<QList<ItemRecord>> AssessmentStore::items(qint64 assessmentId) const
{
    const QSqlDatabase connection = m_db.connection();
    if (auto exists = StoreQueries::requireAssessment(connection, assessmentId, false); !exists)
        return exists.error();
    SqlQuery select(connection,
                    u"SELECT "_s + StoreCodec::itemColumns()
                            + u" FROM item WHERE assessment_id = ? ORDER BY position, id"_s);
    select.bind(assessmentId);
    return StoreQueries::items(
            select, Text::tr("could not load the items of assessment %1").arg(assessmentId));
}

Result<ItemRecord> AssessmentStore::item(qint64 itemId) const
{
    return StoreQueries::item(m_db.connection(), itemId);
}

Result<ItemRecord> AssessmentStore::findItem(qint64 assessmentId, const QString &key) const
{
    const QString wanted = key.trimmed();
    if (wanted.isEmpty())
        return Error::make(Error::Code::InvalidArgument, Text::tr("no item id given"));
    const QSqlDatabase connection = m_db.connection();
    if (auto exists = StoreQueries::requireAssessment(connection, assessmentId, false); !exists)
        return exists.error();

    const QString operation = Text::tr("could not look up the item %1").arg(wanted);
    const qsizetype colon = wanted.indexOf(u':');
    const QString sql = u"SELECT "_s + StoreCodec::itemColumns()
                        + u" FROM item"
                          " WHERE assessment_id = ? AND item_key = ?"_s;
    if (colon > 0) {
        const QString templateId = wanted.left(colon).trimmed();
        const QString itemKey = wanted.mid(colon + 1).trimmed();
        SqlQuery select(connection, sql + u" AND template_id = ?"_s);
        select.bind(assessmentId).bind(itemKey).bind(templateId);
        auto found = StoreQueries::items(select, operation);
        if (!found)
            return found.error();
        if (found->isEmpty()) {
            return Error::make(Error::Code::NotFound,
                               Text::tr("assessment %1 has no item %2 from the template %3")
                                       .arg(assessmentId)
                                       .arg(itemKey, templateId));
        }
        return found->first();
    }

    SqlQuery select(connection, sql + u" ORDER BY position"_s);
    select.bind(assessmentId).bind(wanted);
    auto found = StoreQueries::items(select, operation);
    if (!found)
        return found.error();
    if (found->isEmpty()) {
        return Error::make(Error::Code::NotFound,
                           Text::tr("assessment %1 has no item %2").arg(assessmentId).arg(wanted));
    }
    if (found->size() > 1) {
        QStringList candidates;
        for (const ItemRecord &candidate : *found)
            candidates.append(candidate.templateId + u':' + candidate.key);
        return Error::make(Error::Code::InvalidArgument,
                           Text::tr("the item id %1 is ambiguous: %2; prefix it with its "
                                    "template id, e.g. %3")
                                   .arg(wanted, candidates.join(u", "_s), candidates.first()));
    }
    return found->first();
}

Result<ItemRecord> AssessmentStore::updateItem(qint64 itemId,
                                               const ItemEdit &edit,
                                               const QString &actor)
{
    if (edit.status && itemStatusKey(*edit.status).isEmpty()) {
        return Error::make(Error::Code::InvalidArgument,
                           Text::tr("unknown item status %1").arg(int(*edit.status)));
    }
    if (edit.note && edit.note->size() > MaxNoteLength) {
        return Error::make(Error::Code::InvalidArgument,
                           Text::tr("the note is too long (%1 characters, at most %2)")
                                   .arg(edit.note->size())
                                   .arg(MaxNoteLength));
    }
    const std::optional<QString> owner
            = edit.owner ? std::optional(edit.owner->trimmed()) : std::nullopt;
    const QSqlDatabase connection = m_db.connection();

    // Diffs the edit against the stored state; old values are those inside the transaction.
    auto diff = [&](const ItemRecord &current) {
        QList<FieldChange> changes;
        if (edit.status && *edit.status != current.status)
            changes.append(
                    {u"status"_s, itemStatusKey(current.status), itemStatusKey(*edit.status)});
        if (owner && *owner != current.owner)
            changes.append({u"owner"_s, current.owner, *owner});
        if (edit.note && *edit.note != current.note)
            changes.append({u"note"_s, current.note, *edit.note});
        return changes;
    };

    // A no-op needs no write lock, so it succeeds even while another program writes.
    auto before = StoreQueries::item(connection, itemId);
    if (!before)
        return before;
    const QList<FieldChange> planned = diff(*before);
    if (planned.isEmpty())
        return before;

    // Whole sentences per field, so translators never see "could not save item %1".
    QString operation = Text::tr("could not save the item changes");
    if (planned.size() == 1 && planned.first().field == "status"_L1)
        operation = Text::tr("could not save item status");
    else if (planned.size() == 1 && planned.first().field == "owner"_L1)
        operation = Text::tr("could not save item owner");
    else if (planned.size() == 1)
        operation = Text::tr("could not save item note");
    const QString who = actorOrCurrent(actor);
    ItemRecord result;
    auto saved = m_db.transaction(operation, [&]() -> Result<void> {
        auto current = StoreQueries::item(connection, itemId);
        if (!current)
            return current.error();
        if (auto live = StoreQueries::requireAssessment(connection, current->assessmentId, false);
            !live)
            return live;
        result = *current;
        const QList<FieldChange> changes = diff(*current);
        if (changes.isEmpty())
            return {};

        const QDateTime now = storedNow(m_clock);
        result.status = edit.status.value_or(current->status);
        result.owner = owner.value_or(current->owner);
        result.note = edit.note.value_or(current->note);
        result.updatedAt = now;
        result.updatedBy = who;
        SqlQuery update(connection,
                        u"UPDATE item SET status = ?, owner = ?, note = ?, updated_at = ?,"
                        " updated_by = ? WHERE id = ?"_s);
        update.bind(itemStatusKey(result.status))
                .bind(result.owner)
                .bind(result.note)
                .bind(StoreCodec::timestampText(now))
                .bind(who)
                .bind(itemId);
        auto updated
                = update.execOneRow(operation, Text::tr("there is no item with id %1").arg(itemId));
        if (!updated)
            return updated;

        AuditLog log(connection);
        for (const FieldChange &change : changes) {
            AuditEvent event;
            event.assessmentId = current->assessmentId;
            event.itemId = itemId;
            event.at = now;
            event.actor = who;
            event.action = u"item.updated"_s;
            event.field = change.field;
            event.oldValue = change.oldValue;
            event.newValue = change.newValue;
            if (auto appended = log.append(event, operation); !appended)
                return appended;
        }
        return {};
    });
    if (!saved)
        return saved.error();
    return result;
}

Result<QList<AuditEvent>> AssessmentStore::auditEvents(qint64 assessmentId,
                                                       std::optional<qint64> itemId) const
{
    const QSqlDatabase connection = m_db.connection();
    if (auto exists = StoreQueries::requireAssessment(connection, assessmentId, true); !exists)
        return exists.error();
    return AuditLog(connection).events(assessmentId, itemId);
}

Result<StatusCounts> AssessmentStore::progress(qint64 assessmentId) const
{
    const QSqlDatabase connection = m_db.connection();
    if (auto exists = StoreQueries::requireAssessment(connection, assessmentId, false); !exists)
        return exists.error();
    return StoreSummaries::progress(connection, assessmentId);
}

Result<QList<SectionSummary>> AssessmentStore::sectionSummaries(qint64 assessmentId) const
{
    const QSqlDatabase connection = m_db.connection();
    if (auto exists = StoreQueries::requireAssessment(connection, assessmentId, false); !exists)
        return exists.error();
    return StoreSummaries::sections(connection, assessmentId);
}

} // namespace greenlight
