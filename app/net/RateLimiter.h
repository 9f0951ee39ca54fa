#pragma once

#include <QString>

#include <functional>
#include <limits>
#include <memory>

namespace bmp::net {

// Client-side pacing: hands out send slots at most `rate` per second, exactly spaced (plus a small guard
// so that network jitter never makes two requests arrive closer than the limit). One limiter per
// environment is shared by every worker of that environment.
class RateLimiter {
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    explicit RateLimiter(double requestsPerSecond, Clock clock = {});

    double rate() const { return m_rate; }
    void setRate(double requestsPerSecond); // <= 0 means unlimited
    qint64 intervalMs() const;

    // Reserves the next slot: returns how long to wait (ms) before sending; 0 means now.
    qint64 reserve();
    // When the server says "retry after", nobody of this environment sends before now + delay.
    void holdOff(qint64 delayMs);
    // Checked right before a request leaves: how much longer it must wait so that it leaves at least one interval
    // after the previous request actually left. Reserved slots are planned times; a send that went out late (a busy
    // event loop, a slow request body such as a signed assertion) pushes the next one back instead of squeezing
    // the gap the server sees. 0: go now, then call markSent() as the bytes leave.
    qint64 waitBeforeSend() const;
    void markSent();
    qint64 now() const { return m_clock(); }

    static constexpr qint64 kGuardMs = 8;

    // The limiter shared by every worker of an environment (created on first use with the given rate).
    static std::shared_ptr<RateLimiter> forEnvironment(const QString& key, double requestsPerSecond);

private:
    double m_rate;
    Clock m_clock;
    qint64 m_nextFree = 0;
    qint64 m_lastSent = std::numeric_limits<qint64>::min() / 2;
};

} // namespace bmp::net
