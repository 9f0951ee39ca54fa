#include "MainWindow.h"
#include "sandbox/PracticeSandbox.h"
#include "widgets/WheelGuard.h"

#include "WizardShell.h"
#include "core/AppInfo.h"
#include "domain/Project.h"
#include "pages/OverviewPage.h"
#include "storage/ProjectCopy.h"
#include "storage/ProjectStore.h"
#include "storage/ServerAddress.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTime>

namespace bmp::ui {

namespace {
const QString kRecentKey = QStringLiteral("recentProjects");
const QString kLanguageKey = QStringLiteral("language");
constexpr int kMaxRecent = 8;
} // namespace

MainWindow::MainWindow(const QString& projectFile, QWidget* parent)
    : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    WheelGuard::install(); // scrolling a page never edits the fields it passes over
    resize(1280, 800);
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());

    QString path = projectFile;
    if (path.isEmpty()) {
        const QStringList recent = recentProjects();
        path = recent.isEmpty() ? QString() : recent.first();
    }
    Status opened = path.isEmpty() ? makeError(QString()) : openProject(path);
    if (!opened) {
        const QString fallback = defaultProjectPath();
        if (!opened.error().message.isEmpty())
            statusBar()->showMessage(tr("Could not open %1: %2").arg(path, opened.error().message), 15000);
        if (QFileInfo::exists(fallback))
            opened = openProject(fallback);
        else
            opened = newProject(fallback, tr("My company"));
    }
    if (!m_project) // nothing could be opened or created: still show a usable window
        rebuildUi();
}

MainWindow::~MainWindow() {
    // Pages refer to the project: they go first.
    delete takeCentralWidget();
}

QString MainWindow::defaultProjectPath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("default.bmpproj"));
}

QStringList MainWindow::recentProjects() {
    return QSettings().value(kRecentKey).toStringList();
}

Status MainWindow::openProject(const QString& path) {
    auto project = Project::open(path);
    if (!project && storage::needsPassword(project.error())) {
        // The server wants a password libpq did not find (PGPASSWORD, ~/.pgpass): ask, use it once, keep it nowhere.
        const std::optional<QString> password = askText(
            tr("Password for %1:")
                .arg(storage::ServerAddress::parse(path).ok() ? storage::ServerAddress::parse(path)->display() : path),
            true);
        if (password)
            project = Project::open(path, *password);
    }
    if (!project)
        return project.error();
    const QString backup = (*project)->backupPath();
    setProject(std::move(project).value());
    if (!backup.isEmpty())
        statusBar()->showMessage(
            tr("The project was updated to the current format; a backup was kept at %1.").arg(backup), 15000);
    return {};
}

Status MainWindow::newProject(const QString& path, const QString& partner) {
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".bmpproj");
    auto project = Project::create(target, partner, {Product::Caas});
    if (!project)
        return project.error();
    setProject(std::move(project).value());
    return {};
}

Status MainWindow::saveProjectAs(const QString& path) {
    if (!m_project)
        return makeError(tr("There is no open project."));
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".bmpproj");
    if (!confirmLosingWaitingEdits())
        return {};
    const bool shared = m_project->isShared();
    if (auto copied = storage::copyToFile(m_project->store(), target); !copied)
        return copied.error();
    if (Status s = openProject(target); !s)
        return s;
    if (shared) {
        statusBar()->showMessage(tr("Saved a copy of the shared project at %1; this window now edits that file (the "
                                    "shared project is unchanged).")
                                     .arg(target),
                                 15000);
    }
    return {};
}

bool MainWindow::confirmLosingWaitingEdits() {
    const int waiting = m_project ? m_project->waitingEdits() : 0;
    if (waiting == 0)
        return true;
    const QString question = tr("%n change(s) could not be saved yet: the server of this shared project does not "
                                "answer. Leave this project anyway and lose them?",
                                nullptr, waiting);
    return m_quitConfirmer ? m_quitConfirmer(question)
                           : QMessageBox::question(this, tr("Changes not saved yet"), question) == QMessageBox::Yes;
}

