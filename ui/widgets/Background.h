#pragma once

#include <QObject>
#include <QThread>

#include <memory>
#include <optional>
#include <type_traits>

namespace bmp::ui {

// Runs work() on a short-lived thread and done(result) back on context's thread — for the few slow, pure
// computations a page triggers (a passphrase's key derivation). done() is skipped when context is gone by then.
template <typename Work, typename Done> void runInBackground(QObject* context, Work work, Done done) {
    using T = std::invoke_result_t<Work>;
    auto result = std::make_shared<std::optional<T>>();
    QThread* thread = QThread::create([work = std::move(work), result]() mutable { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    QObject::connect(thread, &QThread::finished, context,
                     [result, done = std::move(done)]() mutable { done(std::move(**result)); });
    thread->start();
}

} // namespace bmp::ui
