#include "pages/DevelopmentPage.h"

#include "domain/ApiChecklist.h"
#include "domain/CallbackEndpoints.h"
#include "domain/Project.h"
#include "pages/CallbackPanel.h"
#include "widgets/StatusIcon.h"

#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bmp::ui {

DevelopmentPage::DevelopmentPage(Project& project, QWidget* parent)
    : StepPage(project, StepId::Development, parent)
    , m_apiTable(new QTableWidget(this))
    , m_callbacks(new CallbackPanel(project, this)) {
    auto* apiBox = new QGroupBox(tr("APIs in scope"), this);
    apiBox->setObjectName(QStringLiteral("apiGroup"));
    auto* apiLayout = new QVBoxLayout(apiBox);
    auto* hint = new QLabel(tr("From step 2. Track each integration until it works against homologation."), apiBox);
    hint->setWordWrap(true);
    apiLayout->addWidget(hint);
    m_apiTable->setObjectName(QStringLiteral("apiTable"));
    m_apiTable->setColumnCount(3);
    m_apiTable->setHorizontalHeaderLabels({tr("API"), tr("Status"), tr("Notes")});
    m_apiTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_apiTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_apiTable->horizontalHeader()->setStretchLastSection(true);
    m_apiTable->verticalHeader()->hide();
    m_apiTable->setSelectionMode(QAbstractItemView::NoSelection);
    apiLayout->addWidget(m_apiTable);
    contentLayout()->addWidget(apiBox);
    contentLayout()->addWidget(m_callbacks);

    connect(&m_project, &Project::scopeChanged, this, &DevelopmentPage::reloadApis);
    // A teammate's edit (or a conflict settled): read again, unless the user is typing in the table.
    auto reloadUnlessTyping = [this] {
        if (!m_apiTable->isAncestorOf(QApplication::focusWidget()))
            reloadApis();
    };
    connect(&m_project, &Project::changedElsewhere, this, [reloadUnlessTyping](const QStringList& tables) {
        if (tables.isEmpty() || tables.contains(QStringLiteral("api_checklist")))
            reloadUnlessTyping();
    });
    connect(&m_project, &Project::conflictSettled, this, reloadUnlessTyping);
    connect(m_callbacks, &CallbackPanel::saved, this, [this] { refreshStatusPanel(); });
    reloadApis();
}

void DevelopmentPage::reloadApis() {
    const QStringList apis = m_project.scope().apis;
    ApiChecklist checklist(m_project.store());
    const QList<ApiProgress> rows = checklist.list(apis);
    m_apiTable->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const ApiProgress& p = rows.at(i);
        auto* name = new QTableWidgetItem(ApiChecklist::label(p.api));
        name->setFlags(Qt::ItemIsEnabled);
        m_apiTable->setItem(i, 0, name);
        auto* status = new QComboBox(m_apiTable);
        status->setObjectName(QStringLiteral("apiStatusCombo_%1").arg(i));
        for (StepStatus s : {StepStatus::NotStarted, StepStatus::InProgress, StepStatus::Blocked, StepStatus::Done})
            status->addItem(statusIcon(s), Checklist::statusLabel(s), static_cast<int>(s));
        status->setCurrentIndex(status->findData(static_cast<int>(p.status)));
        m_apiTable->setCellWidget(i, 1, status);
        // What this row shows: an edit is saved over that version only (a teammate's newer one is a conflict).
        auto shown = std::make_shared<ApiProgress>(p);
        auto saved = [this, shown](const Result<qint64>& version) {
            if (version) {
                shown->rowVersion = *version;
                return true;
            }
            if (m_project.pendingConflict()) // the window asks theirs or mine; this table shows theirs
                QMetaObject::invokeMethod(this, &DevelopmentPage::reloadApis, Qt::QueuedConnection);
            else
                showError(version.error().message);
            return false;
        };
        connect(status, &QComboBox::activated, this, [this, status, shown, saved] {
            const auto chosen = static_cast<StepStatus>(status->currentData().toInt());
            if (chosen == shown->status)
                return;
            if (saved(ApiChecklist(m_project.store(), m_project.conflictSink())
                          .setStatus(shown->api, chosen, shown->rowVersion)))
                shown->status = chosen;
            refreshStatusPanel();
        });
        auto* notes = new QLineEdit(p.notes, m_apiTable);
        notes->setObjectName(QStringLiteral("apiNotesEdit_%1").arg(i));
        notes->setFrame(false);
        notes->setPlaceholderText(tr("notes"));
        m_apiTable->setCellWidget(i, 2, notes);
        connect(notes, &QLineEdit::editingFinished, this, [this, notes, shown, saved] {
            if (notes->text() == shown->notes)
                return; // leaving the field is not an edit
            if (saved(ApiChecklist(m_project.store(), m_project.conflictSink())
                          .setNotes(shown->api, notes->text(), shown->rowVersion)))
                shown->notes = notes->text();
        });
    }
    m_apiTable->setFixedHeight(m_apiTable->horizontalHeader()->height() + 4 +
                               qMax(1, m_apiTable->rowCount()) * m_apiTable->verticalHeader()->defaultSectionSize());
    if (rows.isEmpty()) {
        m_apiTable->setRowCount(1);
        auto* empty = new QTableWidgetItem(tr("No APIs chosen yet: pick them in step 2."));
        empty->setFlags(Qt::ItemIsEnabled);
        m_apiTable->setItem(0, 0, empty);
    }
    refreshStatusPanel();
}

QString DevelopmentPage::missingForCompletion() const {
    const QStringList apis = m_project.scope().apis;
    if (apis.isEmpty())
        return tr("Choose the APIs in scope in step 2.");
    ApiChecklist checklist(m_project.store());
    const int done = checklist.doneCount(apis);
    if (done < apis.size())
        return tr("%1 of %2 APIs are integrated.").arg(done).arg(apis.size());
    if (!CallbackEndpoints(m_project.store()).find(QStringLiteral("homologation")))
        return tr("Configure the status callback for homologation.");
    return {};
}

} // namespace bmp::ui
