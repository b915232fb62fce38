#pragma once

#include <atomic>
#include <chrono>

#include <QElapsedTimer>

namespace greenlight {

// Lets through at most one progress report per interval from any number of threads, so a
// scan of 20,000 small files sends about ten updates a second, not 20,000.
class ProgressThrottle
{
public:
    explicit ProgressThrottle(std::chrono::milliseconds interval = std::chrono::milliseconds(100));

    // True for exactly one caller per interval. Cheap: one clock read, one atomic.
    bool tryAcquire();

private:
    QElapsedTimer m_timer;
    const qint64 m_intervalMs;
    std::atomic<qint64> m_nextMs;
};

} // namespace greenlight
