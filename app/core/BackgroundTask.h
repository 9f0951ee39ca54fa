#pragma once

#include <QObject>

#include <functional>

class QThread;

namespace bmp {

// Runs one CPU-bound function (PBKDF2 key encryption, decryption) on a worker thread so the GUI never stalls,
// then emits done() on the thread that started it. The work must not touch QObjects or the project database:
// it computes, the done() handler stores. The object deletes itself after done() unless told otherwise.
//
//   auto result = std::make_shared<Result<KeyPair>>(makeError({}));
//   auto* task = BackgroundTask::run(this, [=] { *result = KeyVault::open(pem, passphrase); });
//   connect(task, &BackgroundTask::done, this, [=] { use(*result); });
class BackgroundTask : public QObject {
    Q_OBJECT
public:
    // parent: the task dies with it (its destructor waits for the function to return).
    static BackgroundTask* run(QObject* parent, std::function<void()> work);
    ~BackgroundTask() override;

    bool isRunning() const;

signals:
    void done();

private:
    explicit BackgroundTask(QObject* parent);
    QThread* m_thread = nullptr;
};

} // namespace bmp
