#pragma once

#include "core/Result.h"
#include "domain/BusinessCalendar.h"
#include "domain/ProjectData.h"
#include "domain/Signoff.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace bmp {

namespace storage {
class ProjectStore;
}
class Environments;
class KeyVault;

// The one state object every page and command reads and writes. Every setter validates, saves in its own
// transaction, updates the in-memory copy only once saved, then emits a signal.
class Project : public QObject {
    Q_OBJECT
public:
    ~Project() override;

    static Result<std::unique_ptr<Project>> create(const QString& path, const QString& partner,
                                                   const QList<Product>& products);
    // A project file, or a shared project's server address (postgresql://…; password: when the server asks).
    static Result<std::unique_ptr<Project>> open(const QString& path, const QString& password = {});

    // The file's path, or the shared project's address (without a password).
    QString path() const;
    bool isShared() const;
    // Where files the user saves for this project start: the project file's folder, or home for a shared project.
    QString localFolder() const;
    // Who this copy writes as: the database role of a shared project, the login name otherwise.
    QString userName() const;
    QString backupPath() const; // non-empty when opening migrated an older file
    storage::ProjectStore& store() { return *m_store; }
    Environments& environments() { return *m_environments; }
    KeyVault& keys() { return *m_keys; }

    QString partner() const { return m_partner; }
    Status setPartner(const QString& name);

    // Steps
    QList<StepId> applicableSteps() const;
    const StepState& step(StepId id) const;
    // Records the change with its note, who and when. `override`: done before the step's own rule holds (the note is
    // the reason). The same status again with a note adds the note to the history; without one it changes nothing.
    Status setStepStatus(StepId id, StepStatus status, const QString& note = {}, bool override = false);
    // The change that made a done step done, when it was an override (its reason, who and when).
    std::optional<StatusChange> overrideOf(StepId id) const;
    Status setStepOwner(StepId id, const QString& owner);
    Status setStepNotes(StepId id, const QString& notes);
    Status setStepPlanned(StepId id, const QDate& date);
    Status setStepActual(StepId id, const QDate& date);
    QList<StatusChange> history(std::optional<StepId> id = std::nullopt) const;
    int doneCount() const;

    // Concurrent editing. A step edit made on a copy someone else has changed since is refused (never silently
    // overwritten): the step then shows their version, conflictDetected() says who and when, and keepMine()
    // makes the refused edit again on top of theirs (keepTheirs() forgets it).
    std::optional<StepConflict> pendingConflict() const { return m_conflict; }
    Status keepMine();
    void keepTheirs();
    // Reads everything again from the store and tells every view (a shared project does it when another client
    // wrote; the tables it names are in changedElsewhere()).
    // Only views of what changed hear about it (tables: the tables written; empty: everything), so a field the user
    // is typing in is left alone when a teammate edits something else.
    Status reload(const QStringList& tables = {});
    // The sentence that says what a teammate changed, who and when ("Step 3 was changed by ana at 10:02 while…").
    static QString conflictText(const StepConflict& conflict);
    // For the parts of a project that write through the store (API checklist, BMP's tests, callbacks): their
    // conflicts are kept for keepMine() and announced by conflictDetected(), like the project's own.
    ConflictSink conflictSink();

    // A shared project whose server stopped answering (restarting, network down). Edits of steps, settings,
    // participants and calendar days made meanwhile are kept, in order, and made once it answers again (a conflict
    // with a teammate's newer edit is surfaced as usual); other changes are refused with a message saying why. The
    // server is probed off the GUI thread, so nothing waits for it.
    bool isOffline() const;
    int waitingEdits() const { return static_cast<int>(m_waiting.size()); }
    // Only a copy that lives on (the window, with its event loop) keeps edits waiting; a command that exits refuses
    // them instead, since it would never make them.
    void keepEditsWhileOffline(bool keep) { m_keepWhileOffline = keep; }

    // Step 1
    const ChannelInfo& channel() const { return m_channel; }
    Status setGroupName(const QString& name);
    Status setInviteLink(const QString& link);
    const QList<Contact>& contacts() const { return m_contacts; }
    Result<qint64> addContact(const Contact& contact);
    Status updateContact(const Contact& contact);
    Status removeContact(qint64 id);

    // Step 2
    const ScopeInfo& scope() const { return m_scope; }
    Status setProducts(const QList<Product>& products);
    Status setApis(const QStringList& apis);
    Status setPartnerComputesLoan(bool computes);
    Status setAlignmentMeeting(const QDate& date, bool held);
    // Planned dates must follow the checklist order; returns the steps whose planned date is before an earlier step's.
    QList<StepId> scheduleOrderProblems() const;

