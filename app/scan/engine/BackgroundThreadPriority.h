#pragma once

namespace greenlight {

// Lowers the calling thread's scheduling priority (its nice value, which Linux keeps per
// thread) for its lifetime and restores it afterwards. A scan started from the GUI runs its
// walker and workers below the GUI thread, so on a machine with fewer cores than scan
// threads the event loop still gets the CPU the moment it needs it.
class BackgroundThreadPriority
{
public:
    explicit BackgroundThreadPriority(bool enabled);
    ~BackgroundThreadPriority();
    BackgroundThreadPriority(const BackgroundThreadPriority &) = delete;
    BackgroundThreadPriority &operator=(const BackgroundThreadPriority &) = delete;

private:
    bool m_changed = false;
    int m_previous = 0;
};

} // namespace greenlight
