#include "domain/Project.h"

#include "core/BackgroundTask.h"
#include "core/DateText.h"
#include "domain/Environments.h"
#include "storage/ProjectStore.h"
#include "storage/ServerProbe.h"

#include <QPointer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

// Team editing (docs/TEAM.md): edits made on a stale copy are refused and surfaced (theirs/mine), other clients'
// writes are heard and reloaded, and edits made while the server does not answer wait for it.
namespace bmp {

void Project::listenToOthers() {
    if (!isShared())
        return;
    QSqlDriver* driver = m_store->database().driver();
    if (!driver)
        return;
    // Another client's write: reload once the burst is over (one statement, one notification; a save is several).
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString&, QSqlDriver::NotificationSource source, const QVariant& payload) {
                if (source == QSqlDriver::SelfSource)
                    return;
                if (!m_changedTables.contains(payload.toString()))
                    m_changedTables.append(payload.toString());
                if (m_reloadQueued)
                    return;
                m_reloadQueued = true;
                QTimer::singleShot(30, this, [this] {
                    m_reloadQueued = false;
                    const QStringList tables = std::exchange(m_changedTables, {});
                    if (reload(tables))
                        emit changedElsewhere(tables);
                });
            });
}

Status Project::reload(const QStringList& tables) {
    const QList<StepState> before = m_steps;
    if (Status s = load(); !s)
        return s;
    auto touched = [&](const char* table) { return tables.isEmpty() || tables.contains(QLatin1String(table)); };
    if (touched("settings")) {
        emit partnerChanged();
        emit channelChanged();
        emit scopeChanged();
        emit m_signoff->accreditationChanged();
        emit m_signoff->deliveryChanged();
    }
    if (touched("contacts"))
        emit contactsChanged();
    if (touched("calendar_overrides"))
        emit calendarChanged();
    if (touched("signoff_areas"))
        emit m_signoff->areasChanged();
    if (touched("accreditation_procedures"))
        emit m_signoff->accreditationChanged();
    if (touched("environments")) {
        for (const EnvironmentProfile& p : m_environments->list())
            emit m_environments->changed(p.name);
    }
    for (int i = 0; i < m_steps.size(); ++i) {
        const StepState& a = before.at(i);
        const StepState& b = m_steps.at(i);
        if (tables.isEmpty() || a.rowVersion != b.rowVersion || a.status != b.status || a.owner != b.owner ||
            a.notes != b.notes || a.planned != b.planned || a.actual != b.actual)
            emit stepChanged(b.step);
    }
    return {};
}

Status Project::attempt(const std::function<Status()>& edit) {
    m_conflict.reset();
    m_mine = {};
    const quint64 refusedBefore = m_store->offlineRefusals();
    Status s = edit();
    if (m_conflict) {
        m_mine = edit;
    } else if (!s && m_keepWhileOffline && m_store->offlineRefusals() != refusedBefore) {
        // Refused only because the server does not answer: kept, in order, and made once it answers.
        m_waiting.append(edit);
        emit waitingEditsChanged(waitingEdits());
        return makeError(tr("The server of this shared project does not answer right now. Your change is kept on "
                            "this computer and will be saved as soon as the server answers again."),
                         s.error().detail);
    }
    return s;
}

Result<qint64> Project::attemptInsert(const std::function<Result<qint64>()>& insert) {
    auto added = std::make_shared<qint64>(0);
    Status s = attempt([insert, added]() -> Status {
        auto id = insert();
        if (!id)
            return id.error();
        *added = *id;
        return {};
    });
    if (!s)
        return s.error();
    return *added;
}

Status Project::keepMine() {
    if (!m_mine)
        return makeError(tr("There is no refused edit to make again."));
    const std::function<Status()> edit = std::move(m_mine);
    m_keepingMine = true;
    Status s = attempt(edit);
    m_keepingMine = false;
    if (!m_conflict)
        makeWaitingEdits();
    emit conflictSettled();
    return s;
}

void Project::keepTheirs() {
    m_mine = {};
    m_conflict.reset();
    makeWaitingEdits();
    emit conflictSettled();
}

Status Project::stepConflict(StepId id) {
    if (Status s = reloadStep(id); !s)
        return s;
    const StepState& theirs = step(id);
    m_conflict = StepConflict{
        id, theirs.updatedBy, QDateTime::fromString(theirs.updatedAt, Qt::ISODateWithMs), StepConflict::Kind::Step, {}};
    emit stepChanged(id);
    emit conflictDetected(*m_conflict);
    return makeError(conflictText(*m_conflict));
}

