#include "ListCommand.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

#include "AssessmentJson.h"
#include "CliContext.h"
#include "ExitCode.h"
#include "TextTable.h"
#include "store/AssessmentStore.h"

using namespace Qt::StringLiterals;

namespace greenlight {

QString ListCommand::name() const
{
    return u"list"_s;
}

QString ListCommand::summary() const
{
    return tr("List the assessments with their progress.");
}

QList<QCommandLineOption> ListCommand::options() const
{
    return {formatOption()};
}

int ListCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(context,
                          tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    }
    bool json = false;
    if (!readFormat(parser, context, &json))
        return ExitCode::Usage;

    QList<AssessmentInfo> assessments;
    QList<StatusCounts> progress;
    // Listing must not create a database as a side effect: no file simply means no assessments.
    if (context.databaseExists()) {
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
        for (const AssessmentInfo &info : std::as_const(assessments)) {
            auto counts = (*store)->progress(info.id);
            if (!counts) {
                context.printError(counts.errorMessage());
                return ExitCode::Usage;
            }
            progress.append(*counts);
        }
    }

    if (json) {
        QJsonArray array;
        for (qsizetype i = 0; i < assessments.size(); ++i) {
            QJsonObject object = AssessmentJson::assessment(assessments.at(i));
            object.insert(u"progress"_s, AssessmentJson::counts(progress.at(i)));
            array.append(object);
        }
        const QJsonObject root{{u"formatVersion"_s, AssessmentJson::FormatVersion},
                               {u"assessments"_s, array}};
        context.out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return ExitCode::Ok;
    }

    if (assessments.isEmpty()) {
        context.out() << tr("No assessments. Create one with 'greenlight-cli new' or try "
                            "'greenlight-cli demo'.")
                      << '\n';
        return ExitCode::Ok;
    }
    TextTable table(
            {tr("ID"), tr("NAME"), tr("SYSTEM"), tr("RELEASE"), tr("CREATED"), tr("PROGRESS")});
    table.setAlignment(0, TextTable::Align::Right);
    for (qsizetype i = 0; i < assessments.size(); ++i) {
        const AssessmentInfo &info = assessments.at(i);
        const StatusCounts &counts = progress.at(i);
        const int percent = counts.total > 0 ? counts.done() * 100 / counts.total : 0;
        table.addRow({QString::number(info.id),
                      info.name,
                      info.system,
                      info.release,
                      info.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                      tr("%1/%2 (%3%)").arg(counts.done()).arg(counts.total).arg(percent)});
    }
    context.out() << table.render();
    return ExitCode::Ok;
}

} // namespace greenlight
