#include "VerifyCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "AssessmentArgument.h"
#include "CliContext.h"
#include "ExitCode.h"
#include "signoff/Ed25519Signer.h"
#include "store/AssessmentStore.h"
#include "store/ChainVerifier.h"
#include "store/ContentSnapshot.h"
#include "store/Database.h"
#include "store/EvidenceStore.h"
#include "store/EvidenceVault.h"
#include "store/SignoffStore.h"

using namespace Qt::StringLiterals;

namespace greenlight {

QString VerifyCommand::name() const
{
    return u"verify"_s;
}

QString VerifyCommand::summary() const
{
    return tr("Check the audit chain, evidence files and signatures; exit 1 on problems.");
}

QString VerifyCommand::arguments() const
{
    return tr("[ASSESSMENT]");
}

int VerifyCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usageError(context, tr("unexpected argument '%1'").arg(positional.at(1)));
    QList<AssessmentInfo> assessments;
    Database *database = nullptr;
    if (positional.size() == 1) {
        auto one = AssessmentArgument::resolve(context, positional.at(0));
        if (!one)
            return ExitCode::Usage;
        assessments = {one->info};
        database = one->database;
    } else {
        auto store = context.store(CliContext::StoreAccess::ExistingOnly);
        if (!store) {
            context.printError(store.errorMessage());
            return ExitCode::Usage;
        }
        auto all = (*store)->assessments();
        if (!all) {
            context.printError(all.errorMessage());
            return ExitCode::Usage;
        }
        assessments = *all;
        database = context.database();
    }

    QTextStream &out = context.out();
    int problems = 0;
    const auto problem = [&](const QString &text) {
        out << u"FAIL "_s << text << '\n';
        ++problems;
    };

    // The chain covers the whole store, whichever assessment was asked for.
    auto chain = ChainVerifier::verify(database->connection());
    if (!chain) {
        context.printError(chain.errorMessage());
        return ExitCode::Usage;
    }
    if (chain->intact) {
        out << tr("ok   audit chain: %1 events, head %2")
                        .arg(chain->eventsChecked)
                        .arg(chain->headHash)
            << '\n';
    } else {
        problem(tr("audit chain broken at event %1: %2")
                        .arg(chain->firstBrokenId)
                        .arg(chain->problem));
    }

    const EvidenceVault vault(EvidenceVault::rootFor(database->path()));
    EvidenceStore evidence(*database, context.clock(), vault);
    SignoffStore signoffs(*database, context.clock());
    for (const AssessmentInfo &info : std::as_const(assessments)) {
        auto report = evidence.verify(info.id);
        auto signatures = signoffs.signatures(info.id);
        if (!report || !signatures) {
            context.printError(report ? signatures.errorMessage() : report.errorMessage());
            return ExitCode::Usage;
        }
        for (const VaultProblem &p : std::as_const(report->problems))
            problem(tr("%1: evidence %2").arg(info.name, p.message));
        int signatureProblems = 0;
        for (const SignatureStatus &s : std::as_const(*signatures)) {
            const SignatureRecord &r = s.signature;
            // The stored snapshot must still hash to the signed value, or the signature row
            // itself was edited.
            if (ContentSnapshot::hash(r.snapshotJson.toUtf8()) != r.contentHash) {
                problem(tr("%1: signature %2 (%3) does not match its stored snapshot")
                                .arg(info.name)
                                .arg(r.id)
                                .arg(r.roleId));
                ++signatureProblems;
            }
            if (!r.publicKey.isEmpty()
                && !Ed25519Signer::verify(r.publicKey, r.contentHash, r.cryptoSignature)) {
                problem(tr("%1: Ed25519 signature %2 (%3, %4) does not verify")
                                .arg(info.name)
                                .arg(r.id)
                                .arg(r.roleId, r.signerName));
                ++signatureProblems;
            }
        }
        if (report->ok() && signatureProblems == 0) {
            out << tr("ok   %1: %2 evidence file(s), %3 signature(s)")
                            .arg(info.name)
                            .arg(report->checked)
                            .arg(signatures->size())
                << '\n';
        }
    }
    if (problems > 0) {
        out << tr("%n problem(s) found", nullptr, problems) << '\n';
        return ExitCode::Negative;
    }
    return ExitCode::Ok;
}

} // namespace greenlight
