#include "pages/ApprovalPage.h"

#include "domain/BmpTestLog.h"
#include "domain/Project.h"
#include "domain/ProposalStore.h"
#include "widgets/DateEdits.h"
#include "widgets/InlineMessage.h"

#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bmp::ui {

namespace {
enum Column { Name, Date, Result, Finding, Resolution, ColumnCount };
}

ApprovalPage::ApprovalPage(Project& project, QWidget* parent)
    : StepPage(project, StepId::BmpApproval, parent)
    , m_proposalSummary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_addButton(new QPushButton(tr("A&dd test"), this))
    , m_usualButton(new QPushButton(tr("Add BMP's &usual tests"), this))
    , m_removeButton(new QPushButton(tr("&Remove"), this)) {
    m_proposalSummary->setObjectName(QStringLiteral("proposalSummaryLabel"));
    m_proposalSummary->setWordWrap(true);
    contentLayout()->addWidget(m_proposalSummary);

    auto* box = new QGroupBox(tr("Tests BMP ran"), this);
    box->setObjectName(QStringLiteral("bmpTestsGroup"));
    auto* layout = new QVBoxLayout(box);
    m_table->setObjectName(QStringLiteral("bmpTestsTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Test"), tr("Date"), tr("Result"), tr("Finding"), tr("Resolution")});
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    // The date and result columns hold editors, which ResizeToContents does not measure once rows come and go
    // ("Add BMP's usual tests" clipped them): they get the width of their widest editor, rows or not.
    m_table->horizontalHeader()->setSectionResizeMode(Date, QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(Result, QHeaderView::Fixed);
    {
        OptionalDateEdit date;
        date.setOptionalDate(QDate(2026, 12, 28));
        QComboBox result;
        for (BmpTestResult r : {BmpTestResult::Pending, BmpTestResult::Passed, BmpTestResult::Failed})
            result.addItem(BmpTestLog::resultLabel(r));
        const auto fit = [this](int column, const QWidget& editor) {
            const int header = m_table->horizontalHeader()->sectionSizeHint(column);
            m_table->horizontalHeader()->resizeSection(column, qMax(header, editor.sizeHint().width()) + 4);
        };
        fit(Date, date);
        fit(Result, result);
    }
    m_table->horizontalHeader()->setSectionResizeMode(Finding, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Resolution, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(220);
    layout->addWidget(m_table);
    auto* buttons = new QHBoxLayout;
    m_addButton->setObjectName(QStringLiteral("addTestButton"));
    m_usualButton->setObjectName(QStringLiteral("addUsualTestsButton"));
    m_removeButton->setObjectName(QStringLiteral("removeTestButton"));
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_usualButton);
    buttons->addStretch(1);
    buttons->addWidget(m_removeButton);
    layout->addLayout(buttons);
    auto* note = new QLabel(tr("BMP publishes no list of its homologation tests; record what its team reports, each "
                               "failure with how it was resolved."),
                            box);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(note);
    contentLayout()->addWidget(box);

    connect(m_addButton, &QPushButton::clicked, this, [this] { addTest(tr("New test")); });
    connect(m_usualButton, &QPushButton::clicked, this, [this] {
        const auto added = BmpTestLog(m_project.store()).addUsualTests();
        if (!added)
            showError(added.error().message);
        reload();
    });
    connect(m_removeButton, &QPushButton::clicked, this, &ApprovalPage::removeSelected);
    // A teammate's edit (or a conflict settled): read again, unless the user is typing in the table.
    auto reloadUnlessTyping = [this] {
        if (!m_table->isAncestorOf(QApplication::focusWidget()))
            reload();
    };
    connect(&m_project, &Project::changedElsewhere, this, [reloadUnlessTyping](const QStringList& tables) {
        if (tables.isEmpty() || tables.contains(QStringLiteral("bmp_tests")))
            reloadUnlessTyping();
    });
    connect(&m_project, &Project::conflictSettled, this, reloadUnlessTyping);
    reload();
    refreshProposalSummary();
}

void ApprovalPage::refreshProposalSummary() {
    ProposalStore store(m_project.store());
    QStringList parts;
    for (const ScenarioRun& r : store.runs(QStringLiteral("homologation"))) {
        parts.append(tr("%1: %2").arg(ProposalScenario::letter(r.scenario),
                                      r.hasProposal() ? ProposalStatus::label(r.status) : tr("not sent")));
    }
    m_proposalSummary->setText(
        tr("<b>Proposals sent to homologation (step 7):</b> %1").arg(parts.join(QStringLiteral(" · "))));
}

void ApprovalPage::addTest(const QString& name) {
    BmpTest t;
    t.name = name;
    if (auto id = BmpTestLog(m_project.store()).add(t); !id) {
        showError(id.error().message);
        return;
    }
    reload();
    m_table->selectRow(m_table->rowCount() - 1);
}

