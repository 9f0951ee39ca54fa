#include "net/RateLimiter.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>

#include <cmath>

namespace bmp::net {

namespace {

qint64 steadyNow() {
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

} // namespace

RateLimiter::RateLimiter(double requestsPerSecond, Clock clock)
    : m_rate(requestsPerSecond)
    , m_clock(clock ? std::move(clock) : Clock(steadyNow)) {}

void RateLimiter::setRate(double requestsPerSecond) {
    m_rate = requestsPerSecond;
}

qint64 RateLimiter::intervalMs() const {
    if (m_rate <= 0)
        return 0;
    return static_cast<qint64>(std::ceil(1000.0 / m_rate)) + kGuardMs;
}

qint64 RateLimiter::reserve() {
    const qint64 now = m_clock();
    const qint64 slot = qMax(now, m_nextFree);
    m_nextFree = slot + intervalMs();
    return slot - now;
}

void RateLimiter::holdOff(qint64 delayMs) {
    m_nextFree = qMax(m_nextFree, m_clock() + delayMs);
}

qint64 RateLimiter::waitBeforeSend() const {
    if (m_rate <= 0)
        return 0;
    const qint64 now = m_clock();
    const qint64 afterSend = m_lastSent + intervalMs() - now;
    if (!m_lastAnswerIn && now - m_lastSent < kMaxAnswerWaitMs)
        return qMax(afterSend, kAnswerRecheckMs);
    const qint64 afterAnswer = m_lastAnswerIn ? m_lastAnswered + intervalMs() - now : 0;
    return qMax<qint64>(0, qMax(afterSend, afterAnswer));
}

quint64 RateLimiter::markSent() {
    m_lastSent = m_clock();
    m_lastAnswerIn = false;
    return ++m_lastTicket;
}

void RateLimiter::markAnswered(quint64 ticket) {
    // Only the latest request holds the next one back; an older one answering late changes nothing.
    if (ticket != m_lastTicket || m_lastAnswerIn)
        return;
    m_lastAnswered = m_clock();
    m_lastAnswerIn = true;
}

std::shared_ptr<RateLimiter> RateLimiter::forEnvironment(const QString& key, double requestsPerSecond) {
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<RateLimiter>> limiters;
    const QMutexLocker lock(&mutex);
    auto it = limiters.find(key);
    if (it == limiters.end())
        it = limiters.insert(key, std::make_shared<RateLimiter>(requestsPerSecond));
    else
        (*it)->setRate(requestsPerSecond);
    return *it;
}

} // namespace bmp::net
