#pragma once

#include "domain/Environment.h"
#include "domain/ProposalStore.h"
#include "net/TokenProvider.h"
#include "pages/StepPage.h"

#include <QMap>
#include <QTimer>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace bmp::net {
class ApiClient;
class EvidenceLog;
class ProposalWorker;
} // namespace bmp::net

namespace bmp::ui {

class CalculationPanel;
class ScenarioCard;

// Step 7 — the three test proposals per environment: scenario cards (data, run/retry, fix, ids, statuses,
// evidence), one progress strip for the shared, paced queue, and the calculation report when the partner computes
// the loan. The Practice environment runs against the project's practice sandbox (started on demand) with the key
// and client_id registered on step 3.
class ProposalsPage : public StepPage {
    Q_OBJECT
public:
    // Where Bearer tokens come from for a real environment (the step 5 TokenWorker plugs in here).
    using TokenProviderFactory = std::function<net::TokenProvider(const EnvironmentProfile&, net::ApiClient*)>;
    static void setTokenProviderFactory(TokenProviderFactory factory);

    explicit ProposalsPage(Project& project, QWidget* parent = nullptr);
    ~ProposalsPage() override;

    ScenarioCard* card(ScenarioId id) const { return m_cards.value(id); }
    CalculationPanel* calculationPanel() const { return m_calc; }
    net::ProposalWorker* worker() const { return m_worker; }
    QString environment() const;
    QString runningWork() const override;
    // Test seam: the answer to "start a new proposal?".
    void setConfirmer(std::function<bool(const QString&)> confirmer) { m_confirmer = std::move(confirmer); }

signals:
    void workerFinished();

protected:
    QString missingForCompletion() const override;

private:
    void prepareWorker(const std::function<void(const Status&)>& then);
    void buildWorker(const EnvironmentProfile& profile, const QUrl& apiBase);
    void run(const QList<ScenarioId>& ids);
    void fix(ScenarioId id);
    void startOver(ScenarioId id);
    void refreshCard(ScenarioId id);
    void refreshAll();
    void refreshProgress();
    void refreshEnvironmentInfo();
    void onEnvironmentChanged();
    void openEvidence(qint64 id);
    bool confirm(const QString& question);

    ProposalStore m_store;
    std::unique_ptr<net::EvidenceLog> m_evidence;
    QComboBox* m_envCombo;
    QLabel* m_envInfo;
    QPushButton* m_runAllButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_progress;
    QLabel* m_currentCall;
    QLabel* m_queue;
    QLabel* m_nextSend;
    QLabel* m_notice;
    QMap<ScenarioId, ScenarioCard*> m_cards;
    CalculationPanel* m_calc;
    std::unique_ptr<net::ApiClient> m_client;
    net::ProposalWorker* m_worker = nullptr;
    QString m_workerEnv;
    QTimer m_tick;
    std::function<bool(const QString&)> m_confirmer;
};

} // namespace bmp::ui
