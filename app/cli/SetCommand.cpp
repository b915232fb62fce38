#include "SetCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "CliContext.h"
#include "ExitCode.h"
#include "store/AssessmentStore.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

QString orNone(const QString &value)
{
    return value.isEmpty() ? QCoreApplication::translate("greenlight::SetCommand", "(none)")
                           : value;
}

} // namespace

QString SetCommand::name() const
{
    return u"set"_s;
}

QString SetCommand::summary() const
{
    return tr("Set an item's status, and optionally its owner and note.");
}

QString SetCommand::arguments() const
{
    return tr("ASSESSMENT ITEM-ID STATUS");
}

QString SetCommand::description() const
{
    return tr("Sets the status of one item of an assessment, recorded with an audit event.\n"
              "ASSESSMENT is the assessment's id or exact name. ITEM-ID is the item's id, e.g.\n"
              "SEC-012, or template:ID (security:SEC-012) when several templates use the id.\n"
              "STATUS is one of: %1.\n"
              "--owner and --note replace the owner and note; an empty value clears them.")
            .arg(itemStatusKeys().join(u", "_s));
}

QList<QCommandLineOption> SetCommand::options() const
{
    return {
            QCommandLineOption(u"note"_s, tr("Replace the item's note."), u"TEXT"_s),
            QCommandLineOption(u"owner"_s, tr("Replace the item's owner."), u"NAME"_s),
    };
}

int SetCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 3)
        return usageError(context, tr("expected ASSESSMENT, ITEM-ID and STATUS"));
    if (positional.size() > 3)
        return usageError(context, tr("unexpected argument '%1'").arg(positional.at(3)));

    // Checked before the store is opened: a typo should not need a database to be reported.
    const auto status = itemStatusFromKey(positional.at(2));
    if (!status) {
        context.printError(tr("unknown status '%1' (valid: %2)")
                                   .arg(positional.at(2), itemStatusKeys().join(u", "_s)));
        return ExitCode::Usage;
    }

    auto store = context.store(CliContext::StoreAccess::ExistingOnly);
    if (!store) {
        context.printError(store.errorMessage());
        return ExitCode::Usage;
    }
    const auto assessment = (*store)->findAssessment(positional.at(0));
    if (!assessment) {
        context.printError(assessment.errorMessage());
        return ExitCode::Usage;
    }
    const auto before = (*store)->findItem(assessment->id, positional.at(1));
    if (!before) {
        context.printError(before.errorMessage());
        return ExitCode::Usage;
    }

    ItemEdit edit;
    edit.status = *status;
    if (parser.isSet(u"owner"_s))
        edit.owner = parser.value(u"owner"_s).trimmed();
    if (parser.isSet(u"note"_s))
        edit.note = parser.value(u"note"_s);
    const auto after = (*store)->updateItem(before->id, edit, context.actor());
    if (!after) {
        context.printError(after.errorMessage());
        return ExitCode::Usage;
    }

    QTextStream &out = context.out();
    out << tr("%1: %2 -> %3")
                    .arg(after->key, itemStatusKey(before->status), itemStatusKey(after->status))
        << '\n';
    if (before->owner != after->owner)
        out << tr("%1: owner %2 -> %3").arg(after->key, orNone(before->owner), orNone(after->owner))
            << '\n';
    if (before->note != after->note)
        out << tr("%1: note updated").arg(after->key) << '\n';
    return ExitCode::Ok;
}

} // namespace greenlight
