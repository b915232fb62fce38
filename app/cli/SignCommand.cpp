#include "SignCommand.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

#include "AssessmentArgument.h"
#include "CliContext.h"
#include "ExitCode.h"
#include "signoff/Ed25519Signer.h"
#include "store/SignoffStore.h"

using namespace Qt::StringLiterals;

namespace greenlight {

QString SignCommand::name() const
{
    return u"sign"_s;
}

QString SignCommand::summary() const
{
    return tr("Sign off an assessment in one of its sign-off roles.");
}

QString SignCommand::arguments() const
{
    return tr("ASSESSMENT");
}

QString SignCommand::description() const
{
    return tr("Records a signature for a sign-off role (see 'signoffs ASSESSMENT' for the\n"
              "roles). The signature covers the SHA-256 of the assessment's content now; any\n"
              "later change makes it stale. --decision conditional needs --comment (the\n"
              "conditions). --key FILE adds an Ed25519 signature made with that key;\n"
              "--generate-key creates the key first (default %1).\n"
              "deployment-approval can only approve when no blockers remain.")
            .arg(Ed25519Signer::defaultKeyPath());
}

QList<QCommandLineOption> SignCommand::options() const
{
    return {
            QCommandLineOption(u"role"_s, tr("The sign-off role id."), u"ROLE-ID"_s),
            QCommandLineOption(u"name"_s, tr("The signer's name."), u"NAME"_s),
            QCommandLineOption(u"decision"_s, tr("approve, conditional or reject."), u"DECISION"_s),
            QCommandLineOption(u"comment"_s, tr("Conditions or comment."), u"TEXT"_s),
            QCommandLineOption(u"key"_s, tr("Ed25519 key file to sign with."), u"FILE"_s),
            QCommandLineOption(u"generate-key"_s, tr("Create the key file first.")),
    };
}

int SignCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(context, tr("expected ASSESSMENT"));
    for (const QString &required : {u"role"_s, u"name"_s, u"decision"_s}) {
        if (!parser.isSet(required))
            return usageError(context, tr("--%1 is required").arg(required));
    }
    const auto decision = decisionFromKey(parser.value(u"decision"_s));
    if (!decision) {
        return usageError(context,
                          tr("unknown decision '%1' (use approve, conditional or reject)")
                                  .arg(parser.value(u"decision"_s)));
    }

    std::optional<Ed25519Signer::KeyPair> key;
    if (parser.isSet(u"key"_s) || parser.isSet(u"generate-key"_s)) {
        const QString path
                = parser.isSet(u"key"_s) ? parser.value(u"key"_s) : Ed25519Signer::defaultKeyPath();
        auto loaded = parser.isSet(u"generate-key"_s) && !QFileInfo::exists(path)
                              ? Ed25519Signer::generate(path)
                              : Ed25519Signer::load(path);
        if (!loaded) {
            context.printError(loaded.errorMessage());
            return ExitCode::Usage;
        }
        key = *loaded;
    }

    auto assessment = AssessmentArgument::resolve(context, positional.at(0));
    if (!assessment)
        return ExitCode::Usage;
    SignoffStore signoffs(*assessment->database, context.clock());
    NewSignature signature;
    signature.roleId = parser.value(u"role"_s);
    signature.signerName = parser.value(u"name"_s);
    signature.decision = *decision;
    signature.comment = parser.value(u"comment"_s);
    QString expected;
    if (key) {
        auto hash = signoffs.contentHash(assessment->info.id);
        if (!hash) {
            context.printError(hash.errorMessage());
            return ExitCode::Usage;
        }
        expected = *hash;
        signature.publicKey = key->publicKeyHex();
        signature.cryptoSignature = Ed25519Signer::sign(*key, expected);
    }
    auto recorded = signoffs.sign(assessment->info.id, signature, context.actor(), expected);
    if (!recorded) {
        context.printError(recorded.errorMessage());
        return ExitCode::Usage;
    }
    QTextStream &out = context.out();
    out << tr("%1: %2 by %3")
                    .arg(recorded->roleTitle, decisionKey(recorded->decision), recorded->signerName)
        << '\n';
    out << tr("content sha256: %1").arg(recorded->contentHash) << '\n';
    if (!recorded->publicKey.isEmpty())
        out << tr("ed25519 public key: %1").arg(recorded->publicKey) << '\n';
    return ExitCode::Ok;
}

} // namespace greenlight
