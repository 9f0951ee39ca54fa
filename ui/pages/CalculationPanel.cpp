#include "pages/CalculationPanel.h"

#include "core/DateText.h"
#include "domain/BusinessCalendar.h"
#include "domain/Project.h"
#include "domain/ProposalStore.h"
#include "net/ProposalRequests.h"
#include "report/CalculationReportPdf.h"
#include "widgets/InlineMessage.h"
#include "widgets/Prompts.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace bmp::ui {

namespace {

QTableWidgetItem* cell(const QString& text, bool right = false) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString money(Cents c) {
    return Money::format(c, QLocale());
}

} // namespace

CalculationPanel::CalculationPanel(Project& project, QWidget* parent)
    : QGroupBox(tr("Calculation report (memória de cálculo)"), parent)
    , m_project(project)
    , m_scenarioCombo(new QComboBox(this))
    , m_inputs(new QLabel(this))
    , m_comparison(new QTableWidget(this))
    , m_schedule(new QTableWidget(this))
    , m_csvButton(new QPushButton(tr("E&xport CSV…"), this))
    , m_pdfButton(new QPushButton(tr("Export P&DF…"), this))
    , m_message(new InlineMessage(this)) {
    setObjectName(QStringLiteral("calculationGroup"));
    m_scenarioCombo->setObjectName(QStringLiteral("calcScenarioCombo"));
    for (ScenarioId id : ProposalScenario::all())
        m_scenarioCombo->addItem(ProposalScenario::title(id), ProposalScenario::key(id));
    m_scenarioCombo->setCurrentIndex(1);
    m_inputs->setObjectName(QStringLiteral("calcInputsLabel"));
    m_inputs->setWordWrap(true);
    m_comparison->setObjectName(QStringLiteral("comparisonTable"));
    m_comparison->setColumnCount(5);
    m_comparison->setHorizontalHeaderLabels({tr("Field"), tr("Ours"), tr("BMP"), tr("Difference"), tr("Result")});
    m_schedule->setObjectName(QStringLiteral("scheduleTable"));
    m_schedule->setColumnCount(7);
    m_schedule->setHorizontalHeaderLabels({QStringLiteral("nroParcela"), QStringLiteral("dtVencimento"),
                                           QStringLiteral("dias"), QStringLiteral("vlrParcela"),
                                           QStringLiteral("vlrJuros"), QStringLiteral("vlrAmortizacao"),
                                           QStringLiteral("vlrSaldo")});
    for (QTableWidget* t : {m_comparison, m_schedule}) {
        t->verticalHeader()->hide();
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    }
    m_schedule->setFixedHeight(m_schedule->horizontalHeader()->sizeHint().height() +
                               10 * m_schedule->verticalHeader()->defaultSectionSize() + 4);
    m_csvButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_pdfButton->setObjectName(QStringLiteral("exportPdfButton"));
    m_message->setObjectName(QStringLiteral("calcMessage"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Scenario:"), this));
    top->addWidget(m_scenarioCombo, 1);
    top->addStretch(1);
    top->addWidget(m_csvButton);
    top->addWidget(m_pdfButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_inputs);
    layout->addWidget(m_message);
    layout->addWidget(new QLabel(tr("Cross-check against BMP's simulation"), this));
    layout->addWidget(m_comparison);
    layout->addWidget(new QLabel(tr("Schedule (PRICE)"), this));
    layout->addWidget(m_schedule);

    connect(m_scenarioCombo, &QComboBox::currentIndexChanged, this, &CalculationPanel::refresh);
    connect(m_csvButton, &QPushButton::clicked, this, &CalculationPanel::exportCsv);
    connect(m_pdfButton, &QPushButton::clicked, this, &CalculationPanel::exportPdf);
}

void CalculationPanel::setEnvironment(const QString& environment) {
    m_environment = environment;
    refresh();
}

QString CalculationPanel::title() const {
    return tr("%1 — %2 — %3").arg(m_project.partner(), m_scenarioCombo->currentText(), m_environment);
}

bool CalculationPanel::hasDifferences() const {
    return CalculationReport::anyDifference(m_differences);
}

void CalculationPanel::refresh() {
    const auto id = ProposalScenario::fromKey(m_scenarioCombo->currentData().toString());
    if (!id)
        return;
    ProposalStore store(m_project.store());
    const ScenarioRun run = store.run(m_environment, *id);
    const ProposalScenario scenario = net::ProposalRequests::scenarioOf(run, store.scenario(*id));
    const auto result = net::ProposalRequests::calculate(scenario, net::ProposalRequests::contractDateOf(run));
    m_comparison->setRowCount(0);
    m_schedule->setRowCount(0);
    m_differences.clear();
    if (!result) {
        m_result.reset();
        m_inputs->clear();
        m_message->showMessage(InlineMessage::Kind::Error, result.error().message);
        m_csvButton->setEnabled(false);
        m_pdfButton->setEnabled(false);
        return;
    }
    m_result = *result;
    const LoanResult& r = *result;
    m_inputs->setText(tr("R$ %1 in %2 monthly installments at %3% a month, contract %4, first due date %5; "
                         "installment R$ %6, IOF R$ %7, CET %8% a year.")
                          .arg(money(r.vlrSolicitado))
                          .arg(r.prazo)
                          .arg(QLocale().toString(r.input.monthlyRatePercent, 'f', 2), DateText::date(r.dtContratacao),
                               DateText::date(r.dtPrimeiroVencto), money(r.vlrParcela), money(r.vlrIOF),
                               QLocale().toString(r.percCETAnual, 'f', 2)));
    m_csvButton->setEnabled(true);
    m_pdfButton->setEnabled(true);

    if (run.simulation.isEmpty()) {
        m_message->showMessage(InlineMessage::Kind::Information,
                               tr("No simulation answer from this environment yet: run the scenario to cross-check "
                                  "the figures with BMP's CalcularValoresProposta."));
    } else {
        m_differences = CalculationReport::compareWithSimulation(r, run.simulation);
        m_comparison->setRowCount(static_cast<int>(m_differences.size()));
        for (int i = 0; i < m_differences.size(); ++i) {
            const FieldComparison& c = m_differences.at(i);
            const auto show = [&](double v) {
                return c.kind == FieldComparison::Kind::Money ? QLocale().toString(v, 'f', 2)
                                                              : QLocale().toString(v, 'f', 4);
            };
            m_comparison->setItem(i, 0, cell(c.field));
            m_comparison->setItem(i, 1, cell(show(c.ours), true));
            m_comparison->setItem(i, 2, cell(c.theirs ? show(*c.theirs) : QStringLiteral("—"), true));
            m_comparison->setItem(i, 3, cell(c.theirs ? show(c.difference) : QStringLiteral("—"), true));
            m_comparison->setItem(i, 4,
                                  cell(!c.theirs   ? tr("✗ missing")
                                       : c.differs ? tr("✗ differs")
                                                   : tr("✓ matches")));
            if (c.differs) {
                for (int col = 0; col < 5; ++col) {
                    QTableWidgetItem* item = m_comparison->item(i, col);
                    item->setBackground(QColor(QStringLiteral("#ffd6d6")));
                    QFont f = item->font();
                    f.setBold(true);
                    item->setFont(f);
                }
            }
        }
        if (CalculationReport::anyDifference(m_differences))
            m_message->showMessage(InlineMessage::Kind::Warning,
                                   tr("Our figures differ from BMP's simulation (highlighted): explain the difference "
                                      "in the report or align the calculation before sending it."));
        else
            m_message->showMessage(InlineMessage::Kind::Positive,
                                   tr("Every figure matches BMP's simulation within one centavo / 0.01 point."));
    }
    m_comparison->setFixedHeight(
        m_comparison->horizontalHeader()->sizeHint().height() +
        qMax(1, m_comparison->rowCount()) * m_comparison->verticalHeader()->defaultSectionSize() + 4);
    m_schedule->setRowCount(static_cast<int>(r.parcelas.size()));
    for (int i = 0; i < r.parcelas.size(); ++i) {
        const LoanInstallment& p = r.parcelas.at(i);
        m_schedule->setItem(i, 0, cell(QString::number(p.nroParcela), true));
        m_schedule->setItem(i, 1, cell(DateText::date(p.dtVencimento)));
        m_schedule->setItem(i, 2, cell(QString::number(p.dias), true));
        m_schedule->setItem(i, 3, cell(money(p.vlrParcela), true));
        m_schedule->setItem(i, 4, cell(money(p.vlrJuros), true));
        m_schedule->setItem(i, 5, cell(money(p.vlrAmortizacao), true));
        m_schedule->setItem(i, 6, cell(money(p.vlrSaldo), true));
    }
}

QString CalculationPanel::chooseFile(const QString& suffix) {
    if (m_chooser)
        return m_chooser(suffix);
    const QString name =
        QStringLiteral("memoria-de-calculo-%1.%2")
            .arg(ProposalScenario::letter(*ProposalScenario::fromKey(m_scenarioCombo->currentData().toString())),
                 suffix);
    return QFileDialog::getSaveFileName(this, tr("Export the calculation report"),
                                        Prompts::startPath(m_project.localFolder(), name),
                                        suffix == u"pdf" ? tr("PDF (*.pdf)") : tr("CSV (*.csv)"));
}

void CalculationPanel::exportCsv() {
    if (!m_result)
        return;
    const QString path = chooseFile(QStringLiteral("csv"));
    if (path.isEmpty())
        return;
    CalculationCsvOptions options;
    if (QLocale().decimalPoint() == u',') {
        options.separator = u';';
        options.decimalComma = true;
    }
    // The save dialog asked before replacing a file; OutputFile still refuses a project, the open one above all.
    if (Status s = CalculationReport::writeCsv(*m_result, path, options, OutputFile::Overwrite::Allow); !s) {
        m_message->showMessage(InlineMessage::Kind::Error, s.error().message);
        return;
    }
    m_message->showMessage(InlineMessage::Kind::Positive, tr("Calculation report saved to %1.").arg(path));
    emit exported(path);
}

void CalculationPanel::exportPdf() {
    if (!m_result)
        return;
    const QString path = chooseFile(QStringLiteral("pdf"));
    if (path.isEmpty())
        return;
    if (Status s = CalculationReportPdf::write(*m_result, m_differences, title(), path, OutputFile::Overwrite::Allow);
        !s) {
        m_message->showMessage(InlineMessage::Kind::Error, s.error().message);
        return;
    }
    m_message->showMessage(InlineMessage::Kind::Positive, tr("Calculation report saved to %1.").arg(path));
    emit exported(path);
}

} // namespace bmp::ui
