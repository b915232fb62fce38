#pragma once

#include <atomic>

#include <QtGlobal>

namespace greenlight {

// While alive, Ctrl+C (SIGINT) sets cancelFlag() instead of killing the process, so a
// long-running command can stop cleanly: no half-written report, nothing half-recorded.
// A second Ctrl+C kills as usual (the handler resets itself). One guard at a time.
class InterruptGuard
{
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

    // Lock-free, so the signal handler may set it; false again for every new guard.
    static const std::atomic_bool &cancelFlag();

private:
#ifdef Q_OS_UNIX
    struct Previous;
    Previous *m_previous = nullptr;
#else
    void (*m_previous)(int) = nullptr;
#endif
};

} // namespace greenlight
