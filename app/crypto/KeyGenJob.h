#pragma once

#include "core/Result.h"
#include "crypto/KeyPair.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace bmp::crypto {

// Generates an RSA key on a worker thread so the GUI stays responsive (RSA keygen takes from tens of ms to
// seconds). One generation at a time per job; signals arrive on the job's own thread.
class KeyGenJob : public QObject {
    Q_OBJECT
public:
    explicit KeyGenJob(QObject* parent = nullptr);
    ~KeyGenJob() override; // cancels a running generation and waits for the worker to stop

    // False (and nothing started) if a generation is already running.
    bool start(int bits);
    // Asks the running generation to stop; finished() then carries the "cancelled" error. No-op when idle.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void progress(int step); // a heartbeat, throttled; step counts OpenSSL's keygen callbacks
    void finished(const bmp::Result<bmp::crypto::KeyPair>& result);

private:
    void complete(const Result<KeyPair>& result);

    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace bmp::crypto

Q_DECLARE_METATYPE(bmp::Result<bmp::crypto::KeyPair>)
