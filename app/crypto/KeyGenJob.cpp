#include "crypto/KeyGenJob.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>

namespace bmp::crypto {

namespace {
// Enough for a busy indicator, without flooding the receiver's event queue with thousands of callbacks.
constexpr qint64 kProgressIntervalMs = 40;
} // namespace

KeyGenJob::KeyGenJob(QObject* parent)
    : QObject(parent) {
    qRegisterMetaType<bmp::Result<bmp::crypto::KeyPair>>();
}

KeyGenJob::~KeyGenJob() {
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

bool KeyGenJob::start(int bits) {
    if (m_thread)
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    QPointer<KeyGenJob> self(this);
    m_thread = QThread::create([this, self, cancel, bits] {
        QElapsedTimer sinceLast;
        sinceLast.start();
        bool first = true;
        auto progressCallback = [&](int step) {
            if (cancel->load())
                return false;
            if (first || sinceLast.elapsed() >= kProgressIntervalMs) {
                first = false;
                sinceLast.restart();
                // Emitted from the worker; receivers in other threads get it queued. The destructor joins
                // this thread, so `this` outlives the emission.
                emit progress(step);
            }
            return true;
        };
        Result<KeyPair> result = KeyPair::generate(bits, progressCallback);
        if (cancel->load() && result.ok())
            result = makeError(KeyPair::tr("Key generation was cancelled."));
        // Delivered in the job's thread; dropped by Qt if the job is gone by then.
        QMetaObject::invokeMethod(
            self.data(),
            [self, result] {
                if (self)
                    self->complete(result);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("bmp-keygen"));
    m_thread->start();
    return true;
}

void KeyGenJob::cancel() {
    if (m_cancel)
        m_cancel->store(true);
}

void KeyGenJob::complete(const Result<KeyPair>& result) {
    if (m_thread) {
        m_thread->wait(); // the worker has posted its last event and is returning
        delete m_thread;
        m_thread = nullptr;
    }
    emit finished(result);
}

} // namespace bmp::crypto
