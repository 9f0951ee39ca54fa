#include "pages/AccreditationPage.h"

#include "core/DateText.h"
#include "domain/Project.h"
#include "widgets/BusinessHoursLabel.h"
#include "widgets/EligibleDayCalendar.h"
#include "widgets/InlineMessage.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

namespace bmp::ui {

namespace {
constexpr int kNextDays = 6;
}

AccreditationPage::AccreditationPage(Project& project, QWidget* parent)
    : StepPage(project, StepId::Accreditation, parent) {
    auto* keyBox = new QGroupBox(tr("Production key"), this);
    keyBox->setObjectName(QStringLiteral("productionKeyGroup"));
    auto* keyLayout = new QVBoxLayout(keyBox);
    auto* keyText = new QLabel(tr("The production key pair, distinct from the homologation one, is generated and "
                                  "registered on the Public key registration step, for the production environment."),
                               keyBox);
    keyText->setWordWrap(true);
    keyLayout->addWidget(keyText);
    contentLayout()->addWidget(keyBox);

    auto* releaseBox = new QGroupBox(tr("Release of the production credentials"), this);
    releaseBox->setObjectName(QStringLiteral("releaseGroup"));
    auto* releaseLayout = new QVBoxLayout(releaseBox);
    auto* rule = new QLabel(tr("BMP releases production credentials Monday to Thursday, never on a holiday nor on the "
                               "day before one. Days struck through in grey cannot be chosen; point at one to see "
                               "why."),
                            releaseBox);
    rule->setWordWrap(true);
    releaseLayout->addWidget(rule);
    auto* row = new QHBoxLayout;
    m_picker = new EligibleDayCalendar([this] { return m_project.calendar(); }, releaseBox);
    m_picker->setMinimumSize(340, 230);
    row->addWidget(m_picker);
    auto* side = new QVBoxLayout;
    m_releaseLabel = new QLabel(releaseBox);
    m_releaseLabel->setObjectName(QStringLiteral("releaseDateLabel"));
    m_releaseLabel->setWordWrap(true);
    side->addWidget(m_releaseLabel);
    m_clearButton = new QPushButton(tr("C&lear the date"), releaseBox);
    m_clearButton->setObjectName(QStringLiteral("clearReleaseDateButton"));
    auto* clearRow = new QHBoxLayout;
    clearRow->addWidget(m_clearButton);
    clearRow->addStretch(1);
    side->addLayout(clearRow);
    auto* nextLabel = new QLabel(tr("Ne&xt eligible days:"), releaseBox);
    m_nextDays = new QListWidget(releaseBox);
    m_nextDays->setObjectName(QStringLiteral("nextDaysList"));
    m_nextDays->setMaximumHeight(m_nextDays->fontMetrics().height() * (kNextDays + 1) + 12);
    nextLabel->setBuddy(m_nextDays);
    side->addWidget(nextLabel);
    side->addWidget(m_nextDays);
    side->addWidget(new BusinessHoursLabel([this] { return m_project.calendar(); }, releaseBox));
    side->addStretch(1);
    row->addLayout(side, 1);
    releaseLayout->addLayout(row);
    m_releaseMessage = new InlineMessage(releaseBox);
    m_releaseMessage->setObjectName(QStringLiteral("releaseMessage"));
    releaseLayout->addWidget(m_releaseMessage);
    contentLayout()->addWidget(releaseBox);

    auto* proceduresBox = new QGroupBox(tr("Production procedures"), this);
    proceduresBox->setObjectName(QStringLiteral("proceduresGroup"));
    auto* proceduresLayout = new QVBoxLayout(proceduresBox);
    m_proceduresSummary = new QLabel(proceduresBox);
    m_proceduresSummary->setObjectName(QStringLiteral("proceduresSummaryLabel"));
    proceduresLayout->addWidget(m_proceduresSummary);
    m_procedures = new QListWidget(proceduresBox);
    m_procedures->setObjectName(QStringLiteral("proceduresList"));
    m_procedures->setAccessibleName(tr("Production procedures"));
    m_procedures->setAccessibleDescription(tr("Space ticks a procedure as done; F2 edits its text."));
    m_procedures->setWordWrap(true);
    m_procedures->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    proceduresLayout->addWidget(m_procedures);
    auto* procButtons = new QHBoxLayout;
    auto* addProcedure = new QPushButton(tr("Add pro&cedure"), proceduresBox);
    addProcedure->setObjectName(QStringLiteral("addProcedureButton"));
    m_removeProcedureButton = new QPushButton(tr("Remove proced&ure"), proceduresBox);
    m_removeProcedureButton->setObjectName(QStringLiteral("removeProcedureButton"));
    procButtons->addWidget(addProcedure);
    procButtons->addWidget(m_removeProcedureButton);
    procButtons->addStretch(1);
    proceduresLayout->addLayout(procButtons);
    contentLayout()->addWidget(proceduresBox);

    connect(m_picker, &EligibleDayCalendar::dateChosen, this, &AccreditationPage::chooseDate);
    connect(m_picker, &EligibleDayCalendar::dateRefused, this, &AccreditationPage::showRefusal);
    connect(m_nextDays, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { chooseDate(item->data(Qt::UserRole).toDate()); });
    connect(m_nextDays, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { chooseDate(item->data(Qt::UserRole).toDate()); });
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        if (Status s = m_project.signoff().setReleaseDate(QDate()); !s)
            showError(s.error().message);
        m_releaseMessage->clearMessage();
    });
    connect(addProcedure, &QPushButton::clicked, this, [this] {
        const auto id = m_project.signoff().addProcedure(tr("New procedure"));
        if (!id) {
            showError(id.error().message);
            return;
        }
        // Straight into editing the new line.
        QListWidgetItem* item = m_procedures->item(m_procedures->count() - 1);
        m_procedures->setCurrentItem(item);
        m_procedures->editItem(item);
    });
    connect(m_removeProcedureButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_procedures->currentItem()) {
            if (Status s = m_project.signoff().removeProcedure(item->data(Qt::UserRole).toLongLong()); !s)
                showError(s.error().message);
        }
    });
    connect(m_procedures, &QListWidget::currentItemChanged, this,
            [this] { m_removeProcedureButton->setEnabled(m_procedures->currentItem() != nullptr); });
    connect(m_procedures, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        Signoff& signoff = m_project.signoff();
        const bool done = item->checkState() == Qt::Checked;
        for (const Procedure& p : signoff.procedures()) {
            if (p.id != id)
                continue;
            Status s;
            if (p.done != done)
                s = signoff.setProcedureDone(id, done);
            else if (p.displayText() != item->text())
                s = signoff.setProcedureText(id, item->text());
            if (!s) {
                showError(s.error().message);
                refreshProcedures(); // back to what is saved
            }
            return;
        }
    });
    connect(&m_project.signoff(), &Signoff::accreditationChanged, this, &AccreditationPage::refreshRelease);
    connect(&m_project.signoff(), &Signoff::accreditationChanged, this, &AccreditationPage::refreshProcedures);
    connect(&m_project.signoff(), &Signoff::accreditationChanged, this, &WizardPage::completeChanged);
    connect(&m_project, &Project::calendarChanged, this, &AccreditationPage::refreshRelease);
    refreshRelease();
    refreshProcedures();
}

