#include "SignoffStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include "AuditLog.h"
#include "ContentSnapshot.h"
#include "Database.h"
#include "DeploymentApproval.h"
#include "SqlQuery.h"
#include "StoreCodec.h"
#include "StoreQueries.h"
#include "domain/Clock.h"
#include "domain/Identity.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::SignoffStore)
};

constexpr qsizetype MaxCommentLength = 20000;

QString columns()
{
    return u"id, assessment_id, role_id, role_title, meaning, signer_name, decision, comment,"
           " signed_at, signed_by, content_hash, snapshot_json, public_key, crypto_signature"_s;
}

SignatureRecord fromRow(const SqlQuery &q)
{
    SignatureRecord s;
    s.id = q.int64(0);
    s.assessmentId = q.int64(1);
    s.roleId = q.text(2);
    s.roleTitle = q.text(3);
    s.meaning = q.text(4);
    s.signerName = q.text(5);
    s.decision = decisionFromKey(q.text(6)).value_or(Decision::Reject);
    s.comment = q.text(7);
    s.signedAt = StoreCodec::timestampFromText(q.value(8));
    s.signedBy = q.text(9);
    s.contentHash = q.text(10);
    s.snapshotJson = q.text(11);
    s.publicKey = q.text(12);
    s.cryptoSignature = q.text(13);
    return s;
}

} // namespace

SignoffStore::SignoffStore(Database &database, const Clock &clock)
    : m_db(database)
    , m_clock(clock)
{}

Result<QList<RoleInfo>> SignoffStore::roles(qint64 assessmentId) const
{
    const QSqlDatabase connection = m_db.connection();
    if (auto exists = StoreQueries::requireAssessment(connection, assessmentId, true); !exists)
        return exists.error();
    SqlQuery select(connection,
                    u"SELECT template_id, signoff_roles_json FROM assessment_template"
                    " WHERE assessment_id = ? ORDER BY position"_s);
    select.bind(assessmentId);
    if (auto done = select.exec(Text::tr("could not load the sign-off roles")); !done)
        return done.error();
    QList<RoleInfo> roles;
    QSet<QString> seen;
    while (select.next()) {
        const QJsonArray array = QJsonDocument::fromJson(select.text(1).toUtf8()).array();
        for (const QJsonValue &value : array) {
            const QJsonObject o = value.toObject();
            RoleInfo role;
            role.id = o.value("id"_L1).toString();
            role.title = o.value("title"_L1).toString();
            role.meaning = o.value("meaning"_L1).toString();
            role.required = o.value("required"_L1).toBool(true);
            role.templateId = select.text(0);
            if (role.id.isEmpty() || seen.contains(role.id))
                continue;
            seen.insert(role.id);
            roles.append(role);
        }
    }
    return roles;
}

Result<QByteArray> SignoffStore::content(qint64 assessmentId) const
{
    return ContentSnapshot::canonicalJson(m_db.connection(), assessmentId);
}

Result<QString> SignoffStore::contentHash(qint64 assessmentId) const
{
    auto json = content(assessmentId);
    if (!json)
        return json.error();
    return ContentSnapshot::hash(*json);
}

