#include "ProgressThrottle.h"

namespace greenlight {

ProgressThrottle::ProgressThrottle(std::chrono::milliseconds interval)
    : m_intervalMs(interval.count())
    , m_nextMs(interval.count())
{
    m_timer.start();
}

bool ProgressThrottle::tryAcquire()
{
    const qint64 now = m_timer.elapsed();
    qint64 next = m_nextMs.load(std::memory_order_relaxed);
    if (now < next)
        return false;
    return m_nextMs.compare_exchange_strong(next, now + m_intervalMs, std::memory_order_relaxed);
}

} // namespace greenlight
