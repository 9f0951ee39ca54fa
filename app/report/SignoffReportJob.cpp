#include "report/SignoffReportJob.h"

#include "report/ReportFonts.h"

#include <QPointer>
#include <QThread>

namespace bmp::report {

SignoffReportJob::SignoffReportJob(QObject* parent)
    : QObject(parent) {
    qRegisterMetaType<bmp::Result<bmp::report::RenderedReport>>();
}

SignoffReportJob::~SignoffReportJob() {
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

bool SignoffReportJob::start(ReportData data, const QString& path, const QString& language,
                             OutputFile::Overwrite overwrite) {
    if (m_thread)
        return false;
    // Fonts are registered here, on the caller's (GUI) thread, before any worker uses them.
    (void)reportFontFamily();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    QPointer<SignoffReportJob> self(this);
    m_thread = QThread::create([this, self, cancel, data = std::move(data), path, language, overwrite] {
        const auto onPage = [&](int page, int pages) {
            if (cancel->load())
                return false;
            emit progress(page, pages); // queued to the job's thread; the destructor joins this thread first
            return true;
        };
        // A cancel that arrives after the last page is too late: the file is written and reported as such.
        const Result<RenderedReport> result = SignoffReport::write(data, path, language, onPage, overwrite);
        QMetaObject::invokeMethod(
            this,
            [self, result] {
                if (self)
                    self->complete(result);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("bmp-signoff-report"));
    m_thread->start();
    return true;
}

void SignoffReportJob::cancel() {
    if (m_cancel)
        m_cancel->store(true);
}

void SignoffReportJob::complete(const Result<RenderedReport>& result) {
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    emit finished(result);
}

} // namespace bmp::report
