#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include "ReportExporter.h"
#include "SnapshotBuilder.h"

namespace greenlight {

class Clock;

// One approval-pack export off the GUI thread: opens its own connection on the store, reads
// the snapshot, renders and writes the file atomically, reporting progress (0-100) and
// honouring cancel(). finished() comes once per start(), on the job's thread.
class ReportExportJob : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString databasePath;
        qint64 assessmentId = 0;
        ExportRequest format;
        QString outputPath;
        SnapshotOptions options;
    };

    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        QString message; // the error, or the verdict line of the written pack
    };

    explicit ReportExportJob(const Clock &clock, QObject *parent = nullptr);
    ~ReportExportJob() override; // cancels and waits: the worker must not outlive the clock

    void start(const Request &request); // ignored while running
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

    // The whole export on the calling thread (the worker's body; tests call it directly).
    static Outcome run(const Request &request,
                       const Clock &clock,
                       const ReportExporter::Progress &progress);

signals:
    void progressChanged(int percent);
    void finished(const greenlight::ReportExportJob::Outcome &outcome);

private:
    const Clock &m_clock;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace greenlight
