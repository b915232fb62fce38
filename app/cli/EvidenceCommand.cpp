#include "EvidenceCommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>

#include "AssessmentArgument.h"
#include "CliContext.h"
#include "ExitCode.h"
#include "ScanCommand.h"
#include "domain/Clock.h"
#include "signoff/CommandEvidenceRunner.h"
#include "store/AssessmentStore.h"
#include "store/Database.h"
#include "store/EvidenceStore.h"
#include "store/EvidenceVault.h"
#include "store/StoreCodec.h"

using namespace Qt::StringLiterals;

namespace greenlight {
namespace {

QJsonObject toJson(const EvidenceRecord &r, const QString &itemKey)
{
    QJsonObject o{{u"id"_s, r.id},
                  {u"item"_s, itemKey},
                  {u"kind"_s, evidenceKindKey(r.kind)},
                  {u"name"_s, r.displayName()},
                  {u"sha256"_s, r.contentHash},
                  {u"size"_s, r.size},
                  {u"mimeType"_s, r.mimeType},
                  {u"addedAt"_s, StoreCodec::timestampText(r.createdAt)},
                  {u"addedBy"_s, r.createdBy}};
    if (r.validUntil)
        o.insert(u"validUntil"_s, r.validUntil->toString(Qt::ISODate));
    if (r.exitCode)
        o.insert(u"exitCode"_s, *r.exitCode);
    if (!r.workingDirectory.isEmpty())
        o.insert(u"workingDirectory"_s, r.workingDirectory);
    if (r.kind == EvidenceKind::Note)
        o.insert(u"text"_s, r.body);
    return o;
}

} // namespace

QString EvidenceCommand::name() const
{
    return u"evidence"_s;
}

QString EvidenceCommand::summary() const
{
    return tr("Attach, list, export and verify evidence.");
}

QString EvidenceCommand::arguments() const
{
    return tr("add|list|export|verify ASSESSMENT ...");
}

QString EvidenceCommand::description() const
{
    return tr("evidence add ASSESSMENT ITEM-ID (--file PATH | --url URL | --note TEXT |\n"
              "    --command CMD | --ref PATH:FROM-TO | --finding FINGERPRINT)\n"
              "    [--valid-until DATE] [--max-size BYTES]\n"
              "evidence list ASSESSMENT [ITEM-ID] [--format text|json]\n"
              "evidence export ASSESSMENT DIR\n"
              "evidence verify ASSESSMENT   (exit 1 when a file is missing or altered)\n"
              "Files are copied into the vault beside the database (at most %1 MiB each\n"
              "unless --max-size says otherwise; suffixes k, M, G); --finding attaches a\n"
              "recorded scan finding (its fingerprint, from 'scan --format json');\n"
              "--command runs CMD with sh in the current directory and records its output\n"
              "and exit code.")
            .arg(EvidenceVault::DefaultMaxBytes / (1024 * 1024));
}

QList<QCommandLineOption> EvidenceCommand::options() const
{
    return {
            QCommandLineOption(u"file"_s, tr("A file to copy into the vault."), u"PATH"_s),
            QCommandLineOption(u"url"_s, tr("A link."), u"URL"_s),
            QCommandLineOption(u"note"_s, tr("A free-text note."), u"TEXT"_s),
            QCommandLineOption(u"command"_s, tr("A command to run; its output is kept."), u"CMD"_s),
            QCommandLineOption(
                    u"ref"_s, tr("A repository file and line range."), u"PATH:FROM-TO"_s),
            QCommandLineOption(u"finding"_s,
                               tr("A recorded scan finding, by its fingerprint."),
                               u"FINGERPRINT"_s),
            QCommandLineOption(
                    u"valid-until"_s, tr("Evidence is stale after this date."), u"DATE"_s),
            QCommandLineOption(u"max-size"_s,
                               tr("Refuse files larger than BYTES (default 100M)."),
                               u"BYTES"_s),
            formatOption(),
    };
}

int EvidenceCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(context, tr("expected add, list, export or verify"));
    const QString sub = args.takeFirst();
    if (sub == "add"_L1)
        return add(parser, context, args);
    if (sub == "list"_L1)
        return list(parser, context, args);
    if (sub == "export"_L1)
        return args.size() == 2 ? exportTo(context, args)
                                : usageError(context, tr("expected ASSESSMENT and DIR"));
    if (sub == "verify"_L1)
        return args.size() == 1 ? verify(context, args)
                                : usageError(context, tr("expected ASSESSMENT"));
    return usageError(context, tr("unknown evidence command '%1'").arg(sub));
}

