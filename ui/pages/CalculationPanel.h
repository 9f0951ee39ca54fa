#pragma once

#include "domain/LoanCalculator.h"
#include "report/CalculationReport.h"

#include <QGroupBox>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace bmp {
class Project;
}

namespace bmp::ui {

class InlineMessage;

// Step 7's calculation report, shown when the partner computes the loan: our inputs and schedule, and the
// cross-check against the environment's CalcularValoresProposta answer (recorded by the scenario's run), with
// every difference highlighted; exported as CSV and PDF.
class CalculationPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit CalculationPanel(Project& project, QWidget* parent = nullptr);
    void setEnvironment(const QString& environment);
    void refresh();
    bool hasDifferences() const;
    // Test seam: the file the export dialogs would answer (empty: cancelled).
    void setFileChooser(std::function<QString(const QString& suffix)> chooser) { m_chooser = std::move(chooser); }

signals:
    void exported(const QString& path);

private:
    void exportCsv();
    void exportPdf();
    QString chooseFile(const QString& suffix);
    QString title() const;

    Project& m_project;
    QString m_environment;
    QComboBox* m_scenarioCombo;
    QLabel* m_inputs;
    QTableWidget* m_comparison;
    QTableWidget* m_schedule;
    QPushButton* m_csvButton;
    QPushButton* m_pdfButton;
    InlineMessage* m_message;
    std::optional<LoanResult> m_result;
    QList<FieldComparison> m_differences;
    std::function<QString(const QString&)> m_chooser;
};

} // namespace bmp::ui