Status Project::contactConflict(qint64 id, const QString& name) {
    if (Status s = reload({QStringLiteral("contacts")}); !s)
        return s;
    const Contact* theirs = findContact(id);
    m_conflict = StepConflict{StepId::Channel, theirs ? theirs->updatedBy : QString(),
                              theirs ? QDateTime::fromString(theirs->updatedAt, Qt::ISODateWithMs) : QDateTime(),
                              StepConflict::Kind::Contact, theirs ? theirs->name : name};
    emit conflictDetected(*m_conflict);
    return makeError(conflictText(*m_conflict));
}

// The production release days depend on the calendar: its days belong to step 10.
Status Project::calendarConflict(const QDate& date) {
    if (Status s = reload({QStringLiteral("calendar_overrides")}); !s)
        return s;
    const auto theirs = std::find_if(m_overrides.cbegin(), m_overrides.cend(),
                                     [&](const CalendarOverride& x) { return x.date == date; });
    const bool found = theirs != m_overrides.cend();
    m_conflict = StepConflict{StepId::Accreditation, found ? theirs->updatedBy : QString(),
                              found ? QDateTime::fromString(theirs->updatedAt, Qt::ISODateWithMs) : QDateTime(),
                              StepConflict::Kind::CalendarDay, date.toString(Qt::ISODate)};
    emit conflictDetected(*m_conflict);
    return makeError(conflictText(*m_conflict));
}

ConflictSink Project::conflictSink() {
    return [self = QPointer<Project>(this)](const StepConflict& c, const std::function<Status()>& mine) {
        if (!self)
            return;
        self->m_conflict = c;
        self->m_mine = mine;
        emit self->conflictDetected(c);
    };
}

QString Project::conflictText(const StepConflict& c) {
    const QString by = c.by.isEmpty() ? tr("someone else") : c.by;
    const QString at = DateText::dateTime(c.at.toLocalTime());
    switch (c.kind) {
    case StepConflict::Kind::Step:
        return tr("Step %1 was changed by %2 at %3 while you were editing it, so your change was not saved. The step "
                  "now shows their version.")
            .arg(static_cast<int>(c.step))
            .arg(by, at);
    case StepConflict::Kind::Contact:
        if (!c.at.isValid()) {
            return tr("The participant %1 was removed by someone else while you were editing it, so your change was "
                      "not saved. Save yours to add the participant again.")
                .arg(c.name);
        }
        return tr("The participant %1 was changed by %2 at %3 while you were editing it, so your change was not "
                  "saved. The list now shows their version.")
            .arg(c.name, by, at);
    case StepConflict::Kind::Procedure:
        if (!c.at.isValid()) {
            return tr("The production procedure “%1” was removed by someone else while you were editing it, "
                      "so your change was not saved. Save yours to add it again.")
                .arg(c.name);
        }
        return tr("The production procedure “%1” was changed by %2 at %3 while you were editing it, so your "
                  "change was not saved. Step 10 now shows their version.")
            .arg(c.name, by, at);
    case StepConflict::Kind::Environment:
        return tr("The %1 environment was changed by %2 at %3 while you were editing it, so your change was not "
                  "saved. Step 4 now shows their version.")
            .arg(c.name, by, at);
    case StepConflict::Kind::Api:
        return tr("The API %1 was changed by %2 at %3 while you were editing it, so your change was not saved. Step 6 "
                  "now shows their version.")
            .arg(c.name, by, at);
    case StepConflict::Kind::BmpTest:
        if (!c.at.isValid()) {
            return tr("The test “%1” was removed by someone else while you were editing it, so your change "
                      "was not saved.")
                .arg(c.name);
        }
        return tr("The test “%1” was changed by %2 at %3 while you were editing it, so your change was "
                  "not saved. Step 8 now shows their version.")
            .arg(c.name, by, at);
    case StepConflict::Kind::Callback:
        return tr("The %1 callback was changed by %2 at %3 while you were editing it, so your change was not saved. "
                  "Step 6 now shows their version.")
            .arg(c.name, by, at);
    case StepConflict::Kind::SignoffArea:
        if (!c.at.isValid()) {
            return tr("The area %1 was removed by someone else while you were editing it, so your change was not "
                      "saved.")
                .arg(c.name);
        }
        return tr("The area %1 was changed by %2 at %3 while you were editing it, so your change was not saved. Step "
                  "9 now shows their version.")
            .arg(c.name, by, at);
    case StepConflict::Kind::CalendarDay: {
        const QString day = DateText::date(QDate::fromString(c.name, Qt::ISODate));
        if (!c.at.isValid()) {
            return tr("The calendar entry for %1 was removed by someone else while you were editing it, so your "
                      "change was not saved.")
                .arg(day);
        }
        return tr("The calendar entry for %1 was changed by %2 at %3 while you were editing it, so your change was "
                  "not saved. The calendar now shows their version.")
            .arg(day, by, at);
    }
    }
    return {};
}

