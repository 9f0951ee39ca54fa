#pragma once

#include <QGroupBox>
#include <QUrl>

#include <functional>

class QCheckBox;
class QComboBox;
class QProgressBar;
class QPushButton;

namespace bmp {
class Project;
namespace report {
class SignoffReportJob;
}
} // namespace bmp

namespace bmp::ui {

class InlineMessage;

// "Export signoff report…": asks where to save, reads the project, renders the PDF on a worker (progress, Cancel;
// the window stays responsive), then says where it went and optionally opens it.
class ReportExportPanel : public QGroupBox {
    Q_OBJECT
public:
    ReportExportPanel(Project& project, const QString& title, QWidget* parent = nullptr);
    ~ReportExportPanel() override;

    // Test seams: the file dialog (gets the suggested path, returns the chosen one or empty for Cancel) and what
    // "open when done" does with the file.
    void setSaveFileProvider(std::function<QString(const QString& suggested)> provider) {
        m_saveFileProvider = std::move(provider);
    }
    // Test seam: hands the PDF to the desktop; false when nothing could open it.
    void setOpenUrlHandler(std::function<bool(const QUrl&)> handler) { m_openUrl = std::move(handler); }

    bool isExporting() const;
    void startExport();

    // Where the save dialog starts: beside the project file, named after the partner and the day.
    QString suggestedPath() const;

signals:
    void exportFinished(bool ok);

private:
    void setBusy(bool busy);

    Project& m_project;
    QComboBox* m_languageCombo;
    QCheckBox* m_openWhenDone;
    QPushButton* m_exportButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_progress;
    InlineMessage* m_message;
    report::SignoffReportJob* m_job;
    QString m_target;
    std::function<QString(const QString&)> m_saveFileProvider;
    std::function<bool(const QUrl&)> m_openUrl;
};

} // namespace bmp::ui
