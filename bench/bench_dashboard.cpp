// The dashboard of a large assessment: 2,000 items and 100,000 audit events (issue #5's
// target: opens in under 300 ms). Builds such a store once (bulk SQL in one transaction for
// the audit trail; the store API for the assessment, waivers and a scan), then measures
//  - the worker's read (DashboardLoader: connection, snapshot, burn-up, waivers), median
//    of N runs, with its parts;
//  - on a real DashboardPage (offscreen): from the refresh request to the charts being
//    populated (the page's refreshed() signal, waited for on the event loop), and from page
//    creation to the first populated, painted frame.
//
//   bench_dashboard [--items N] [--events N] [--runs N] [--keep FILE]
//
// --keep writes the store to FILE (which must not exist) and leaves it there, to look at the
// query plans with sqlite3 or open it in the app.
#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include "domain/Clock.h"
#include "pages/DashboardPage.h"
#include "report/DashboardLoader.h"
#include "report/SnapshotBuilder.h"
#include "store/AssessmentStore.h"
#include "store/BurnUpHistory.h"
#include "store/Database.h"
#include "store/ScanStore.h"
#include "store/StoreCodec.h"
#include "store/WaiverStore.h"

using namespace Qt::StringLiterals;
using namespace greenlight;

namespace {

class BenchClock final : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }

private:
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

constexpr int HistoryDays = 60;

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

QList<ChecklistTemplate> templates(int items)
{
    // Four templates of ten sections: the size of a large programme's checklist.
    QList<ChecklistTemplate> list;
    const int perTemplate = std::max(1, items / 4);
    int made = 0;
    for (int t = 0; t < 4 && made < items; ++t) {
        ChecklistTemplate tmpl;
        tmpl.id = u"bench-%1"_s.arg(t);
        tmpl.title = u"Bench template %1"_s.arg(t);
        tmpl.version = u"1.0"_s;
        tmpl.signoffRoles = {
                {u"release-%1"_s.arg(t), u"Release owner %1"_s.arg(t), u"Ready to ship"_s, true}};
        for (int s = 0; s < 10; ++s) {
            TemplateSection section;
            section.id = u"s%1"_s.arg(s);
            section.title = u"Section %1.%2"_s.arg(t).arg(s);
            const int count = (t == 3) ? (items - made + 9 - s) / (10 - s) : perTemplate / 10;
            for (int i = 0; i < count && made < items; ++i, ++made) {
                TemplateItem item;
                item.id = u"B%1-%2-%3"_s.arg(t).arg(s).arg(i, 3, 10, QChar(u'0'));
                item.title = u"Bench item %1"_s.arg(made);
                item.severity = Severity(made % SeverityCount);
                section.items.append(item);
            }
            tmpl.sections.append(section);
        }
        list.append(tmpl);
    }
    return list;
}

bool fail(const QString &what)
{
    std::fprintf(stderr, "bench_dashboard: %s\n", qPrintable(what));
    return false;
}

