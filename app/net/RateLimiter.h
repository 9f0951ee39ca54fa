#pragma once

#include <QString>

#include <functional>
#include <limits>
#include <memory>

namespace bmp::net {

// Client-side pacing: hands out send slots at most `rate` per second. A server measures the gap between two
// requests' arrivals, which the client cannot see; what it knows is that request N arrived before its answer did
// and request N+1 arrives after it leaves. So the next request leaves one interval after the previous one's answer
// came back (and never sooner than one interval after it left): every gap the server sees is at least one
// interval, whatever the network's or the machine's jitter, at the cost of one round trip per request. One
// limiter per environment is shared by every worker of that environment.
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
    // after the previous request actually left and one interval after that request's answer arrived. While the
    // previous request has no answer yet, the wait is a short re-check (kAnswerRecheckMs). Reserved slots are
    // planned times; a late send (a busy event loop, a slow body such as a signed assertion) pushes the next one
    // back instead of squeezing the gap. 0: go now, then call markSent() as the bytes leave.
    qint64 waitBeforeSend() const;
    // The request leaves now; returns its ticket for markAnswered().
    quint64 markSent();
    // The request's answer (or its failure, or its cancellation) arrived now.
    void markAnswered(quint64 ticket);
    qint64 now() const { return m_clock(); }

    // Milliseconds of margin for the clocks' millisecond rounding on both sides.
    static constexpr qint64 kGuardMs = 2;
    static constexpr qint64 kAnswerRecheckMs = 20;
    // A request unanswered for this long no longer holds the others back (its answer is lost to us anyway).
    static constexpr qint64 kMaxAnswerWaitMs = 120000;

    // The limiter shared by every worker of an environment (created on first use with the given rate).
    static std::shared_ptr<RateLimiter> forEnvironment(const QString& key, double requestsPerSecond);

private:
    double m_rate;
    Clock m_clock;
    qint64 m_nextFree = 0;
    qint64 m_lastSent = std::numeric_limits<qint64>::min() / 2;
    qint64 m_lastAnswered = std::numeric_limits<qint64>::min() / 2;
    quint64 m_lastTicket = 0;
    bool m_lastAnswerIn = true;
};

} // namespace bmp::net