void MainWindow::setProject(std::unique_ptr<Project> project) {
    if (m_project && centralWidget()) {
        // The old pages go later (deleteLater, maybe from inside one of their own signals) and use their project
        // until then, even to save an interrupted run: it lives as long as they do.
        std::shared_ptr<Project> retired = std::move(m_project);
        connect(centralWidget(), &QObject::destroyed, this, [retired] {});
    }
    m_project = std::move(project);
    m_project->keepEditsWhileOffline(true);
    // One practice sandbox per project, its state kept next to the project file (steps 3 to 7 share it).
    sandbox::PracticeSandbox::instance().useProject(m_project->path());
    rememberRecent(m_project->path());
    auto saved = [this] {
        if (m_savedLabel && m_project && m_project->waitingEdits() == 0 && !m_project->isOffline())
            m_savedLabel->setText(
                tr("All changes saved (%1)").arg(QTime::currentTime().toString(QStringLiteral("HH:mm"))));
    };
    for (auto signal : {&Project::partnerChanged, &Project::channelChanged, &Project::contactsChanged,
                        &Project::scopeChanged, &Project::calendarChanged})
        connect(m_project.get(), signal, this, saved);
    connect(m_project.get(), &Project::stepChanged, this, saved);
    auto title = [this] {
        setWindowTitle(m_project->isShared()
                           ? tr("%1 — shared, as %2 — BMP Onboarding").arg(m_project->partner(), m_project->userName())
                           : tr("%1 — BMP Onboarding").arg(m_project->partner()));
    };
    connect(m_project.get(), &Project::partnerChanged, this, title);
    connect(m_project.get(), &Project::conflictDetected, this, &MainWindow::showConflict);
    // A shared project's server that stops answering: say so where "All changes saved" stands, never claim it.
    auto waiting = [this] {
        if (!m_savedLabel || !m_project)
            return;
        const int n = m_project->waitingEdits();
        if (m_project->isOffline())
            m_savedLabel->setText(
                n == 0 ? tr("The server does not answer; reconnecting…")
                       : tr("%n change(s) not saved yet: the server does not answer; reconnecting…", nullptr, n));
        else if (n > 0)
            m_savedLabel->setText(tr("%n change(s) wait until the conflict is settled", nullptr, n));
    };
    connect(m_project.get(), &Project::waitingEditsChanged, this, waiting);
    connect(m_project.get(), &Project::serverReachableChanged, this, [this, waiting, saved](bool reachable) {
        if (!reachable) {
            waiting();
            return;
        }
        saved();
        statusBar()->showMessage(tr("The server answers again: every change is saved (%1).")
                                     .arg(QTime::currentTime().toString(QStringLiteral("HH:mm"))),
                                 10000);
        waiting();
    });
    connect(m_project.get(), &Project::waitingEditRefused, this, [this](const QString& message) {
        showError(tr("A change made while the server did not answer"), makeError(message));
    });
    connect(m_project.get(), &Project::changedElsewhere, this, [this] {
        statusBar()->showMessage(
            tr("Updated with a teammate's changes (%1).").arg(QTime::currentTime().toString(QStringLiteral("HH:mm"))),
            10000);
    });
    rebuildUi();
    title();
}