    // Calendar
    BusinessCalendar calendar() const;
    const QList<CalendarOverride>& calendarOverrides() const { return m_overrides; }
    Status addCalendarOverride(const CalendarOverride& o);
    Status removeCalendarOverride(const QDate& date);

    // Steps 9-11: BackOffice signoff, production accreditation and delivery.
    Signoff& signoff() { return *m_signoff; }
    const Signoff& signoff() const { return *m_signoff; }

    // Free-form per-project settings (UI position and later features).
    QString setting(const QString& key, const QString& fallback = {}) const;
    Status setSetting(const QString& key, const QString& value);

signals:
    void partnerChanged();
    void stepChanged(bmp::StepId step);
    void channelChanged();
    void contactsChanged();
    void scopeChanged();
    void calendarChanged();
    void conflictDetected(const bmp::StepConflict& conflict);
    // keepMine() or keepTheirs() decided: views of what the store holds directly (API checklist, tests, callbacks)
    // read it again.
    void conflictSettled();
    void changedElsewhere(const QStringList& tables);
    // The server stopped answering (false) or answers again (true: the waiting edits were made, the copy reloaded).
    void serverReachableChanged(bool reachable);
    void waitingEditsChanged(int count);
    // A waiting edit that no longer holds once made (say, a date that has become invalid): it was not saved.
    void waitingEditRefused(const QString& message);

private:
    friend class Signoff; // a rejection reopens step 9 inside the signoff's own transaction

    explicit Project(std::unique_ptr<storage::ProjectStore> store);
    Status load();
    // Writes a status change and its history row (always, even when the status stays) without a transaction of
    // its own; applyStepStatus() then updates memory and emits, once the caller's transaction committed.
    Status writeStepStatus(StepId id, StepStatus status, const QString& note, bool override = false);
    void applyStepStatus(StepId id, StepStatus status);
    Status saveStepField(StepId id, const char* column, const QVariant& value);
    // UPDATE steps SET <assignments> … only when the row is still at the version this copy read.
    Status writeStepVersioned(StepId id, const QString& assignments, QVariantList values);
    Status stepConflict(StepId id);
    Status reloadStep(StepId id);
    // Runs an edit; when it meets a conflict, keeps it for keepMine().
    Status attempt(const std::function<Status()>& edit);
    // attempt() for an edit that adds a row: the new row's id, once it is added.
    Result<qint64> attemptInsert(const std::function<Result<qint64>()>& insert);
    Status changeStepStatus(StepId id, StepStatus status, const QString& note, bool override);
    Status changeStepOwner(StepId id, const QString& owner);
    Status changeStepNotes(StepId id, const QString& notes);
    Status changeStepPlanned(StepId id, const QDate& date);
    Status changeStepActual(StepId id, const QDate& date);
    void listenToOthers();
    // Offline: probe the server every second on a worker thread; once it answers, reconnect, make the waiting edits.
    void serverLost();
    void probeServer();
    void serverAnswered();
    void makeWaitingEdits();
    Result<qint64> insertContact(const Contact& contact);
    Status writeCalendarDay(const CalendarOverride& o);
    // Theirs is read again and shown; the refusal says who changed it and when (removed: no one to name).
    Status contactConflict(qint64 id, const QString& name);
    Status calendarConflict(const QDate& date);
    // Saves one project setting over the value this copy read; a conflict when a teammate changed it meanwhile.
    Status saveSetting(StepId step, const QString& key, const QString& value);
    Status settingRefused(const Status& refused);
    StepState& mutableStep(StepId id) { return m_steps[static_cast<int>(id) - 1]; }
    Contact* findContact(qint64 id);

    std::unique_ptr<storage::ProjectStore> m_store;
    Environments* m_environments; // child QObject
    KeyVault* m_keys;             // child QObject
    QString m_partner;
    QList<StepState> m_steps;
    ChannelInfo m_channel;
    QList<Contact> m_contacts;
    ScopeInfo m_scope;
    QList<CalendarOverride> m_overrides;
    Signoff* m_signoff; // a child QObject
    std::optional<StepConflict> m_conflict;
    std::function<Status()> m_mine;           // the edit a conflict refused, for keepMine()
    QStringList m_changedTables;              // named by other clients since the last reload
    QHash<QString, QString> m_loadedSettings; // settings as this copy read them (saveSetting's expectation)
    bool m_reloadQueued = false;
    QList<std::function<Status()>> m_waiting; // edits made while the server did not answer, oldest first
    QTimer* m_probeTimer = nullptr;           // child QObject; runs while offline
    bool m_probing = false;
    bool m_keepWhileOffline = false;
    bool m_keepingMine = false; // keepMine() is making a refused edit again (a removed row is added back)
};

} // namespace bmp
