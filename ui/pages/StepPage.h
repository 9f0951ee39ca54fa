#pragma once

#include "domain/Checklist.h"
#include "pages/WizardPage.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QVBoxLayout;
class QLabel;

namespace bmp::ui {

class InlineMessage;
class OptionalDateEdit;

// A checklist step: what it means, what it needs, the step's own content, and its status controls
// (status, owner, planned and actual dates, notes), all saved as soon as they change.
class StepPage : public WizardPage {
    Q_OBJECT
public:
    StepPage(Project& project, StepId step, QWidget* parent = nullptr);

    StepId step() const { return m_step; }
    QString pageTitle() const override;
    QString pageKey() const override { return keyFor(m_step); }
    static QString keyFor(StepId step); // stable, also used before the page exists
    bool isComplete() const override;
    QString completionHint() const override;

    // Test seam: the reason asked for when a step is marked done while its rule does not hold.
    void setDoneReasonProvider(std::function<std::optional<QString>()> provider) {
        m_reasonProvider = std::move(provider);
    }

protected:
    // Subclasses put their content here, between the explanation and the status controls.
    QVBoxLayout* contentLayout() const { return m_content; }
    // The step's own rule, without the "marked done" escape; empty hint means it holds.
    virtual QString missingForCompletion() const { return {}; }
    void showError(const QString& text);
    void showStatus(const QString& text);
    void refreshStatusPanel();
    void refreshRehearsal(); // the "rehearsed in Practice" line, after something was done in Practice
    void showEvent(QShowEvent* event) override;
    InlineMessage* message() const { return m_message; }

private:
    void buildStatusPanel(QVBoxLayout* layout);
    void onStatusActivated(int index);
    std::optional<QString> askDoneReason();

    StepId m_step;
    QVBoxLayout* m_content = nullptr;
    InlineMessage* m_message = nullptr;
    QComboBox* m_statusCombo = nullptr;
    QLineEdit* m_ownerEdit = nullptr;
    OptionalDateEdit* m_plannedEdit = nullptr;
    OptionalDateEdit* m_actualEdit = nullptr;
    QPlainTextEdit* m_notesEdit = nullptr;
    QLabel* m_historyLabel = nullptr;
    QLabel* m_rehearsalLabel = nullptr;
    std::function<std::optional<QString>()> m_reasonProvider;
};

} // namespace bmp::ui
