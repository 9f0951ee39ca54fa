#include "sandbox/RateLimiter.h"

#include <cmath>

namespace bmp::sandbox {

void RateLimiter::setRate(double requestsPerSecond, qint64 toleranceMs) {
    m_rps = requestsPerSecond > 0 ? requestsPerSecond : 0;
    m_intervalMs = m_rps > 0 ? std::max<qint64>(1, std::llround(1000.0 / m_rps)) : 0;
    m_toleranceMs = std::max<qint64>(0, toleranceMs);
    m_nextSlot.clear();
}

RateLimiter::Decision RateLimiter::check(const QString& key, qint64 nowMs) {
    if (!enabled())
        return {};
    auto it = m_nextSlot.find(key);
    const qint64 slot = it == m_nextSlot.end() ? nowMs : std::max(*it, nowMs);
    if (slot - nowMs > m_toleranceMs)
        return Decision{false, slot - m_toleranceMs - nowMs};
    if (it == m_nextSlot.end())
        m_nextSlot.insert(key, slot + m_intervalMs);
    else
        *it = slot + m_intervalMs;
    return {};
}

} // namespace bmp::sandbox
