#include "widgets/ReportExportPanel.h"

#include "domain/Project.h"
#include "report/ReportData.h"
#include "report/SignoffReportJob.h"
#include "widgets/InlineMessage.h"
#include "widgets/Prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace bmp::ui {

namespace {
const QString kLanguageSetting = QStringLiteral("ui.report_language");
}

ReportExportPanel::ReportExportPanel(Project& project, const QString& title, QWidget* parent)
    : QGroupBox(title, parent)
    , m_project(project)
    , m_languageCombo(new QComboBox(this))
    , m_openWhenDone(new QCheckBox(tr("Open the PDF &when it is ready"), this))
    , m_exportButton(new QPushButton(tr("&Export signoff report…"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_message(new InlineMessage(this))
    , m_job(new report::SignoffReportJob(this)) {
    setObjectName(QStringLiteral("reportGroup"));
    m_languageCombo->setObjectName(QStringLiteral("reportLanguageCombo"));
    m_languageCombo->addItem(tr("English"), QStringLiteral("en"));
    m_languageCombo->addItem(tr("Portuguese (Brazil)"), QStringLiteral("pt_BR"));
    const QString uiLanguage =
        QLocale().language() == QLocale::Portuguese ? QStringLiteral("pt_BR") : QStringLiteral("en");
    m_languageCombo->setCurrentIndex(
        qMax(0, m_languageCombo->findData(m_project.setting(kLanguageSetting, uiLanguage))));
    m_openWhenDone->setObjectName(QStringLiteral("openWhenDoneCheck"));
    m_openWhenDone->setChecked(true);
    m_exportButton->setObjectName(QStringLiteral("exportReportButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelExportButton"));
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setTextVisible(true);
    m_message->setObjectName(QStringLiteral("exportMessage"));

    auto* intro = new QLabel(tr("A PDF for everyone who signs: the checklist, the dates, the signoff table with room "
                                "to sign, and the evidence log's digest. It never contains keys, tokens or "
                                "passphrases."),
                             this);
    intro->setWordWrap(true);
    auto* row = new QHBoxLayout;
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_languageCombo);
    row->addWidget(languageLabel);
    row->addWidget(m_languageCombo);
    row->addSpacing(12);
    row->addWidget(m_openWhenDone);
    row->addStretch(1);
    row->addWidget(m_progress);
    row->addWidget(m_cancelButton);
    row->addWidget(m_exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_message);
    setBusy(false);

    connect(m_languageCombo, &QComboBox::activated, this, [this] {
        // Only a preference: if it cannot be saved, the export still uses the language shown.
        if (Status s = m_project.setSetting(kLanguageSetting, m_languageCombo->currentData().toString()); !s)
            qWarning("Could not remember the report language: %s", qPrintable(s.error().toString()));
    });
    connect(m_exportButton, &QPushButton::clicked, this, &ReportExportPanel::startExport);
    connect(m_cancelButton, &QPushButton::clicked, m_job, &report::SignoffReportJob::cancel);
    connect(m_job, &report::SignoffReportJob::progress, this, [this](int page, int pages) {
        m_progress->setRange(0, pages);
        m_progress->setValue(page);
        m_progress->setFormat(tr("Page %1 of %2").arg(page).arg(pages));
    });
    connect(m_job, &report::SignoffReportJob::finished, this, [this](const Result<report::RenderedReport>& result) {
        setBusy(false);
        if (!result) {
            m_message->showMessage(InlineMessage::Kind::Error, result.error().message);
            emit exportFinished(false);
            return;
        }
        m_message->showMessage(
            InlineMessage::Kind::Positive,
            tr("Saved %1 (%n page(s)).", nullptr, result->pages).arg(QDir::toNativeSeparators(m_target)));
        if (m_openWhenDone->isChecked()) {
            const QUrl url = QUrl::fromLocalFile(m_target);
            const bool opened = m_openUrl ? m_openUrl(url) : QDesktopServices::openUrl(url);
            if (!opened) {
                // Saved, but not shown: say so rather than let the user wait for a viewer that never comes.
                m_message->showMessage(InlineMessage::Kind::Warning,
                                       tr("Saved %1 (%n page(s)), but no PDF viewer could be opened: open the file "
                                          "from your file manager.",
                                          nullptr, result->pages)
                                           .arg(QDir::toNativeSeparators(m_target)));
            }
        }
        emit exportFinished(true);
    });
}

ReportExportPanel::~ReportExportPanel() = default;

bool ReportExportPanel::isExporting() const {
    return m_job->isRunning();
}

QString ReportExportPanel::suggestedPath() const {
    QString name = m_project.partner();
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QString());
    name = name.simplified().replace(u' ', u'-').left(60);
    const QString file = tr("%1-signoff-%2.pdf").arg(name, QDate::currentDate().toString(Qt::ISODate));
    // Beside the project file, where the other exports of this project go.
    return Prompts::startPath(m_project.localFolder(), file);
}

void ReportExportPanel::startExport() {
    if (isExporting())
        return;
    const QString suggested = suggestedPath();
    QString path = m_saveFileProvider
                       ? m_saveFileProvider(suggested)
                       : QFileDialog::getSaveFileName(this, tr("Export signoff report"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    // The save dialog asked before replacing the file it was given; a name we complete ourselves was not asked
    // about, so it must not exist yet. A project is never replaced either way (OutputFile).
    OutputFile::Overwrite overwrite = OutputFile::Overwrite::Allow;
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".pdf");
        overwrite = OutputFile::Overwrite::Refuse;
    }
    if (const Status s = OutputFile::checkTarget(path, overwrite); !s) {
        m_message->showMessage(InlineMessage::Kind::Error, s.error().message);
        return;
    }
    const auto data = report::ReportData::fromProject(m_project);
    if (!data) {
        m_message->showMessage(InlineMessage::Kind::Error, data.error().message);
        return;
    }
    m_target = path;
    m_message->clearMessage();
    if (!m_job->start(*data, path, m_languageCombo->currentData().toString(), overwrite))
        return;
    setBusy(true);
}

void ReportExportPanel::setBusy(bool busy) {
    m_exportButton->setEnabled(!busy);
    m_languageCombo->setEnabled(!busy);
    m_cancelButton->setVisible(busy);
    m_progress->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0); // busy until the first page is known
        m_progress->setFormat(tr("Laying out…"));
    }
}

} // namespace bmp::ui
