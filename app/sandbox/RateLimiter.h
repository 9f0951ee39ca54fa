#pragma once

#include <QHash>
#include <QString>

namespace bmp::sandbox {

// Per-client rate limit as a GCRA (virtual scheduling): each accepted request books the next slot one
// interval later; a request may come at most `toleranceMs` before its slot. Refused requests book nothing,
// so a client that backs off for Retry-After always gets through. No timers: the caller passes the time.
class RateLimiter {
public:
    struct Decision {
        bool allowed = true;
        qint64 retryAfterMs = 0; // when refused: how long until the request would pass
    };

    void setRate(double requestsPerSecond, qint64 toleranceMs);
    bool enabled() const { return m_intervalMs > 0; }
    double rate() const { return m_rps; }
    Decision check(const QString& key, qint64 nowMs);
    void reset() { m_nextSlot.clear(); }

private:
    double m_rps = 0;
    qint64 m_intervalMs = 0;
    qint64 m_toleranceMs = 0;
    QHash<QString, qint64> m_nextSlot; // theoretical arrival time of the next request, per key
};

} // namespace bmp::sandbox