Status Project::writeStepVersioned(StepId id, const QString& assignments, QVariantList values) {
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const qint64 version = step(id).rowVersion;
    values << m_store->userName() << now << static_cast<int>(id) << version;
    const auto changed = m_store->update(QStringLiteral("UPDATE steps SET %1, row_version = row_version + 1, "
                                                        "updated_by = ?, updated_at = ? WHERE step = ? AND "
                                                        "row_version = ?")
                                             .arg(assignments),
                                         values);
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return stepConflict(id);
    StepState& s = mutableStep(id);
    s.rowVersion = version + 1;
    s.updatedBy = m_store->userName();
    s.updatedAt = now;
    return {};
}

Status Project::saveSetting(StepId step, const QString& key, const QString& value) {
    m_conflict.reset();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    // Written only over the value this copy read (or where there was none): never over a teammate's newer one.
    const auto changed = m_store->update(
        QStringLiteral("INSERT INTO settings (key, value, updated_by, updated_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_by = excluded.updated_by, "
                       "updated_at = excluded.updated_at WHERE settings.value = ?"),
        {key, value, m_store->userName(), now, m_loadedSettings.value(key)});
    if (!changed)
        return changed.error();
    if (*changed > 0) {
        m_loadedSettings[key] = value;
        return {};
    }
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT updated_by, updated_at FROM settings WHERE key = ?"));
    q.addBindValue(key);
    const bool found = q.exec() && q.next();
    m_conflict = StepConflict{step,
                              found ? q.value(0).toString() : QString(),
                              QDateTime::fromString(found ? q.value(1).toString() : QString(), Qt::ISODateWithMs),
                              StepConflict::Kind::Step,
                              {}};
    // "Save mine": the same value again, over what is there now.
    m_mine = [this, step, key, value]() -> Status {
        m_loadedSettings[key] = m_store->setting(key);
        if (Status s = saveSetting(step, key, value); !s)
            return settingRefused(s);
        return reload({QStringLiteral("settings")});
    };
    return makeError(conflictText(*m_conflict));
}

Status Project::settingRefused(const Status& refused) {
    if (m_conflict) {
        // Outside the refused transaction now: show what the store holds, then say who changed it.
        const StepConflict conflict = *m_conflict;
        const std::function<Status()> mine = m_mine;
        (void)reload({QStringLiteral("settings")}); // a failed read keeps the old copy; the refusal stands
        m_conflict = conflict;
        m_mine = mine;
        emit conflictDetected(conflict);
    }
    return refused;
}

bool Project::isOffline() const {
    return m_store->offline();
}

void Project::serverLost() {
    // Called from inside a failing statement: the views hear of it once that edit has returned.
    if (!m_probeTimer) {
        m_probeTimer = new QTimer(this);
        m_probeTimer->setInterval(1000);
        connect(m_probeTimer, &QTimer::timeout, this, &Project::probeServer);
    }
    m_probeTimer->start();
    QMetaObject::invokeMethod(
        this, [this] { emit serverReachableChanged(false); }, Qt::QueuedConnection);
}

void Project::probeServer() {
    const std::optional<storage::ServerAddress> address = m_store->serverAddress();
    if (m_probing || !address)
        return;
    m_probing = true;
    auto answer = std::make_shared<Status>();
    auto* task = BackgroundTask::run(this, [answer, a = *address] { *answer = storage::ServerProbe::reach(a); });
    connect(task, &BackgroundTask::done, this, [this, answer] {
        m_probing = false;
        if (*answer)
            serverAnswered();
    });
}

void Project::serverAnswered() {
    if (Status s = m_store->reconnect(); !s)
        return; // the next probe tries again
    m_probeTimer->stop();
    // The waiting edits first, over the copy they were made on (a teammate's newer edit is a conflict, not
    // overwritten); then everything read again, since nothing was heard while the server was away.
    makeWaitingEdits();
    (void)reload();
    emit serverReachableChanged(true);
}

void Project::makeWaitingEdits() {
    if (m_waiting.isEmpty() || m_store->offline())
        return;
    while (!m_waiting.isEmpty() && !m_conflict) {
        const std::function<Status()> edit = m_waiting.takeFirst();
        const quint64 refusedBefore = m_store->offlineRefusals();
        m_mine = {};
        Status s = edit();
        if (m_store->offlineRefusals() != refusedBefore) {
            m_waiting.prepend(edit); // gone again: it waits for the next answer
            break;
        }
        if (m_conflict)
            m_mine = edit; // the user settles it (keepMine/keepTheirs), then the rest is made
        else if (!s)
            emit waitingEditRefused(s.error().message);
    }
    emit waitingEditsChanged(waitingEdits());
}

} // namespace bmp
