#include "DashboardLoader.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include "SnapshotBuilder.h"
#include "domain/Clock.h"
#include "domain/Identity.h"
#include "store/Database.h"
#include "store/WaiverStore.h"

namespace greenlight {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(greenlight::DashboardLoader)
};

} // namespace

DashboardData DashboardLoader::load(Database &database, const Clock &clock, qint64 assessmentId)
{
    QElapsedTimer timer;
    timer.start();
    DashboardData data;
    data.assessmentId = assessmentId;
    data.expiringWithinDays = ExpiringWithinDays;

    SnapshotOptions options;
    options.verifyAuditChain = false;
    options.preparedBy = currentActor();
    auto snapshot = SnapshotBuilder::build(database, clock, assessmentId, options);
    if (!snapshot) {
        data.error = snapshot.errorMessage();
        data.elapsedMs = timer.elapsed();
        return data;
    }
    data.snapshot = std::move(snapshot).value();

    const QDate today
            = data.snapshot.today.isValid() ? data.snapshot.today : clock.now().toUTC().date();
    const QDate created = data.snapshot.createdAt.toUTC().date();
    auto burnUp = BurnUpHistory::compute(
            database.connection(), assessmentId, created.isValid() ? created : today, today);
    if (burnUp)
        data.burnUp = std::move(burnUp).value();
    else
        data.error = Text::tr("Could not build the burn-up: %1").arg(burnUp.errorMessage());

    const WaiverStore waivers(database, clock);
    auto expiring = waivers.expiringWithin(assessmentId, ExpiringWithinDays);
    if (expiring)
        data.expiringSoon = std::move(expiring).value();
    else if (data.error.isEmpty())
        data.error = Text::tr("Could not read the waivers: %1").arg(expiring.errorMessage());

    data.elapsedMs = timer.elapsed();
    return data;
}

DashboardData DashboardLoader::load(const QString &databasePath,
                                    const Clock &clock,
                                    qint64 assessmentId)
{
    // A QSqlDatabase belongs to the thread that opened it: a worker opens its own.
    auto opened = Database::open(databasePath, Database::Mode::ExistingOnly);
    if (!opened) {
        DashboardData data;
        data.assessmentId = assessmentId;
        data.error = opened.errorMessage();
        return data;
    }
    return load(*opened.value(), clock, assessmentId);
}

Result<AssessmentComparison> DashboardLoader::compare(const QString &databasePath,
                                                      const Clock &clock,
                                                      qint64 baseId,
                                                      qint64 currentId)
{
    auto opened = Database::open(databasePath, Database::Mode::ExistingOnly);
    if (!opened)
        return opened.error();
    SnapshotOptions options;
    options.verifyAuditChain = false;
    options.preparedBy = currentActor();
    auto base = SnapshotBuilder::build(*opened.value(), clock, baseId, options);
    if (!base)
        return base.error();
    auto current = SnapshotBuilder::build(*opened.value(), clock, currentId, options);
    if (!current)
        return current.error();
    return AssessmentComparison::compare(base.value(), current.value());
}

} // namespace greenlight