// A random walk of statuses per item over HistoryDays, inserted in one transaction.
bool buildHistory(Database &db, qint64 assessmentId, int events, const QDateTime &created)
{
    const QSqlDatabase connection = db.connection();
    QList<qint64> items;
    {
        QSqlQuery select(connection);
        select.prepare(u"SELECT id FROM item WHERE assessment_id = ? ORDER BY position"_s);
        select.addBindValue(assessmentId);
        if (!select.exec())
            return fail(u"items"_s);
        while (select.next())
            items.append(select.value(0).toLongLong());
    }
    std::mt19937 random(42);
    const QStringList statuses = itemStatusKeys();
    QHash<qint64, QString> current;
    for (qint64 id : items)
        current.insert(id, itemStatusKey(ItemStatus::NotStarted));
    auto done = db.transaction(u"bench history"_s, [&]() -> Result<void> {
        QSqlQuery insert(connection);
        insert.prepare(u"INSERT INTO audit_event (assessment_id, item_id, occurred_at, actor,"
                       " action, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        const qint64 spanMs = qint64(HistoryDays) * 24 * 3600 * 1000;
        for (int e = 0; e < events; ++e) {
            const qint64 item = items.at(int(random() % items.size()));
            // Progress leans towards done as the weeks pass, as real assessments do.
            const double progress = double(e) / events;
            QString next = statuses.at(int(random() % statuses.size()));
            if (double(random() % 1000) / 1000.0 < progress)
                next = itemStatusKey((random() % 3) ? ItemStatus::Passed
                                                    : ItemStatus::NotApplicable);
            if (next == current.value(item))
                next = itemStatusKey(ItemStatus::InProgress);
            const QDateTime at = created.addMSecs(spanMs * e / events + 1);
            insert.addBindValue(assessmentId);
            insert.addBindValue(item);
            insert.addBindValue(StoreCodec::timestampText(at));
            insert.addBindValue(u"bench"_s);
            insert.addBindValue(u"item.updated"_s);
            insert.addBindValue(u"status"_s);
            insert.addBindValue(current.value(item));
            insert.addBindValue(next);
            if (!insert.exec())
                return Error::make(Error::Code::Database, insert.lastError().text());
            current.insert(item, next);
        }
        QSqlQuery update(connection);
        update.prepare(u"UPDATE item SET status = ? WHERE id = ?"_s);
        for (auto it = current.cbegin(); it != current.cend(); ++it) {
            update.addBindValue(it.value());
            update.addBindValue(it.key());
            if (!update.exec())
                return Error::make(Error::Code::Database, update.lastError().text());
        }
        return {};
    });
    return done ? true : fail(done.errorMessage());
}

bool addWaiversAndScan(Database &db, const Clock &clock, qint64 assessmentId)
{
    AssessmentStore store(db, clock);
    auto items = store.items(assessmentId);
    if (!items)
        return fail(items.errorMessage());
    WaiverStore waivers(db, clock);
    int waived = 0;
    for (const ItemRecord &item : items.value()) {
        if (item.status != ItemStatus::Failed || waived >= 40)
            continue;
        NewWaiver waiver{u"bench"_s, u"CISO"_s, clock.now().date().addDays(3 + waived), {}};
        if (auto made = waivers.waive(item.id, waiver, u"bench"_s); !made)
            return fail(made.errorMessage());
        ++waived;
    }
    QList<Finding> findings;
    for (int i = 0; i < 300; ++i) {
        Finding f;
        f.ruleId = u"bench.rule-%1"_s.arg(i % 12);
        f.severity = Severity(i % SeverityCount);
        f.title = u"Bench finding"_s;
        f.message = u"occurrence %1"_s.arg(i);
        f.location = {u"src/file%1.cpp"_s.arg(i), i + 1, 1, i + 1, 20};
        f.itemKeys = {items->at(i * 5 % items->size()).key};
        f.fingerprint = u"bench-%1"_s.arg(i);
        findings.append(f);
    }
    ScanMetadata metadata;
    metadata.root = u"/srv/bench"_s;
    metadata.startedAt = clock.now();
    metadata.finishedAt = clock.now();
    metadata.filesScanned = 5000;
    for (int r = 0; r < 12; ++r)
        metadata.rulesRun.append(u"bench.rule-%1"_s.arg(r));
    ScanStore scans(db, clock);
    auto recorded = scans.recordScan(assessmentId, metadata, findings, u"bench"_s);
    return recorded ? true : fail(recorded.errorMessage());
}

template<typename F>
double timeMs(F &&f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int itemCount = 2000;
    int eventCount = 100000;
    int runs = 5;
    QString keep;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == "--items"_L1)
            itemCount = args.at(i + 1).toInt();
        else if (args.at(i) == "--events"_L1)
            eventCount = args.at(i + 1).toInt();
        else if (args.at(i) == "--runs"_L1)
            runs = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == "--keep"_L1)
            keep = args.at(i + 1);
    }

    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(u"bench.sqlite"_s) : keep;
    BenchClock clock;
    const QDateTime today = QDateTime::currentDateTimeUtc();
    clock.set(today.addDays(-HistoryDays));
    qint64 assessmentId = 0;
    QElapsedTimer setup;
    setup.start();
    {
        auto opened = Database::open(path);
        if (!opened) {
            fail(opened.errorMessage());
            return 1;
        }
        AssessmentStore store(*opened.value(), clock);
        auto created = store.createAssessment(
                {u"Bench"_s, u"Bench system"_s, u"1.0"_s, {}, templates(itemCount)}, u"bench"_s);
        if (!created) {
            fail(created.errorMessage());
            return 1;
        }
        assessmentId = created.value();
        if (!buildHistory(*opened.value(), assessmentId, eventCount, clock.now()))
            return 1;
        clock.set(today);
        if (!addWaiversAndScan(*opened.value(), clock, assessmentId))
            return 1;
    }
    std::printf("store: %d items, %d audit events over %d days, built in %.0f ms\n",
                itemCount,
                eventCount,
                HistoryDays,
                double(setup.elapsed()));

    // The worker's read, whole and in parts.
    std::vector<double> whole;
    std::vector<double> opening;
    std::vector<double> snapshot;
    std::vector<double> burnUp;
    DashboardData last;
    for (int run = 0; run < runs; ++run) {
        whole.push_back(timeMs([&] { last = DashboardLoader::load(path, clock, assessmentId); }));
        if (!last.ok()) {
            fail(last.error);
            return 1;
        }
        std::unique_ptr<Database> db;
        opening.push_back(
                timeMs([&] { db = Database::open(path, Database::Mode::ExistingOnly).value(); }));
        SnapshotOptions options;
        options.verifyAuditChain = false;
        snapshot.push_back(
                timeMs([&] { (void)SnapshotBuilder::build(*db, clock, assessmentId, options); }));
        burnUp.push_back(timeMs([&] {
            (void)BurnUpHistory::compute(db->connection(),
                                         assessmentId,
                                         today.date().addDays(-HistoryDays),
                                         today.date());
        }));
    }
    std::printf("worker read (DashboardLoader::load by path), median of %d: %.1f ms\n"
                "  of which: open the connection %.1f ms, snapshot %.1f ms, burn-up %.1f ms\n"
                "  (%lld items, %lld findings, %lld burn-up points, %lld expiring waivers)\n",
                runs,
                median(whole),
                median(opening),
                median(snapshot),
                median(burnUp),
                qint64(last.snapshot.items.size()),
                qint64(last.snapshot.findings.size()),
                qint64(last.burnUp.size()),
                qint64(last.expiringSoon.size()));

    // The page: creation to first painted frame, then refresh requests.
    QElapsedTimer firstFrame;
    firstFrame.start();
    DashboardPage page(path, clock);
    page.resize(1130, 760);
    page.show();
    const double constructed = double(firstFrame.nsecsElapsed()) / 1e6;
    QEventLoop loop;
    QObject::connect(&page, &DashboardPage::refreshed, &loop, &QEventLoop::quit);
    page.loadAssessment(assessmentId);
    loop.exec();
    const double populated = double(firstFrame.nsecsElapsed()) / 1e6;
    (void)page.grab(); // paints every chart once
    const double created = double(firstFrame.nsecsElapsed()) / 1e6;

    std::vector<double> refreshes;
    std::vector<double> drawn;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        page.refresh();
        loop.exec();
        refreshes.push_back(double(timer.nsecsElapsed()) / 1e6);
        (void)page.grab();
        drawn.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("page: creation to first painted frame %.1f ms (widgets built %.1f ms, charts"
                " populated %.1f ms)\n"
                "page: refresh request to charts populated, median of %d: %.1f ms"
                " (painted: %.1f ms)\n",
                created,
                constructed,
                populated,
                runs,
                median(refreshes),
                median(drawn));
    const bool met = median(drawn) < 300 && created < 300;
    std::printf("target (< 300 ms to open): %s\n", met ? "met" : "NOT met");
    return 0;
}