void AccreditationPage::chooseDate(const QDate& date) {
    if (!date.isValid() || date == m_project.signoff().releaseDate())
        return;
    if (Status s = m_project.signoff().setReleaseDate(date); !s) {
        m_releaseMessage->showMessage(InlineMessage::Kind::Error, s.error().message);
        m_picker->setChosenDate(m_project.signoff().releaseDate());
        return;
    }
    m_releaseMessage->clearMessage();
}

void AccreditationPage::showRefusal(const DayCheck& check) {
    QStringList reasons;
    for (const DayReason& r : check.reasons)
        reasons.append(r.message);
    m_releaseMessage->showMessage(
        InlineMessage::Kind::Error,
        tr("%1 cannot be chosen: %2").arg(DateText::dayAndDate(check.date), reasons.join(u' ')));
}

void AccreditationPage::refreshRelease() {
    const QDate date = m_project.signoff().releaseDate();
    m_picker->setChosenDate(date);
    m_clearButton->setEnabled(date.isValid());
    m_releaseLabel->setText(date.isValid()
                                ? tr("<b>Release date:</b> %1").arg(DateText::dayAndDate(date).toHtmlEscaped())
                                : tr("<b>Release date:</b> not chosen yet."));
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(BusinessCalendar::saoPauloZone()).date();
    m_nextDays->clear();
    for (const QDate& d : m_project.calendar().nextProductionCredentialDays(today, kNextDays)) {
        auto* item = new QListWidgetItem(DateText::dayAndDate(d), m_nextDays);
        item->setData(Qt::UserRole, d);
        if (d == date) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
}

void AccreditationPage::refreshProcedures() {
    const Signoff& signoff = m_project.signoff();
    const qint64 current =
        m_procedures->currentItem() ? m_procedures->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    const QSignalBlocker block(m_procedures);
    const QList<Procedure>& procedures = signoff.procedures();
    bool sameRows = m_procedures->count() == procedures.size();
    for (int i = 0; sameRows && i < procedures.size(); ++i)
        sameRows = m_procedures->item(i)->data(Qt::UserRole).toLongLong() == procedures.at(i).id;
    if (sameRows) {
        // Updated in place: this runs inside the list's own itemChanged, where its items must not be deleted.
        for (int i = 0; i < procedures.size(); ++i) {
            QListWidgetItem* item = m_procedures->item(i);
            item->setText(procedures.at(i).displayText());
            item->setCheckState(procedures.at(i).done ? Qt::Checked : Qt::Unchecked);
        }
    } else {
        m_procedures->clear();
    }
    for (const Procedure& p : sameRows ? QList<Procedure>() : procedures) {
        auto* item = new QListWidgetItem(p.displayText(), m_procedures);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        item->setCheckState(p.done ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, p.id);
        if (p.id == current)
            m_procedures->setCurrentItem(item);
    }
    m_removeProcedureButton->setEnabled(m_procedures->currentItem() != nullptr);
    // As tall as its lines (the page scrolls, not the list), at least three.
    int height = 2 * m_procedures->frameWidth() + 4;
    for (int i = 0; i < m_procedures->count(); ++i)
        height += qMax(m_procedures->sizeHintForRow(i), m_procedures->fontMetrics().height() + 2);
    m_procedures->setFixedHeight(qMax(height, 3 * (m_procedures->fontMetrics().height() + 2)));
    m_proceduresSummary->setText(tr("%1 of %2 procedures done. Double-click a procedure to edit it.")
                                     .arg(signoff.proceduresDone())
                                     .arg(signoff.procedures().size()));
}

QString AccreditationPage::missingForCompletion() const {
    return m_project.signoff().missingForAccreditation();
}

} // namespace bmp::ui
