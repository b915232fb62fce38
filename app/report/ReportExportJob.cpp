#include "ReportExportJob.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include "ReportText.h"
#include "store/Database.h"

namespace greenlight {

ReportExportJob::ReportExportJob(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    connect(&m_watcher,
            &QFutureWatcherBase::progressValueChanged,
            this,
            &ReportExportJob::progressChanged);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const QFuture<Outcome> future = m_watcher.future();
        Outcome outcome;
        if (future.isValid() && future.resultCount() > 0)
            outcome = future.result();
        else
            outcome = {false,
                       true,
                       QCoreApplication::translate("ReportExportJob", "export cancelled")};
        emit finished(outcome);
    });
}

ReportExportJob::~ReportExportJob()
{
    cancel();
    m_watcher.waitForFinished();
}

void ReportExportJob::start(const Request &request)
{
    if (isRunning())
        return;
    const Clock &clock = m_clock;
    m_watcher.setFuture(QtConcurrent::run([request, &clock](QPromise<Outcome> &promise) {
        promise.setProgressRange(0, 100);
        const auto progress = [&promise](int percent) {
            promise.setProgressValue(percent);
            return !promise.isCanceled();
        };
        promise.addResult(run(request, clock, progress));
    }));
}

void ReportExportJob::cancel()
{
    m_watcher.cancel();
}

ReportExportJob::Outcome ReportExportJob::run(const Request &request,
                                              const Clock &clock,
                                              const ReportExporter::Progress &progress)
{
    const auto failed = [](const QString &message) {
        return Outcome{false, false, message};
    };
    auto database = Database::open(request.databasePath, Database::Mode::ExistingOnly);
    if (!database)
        return failed(database.errorMessage());
    if (progress && !progress(2))
        return {false, true, ReportExporter::tr("export cancelled")};
    auto snapshot
            = SnapshotBuilder::build(**database, clock, request.assessmentId, request.options);
    if (!snapshot)
        return failed(snapshot.errorMessage());
    // Reading is quick next to rendering: the render reports its own 0-100 on top of 10%.
    const auto scaled = [&progress](int percent) {
        return !progress || progress(10 + percent * 90 / 100);
    };
    if (auto written = ReportExporter::write(*snapshot, request.format, request.outputPath, scaled);
        !written) {
        return {false, written.error().code == Error::Code::Cancelled, written.errorMessage()};
    }
    return {true, false, ReportText::verdictLine(snapshot->verdict)};
}

} // namespace greenlight
