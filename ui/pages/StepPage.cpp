#include "pages/StepPage.h"

#include "core/DateText.h"
#include "domain/Project.h"
#include "domain/StepRehearsal.h"
#include "widgets/DateEdits.h"
#include "widgets/InlineMessage.h"
#include "widgets/StatusIcon.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace bmp::ui {

StepPage::StepPage(Project& project, StepId step, QWidget* parent)
    : WizardPage(project, parent)
    , m_step(step) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* title = new QLabel(tr("Step %1 — %2").arg(static_cast<int>(step)).arg(Checklist::title(step)), this);
    title->setObjectName(QStringLiteral("stepTitleLabel"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);
    layout->addWidget(title);

    auto* meaning = new QLabel(Checklist::meaning(step), this);
    meaning->setObjectName(QStringLiteral("meaningLabel"));
    meaning->setWordWrap(true);
    layout->addWidget(meaning);
    auto* needs = new QLabel(tr("<b>What it needs:</b> %1").arg(Checklist::needs(step).toHtmlEscaped()), this);
    needs->setObjectName(QStringLiteral("needsLabel"));
    needs->setWordWrap(true);
    layout->addWidget(needs);

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("pageMessage"));
    layout->addWidget(m_message);

    m_content = new QVBoxLayout;
    layout->addLayout(m_content);
    buildStatusPanel(layout);
    layout->addStretch(1);

    connect(&m_project, &Project::stepChanged, this, [this](StepId changed) {
        if (changed == m_step)
            refreshStatusPanel();
    });
    refreshStatusPanel();
}

QString StepPage::pageTitle() const {
    return Checklist::title(m_step);
}

QString StepPage::keyFor(StepId step) {
    static const char* keys[] = {"channel",   "scope",    "keys",    "credentials",   "token",   "development",
                                 "proposals", "approval", "signoff", "accreditation", "delivery"};
    return QString::fromLatin1(keys[static_cast<int>(step) - 1]);
}

bool StepPage::isComplete() const {
    return m_project.step(m_step).status == StepStatus::Done || missingForCompletion().isEmpty();
}

QString StepPage::completionHint() const {
    return isComplete() ? QString() : missingForCompletion();
}

