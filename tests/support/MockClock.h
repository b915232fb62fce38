#pragma once

#include <utility>

#include <QTimeZone>

#include "domain/Clock.h"

namespace greenlight::test {

// A settable clock (KeePassXC's MockClock): starts at a fixed instant, moves only when told.
class MockClock final : public Clock
{
public:
    explicit MockClock(QDateTime start = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    {}

    QDateTime now() const override { return m_now; }
    void set(const QDateTime &time) { m_now = time.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceDays(qint64 days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace greenlight::test