int EvidenceCommand::add(const QCommandLineParser &parser,
                         CliContext &context,
                         const QStringList &args)
{
    if (args.size() != 2)
        return usageError(context, tr("expected ASSESSMENT and ITEM-ID"));
    int kinds = 0;
    for (const QString &kind :
         {u"file"_s, u"url"_s, u"note"_s, u"command"_s, u"ref"_s, u"finding"_s})
        kinds += parser.isSet(kind) ? 1 : 0;
    if (kinds != 1)
        return usageError(
                context,
                tr("give exactly one of --file, --url, --note, --command, --ref, --finding"));
    std::optional<qint64> maxBytes;
    if (parser.isSet(u"max-size"_s)) {
        maxBytes = ScanCommand::parseByteSize(parser.value(u"max-size"_s));
        if (!maxBytes || *maxBytes <= 0)
            return usageError(
                    context, tr("'%1' is not a size (e.g. 250M)").arg(parser.value(u"max-size"_s)));
    }

    NewEvidence in;
    if (parser.isSet(u"valid-until"_s)) {
        const QDate date = QDate::fromString(parser.value(u"valid-until"_s), Qt::ISODate);
        if (!date.isValid())
            return usageError(
                    context,
                    tr("'%1' is not a date (use YYYY-MM-DD)").arg(parser.value(u"valid-until"_s)));
        in.validUntil = date;
    }
    if (parser.isSet(u"file"_s)) {
        in.kind = EvidenceKind::File;
        in.sourcePath = parser.value(u"file"_s);
    } else if (parser.isSet(u"url"_s)) {
        in.kind = EvidenceKind::Url;
        in.url = parser.value(u"url"_s);
    } else if (parser.isSet(u"note"_s)) {
        in.kind = EvidenceKind::Note;
        in.text = parser.value(u"note"_s);
    } else if (parser.isSet(u"finding"_s)) {
        in.kind = EvidenceKind::Finding;
        in.fingerprint = parser.value(u"finding"_s);
    } else if (parser.isSet(u"ref"_s)) {
        static const QRegularExpression pattern(u"^(.+):(\\d+)-(\\d+)$"_s);
        const auto match = pattern.match(parser.value(u"ref"_s));
        if (!match.hasMatch())
            return usageError(context, tr("--ref expects PATH:FROM-TO, e.g. src/app.py:10-24"));
        in.kind = EvidenceKind::RepositoryReference;
        in.path = match.captured(1);
        in.lineFrom = match.captured(2).toInt();
        in.lineTo = match.captured(3).toInt();
    }

    auto assessment = AssessmentArgument::resolve(context, args.at(0));
    if (!assessment)
        return ExitCode::Usage;
    auto item = assessment->store->findItem(assessment->info.id, args.at(1));
    if (!item) {
        context.printError(item.errorMessage());
        return ExitCode::Usage;
    }
    if (parser.isSet(u"command"_s)) {
        const CommandRun run = CommandEvidenceRunner::run(parser.value(u"command"_s),
                                                          QString(),
                                                          CommandEvidenceRunner::DefaultTimeoutMs,
                                                          context.clock());
        if (!run.error.isEmpty() || run.timedOut) {
            context.printError(run.timedOut ? tr("the command timed out") : run.error);
            return ExitCode::Usage;
        }
        in.kind = EvidenceKind::CommandOutput;
        in.command = run.command;
        in.text = QString::fromUtf8(run.output);
        in.exitCode = run.exitCode;
        in.workingDirectory = run.workingDirectory;
        in.ranAt = run.startedAt;
    }
    EvidenceVault vault(EvidenceVault::rootFor(assessment->database->path()));
    if (maxBytes)
        vault.setMaxBytes(*maxBytes);
    EvidenceStore store(*assessment->database, context.clock(), vault);
    auto added = store.add(item->id, in, context.actor());
    if (!added) {
        context.printError(added.errorMessage());
        return ExitCode::Usage;
    }
    context.out() << tr("%1: evidence %2 added (%3, sha256 %4)")
                             .arg(item->key)
                             .arg(added->id)
                             .arg(evidenceKindKey(added->kind), added->contentHash)
                  << '\n';
    if (added->exitCode)
        context.out() << tr("exit code %1").arg(*added->exitCode) << '\n';
    return ExitCode::Ok;
}

