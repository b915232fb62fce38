#include "BackgroundThreadPriority.h"

#include <cerrno>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace greenlight {

namespace {

// How far below normal: enough that the GUI thread wins every contended time slice, not so
// much that a busy desktop starves the scan.
constexpr int NiceIncrement = 10;

id_t currentThreadId()
{
    return id_t(::syscall(SYS_gettid));
}

} // namespace

BackgroundThreadPriority::BackgroundThreadPriority(bool enabled)
{
    if (!enabled)
        return;
    errno = 0;
    const int current = ::getpriority(PRIO_PROCESS, currentThreadId());
    if (current == -1 && errno != 0)
        return;
    // Failing is harmless: the scan just runs at normal priority.
    if (::setpriority(PRIO_PROCESS, currentThreadId(), current + NiceIncrement) == 0) {
        m_previous = current;
        m_changed = true;
    }
}

BackgroundThreadPriority::~BackgroundThreadPriority()
{
    // Raising priority back needs privilege beyond RLIMIT_NICE, so this may fail; callers use
    // threads that end soon after, so at worst a dying thread stays "nice".
    if (m_changed)
        ::setpriority(PRIO_PROCESS, currentThreadId(), m_previous);
}

} // namespace greenlight