Result<SignatureRecord> SignoffStore::sign(qint64 assessmentId,
                                           const NewSignature &signature,
                                           const QString &actor,
                                           const QString &expectedHash)
{
    const auto invalid = [](const QString &message) {
        return Error::make(Error::Code::InvalidArgument, message);
    };
    if (signature.signerName.trimmed().isEmpty())
        return invalid(Text::tr("a signature needs the signer's name"));
    if (signature.comment.size() > MaxCommentLength)
        return invalid(
                Text::tr("the comment is too long (at most %1 characters)").arg(MaxCommentLength));
    if (signature.decision == Decision::Conditional && signature.comment.trimmed().isEmpty())
        return invalid(Text::tr("a conditional approval needs its conditions (--comment)"));
    if (signature.publicKey.isEmpty() != signature.cryptoSignature.isEmpty())
        return invalid(
                Text::tr("a cryptographic signature needs both the public key and the signature"));

    auto allRoles = roles(assessmentId);
    if (!allRoles)
        return allRoles.error();
    const RoleInfo *role = nullptr;
    QStringList roleIds;
    for (const RoleInfo &candidate : std::as_const(*allRoles)) {
        roleIds.append(candidate.id);
        if (candidate.id == signature.roleId.trimmed())
            role = &candidate;
    }
    if (!role) {
        return invalid(roleIds.isEmpty()
                               ? Text::tr("assessment %1 has no sign-off roles (add the signoff "
                                          "template when creating it)")
                                         .arg(assessmentId)
                               : Text::tr("unknown role '%1' (roles: %2)")
                                         .arg(signature.roleId, roleIds.join(u", "_s)));
    }

    const QSqlDatabase connection = m_db.connection();
    const QString who = actor.trimmed().isEmpty() ? currentActor() : actor.trimmed();
    const QString operation = Text::tr("could not record the signature for %1").arg(role->title);
    SignatureRecord record;
    auto saved = m_db.transaction(operation, [&]() -> Result<void> {
        if (auto live = StoreQueries::requireAssessment(connection, assessmentId, false); !live)
            return live;
        // Inside the write lock, so the content cannot change between hashing and recording.
        auto json = content(assessmentId);
        if (!json)
            return json.error();
        const QString hash = ContentSnapshot::hash(*json);
        if (!expectedHash.isEmpty() && expectedHash != hash) {
            return Error::make(Error::Code::InvalidArgument,
                               Text::tr("the assessment changed while signing; sign again"));
        }
        if (role->id == DeploymentApproval::ApprovalRoleId
            && signature.decision != Decision::Reject) {
            auto verdict = DeploymentApproval::evaluate(m_db, m_clock, assessmentId);
            if (!verdict)
                return verdict.error();
            if (!verdict->allowed) {
                return invalid(Text::tr("Deployment Approval is blocked:\n  %1")
                                       .arg(verdict->blockers.join(u"\n  "_s)));
            }
        }
        const QDateTime now
                = StoreCodec::timestampFromText(StoreCodec::timestampText(m_clock.now()));
        record.assessmentId = assessmentId;
        record.roleId = role->id;
        record.roleTitle = role->title;
        record.meaning = role->meaning;
        record.signerName = signature.signerName.trimmed();
        record.decision = signature.decision;
        record.comment = signature.comment.trimmed();
        record.signedAt = now;
        record.signedBy = who;
        record.contentHash = hash;
        record.snapshotJson = QString::fromUtf8(*json);
        record.publicKey = signature.publicKey;
        record.cryptoSignature = signature.cryptoSignature;
        SqlQuery insert(connection,
                        u"INSERT INTO signature (assessment_id, role_id, role_title, meaning,"
                        " signer_name, decision, comment, signed_at, signed_by, content_hash,"
                        " snapshot_json, public_key, crypto_signature)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        insert.bind(assessmentId)
                .bind(record.roleId)
                .bind(record.roleTitle)
                .bind(record.meaning)
                .bind(record.signerName)
                .bind(decisionKey(record.decision))
                .bind(record.comment)
                .bind(StoreCodec::timestampText(now))
                .bind(who)
                .bind(hash)
                .bind(record.snapshotJson)
                .bind(record.publicKey)
                .bind(record.cryptoSignature);
        auto id = insert.insertReturningId(operation);
        if (!id)
            return id.error();
        record.id = *id;
        AuditEvent event;
        event.assessmentId = assessmentId;
        event.at = now;
        event.actor = who;
        event.action = u"signoff.signed"_s;
        event.field = record.roleId;
        event.newValue = u"%1 by %2 over sha256:%3"_s.arg(
                decisionKey(record.decision), record.signerName, hash);
        return AuditLog(connection).append(event, operation);
    });
    if (!saved)
        return saved.error();
    return record;
}

Result<QList<SignatureStatus>> SignoffStore::signatures(qint64 assessmentId) const
{
    const QSqlDatabase connection = m_db.connection();
    if (auto exists = StoreQueries::requireAssessment(connection, assessmentId, true); !exists)
        return exists.error();
    SqlQuery select(connection,
                    u"SELECT "_s + columns()
                            + u" FROM signature WHERE assessment_id = ? ORDER BY id"_s);
    select.bind(assessmentId);
    if (auto done = select.exec(Text::tr("could not load the signatures")); !done)
        return done.error();
    QList<SignatureStatus> list;
    while (select.next())
        list.append(SignatureStatus{fromRow(select), false, true, {}});
    select.finish();

    auto json = content(assessmentId);
    if (!json)
        return json.error();
    const QString hash = ContentSnapshot::hash(*json);
    QHash<QString, qsizetype> latest;
    for (qsizetype i = 0; i < list.size(); ++i) {
        SignatureStatus &status = list[i];
        if (latest.contains(status.signature.roleId))
            list[latest.value(status.signature.roleId)].latestForRole = false;
        latest.insert(status.signature.roleId, i);
        status.stale = status.signature.contentHash != hash;
        if (status.stale)
            status.changes = ContentSnapshot::diff(status.signature.snapshotJson.toUtf8(), *json);
    }
    return list;
}

} // namespace greenlight