void StepPage::buildStatusPanel(QVBoxLayout* layout) {
    auto* box = new QGroupBox(tr("Step status"), this);
    box->setObjectName(QStringLiteral("statusGroup"));
    auto* form = new QFormLayout(box);

    m_statusCombo = new QComboBox(box);
    m_statusCombo->setObjectName(QStringLiteral("statusCombo"));
    for (StepStatus s : {StepStatus::NotStarted, StepStatus::InProgress, StepStatus::Blocked, StepStatus::Done})
        m_statusCombo->addItem(statusIcon(s), Checklist::statusLabel(s), static_cast<int>(s));
    m_statusCombo->setAccessibleDescription(
        tr("Not started, in progress, blocked or done. Done before the step's rule holds asks for a reason."));
    form->addRow(tr("&Status:"), m_statusCombo);
    connect(m_statusCombo, &QComboBox::activated, this, &StepPage::onStatusActivated);

    m_ownerEdit = new QLineEdit(box);
    m_ownerEdit->setObjectName(QStringLiteral("ownerEdit"));
    m_ownerEdit->setPlaceholderText(tr("Who is responsible for this step"));
    m_ownerEdit->setAccessibleDescription(m_ownerEdit->placeholderText());
    form->addRow(tr("&Owner:"), m_ownerEdit);
    connect(m_ownerEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_ownerEdit->text() == m_project.step(m_step).owner)
            return;
        if (Status s = m_project.setStepOwner(m_step, m_ownerEdit->text()); !s)
            showError(s.error().message);
    });

    auto* dates = new QHBoxLayout;
    m_plannedEdit = new OptionalDateEdit(box);
    m_plannedEdit->setObjectName(QStringLiteral("plannedDateEdit"));
    m_actualEdit = new OptionalDateEdit(box);
    m_actualEdit->setObjectName(QStringLiteral("actualDateEdit"));
    auto* actualLabel = new QLabel(tr("&Actual:"), box);
    actualLabel->setBuddy(m_actualEdit);
    dates->addWidget(m_plannedEdit);
    dates->addSpacing(12);
    dates->addWidget(actualLabel);
    dates->addWidget(m_actualEdit);
    dates->addStretch(1);
    auto* plannedLabel = new QLabel(tr("&Planned:"), box);
    plannedLabel->setBuddy(m_plannedEdit);
    form->addRow(plannedLabel, dates);
    connect(m_plannedEdit, &OptionalDateEdit::editingFinished, this, [this] {
        if (m_plannedEdit->optionalDate() == m_project.step(m_step).planned)
            return;
        if (Status s = m_project.setStepPlanned(m_step, m_plannedEdit->optionalDate()); !s) {
            showError(s.error().message);
            m_plannedEdit->setOptionalDate(m_project.step(m_step).planned);
        }
    });
    connect(m_actualEdit, &OptionalDateEdit::editingFinished, this, [this] {
        if (m_actualEdit->optionalDate() == m_project.step(m_step).actual)
            return;
        if (Status s = m_project.setStepActual(m_step, m_actualEdit->optionalDate()); !s) {
            showError(s.error().message);
            m_actualEdit->setOptionalDate(m_project.step(m_step).actual);
        }
    });

    m_notesEdit = new QPlainTextEdit(box);
    m_notesEdit->setObjectName(QStringLiteral("notesEdit"));
    m_notesEdit->setTabChangesFocus(true);
    m_notesEdit->setPlaceholderText(tr("Decisions, links, who said what…"));
    m_notesEdit->setFixedHeight(m_notesEdit->fontMetrics().lineSpacing() * 4 + 12);
    // "No&tes": Alt+N is Next on every page.
    form->addRow(tr("No&tes:"), m_notesEdit);
    // Every keystroke is its own small transaction: nothing typed is ever lost.
    connect(m_notesEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_notesEdit->toPlainText() == m_project.step(m_step).notes)
            return;
        if (Status s = m_project.setStepNotes(m_step, m_notesEdit->toPlainText()); !s)
            showError(s.error().message);
    });

    m_rehearsalLabel = new QLabel(box);
    m_rehearsalLabel->setObjectName(QStringLiteral("rehearsalLabel"));
    m_rehearsalLabel->setWordWrap(true);
    m_rehearsalLabel->setTextFormat(Qt::PlainText);
    m_rehearsalLabel->setStyleSheet(QStringLiteral("color:#1f5fa8;"));
    m_rehearsalLabel->hide();
    form->addRow(QString(), m_rehearsalLabel);

    m_historyLabel = new QLabel(box);
    m_historyLabel->setObjectName(QStringLiteral("historyLabel"));
    m_historyLabel->setWordWrap(true);
    // Secondary by its italics, not by a pale colour that would fall below readable contrast.
    QFont italic = m_historyLabel->font();
    italic.setItalic(true);
    m_historyLabel->setFont(italic);
    form->addRow(QString(), m_historyLabel);
    layout->addWidget(box);
}

