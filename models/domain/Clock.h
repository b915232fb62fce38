#pragma once

#include <QDateTime>

namespace greenlight {

// Time is injected (KeePassXC's core/Clock) so audit timestamps, due dates and expiries
// can be tested with a MockClock (tests/support).
class Clock
{
public:
    virtual ~Clock() = default;
    // Always UTC, millisecond precision.
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
    static const SystemClock &instance();
};

} // namespace greenlight
