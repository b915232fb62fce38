#include "InterruptGuard.h"

#include <csignal>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

namespace greenlight {
namespace {

// A lock-free atomic is the one kind of shared state a signal handler may touch.
std::atomic_bool g_interrupted{false};
static_assert(std::atomic_bool::is_always_lock_free);

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}

} // namespace

#ifdef Q_OS_UNIX
struct InterruptGuard::Previous
{
    struct sigaction action = {};
};

InterruptGuard::InterruptGuard()
    : m_previous(new Previous)
{
    g_interrupted.store(false);
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND;
    sigaction(SIGINT, &action, &m_previous->action);
}

InterruptGuard::~InterruptGuard()
{
    sigaction(SIGINT, &m_previous->action, nullptr);
    delete m_previous;
}
#else
InterruptGuard::InterruptGuard()
{
    g_interrupted.store(false);
    m_previous = std::signal(SIGINT, onInterrupt);
}

InterruptGuard::~InterruptGuard()
{
    std::signal(SIGINT, m_previous);
}
#endif

const std::atomic_bool &InterruptGuard::cancelFlag()
{
    return g_interrupted;
}

} // namespace greenlight