void StepPage::refreshStatusPanel() {
    const StepState& s = m_project.step(m_step);
    const QSignalBlocker b1(m_statusCombo);
    m_statusCombo->setCurrentIndex(m_statusCombo->findData(static_cast<int>(s.status)));
    if (!m_ownerEdit->hasFocus())
        m_ownerEdit->setText(s.owner);
    // A date being typed is not overwritten by another field's save.
    if (!m_plannedEdit->hasFocus())
        m_plannedEdit->setOptionalDate(s.planned);
    if (!m_actualEdit->hasFocus())
        m_actualEdit->setOptionalDate(s.actual);
    m_actualEdit->setReferenceDate(s.planned);
    if (m_notesEdit->toPlainText() != s.notes && !m_notesEdit->hasFocus()) {
        const QSignalBlocker b2(m_notesEdit);
        m_notesEdit->setPlainText(s.notes);
    }
    refreshRehearsal();
    const QList<StatusChange> history = m_project.history(m_step);
    if (const auto forced = m_project.overrideOf(m_step)) {
        // Closed by hand: the reason, who and when stay visible, never a plain "done".
        const QString when = DateText::dateTime(forced->at);
        m_historyLabel->setText(tr("Marked done before its rule held, by %1 on %2. Reason: %3")
                                    .arg(forced->by.isEmpty() ? tr("someone") : forced->by, when, forced->note));
    } else if (history.isEmpty()) {
        m_historyLabel->clear();
    } else {
        const StatusChange& last = history.last();
        const QString when = DateText::dateTime(last.at);
        m_historyLabel->setText(
            last.note.isEmpty()
                ? tr("Last change: %1 → %2 on %3")
                      .arg(Checklist::statusLabel(last.from), Checklist::statusLabel(last.to), when)
                : tr("Last change: %1 → %2 on %3 (%4)")
                      .arg(Checklist::statusLabel(last.from), Checklist::statusLabel(last.to), when, last.note));
    }
    emit completeChanged();
}

void StepPage::refreshRehearsal() {
    const QString rehearsal =
        m_project.step(m_step).status == StepStatus::Done ? QString() : StepRehearsal::of(m_project, m_step);
    m_rehearsalLabel->setVisible(!rehearsal.isEmpty());
    if (!rehearsal.isEmpty())
        m_rehearsalLabel->setText(tr("✔ Rehearsed in Practice: %1 A rehearsal does not close the step: %2")
                                      .arg(rehearsal, missingForCompletion()));
}

void StepPage::showEvent(QShowEvent* event) {
    WizardPage::showEvent(event);
    refreshRehearsal(); // what another page did in Practice since this one was last shown
}

std::optional<QString> StepPage::askDoneReason() {
    // An empty reason is not a silent "no": the question comes again, saying why, until a reason or Cancel.
    QString question = tr("This step is not complete yet: %1\nWhy is it done anyway?").arg(missingForCompletion());
    for (int attempt = 0; attempt < 10; ++attempt) {
        std::optional<QString> reason;
        if (m_reasonProvider) {
            reason = m_reasonProvider();
        } else {
            bool ok = false;
            const QString typed =
                QInputDialog::getText(this, tr("Mark the step as done"), question, QLineEdit::Normal, QString(), &ok);
            if (ok)
                reason = typed;
        }
        if (!reason)
            return std::nullopt;
        if (!reason->trimmed().isEmpty())
            return reason->trimmed();
        question = tr("A reason is needed to mark the step done before it is complete (%1). Type it, or Cancel to "
                      "leave the step as it is.")
                       .arg(missingForCompletion());
    }
    return std::nullopt;
}

void StepPage::onStatusActivated(int index) {
    const auto status = static_cast<StepStatus>(m_statusCombo->itemData(index).toInt());
    QString note;
    const bool overriding = status == StepStatus::Done && !missingForCompletion().isEmpty();
    if (overriding) {
        const auto reason = askDoneReason();
        if (!reason) {
            refreshStatusPanel();
            m_message->showMessage(InlineMessage::Kind::Information,
                                   tr("Not marked done: the step stays %1 until it is complete or a reason is given.")
                                       .arg(Checklist::statusLabel(m_project.step(m_step).status)));
            return;
        }
        note = *reason;
    }
    if (Status s = m_project.setStepStatus(m_step, status, note, overriding); !s) {
        showError(s.error().message);
        refreshStatusPanel();
        return;
    }
    m_message->clearMessage();
}

void StepPage::showError(const QString& text) {
    m_message->showMessage(InlineMessage::Kind::Error, text);
}

void StepPage::showStatus(const QString& text) {
    m_message->showMessage(InlineMessage::Kind::Positive, text);
}

} // namespace bmp::ui