void MainWindow::rebuildUi() {
    menuBar()->clear();
    buildMenus();
    QWidget* old = centralWidget();
    if (m_project) {
        m_shell = new WizardShell(*m_project, this);
        setCentralWidget(m_shell);
        connect(m_shell, &WizardShell::newProjectRequested, this, &MainWindow::onNew);
        connect(m_shell, &WizardShell::openProjectRequested, this, &MainWindow::onOpen);
        setWindowTitle(tr("%1 — BMP Onboarding").arg(m_project->partner()));
    } else {
        m_shell = nullptr;
        auto* empty = new QLabel(tr("No project is open. Use File › New project or File › Open project."), this);
        empty->setAlignment(Qt::AlignCenter);
        setCentralWidget(empty);
        setWindowTitle(tr("BMP Onboarding"));
    }
    if (old && old != centralWidget())
        old->deleteLater();
    if (!m_savedLabel) {
        m_savedLabel = new QLabel(this);
        m_savedLabel->setObjectName(QStringLiteral("savedLabel"));
        statusBar()->addPermanentWidget(m_savedLabel);
    }
    m_savedLabel->setText(m_project ? tr("Every change is saved as you make it") : QString());
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New project…"), this, &MainWindow::onNew);
    newAction->setObjectName(QStringLiteral("newProjectAction"));
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = file->addAction(tr("&Open project…"), this, &MainWindow::onOpen);
    openAction->setShortcut(QKeySequence::Open);
    QAction* openShared = file->addAction(tr("Open &shared project…"), this, &MainWindow::onOpenShared);
    openShared->setObjectName(QStringLiteral("openSharedAction"));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    refreshRecentMenu();
    QAction* saveAs = file->addAction(tr("Save project &as…"), this, &MainWindow::onSaveAs);
    saveAs->setObjectName(QStringLiteral("saveAsAction"));
    saveAs->setShortcut(QKeySequence::SaveAs);
    saveAs->setEnabled(m_project != nullptr);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QMenu* language = view->addMenu(tr("&Language"));
    auto* group = new QActionGroup(language);
    // An empty code follows the system locale; the other entries are named in their own language. The checked entry
    // is the language in effect: "follow the system" only while the system's language is the one shown (--lang, or
    // a language without a catalogue, can put another in effect).
    const QString inEffect = AppInfo::currentLanguage();
    const QString chosen = QSettings().value(kLanguageKey).toString();
    const QString current = chosen.isEmpty() && inEffect == AppInfo::systemLanguage() ? QString() : inEffect;
    const QList<QPair<QString, QString>> languages{
        {QString(), tr("Follow the system (%1)").arg(AppInfo::languageName(AppInfo::systemLanguage()))},
        {QStringLiteral("en"), AppInfo::languageName(QStringLiteral("en"))},
        {QStringLiteral("pt_BR"), AppInfo::languageName(QStringLiteral("pt_BR"))}};
    for (const auto& [code, name] : languages) {
        QAction* a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == current);
        a->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] { switchLanguage(code); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About BMP Onboarding"), this, [this] {
        QMessageBox::about(this, tr("About BMP Onboarding"),
                           tr("<h3>BMP Onboarding %1</h3><p>Takes a BMP partner from kickoff to production through "
                              "BMP's onboarding checklist.</p><p>Open source. BMP is a trademark of its owner; this "
                              "tool is not made by BMP.</p>")
                               .arg(AppInfo::version()));
    });
}

