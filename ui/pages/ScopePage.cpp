#include "pages/ScopePage.h"

#include "core/DateText.h"
#include "domain/ApiChecklist.h"
#include "domain/Project.h"
#include "widgets/DateEdits.h"
#include "widgets/InlineMessage.h"
#include "widgets/TimelineChart.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>

namespace bmp::ui {

ScopePage::ScopePage(Project& project, QWidget* parent)
    : StepPage(project, StepId::Scope, parent) {
    auto* top = new QHBoxLayout;
    auto* productsBox = new QGroupBox(tr("Products"), this);
    auto* productsLayout = new QVBoxLayout(productsBox);
    for (Product p : Checklist::allProducts()) {
        auto* check = new QCheckBox(Checklist::productLabel(p), productsBox);
        check->setObjectName(Checklist::productKey(p) + QStringLiteral("Check"));
        productsLayout->addWidget(check);
        m_productChecks.insert(p, check);
        connect(check, &QCheckBox::toggled, this, &ScopePage::saveProducts);
    }
    auto* bureauNote = new QLabel(tr("Bureau alone has no test-proposal step (10 steps)."), productsBox);
    bureauNote->setWordWrap(true);
    productsLayout->addWidget(bureauNote);
    m_computesLoanCheck =
        new QCheckBox(tr("We compute the loan ourselves (a calculation report is needed)"), productsBox);
    m_computesLoanCheck->setObjectName(QStringLiteral("computesLoanCheck"));
    productsLayout->addWidget(m_computesLoanCheck);
    productsLayout->addStretch(1);
    connect(m_computesLoanCheck, &QCheckBox::toggled, this, [this](bool on) {
        if (on == m_project.scope().partnerComputesLoan)
            return;
        if (Status s = m_project.setPartnerComputesLoan(on); !s)
            showError(s.error().message);
    });
    top->addWidget(productsBox, 1);

    auto* apiBox = new QGroupBox(tr("APIs in scope"), this);
    auto* apiLayout = new QVBoxLayout(apiBox);
    m_apiList = new QListWidget(apiBox);
    m_apiList->setObjectName(QStringLiteral("apiList"));
    m_apiList->setAccessibleName(tr("APIs in scope"));
    m_apiList->setAccessibleDescription(tr("Space checks or unchecks the selected API."));
    for (const QString& api : ApiChecklist::knownApis()) {
        auto* item = new QListWidgetItem(ApiChecklist::label(api), m_apiList);
        item->setData(Qt::UserRole, api);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    apiLayout->addWidget(m_apiList);
    connect(m_apiList, &QListWidget::itemChanged, this, &ScopePage::saveApis);
    top->addWidget(apiBox, 1);
    contentLayout()->addLayout(top);

    auto* meetingBox = new QGroupBox(tr("Scope alignment meeting"), this);
    auto* meetingLayout = new QHBoxLayout(meetingBox);
    m_meetingEdit = new OptionalDateEdit(meetingBox);
    m_meetingEdit->setObjectName(QStringLiteral("meetingDateEdit"));
    auto* meetingLabel = new QLabel(tr("&Date:"), meetingBox);
    meetingLabel->setBuddy(m_meetingEdit);
    m_meetingHeldCheck = new QCheckBox(tr("The meeting was h&eld"), meetingBox);
    m_meetingHeldCheck->setObjectName(QStringLiteral("meetingHeldCheck"));
    meetingLayout->addWidget(meetingLabel);
    meetingLayout->addWidget(m_meetingEdit);
    meetingLayout->addSpacing(16);
    meetingLayout->addWidget(m_meetingHeldCheck);
    meetingLayout->addStretch(1);
    contentLayout()->addWidget(meetingBox);
    auto saveMeeting = [this] {
        const ScopeInfo& s = m_project.scope();
        if (m_meetingEdit->optionalDate() == s.alignmentMeeting && m_meetingHeldCheck->isChecked() == s.alignmentHeld)
            return;
        if (Status st = m_project.setAlignmentMeeting(m_meetingEdit->optionalDate(), m_meetingHeldCheck->isChecked());
            !st) {
            showError(st.error().message);
            refreshScope();
        } else {
            message()->clearMessage();
        }
    };
    connect(m_meetingEdit, &OptionalDateEdit::editingFinished, this, saveMeeting);
    connect(m_meetingHeldCheck, &QCheckBox::clicked, this, saveMeeting);

    auto* scheduleBox = new QGroupBox(tr("Schedule"), this);
    auto* scheduleLayout = new QVBoxLayout(scheduleBox);
    m_scheduleWarning = new InlineMessage(scheduleBox);
    m_scheduleWarning->setObjectName(QStringLiteral("scheduleWarning"));
    scheduleLayout->addWidget(m_scheduleWarning);
    m_scheduleTable = new QTableWidget(0, 3, scheduleBox);
    m_scheduleTable->setObjectName(QStringLiteral("scheduleTable"));
    m_scheduleTable->setHorizontalHeaderLabels({tr("Step"), tr("Planned"), tr("Status")});
    m_scheduleTable->verticalHeader()->hide();
    m_scheduleTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_scheduleTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_scheduleTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_scheduleTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_scheduleTable->verticalHeader()->setDefaultSectionSize(m_scheduleTable->fontMetrics().height() + 14);
    m_scheduleTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scheduleTable->setAccessibleName(tr("Schedule"));
    m_scheduleTable->setTabKeyNavigation(false); // Tab goes on to the planned dates in its cells
    scheduleLayout->addWidget(m_scheduleTable);
    m_timeline = new TimelineChart(scheduleBox);
    scheduleLayout->addWidget(m_timeline);
    contentLayout()->addWidget(scheduleBox);

    connect(&m_project, &Project::scopeChanged, this, &ScopePage::refreshScope);
    connect(&m_project, &Project::scopeChanged, this, &ScopePage::refreshSchedule);
    connect(&m_project, &Project::stepChanged, this, &ScopePage::refreshSchedule);
    connect(&m_project, &Project::calendarChanged, this, &ScopePage::refreshSchedule);
    connect(&m_project, &Project::scopeChanged, this, &WizardPage::completeChanged);
    // The rule reads every step's planned date: a date planned in the table completes the step in place.
    connect(&m_project, &Project::stepChanged, this, &WizardPage::completeChanged);
    refreshScope();
    refreshSchedule();
}

void ScopePage::refreshScope() {
    const ScopeInfo& s = m_project.scope();
    for (auto it = m_productChecks.begin(); it != m_productChecks.end(); ++it) {
        const QSignalBlocker b(it.value());
        it.value()->setChecked(s.products.contains(it.key()));
    }
    {
        const QSignalBlocker b(m_apiList);
        QStringList extra = s.apis;
        for (int i = 0; i < m_apiList->count(); ++i) {
            QListWidgetItem* item = m_apiList->item(i);
            const QString api = item->data(Qt::UserRole).toString();
            item->setCheckState(s.apis.contains(api) ? Qt::Checked : Qt::Unchecked);
            extra.removeAll(api);
        }
        for (const QString& api : extra) { // APIs saved by another version or by hand stay visible
            auto* item = new QListWidgetItem(ApiChecklist::label(api), m_apiList);
            item->setData(Qt::UserRole, api);
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setCheckState(Qt::Checked);
        }
    }
    const QSignalBlocker b1(m_computesLoanCheck);
    m_computesLoanCheck->setChecked(s.partnerComputesLoan);
    m_meetingEdit->setOptionalDate(s.alignmentMeeting);
    const QSignalBlocker b2(m_meetingHeldCheck);
    m_meetingHeldCheck->setChecked(s.alignmentHeld);
}

void ScopePage::saveProducts() {
    QList<Product> products;
    for (auto it = m_productChecks.begin(); it != m_productChecks.end(); ++it) {
        if (it.value()->isChecked())
            products.append(it.key());
    }
    if (products == m_project.scope().products)
        return;
    if (Status s = m_project.setProducts(products); !s) {
        showError(s.error().message);
        refreshScope();
    } else {
        message()->clearMessage();
    }
}

void ScopePage::saveApis() {
    QStringList apis;
    for (int i = 0; i < m_apiList->count(); ++i) {
        if (m_apiList->item(i)->checkState() == Qt::Checked)
            apis.append(m_apiList->item(i)->data(Qt::UserRole).toString());
    }
    if (Status s = m_project.setApis(apis); !s)
        showError(s.error().message);
}

void ScopePage::refreshSchedule() {
    const QList<StepId> steps = m_project.applicableSteps();
    const BusinessCalendar calendar = m_project.calendar();
    m_scheduleTable->setRowCount(static_cast<int>(steps.size()));
    QList<TimelineChart::Row> rows;
    QStringList warnings;
    for (int row = 0; row < steps.size(); ++row) {
        const StepId id = steps.at(row);
        const StepState& st = m_project.step(id);
        const QString label = tr("%1. %2").arg(static_cast<int>(id)).arg(Checklist::title(id));
        m_scheduleTable->setItem(row, 0, new QTableWidgetItem(label));
        m_scheduleTable->setItem(row, 2, new QTableWidgetItem(Checklist::statusLabel(st.status)));
        auto* edit = qobject_cast<OptionalDateEdit*>(m_scheduleTable->cellWidget(row, 1));
        if (!edit || edit->property("step").toInt() != static_cast<int>(id)) {
            edit = new OptionalDateEdit(m_scheduleTable);
            edit->setObjectName(QStringLiteral("plannedEdit%1").arg(static_cast<int>(id)));
            edit->setProperty("step", static_cast<int>(id));
            edit->setAccessibleName(tr("Planned date of step %1").arg(static_cast<int>(id)));
            connect(edit, &OptionalDateEdit::editingFinished, this, [this, edit, id] {
                if (edit->optionalDate() == m_project.step(id).planned)
                    return;
                if (Status s = m_project.setStepPlanned(id, edit->optionalDate()); !s) {
                    showError(s.error().message);
                    edit->setOptionalDate(m_project.step(id).planned);
                } else {
                    message()->clearMessage();
                }
            });
            m_scheduleTable->setCellWidget(row, 1, edit);
        }
        if (!edit->hasFocus())
            edit->setOptionalDate(st.planned);

        bool warn = false;
        if ((id == StepId::Accreditation || id == StepId::Delivery) && st.planned.isValid()) {
            const DayCheck check = calendar.checkProductionCredentialDay(st.planned);
            if (!check.eligible) {
                warn = true;
                QStringList reasons;
                for (const DayReason& r : check.reasons)
                    reasons.append(r.message);
                warnings.append(tr("Step %1 is planned for %2, a day on which BMP does not release production "
                                   "credentials: %3")
                                    .arg(static_cast<int>(id))
                                    .arg(DateText::date(st.planned), reasons.join(u' ')));
            }
        }
        rows.append({id, label, st.planned, st.actual, st.status, warn});
    }
    int h = m_scheduleTable->horizontalHeader()->height() + 4;
    for (int r = 0; r < m_scheduleTable->rowCount(); ++r)
        h += m_scheduleTable->rowHeight(r);
    m_scheduleTable->setFixedHeight(h);
    m_timeline->setRows(rows);
    if (warnings.isEmpty())
        m_scheduleWarning->clearMessage();
    else
        m_scheduleWarning->showMessage(InlineMessage::Kind::Warning, warnings.join(QStringLiteral("\n")));
}

QString ScopePage::missingForCompletion() const {
    const ScopeInfo& s = m_project.scope();
    if (s.products.isEmpty())
        return tr("Choose at least one product.");
    if (!s.alignmentHeld)
        return tr("Hold the scope alignment meeting and mark it as held.");
    for (StepId id : m_project.applicableSteps()) {
        if (!m_project.step(id).planned.isValid())
            return tr("Plan a date for every step (step %1 has none).").arg(static_cast<int>(id));
    }
    return {};
}

} // namespace bmp::ui