void ApprovalPage::removeSelected() {
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_table->item(row, Name) ? m_table->item(row, Name)->data(Qt::UserRole).toLongLong() : 0;
    if (Status s = BmpTestLog(m_project.store()).remove(id); !s)
        showError(s.error().message);
    reload();
}

void ApprovalPage::reload() {
    const QList<BmpTest> tests = BmpTestLog(m_project.store()).list();
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(tests.size()));
    for (int row = 0; row < tests.size(); ++row) {
        const BmpTest t = tests.at(row);
        // The row's data lives in the project; each widget saves its own field as soon as it changes, over the
        // version this row shows (a teammate's newer save is a conflict: the window asks theirs or mine).
        auto shown = std::make_shared<BmpTest>(t);
        auto saveWith = [this, shown](const std::function<void(BmpTest&)>& change) {
            BmpTest edited = *shown;
            change(edited);
            if (edited.name == shown->name && edited.seed == shown->seed && edited.ranOn == shown->ranOn &&
                edited.result == shown->result && edited.finding == shown->finding &&
                edited.resolution == shown->resolution)
                return; // leaving a field is not an edit
            if (Status s = BmpTestLog(m_project.store(), m_project.conflictSink()).update(edited); !s) {
                if (m_project.pendingConflict()) // this table shows theirs (not from inside its own widget)
                    QMetaObject::invokeMethod(this, &ApprovalPage::reload, Qt::QueuedConnection);
                else
                    showError(s.error().message);
            } else {
                *shown = edited;
                ++shown->rowVersion;
                message()->clearMessage();
            }
            refreshStatusPanel();
        };
        auto* anchor = new QTableWidgetItem;
        anchor->setData(Qt::UserRole, t.id);
        m_table->setItem(row, Name, anchor);
        auto* name = new QLineEdit(t.displayName(), m_table);
        name->setObjectName(QStringLiteral("testNameEdit_%1").arg(row));
        name->setFrame(false);
        name->setCursorPosition(0);
        name->setToolTip(name->text());
        m_table->setCellWidget(row, Name, name);
        connect(name, &QLineEdit::editingFinished, this,
                [name, saveWith] { saveWith([&](BmpTest& x) { x.rename(name->text()); }); });
        auto* date = new OptionalDateEdit(m_table);
        date->setObjectName(QStringLiteral("testDateEdit_%1").arg(row));
        date->setOptionalDate(t.ranOn);
        m_table->setCellWidget(row, Date, date);
        connect(date, &OptionalDateEdit::editingFinished, this,
                [date, saveWith] { saveWith([&](BmpTest& x) { x.ranOn = date->optionalDate(); }); });
        auto* result = new QComboBox(m_table);
        result->setObjectName(QStringLiteral("testResultCombo_%1").arg(row));
        for (BmpTestResult r : {BmpTestResult::Pending, BmpTestResult::Passed, BmpTestResult::Failed})
            result->addItem(BmpTestLog::resultLabel(r), BmpTestLog::resultKey(r));
        result->setCurrentIndex(result->findData(BmpTestLog::resultKey(t.result)));
        m_table->setCellWidget(row, Result, result);
        connect(result, &QComboBox::activated, this, [result, saveWith] {
            saveWith([&](BmpTest& x) { x.result = BmpTestLog::resultFromKey(result->currentData().toString()); });
        });
        auto* finding = new QLineEdit(t.finding, m_table);
        finding->setObjectName(QStringLiteral("testFindingEdit_%1").arg(row));
        finding->setFrame(false);
        finding->setCursorPosition(0);
        finding->setToolTip(finding->text());
        finding->setPlaceholderText(tr("what BMP found"));
        m_table->setCellWidget(row, Finding, finding);
        connect(finding, &QLineEdit::editingFinished, this,
                [finding, saveWith] { saveWith([&](BmpTest& x) { x.finding = finding->text(); }); });
        auto* resolution = new QLineEdit(t.resolution, m_table);
        resolution->setObjectName(QStringLiteral("testResolutionEdit_%1").arg(row));
        resolution->setFrame(false);
        resolution->setCursorPosition(0);
        resolution->setToolTip(resolution->text());
        resolution->setPlaceholderText(tr("how it was resolved"));
        m_table->setCellWidget(row, Resolution, resolution);
        connect(resolution, &QLineEdit::editingFinished, this,
                [resolution, saveWith] { saveWith([&](BmpTest& x) { x.resolution = resolution->text(); }); });
    }
    m_removeButton->setEnabled(!tests.isEmpty());
    refreshStatusPanel();
}

QString ApprovalPage::missingForCompletion() const {
    return BmpTestLog::completionProblem(BmpTestLog(m_project.store()).list());
}

} // namespace bmp::ui
