#include "pages/SignoffPage.h"

#include "core/DateText.h"
#include "domain/Project.h"
#include "pages/AreaDialog.h"
#include "widgets/InlineMessage.h"
#include "widgets/ReportExportPanel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

namespace bmp::ui {

namespace {

// A mark before the decision, so it reads without colour.
QString decisionText(Decision d) {
    switch (d) {
    case Decision::Pending:
        return QStringLiteral("… ") + Decisions::label(d);
    case Decision::Approved:
    case Decision::ApprovedWithRemarks:
        return QStringLiteral("✔ ") + Decisions::label(d);
    case Decision::Rejected:
        return QStringLiteral("✖ ") + Decisions::label(d);
    }
    return {};
}

} // namespace

SignoffPage::SignoffPage(Project& project, QWidget* parent)
    : StepPage(project, StepId::Signoff, parent) {
    auto* box = new QGroupBox(tr("BackOffice areas"), this);
    auto* layout = new QVBoxLayout(box);
    m_summary = new QLabel(box);
    m_summary->setObjectName(QStringLiteral("areasSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_rejections = new InlineMessage(box);
    m_rejections->setObjectName(QStringLiteral("rejectionsMessage"));
    layout->addWidget(m_rejections);

    m_table = new QTableWidget(0, 6, box);
    m_table->setObjectName(QStringLiteral("areasTable"));
    m_table->setAccessibleName(tr("BackOffice areas"));
    m_table->setAccessibleDescription(tr("Arrow keys select an area; Enter records its decision."));
    m_table->setHorizontalHeaderLabels(
        {tr("Area"), tr("Approver"), tr("Decision"), tr("Date"), tr("Comments"), tr("Recorded only by")});
    // Signers are database roles: only a shared project has them.
    m_table->setColumnHidden(5, !m_project.isShared());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->setMinimumHeight(200);
    layout->addWidget(m_table);

    auto* buttons = new QHBoxLayout;
    auto* addButton = new QPushButton(tr("A&dd area…"), box);
    addButton->setObjectName(QStringLiteral("addAreaButton"));
    m_editButton = new QPushButton(tr("&Record decision…"), box);
    m_editButton->setObjectName(QStringLiteral("editAreaButton"));
    m_removeButton = new QPushButton(tr("Re&move area"), box);
    m_removeButton->setObjectName(QStringLiteral("removeAreaButton"));
    buttons->addWidget(addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_removeButton);
    m_signerButton = new QPushButton(tr("Name the &signer…"), box);
    m_signerButton->setObjectName(QStringLiteral("nameSignerButton"));
    m_signerButton->setToolTip(tr("Let only one person's database role record this area's decision (only the "
                                  "project's owner may name signers)."));
    m_signerButton->setVisible(m_project.isShared());
    buttons->addWidget(m_signerButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    contentLayout()->addWidget(box);

    m_export = new ReportExportPanel(m_project, tr("Signoff report"), this);
    contentLayout()->addWidget(m_export);

    connect(addButton, &QPushButton::clicked, this, [this] { openAreaDialog(); });
    connect(m_editButton, &QPushButton::clicked, this, [this] {
        if (qint64 id = selectedAreaId())
            openAreaDialog(id);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (qint64 id = selectedAreaId())
            openAreaDialog(id);
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (qint64 id = selectedAreaId()) {
            if (Status s = m_project.signoff().removeArea(id); !s)
                showError(s.error().message);
        }
    });
    connect(m_signerButton, &QPushButton::clicked, this, [this] { openSignerDialog(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_editButton->setEnabled(selectedAreaId() != 0);
        m_removeButton->setEnabled(selectedAreaId() != 0);
        m_signerButton->setEnabled(selectedAreaId() != 0);
    });
    connect(&m_project.signoff(), &Signoff::areasChanged, this, &SignoffPage::refreshAreas);
    connect(&m_project.signoff(), &Signoff::areasChanged, this, &WizardPage::completeChanged);
    refreshAreas();
}

void SignoffPage::refreshAreas() {
    const Signoff& signoff = m_project.signoff();
    const qint64 selected = selectedAreaId();
    const QList<SignoffArea>& areas = signoff.areas();
    m_table->setRowCount(static_cast<int>(areas.size()));
    for (int row = 0; row < areas.size(); ++row) {
        const SignoffArea& a = areas.at(row);
        const QString comments = a.comments.simplified();
        const QStringList cells{a.displayName(),
                                a.approver,
                                decisionText(a.decision),
                                DateText::date(a.decidedOn),
                                comments,
                                a.signer.isEmpty() ? tr("anyone") : a.signer};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            item->setData(Qt::UserRole, a.id);
            if (col == 4 && !a.comments.isEmpty())
                item->setToolTip(a.comments);
            const QDateTime recorded = QDateTime::fromString(a.updatedAt, Qt::ISODateWithMs);
            if (col == 2 && a.decision != Decision::Pending && !a.updatedBy.isEmpty() && recorded.isValid())
                item->setToolTip(
                    tr("Recorded by %1 on %2").arg(a.updatedBy, DateText::dateTime(recorded.toLocalTime())));
            if (col == 2 && a.decision == Decision::Rejected) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(row, col, item);
        }
        if (a.id == selected)
            m_table->selectRow(row);
    }
    if (areas.isEmpty())
        m_table->clearSelection();
    m_editButton->setEnabled(selectedAreaId() != 0);
    m_removeButton->setEnabled(selectedAreaId() != 0);
    m_signerButton->setEnabled(selectedAreaId() != 0);

    m_summary->setText(areas.isEmpty() ? tr("No BackOffice area yet: add the areas that must approve.")
                                       : tr("%1 of %2 areas approved.").arg(signoff.approvedCount()).arg(areas.size()));
    QStringList rejected;
    for (const SignoffArea& a : signoff.rejectedAreas())
        rejected.append(tr("%1 rejected the signoff (%2): %3").arg(a.displayName(), a.approver, a.comments));
    if (rejected.isEmpty())
        m_rejections->clearMessage();
    else
        m_rejections->showMessage(InlineMessage::Kind::Warning, rejected.join(u'\n'));
}

qint64 SignoffPage::selectedAreaId() const {
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

QInputDialog* SignoffPage::openSignerDialog() {
    const std::optional<SignoffArea> area = m_project.signoff().area(selectedAreaId());
    if (!area)
        return nullptr;
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("signerDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Signer of %1").arg(area->displayName()));
    dialog->setLabelText(tr("Only this database role records the decision (empty: anyone with access):"));
    dialog->setTextValue(area->signer);
    const qint64 id = area->id;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString& role) {
        if (Status s = m_project.signoff().setSigner(id, role); !s)
            showError(s.error().message);
    });
    dialog->open();
    return dialog;
}

AreaDialog* SignoffPage::openAreaDialog(qint64 areaId) {
    SignoffArea area;
    if (areaId) {
        if (auto existing = m_project.signoff().area(areaId))
            area = *existing;
    }
    auto* dialog = new AreaDialog(area, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AreaDialog::submitted, this,
            [this, dialog](const SignoffArea& entered) { apply(dialog, entered); });
    dialog->open();
    return dialog;
}

void SignoffPage::apply(AreaDialog* dialog, const SignoffArea& entered) {
    Signoff& signoff = m_project.signoff();
    qint64 id = entered.id;
    if (!id) {
        const int waitingBefore = m_project.waitingEdits();
        const auto added = signoff.addArea(entered.name);
        if (!added) {
            if (m_project.waitingEdits() > waitingBefore)
                dialog->accept(); // kept until the server answers (the decision can be recorded then)
            else
                dialog->showError(added.error().message);
            return;
        }
        // From here on the dialog edits the area it created, whatever happens to the decision below.
        id = *added;
        dialog->setAreaId(id);
    } else if (auto current = signoff.area(id); current && current->displayName() != entered.name.simplified()) {
        if (Status s = signoff.renameArea(id, entered.name); !s) {
            dialog->showError(s.error().message);
            return;
        }
    }
    if (!signoff.area(id)) {
        dialog->showError(tr("This area no longer exists."));
        return;
    }
    const int waitingBefore = m_project.waitingEdits();
    auto fail = [this, dialog, waitingBefore](const Status& s) {
        if (s)
            return false;
        // A teammate's newer decision (the window asks theirs or mine, and keeps this one for "mine"), or a server
        // that does not answer (the change waits for it): either way it is kept, so the dialog may close.
        if (m_project.pendingConflict() || m_project.waitingEdits() > waitingBefore)
            dialog->accept();
        else
            dialog->showError(s.error().message);
        return true;
    };
    const SignoffArea current = *signoff.area(id);
    const bool decisionChanged = current.decision != entered.decision || current.decidedOn != entered.decidedOn ||
                                 current.comments != entered.comments.trimmed();
    const bool approverChanged = current.approver != entered.approver.simplified();
    if (entered.decision == Decision::Pending) {
        // Back to pending first: only an undecided area may lose its approver.
        if (decisionChanged && fail(signoff.setDecision(id, Decision::Pending, {}, entered.comments)))
            return;
        if (approverChanged && fail(signoff.setApprover(id, entered.approver)))
            return;
    } else {
        if (approverChanged && !entered.approver.simplified().isEmpty() &&
            fail(signoff.setApprover(id, entered.approver)))
            return;
        if ((decisionChanged || approverChanged) &&
            fail(signoff.setDecision(id, entered.decision, entered.decidedOn, entered.comments)))
            return;
        if (approverChanged && entered.approver.simplified().isEmpty() &&
            fail(signoff.setApprover(id, entered.approver)))
            return;
    }
    dialog->accept();
}

QString SignoffPage::missingForCompletion() const {
    return m_project.signoff().missingForSignoff();
}

} // namespace bmp::ui