int EvidenceCommand::list(const QCommandLineParser &parser,
                          CliContext &context,
                          const QStringList &args)
{
    if (args.isEmpty() || args.size() > 2)
        return usageError(context, tr("expected ASSESSMENT [ITEM-ID]"));
    bool json = false;
    if (!readFormat(parser, context, &json))
        return ExitCode::Usage;
    auto assessment = AssessmentArgument::resolve(context, args.at(0));
    if (!assessment)
        return ExitCode::Usage;
    std::optional<qint64> itemId;
    if (args.size() == 2) {
        auto item = assessment->store->findItem(assessment->info.id, args.at(1));
        if (!item) {
            context.printError(item.errorMessage());
            return ExitCode::Usage;
        }
        itemId = item->id;
    }
    const EvidenceVault vault(EvidenceVault::rootFor(assessment->database->path()));
    EvidenceStore store(*assessment->database, context.clock(), vault);
    auto records = store.evidence(assessment->info.id, itemId);
    auto items = assessment->store->items(assessment->info.id);
    if (!records || !items) {
        context.printError(records ? items.errorMessage() : records.errorMessage());
        return ExitCode::Usage;
    }
    QHash<qint64, QString> keys;
    for (const ItemRecord &item : std::as_const(*items))
        keys.insert(item.id, item.key);
    const QDate today = context.clock().now().toUTC().date();
    QTextStream &out = context.out();
    if (json) {
        QJsonArray array;
        for (const EvidenceRecord &r : std::as_const(*records)) {
            QJsonObject o = toJson(r, keys.value(r.itemId));
            o.insert(u"stale"_s, r.isStale(today));
            array.append(o);
        }
        out << QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"formatVersion"_s, 1}, {u"evidence"_s, array}})
                        .toJson(QJsonDocument::Indented));
        return ExitCode::Ok;
    }
    if (records->isEmpty())
        out << tr("no evidence") << '\n';
    for (const EvidenceRecord &r : std::as_const(*records)) {
        out << u"#%1 %2 %3 %4 %5"_s.arg(r.id).arg(keys.value(r.itemId),
                                                  evidenceKindKey(r.kind),
                                                  r.displayName(),
                                                  r.contentHash.left(12))
            << (r.isStale(today) ? tr(" [stale since %1]").arg(r.validUntil->toString(Qt::ISODate))
                                 : QString())
            << '\n';
    }
    return ExitCode::Ok;
}

int EvidenceCommand::exportTo(CliContext &context, const QStringList &args)
{
    auto assessment = AssessmentArgument::resolve(context, args.at(0));
    if (!assessment)
        return ExitCode::Usage;
    const EvidenceVault vault(EvidenceVault::rootFor(assessment->database->path()));
    EvidenceStore store(*assessment->database, context.clock(), vault);
    auto records = store.evidence(assessment->info.id);
    auto items = assessment->store->items(assessment->info.id);
    if (!records || !items) {
        context.printError(records ? items.errorMessage() : records.errorMessage());
        return ExitCode::Usage;
    }
    QHash<qint64, QString> keys;
    for (const ItemRecord &item : std::as_const(*items))
        keys.insert(item.id, item.key);
    QDir dir(args.at(1));
    if (!dir.mkpath(u"."_s)) {
        context.printError(tr("cannot create %1").arg(dir.path()));
        return ExitCode::Usage;
    }
    QJsonArray manifest;
    int copied = 0;
    for (const EvidenceRecord &r : std::as_const(*records)) {
        QJsonObject o = toJson(r, keys.value(r.itemId));
        if (r.inVault) {
            // "<id>-<safe name>": unique per record even when originals share a name.
            const QString base
                    = r.kind == EvidenceKind::CommandOutput ? u"output.txt"_s : r.originalName;
            const QString name = u"%1-%2"_s.arg(r.id).arg(EvidenceVault::safeFileName(base));
            auto content = vault.read(r.contentHash);
            QSaveFile file(dir.filePath(name));
            if (!content || !file.open(QIODevice::WriteOnly)
                || file.write(*content) != content->size() || !file.commit()) {
                context.printError(content ? tr("could not write %1: %2")
                                                     .arg(file.fileName(), file.errorString())
                                           : content.errorMessage());
                return ExitCode::Usage;
            }
            o.insert(u"file"_s, name);
            ++copied;
        }
        manifest.append(o);
    }
    QSaveFile index(dir.filePath(u"evidence.json"_s));
    const QByteArray json = QJsonDocument(QJsonObject{{u"formatVersion"_s, 1},
                                                      {u"assessment"_s, assessment->info.name},
                                                      {u"evidence"_s, manifest}})
                                    .toJson(QJsonDocument::Indented);
    if (!index.open(QIODevice::WriteOnly) || index.write(json) != json.size() || !index.commit()) {
        context.printError(tr("could not write %1: %2").arg(index.fileName(), index.errorString()));
        return ExitCode::Usage;
    }
    context.out() << tr("exported %1 record(s), %2 file(s) to %3")
                             .arg(records->size())
                             .arg(copied)
                             .arg(QDir::toNativeSeparators(dir.absolutePath()))
                  << '\n';
    return ExitCode::Ok;
}

int EvidenceCommand::verify(CliContext &context, const QStringList &args)
{
    auto assessment = AssessmentArgument::resolve(context, args.at(0));
    if (!assessment)
        return ExitCode::Usage;
    const EvidenceVault vault(EvidenceVault::rootFor(assessment->database->path()));
    EvidenceStore store(*assessment->database, context.clock(), vault);
    auto report = store.verify(assessment->info.id);
    if (!report) {
        context.printError(report.errorMessage());
        return ExitCode::Usage;
    }
    for (const VaultProblem &p : std::as_const(report->problems))
        context.out() << u"FAIL "_s << p.message << '\n';
    if (!report->ok())
        return ExitCode::Negative;
    context.out() << tr("ok: %1 evidence file(s) intact").arg(report->checked) << '\n';
    return ExitCode::Ok;
}

} // namespace greenlight
