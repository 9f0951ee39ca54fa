#pragma once

#include "domain/ProjectData.h"

#include "core/Result.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QMenu;
class QLabel;

namespace bmp {
class Project;
}

namespace bmp::ui {

class WizardShell;

// The application window: owns the open Project and the wizard over it; New / Open / Recent / Save As,
// language choice, and remembers the last project (the wizard remembers the page).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const QString& projectFile = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    Project* project() const { return m_project.get(); }
    WizardShell* wizard() const { return m_shell; }

    Status openProject(const QString& path);
    Status newProject(const QString& path, const QString& partner);
    Status saveProjectAs(const QString& path);
    static QString defaultProjectPath();
    static QStringList recentProjects();

    // Test seams: what the file dialogs (empty = cancelled), the partner prompt (nullopt = cancelled; it is asked
    // with the label shown) and the "quit while work runs?" question would answer.
    enum class FileQuestion { Open, New, SaveAs };
    void setFileChooser(std::function<QString(FileQuestion)> chooser) { m_fileChooser = std::move(chooser); }
    void setPartnerPrompt(std::function<std::optional<QString>(const QString& label)> prompt) {
        m_partnerPrompt = std::move(prompt);
    }
    void setQuitConfirmer(std::function<bool(const QString& question)> confirmer) {
        m_quitConfirmer = std::move(confirmer);
    }
    // Asks for a shared project's address or a server's password (secret: typed without echo).
    void setTextPrompt(std::function<std::optional<QString>(const QString& label, bool secret)> prompt) {
        m_textPrompt = std::move(prompt);
    }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void rebuildUi();
    void setProject(std::unique_ptr<Project> project);
    void rememberRecent(const QString& path);
    void refreshRecentMenu();
    void showError(const QString& title, const Error& error);
    void switchLanguage(const QString& language);
    QString askFile(FileQuestion question);
    void onNew();
    void onOpen();
    void onOpenShared();
    void onSaveAs();
    std::optional<QString> askText(const QString& label, bool secret);
    void showConflict(const StepConflict& conflict);
    // A shared project with edits waiting for its server: true when the user agrees to lose them (or none wait).
    bool confirmLosingWaitingEdits();

    std::unique_ptr<Project> m_project;
    WizardShell* m_shell = nullptr;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_savedLabel = nullptr;
    std::function<QString(FileQuestion)> m_fileChooser;
    std::function<std::optional<QString>(const QString& label)> m_partnerPrompt;
    std::function<bool(const QString& question)> m_quitConfirmer;
    std::function<std::optional<QString>(const QString& label, bool secret)> m_textPrompt;
};

} // namespace bmp::ui