void MainWindow::refreshRecentMenu() {
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = recentProjects();
    for (const QString& path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (Status s = openProject(path); !s)
                showError(tr("Open project"), s.error());
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

std::optional<QString> MainWindow::askText(const QString& label, bool secret) {
    if (m_textPrompt)
        return m_textPrompt(label, secret);
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Shared project"), label,
                                               secret ? QLineEdit::Password : QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

void MainWindow::onOpenShared() {
    if (!confirmLosingWaitingEdits())
        return;
    const std::optional<QString> address =
        askText(tr("Address of the shared project (for example postgresql://ana@db.example.com/onboarding):"), false);
    if (!address || address->trimmed().isEmpty())
        return;
    if (Status s = openProject(address->trimmed()); !s)
        showError(tr("Open shared project"), s.error());
}

void MainWindow::showConflict(const StepConflict& conflict) {
    // Not modal: the pages already show their version; the user decides whether theirs or mine stays.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Changed by someone else"),
                                tr("%1\n\nKeep theirs, or save yours over it?").arg(Project::conflictText(conflict)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("conflictBox"));
    QPushButton* theirs = box->addButton(tr("Keep theirs"), QMessageBox::RejectRole);
    theirs->setObjectName(QStringLiteral("keepTheirsButton"));
    QPushButton* mine = box->addButton(tr("Save mine"), QMessageBox::AcceptRole);
    mine->setObjectName(QStringLiteral("keepMineButton"));
    box->setDefaultButton(theirs);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, mine](QAbstractButton* clicked) {
        if (!m_project)
            return;
        if (clicked != mine) {
            m_project->keepTheirs();
            return;
        }
        if (Status s = m_project->keepMine(); !s && !m_project->pendingConflict())
            showError(tr("Save mine"), s.error());
    });
    box->open();
}

void MainWindow::rememberRecent(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    refreshRecentMenu();
}

void MainWindow::showError(const QString& title, const Error& error) {
    auto* box = new QMessageBox(QMessageBox::Warning, title, error.message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    if (!error.detail.isEmpty())
        box->setDetailedText(error.detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::switchLanguage(const QString& language) {
    QSettings settings;
    if (language.isEmpty())
        settings.remove(kLanguageKey);
    else
        settings.setValue(kLanguageKey, language);
    // Also sets the default locale, so the rebuilt pages show dates and numbers the language's way.
    AppInfo::installTranslator(*QCoreApplication::instance(),
                               language.isEmpty() ? AppInfo::systemLanguage() : language);
    rebuildUi(); // pages are views over the project: rebuilding them in the new language loses nothing
}

QString MainWindow::askFile(FileQuestion question) {
    if (m_fileChooser)
        return m_fileChooser(question);
    const QString filter = tr("BMP Onboarding projects (*.bmpproj)");
    const QString dir = m_project ? m_project->localFolder() : QDir::homePath();
    switch (question) {
    case FileQuestion::Open:
        return QFileDialog::getOpenFileName(this, tr("Open project"), dir, filter);
    case FileQuestion::New:
        return QFileDialog::getSaveFileName(this, tr("New project"), dir, filter);
    case FileQuestion::SaveAs:
        return QFileDialog::getSaveFileName(this, tr("Save project as"), dir, filter);
    }
    return {};
}

void MainWindow::onNew() {
    if (!confirmLosingWaitingEdits())
        return;
    const QString path = askFile(FileQuestion::New);
    if (path.isEmpty())
        return;
    // An empty name is not a silent cancel: the question comes again, saying why, until a name or Cancel.
    QString label = tr("Partner (your company's) name:");
    QString partner;
    for (int attempt = 0; attempt < 10 && partner.trimmed().isEmpty(); ++attempt) {
        std::optional<QString> answer;
        if (m_partnerPrompt) {
            answer = m_partnerPrompt(label);
        } else {
            bool ok = false;
            const QString typed =
                QInputDialog::getText(this, tr("New project"), label, QLineEdit::Normal, QString(), &ok);
            if (ok)
                answer = typed;
        }
        if (!answer)
            return;
        partner = *answer;
        label = tr("The partner's name is needed: it names the project and its signoff report. Partner (your "
                   "company's) name:");
    }
    if (partner.trimmed().isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showError(tr("New project"), makeError(tr("A file named %1 already exists. Choose another name; existing "
                                                  "projects are never overwritten.")
                                                   .arg(path)));
        return;
    }
    if (Status s = newProject(path, partner); !s)
        showError(tr("New project"), s.error());
}

void MainWindow::onOpen() {
    if (!confirmLosingWaitingEdits())
        return;
    const QString path = askFile(FileQuestion::Open);
    if (path.isEmpty())
        return;
    if (Status s = openProject(path); !s)
        showError(tr("Open project"), s.error());
}

void MainWindow::onSaveAs() {
    const QString path = askFile(FileQuestion::SaveAs);
    if (path.isEmpty())
        return;
    if (Status s = saveProjectAs(path); !s)
        showError(tr("Save project as"), s.error());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    // Work running in the background (the proposals) stops where it is when the window goes: ask first.
    const QString running = m_shell ? m_shell->runningWork() : QString();
    if (!running.isEmpty()) {
        const QString question = tr("%1 is still running. Quit anyway? It stops where it is, and runs on from there "
                                    "the next time you open this project.")
                                     .arg(running);
        const bool quit = m_quitConfirmer ? m_quitConfirmer(question)
                                          : QMessageBox::question(this, tr("Quit"), question) == QMessageBox::Yes;
        if (!quit) {
            event->ignore();
            return;
        }
    }
    // Focused editors save on focus loss; move focus away so the last keystrokes are saved too.
    if (QWidget* focus = QApplication::focusWidget())
        focus->clearFocus();
    if (!confirmLosingWaitingEdits()) {
        event->ignore();
        return;
    }
    QSettings().setValue(QStringLiteral("geometry"), saveGeometry());
    event->accept();
}

} // namespace bmp::ui
