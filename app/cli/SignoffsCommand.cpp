#include "SignoffsCommand.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include "AssessmentArgument.h"
#include "CliContext.h"
#include "ExitCode.h"
#include "store/DeploymentApproval.h"
#include "store/SignoffStore.h"
#include "store/StoreCodec.h"

using namespace Qt::StringLiterals;

namespace greenlight {

QString SignoffsCommand::name() const
{
    return u"signoffs"_s;
}

QString SignoffsCommand::summary() const
{
    return tr("Show sign-off roles, signatures, staleness and approval blockers.");
}

QString SignoffsCommand::arguments() const
{
    return tr("ASSESSMENT");
}

QList<QCommandLineOption> SignoffsCommand::options() const
{
    return {formatOption()};
}

int SignoffsCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(context, tr("expected ASSESSMENT"));
    bool json = false;
    if (!readFormat(parser, context, &json))
        return ExitCode::Usage;
    auto assessment = AssessmentArgument::resolve(context, positional.at(0));
    if (!assessment)
        return ExitCode::Usage;
    SignoffStore signoffs(*assessment->database, context.clock());
    auto roles = signoffs.roles(assessment->info.id);
    auto signatures = roles ? signoffs.signatures(assessment->info.id)
                            : Result<QList<SignatureStatus>>(roles.error());
    auto verdict = signatures ? DeploymentApproval::evaluate(
                           *assessment->database, context.clock(), assessment->info.id)
                              : Result<ApprovalVerdict>(signatures.error());
    if (!verdict) {
        context.printError(verdict.errorMessage());
        return ExitCode::Usage;
    }
    QHash<QString, SignatureStatus> latest;
    for (const SignatureStatus &s : std::as_const(*signatures)) {
        if (s.latestForRole)
            latest.insert(s.signature.roleId, s);
    }

    QTextStream &out = context.out();
    if (json) {
        QJsonArray roleArray;
        for (const RoleInfo &role : std::as_const(*roles)) {
            QJsonObject o{{u"id"_s, role.id},
                          {u"title"_s, role.title},
                          {u"meaning"_s, role.meaning},
                          {u"required"_s, role.required}};
            if (latest.contains(role.id)) {
                const SignatureStatus &s = latest.value(role.id);
                o.insert(u"signature"_s,
                         QJsonObject{
                                 {u"name"_s, s.signature.signerName},
                                 {u"decision"_s, decisionKey(s.signature.decision)},
                                 {u"comment"_s, s.signature.comment},
                                 {u"signedAt"_s, StoreCodec::timestampText(s.signature.signedAt)},
                                 {u"contentHash"_s, s.signature.contentHash},
                                 {u"publicKey"_s, s.signature.publicKey},
                                 {u"stale"_s, s.stale},
                                 {u"changes"_s, QJsonArray::fromStringList(s.changes)}});
            }
            roleArray.append(o);
        }
        const QJsonObject root{
                {u"formatVersion"_s, 1},
                {u"assessment"_s, assessment->info.name},
                {u"roles"_s, roleArray},
                {u"deploymentApproval"_s,
                 QJsonObject{{u"allowed"_s, verdict->allowed},
                             {u"blockers"_s, QJsonArray::fromStringList(verdict->blockers)},
                             {u"conditions"_s, QJsonArray::fromStringList(verdict->conditions)}}}};
        out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return ExitCode::Ok;
    }

    if (roles->isEmpty())
        out << tr("%1 has no sign-off roles.").arg(assessment->info.name) << '\n';
    for (const RoleInfo &role : std::as_const(*roles)) {
        out << role.title << u" ("_s << role.id << (role.required ? u")"_s : tr(", optional)"))
            << '\n';
        if (!latest.contains(role.id)) {
            out << u"  "_s << tr("not signed") << '\n';
            continue;
        }
        const SignatureStatus &s = latest.value(role.id);
        out << u"  "_s
            << tr("%1 by %2 at %3")
                        .arg(decisionKey(s.signature.decision),
                             s.signature.signerName,
                             StoreCodec::timestampText(s.signature.signedAt))
            << (s.signature.publicKey.isEmpty() ? QString() : tr(" [ed25519]")) << '\n';
        if (!s.signature.comment.isEmpty())
            out << u"  "_s << tr("comment: %1").arg(s.signature.comment) << '\n';
        if (s.stale) {
            out << u"  "_s << tr("STALE - content changed since signing:") << '\n';
            for (const QString &change : s.changes)
                out << u"    "_s << change << '\n';
        }
    }
    out << '\n'
        << (verdict->allowed ? tr("Deployment Approval: allowed")
                             : tr("Deployment Approval: blocked"))
        << '\n';
    for (const QString &blocker : std::as_const(verdict->blockers))
        out << u"  - "_s << blocker << '\n';
    for (const QString &condition : std::as_const(verdict->conditions))
        out << u"  "_s << tr("condition: %1").arg(condition) << '\n';
    return ExitCode::Ok;
}

} // namespace greenlight
