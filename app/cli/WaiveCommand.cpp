#include "WaiveCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

#include "AssessmentArgument.h"
#include "CliContext.h"
#include "ExitCode.h"
#include "store/AssessmentStore.h"
#include "store/WaiverStore.h"

using namespace Qt::StringLiterals;

namespace greenlight {

QString WaiveCommand::name() const
{
    return u"waive"_s;
}

QString WaiveCommand::summary() const
{
    return tr("Waive a failed item: accept its risk until a date.");
}

QString WaiveCommand::arguments() const
{
    return tr("ASSESSMENT ITEM-ID");
}

QString WaiveCommand::description() const
{
    return tr("Records a waiver (risk acceptance) for a failed item. --reason, --by and\n"
              "--until (YYYY-MM-DD, valid through that day) are required, --ticket is\n"
              "optional. Waived items count as done but are reported apart from passed; an\n"
              "expired waiver makes the item failed again.");
}

QList<QCommandLineOption> WaiveCommand::options() const
{
    return {
            QCommandLineOption(u"reason"_s, tr("Why the risk is accepted."), u"TEXT"_s),
            QCommandLineOption(u"by"_s, tr("Who accepts the risk."), u"NAME"_s),
            QCommandLineOption(u"until"_s, tr("Expiry date, YYYY-MM-DD."), u"DATE"_s),
            QCommandLineOption(u"ticket"_s, tr("Link to the follow-up ticket."), u"URL"_s),
    };
}

int WaiveCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(context, tr("expected ASSESSMENT and ITEM-ID"));
    for (const QString &required : {u"reason"_s, u"by"_s, u"until"_s}) {
        if (!parser.isSet(required))
            return usageError(context, tr("--%1 is required").arg(required));
    }
    const QDate until = QDate::fromString(parser.value(u"until"_s), Qt::ISODate);
    if (!until.isValid()) {
        return usageError(context,
                          tr("'%1' is not a date (use YYYY-MM-DD)").arg(parser.value(u"until"_s)));
    }
    auto assessment = AssessmentArgument::resolve(context, positional.at(0));
    if (!assessment)
        return ExitCode::Usage;
    auto item = assessment->store->findItem(assessment->info.id, positional.at(1));
    if (!item) {
        context.printError(item.errorMessage());
        return ExitCode::Usage;
    }
    WaiverStore waivers(*assessment->database, context.clock());
    NewWaiver waiver{
            parser.value(u"reason"_s), parser.value(u"by"_s), until, parser.value(u"ticket"_s)};
    auto recorded = waivers.waive(item->id, waiver, context.actor());
    if (!recorded) {
        context.printError(recorded.errorMessage());
        return ExitCode::Usage;
    }
    context.out() << tr("%1: waived until %2, accepted by %3")
                             .arg(recorded->itemKey,
                                  recorded->expiresOn.toString(Qt::ISODate),
                                  recorded->acceptedBy)
                  << '\n';
    return ExitCode::Ok;
}

} // namespace greenlight
