#pragma once

#include "core/Result.h"
#include "report/ReportData.h"
#include "report/SignoffReport.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace bmp::report {

// Renders and writes the signoff report on a worker thread so the window stays responsive; reports progress per
// page and can be cancelled (then nothing is written). Signals arrive on the job's own thread.
class SignoffReportJob : public QObject {
    Q_OBJECT
public:
    explicit SignoffReportJob(QObject* parent = nullptr);
    ~SignoffReportJob() override; // cancels a running export and waits for the worker

    // The data was read from the project beforehand (ReportData::fromProject, on the project's thread).
    // False, and nothing started, when an export is already running.
    // overwrite: Allow only when the user confirmed replacing an existing file (the save dialog asked).
    bool start(ReportData data, const QString& path, const QString& language,
               OutputFile::Overwrite overwrite = OutputFile::Overwrite::Refuse);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void progress(int page, int pages);
    void finished(const bmp::Result<bmp::report::RenderedReport>& result);

private:
    void complete(const Result<RenderedReport>& result);

    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace bmp::report

Q_DECLARE_METATYPE(bmp::Result<bmp::report::RenderedReport>)
