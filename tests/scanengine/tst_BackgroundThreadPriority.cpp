#include <thread>

#include <QTest>

#include "scan/engine/BackgroundThreadPriority.h"
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace greenlight;

namespace {

int threadNice()
{
    return ::getpriority(PRIO_PROCESS, id_t(::syscall(SYS_gettid)));
}

} // namespace

class tst_BackgroundThreadPriority : public QObject
{
    Q_OBJECT

private slots:
    void lowersOnlyTheCallingThread();
    void disabledChangesNothing();
};

void tst_BackgroundThreadPriority::lowersOnlyTheCallingThread()
{
    const int mainBefore = threadNice();
    int before = 0;
    int during = 0;
    std::thread worker([&] {
        before = threadNice();
        const BackgroundThreadPriority priority(true);
        during = threadNice();
    });
    worker.join();
    QCOMPARE(during, std::min(before + 10, 19));
    QCOMPARE(threadNice(), mainBefore); // per thread: the test's own thread is untouched
}

void tst_BackgroundThreadPriority::disabledChangesNothing()
{
    int before = 0;
    int during = 0;
    std::thread worker([&] {
        before = threadNice();
        const BackgroundThreadPriority priority(false);
        during = threadNice();
    });
    worker.join();
    QCOMPARE(during, before);
}

QTEST_GUILESS_MAIN(tst_BackgroundThreadPriority)
#include "tst_BackgroundThreadPriority.moc"
