#include "core/BackgroundTask.h"

#include <QPointer>
#include <QThread>

namespace bmp {

BackgroundTask::BackgroundTask(QObject* parent)
    : QObject(parent) {}

BackgroundTask::~BackgroundTask() {
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool BackgroundTask::isRunning() const {
    return m_thread && m_thread->isRunning();
}

BackgroundTask* BackgroundTask::run(QObject* parent, std::function<void()> work) {
    auto* task = new BackgroundTask(parent);
    QPointer<BackgroundTask> self(task);
    task->m_thread = QThread::create([self, work = std::move(work)] {
        work();
        // Queued to the task's thread; dropped when the task is gone (its destructor joins this thread first).
        QMetaObject::invokeMethod(
            self.data(),
            [self] {
                if (!self)
                    return;
                self->m_thread->wait();
                delete self->m_thread;
                self->m_thread = nullptr;
                emit self->done();
                self->deleteLater();
            },
            Qt::QueuedConnection);
    });
    task->m_thread->setObjectName(QStringLiteral("bmp-background"));
    task->m_thread->start();
    return task;
}

} // namespace bmp
