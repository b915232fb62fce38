// store_crash_writer: the child process of tst_CrashSafety. Applies item edits to an existing
// store as fast as it can and reports each one on stdout only after updateItem returned ok:
//   committed <itemId> <field> <value>
// The test kills it with SIGKILL at a random moment and checks that nothing it reported is
// lost. It prints "ready" once the store is open, so the test can aim its kills at commits.
// Usage: store_crash_writer DB ASSESSMENT SEED [MAX_EDITS]

#include <cstdio>

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>

#include "domain/Clock.h"
#include "store/AssessmentStore.h"
#include "store/Database.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "store_crash_writer: %s\n", qPrintable(message));
    return 1;
}

// Owners and notes carry a counter ("owner-17", "n=17"); continuing above the highest one
// stored makes every edit a real change, even after a run whose last commit went unreported.
qint64 highestCounter(const QList<ItemRecord> &items)
{
    static const QRegularExpression counter(u"^(?:owner-|n=)(\\d+)$"_s);
    qint64 highest = 0;
    for (const ItemRecord &item : items) {
        for (const QString &text : {item.owner, item.note}) {
            const auto match = counter.match(text);
            if (match.hasMatch())
                highest = std::max(highest, match.captured(1).toLongLong());
        }
    }
    return highest;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return fail(u"usage: store_crash_writer DB ASSESSMENT SEED [MAX_EDITS]"_s);
    const quint32 seed = args.at(3).toUInt();
    const qint64 maxEdits = args.size() > 4 ? args.at(4).toLongLong() : 1000000;

    auto db = Database::open(args.at(1), Database::Mode::ExistingOnly);
    if (!db)
        return fail(db.errorMessage());
    AssessmentStore store(**db, SystemClock::instance());
    auto assessment = store.findAssessment(args.at(2));
    if (!assessment)
        return fail(assessment.errorMessage());
    auto loaded = store.items(assessment->id);
    if (!loaded || loaded->isEmpty())
        return fail(loaded ? u"the assessment has no items"_s : loaded.errorMessage());
    QList<ItemRecord> items = *loaded;

    QRandomGenerator random(seed);
    qint64 counter = highestCounter(items);
    std::printf("ready %lld\n", static_cast<long long>(counter));
    std::fflush(stdout);
    for (qint64 edits = 0; edits < maxEdits; ++edits) {
        ++counter;
        ItemRecord &item = items[random.bounded(int(items.size()))];
        ItemEdit edit;
        QString field;
        QString value;
        switch (random.bounded(3)) {
        case 0:
            edit.status = ItemStatus((int(item.status) + 1) % ItemStatusCount);
            field = u"status"_s;
            value = itemStatusKey(*edit.status);
            break;
        case 1:
            edit.owner = value = u"owner-%1"_s.arg(counter);
            field = u"owner"_s;
            break;
        default:
            edit.note = value = u"n=%1"_s.arg(counter);
            field = u"note"_s;
            break;
        }
        auto updated = store.updateItem(item.id, edit, u"crash-writer"_s);
        if (!updated)
            return fail(updated.errorMessage());
        item = *updated;
        std::printf("committed %lld %s %s\n",
                    static_cast<long long>(item.id),
                    qPrintable(field),
                    qPrintable(value));
        std::fflush(stdout);
    }
    return 0;
}
