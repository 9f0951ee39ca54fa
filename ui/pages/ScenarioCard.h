#pragma once

#include "domain/ProposalStore.h"
#include "net/EvidenceLog.h"

#include <QFrame>

class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;

namespace bmp::ui {

class InlineMessage;
class ScenarioForm;

// One of step 7's three scenarios: what it is, its editable and validated data, and what happened to it — ids,
// state, the statuses over time and the evidence of every call. A thin view: the page feeds it.
class ScenarioCard : public QFrame {
    Q_OBJECT
public:
    ScenarioCard(const ProposalScenario& scenario, QWidget* parent = nullptr);

    ScenarioId id() const { return m_id; }
    ProposalScenario scenario() const;
    ScenarioForm* form() const { return m_form; }
    // Shows the run; `active` when the worker is driving it right now.
    void showRun(const ScenarioRun& run, const QList<StatusEvent>& history, const QList<net::EvidenceEntry>& evidence,
                 bool active);
    void setRunnable(bool workerIdle); // buttons follow the worker
    // Whether the environment's proposals need the signature call (IncluirAssinaturaCCBFinalizada) before Finalizar.
    void setSignatureRequired(bool required);
    ScenarioValidation validateForm(); // shows errors and notes next to the fields; returns them

signals:
    void runRequested(bmp::ScenarioId id);
    void fixRequested(bmp::ScenarioId id);
    void resetRequested(bmp::ScenarioId id);
    void edited(const bmp::ProposalScenario& scenario);
    void evidenceOpened(qint64 evidenceId);

private:
    void refreshButtons();
    void refreshSignature();

    ScenarioId m_id;
    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_description;
    QPushButton* m_runButton;
    QPushButton* m_fixButton;
    QPushButton* m_resetButton;
    QToolButton* m_detailsButton;
    InlineMessage* m_validation;
    InlineMessage* m_runMessage;
    QLabel* m_codigo;
    QLabel* m_numero;
    QLabel* m_status;
    QLabel* m_step;
    QLabel* m_signature;
    bool m_signatureRequired = true;
    QListWidget* m_timeline;
    QListWidget* m_evidence;
    ScenarioForm* m_form;
    ScenarioRun m_run;
    bool m_active = false;
    bool m_workerIdle = true;
    bool m_valid = true;
};

} // namespace bmp::ui
