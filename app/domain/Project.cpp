#include "domain/Project.h"

#include "core/AppInfo.h"
#include "core/DateText.h"
#include "domain/Environments.h"
#include "domain/KeyVault.h"
#include "domain/Validators.h"
#include "storage/ProjectStore.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>

namespace bmp {

namespace {

QString dateText(const QDate& d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// The columns a step is read from, in readStep()'s order; the step number first.
const QString kStepColumns = QStringLiteral("step, status, owner, planned_date, actual_date, notes, row_version, "
                                            "updated_by, updated_at");

void readStep(const QSqlQuery& q, StepState& s) {
    s.status = Checklist::statusFromKey(q.value(1).toString()).value_or(StepStatus::NotStarted);
    s.owner = q.value(2).toString();
    s.planned = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    s.actual = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    s.notes = q.value(5).toString();
    s.rowVersion = q.value(6).toLongLong();
    s.updatedBy = q.value(7).toString();
    s.updatedAt = q.value(8).toString();
}

QVariant dateValue(const QDate& d) {
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QString sideKey(Side s) {
    return s == Side::Bmp ? QStringLiteral("bmp") : QStringLiteral("partner");
}

QString productsText(const QList<Product>& products) {
    QStringList keys;
    for (Product p : products)
        keys.append(Checklist::productKey(p));
    return keys.join(u',');
}

} // namespace

Project::Project(std::unique_ptr<storage::ProjectStore> store)
    : m_store(std::move(store))
    , m_environments(new Environments(*m_store, this))
    , m_keys(new KeyVault(*m_store, this))
    , m_signoff(new Signoff(*this)) {
    for (StepId id : Checklist::allSteps())
        m_steps.append(StepState{id, StepStatus::NotStarted, {}, {}, {}, {}, 0, {}, {}});
    m_store->setOfflineHandler([this] { serverLost(); });
    // The profiles keep their own copy-less store access: their conflicts are offered like any other.
    connect(m_environments, &Environments::conflict, this,
            [sink = conflictSink()](const StepConflict& c, const std::function<Status()>& mine) { sink(c, mine); });
}

Project::~Project() = default;

Result<std::unique_ptr<Project>> Project::create(const QString& path, const QString& partner,
                                                 const QList<Product>& products) {
    const auto name = Validators::requiredText(partner, tr("The partner name"));
    if (!name)
        return name.error();
    auto store = storage::ProjectStore::create(path);
    if (!store)
        return store.error();
    std::unique_ptr<Project> project(new Project(std::move(store).value()));
    Status s = project->m_store->transaction([&]() -> Status {
        if (Status e = project->m_store->setSetting(QStringLiteral("partner"), *name); !e)
            return e;
        return project->m_store->setSetting(QStringLiteral("products"), productsText(products));
    });
    if (!s)
        return s.error();
    if (Status l = project->load(); !l)
        return l.error();
    return project;
}

Result<std::unique_ptr<Project>> Project::open(const QString& path, const QString& password) {
    auto store = storage::ProjectStore::open(path, password);
    if (!store)
        return store.error();
    std::unique_ptr<Project> project(new Project(std::move(store).value()));
    if (Status l = project->load(); !l)
        return l.error();
    project->listenToOthers();
    return project;
}

QString Project::path() const {
    return m_store->path();
}

bool Project::isShared() const {
    return m_store->isShared();
}

QString Project::localFolder() const {
    return isShared() ? QDir::homePath() : QFileInfo(path()).absolutePath();
}

QString Project::userName() const {
    return m_store->userName();
}

QString Project::backupPath() const {
    return m_store->backupPath();
}

Status Project::load() {
    // The values as read: a later save of one of them is made only if it still holds what this copy read.
    auto read = [this](const QString& key) { return m_loadedSettings[key] = m_store->setting(key); };
    m_partner = read(QStringLiteral("partner"));
    m_channel.groupName = read(QStringLiteral("channel.group_name"));
    m_channel.inviteLink = read(QStringLiteral("channel.invite_link"));
    m_scope.products.clear();
    for (const QString& key : read(QStringLiteral("products")).split(u',', Qt::SkipEmptyParts)) {
        if (auto p = Checklist::productFromKey(key))
            m_scope.products.append(*p);
    }
    m_scope.apis = read(QStringLiteral("scope.apis")).split(u'\n', Qt::SkipEmptyParts);
    m_scope.partnerComputesLoan = read(QStringLiteral("scope.partner_computes_loan")) == QLatin1String("1");
    m_scope.alignmentMeeting = QDate::fromString(read(QStringLiteral("scope.alignment_date")), Qt::ISODate);
    m_scope.alignmentHeld = read(QStringLiteral("scope.alignment_held")) == QLatin1String("1");

    QSqlQuery q(m_store->database());
    if (!q.exec(QStringLiteral("SELECT %1 FROM steps").arg(kStepColumns)))
        return makeError(tr("The project file could not be read."), q.lastError().text());
    while (q.next()) {
        const int n = q.value(0).toInt();
        if (n >= 1 && n <= kStepCount)
            readStep(q, m_steps[n - 1]);
    }
    m_contacts.clear();
    if (!q.exec(QStringLiteral("SELECT id, name, role, side, email, phone, joined, row_version, updated_by, "
                               "updated_at FROM contacts ORDER BY id")))
        return makeError(tr("The project file could not be read."), q.lastError().text());
    while (q.next()) {
        m_contacts.append(Contact{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                  q.value(3).toString() == QLatin1String("bmp") ? Side::Bmp : Side::Partner,
                                  q.value(4).toString(), q.value(5).toString(), q.value(6).toBool(),
                                  q.value(7).toLongLong(), q.value(8).toString(), q.value(9).toString()});
    }
    m_overrides.clear();
    if (!q.exec(QStringLiteral("SELECT date, added, name, row_version, updated_by, updated_at FROM "
                               "calendar_overrides ORDER BY date")))
        return makeError(tr("The project file could not be read."), q.lastError().text());
    while (q.next()) {
        m_overrides.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toBool(),
                            q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toString(),
                            q.value(5).toString()});
    }
    return m_signoff->load();
}

Status Project::setPartner(const QString& name) {
    return attempt([=, this]() -> Status {
        const auto v = Validators::requiredText(name, tr("The partner name"));
        if (!v)
            return v.error();
        if (Status s = saveSetting(StepId::Channel, QStringLiteral("partner"), *v); !s)
            return settingRefused(s);
        m_partner = *v;
        emit partnerChanged();
        return {};
    });
}

QList<StepId> Project::applicableSteps() const {
    return Checklist::applicableSteps(m_scope.products);
}

const StepState& Project::step(StepId id) const {
    return m_steps.at(static_cast<int>(id) - 1);
}

Status Project::reloadStep(StepId id) {
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT %1 FROM steps WHERE step = ?").arg(kStepColumns));
    q.addBindValue(static_cast<int>(id));
    if (!q.exec() || !q.next())
        return makeError(tr("The project file could not be read."), q.lastError().text());
    readStep(q, mutableStep(id));
    return {};
}

Status Project::setStepStatus(StepId id, StepStatus status, const QString& note, bool override) {
    return attempt([=, this] { return changeStepStatus(id, status, note, override); });
}

Status Project::changeStepStatus(StepId id, StepStatus status, const QString& note, bool override) {
    if (step(id).status == status && note.trimmed().isEmpty())
        return {};
    const qint64 version = step(id).rowVersion;
    if (Status s = m_store->transaction([&] { return writeStepStatus(id, status, note, override); }); !s) {
        if (!m_conflict && step(id).rowVersion != version)
            (void)reloadStep(id); // rolled back after the row was written: memory follows the store again
        return s;
    }
    applyStepStatus(id, status);
    return {};
}

Status Project::writeStepStatus(StepId id, StepStatus status, const QString& note, bool override) {
    const StepStatus from = step(id).status;
    if (Status e = writeStepVersioned(id, QStringLiteral("status = ?"), {Checklist::statusKey(status)}); !e)
        return e;
    return m_store->exec(QStringLiteral("INSERT INTO step_history (step, from_status, to_status, note, changed_at, "
                                        "changed_by, override) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                         {static_cast<int>(id), Checklist::statusKey(from), Checklist::statusKey(status),
                          note.trimmed(), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                          m_store->userName(), int(override && status == StepStatus::Done)});
}

std::optional<StatusChange> Project::overrideOf(StepId id) const {
    if (step(id).status != StepStatus::Done)
        return std::nullopt;
    const QList<StatusChange> changes = history(id);
    for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
        if (it->to == StepStatus::Done && it->from != StepStatus::Done)
            return it->override ? std::optional<StatusChange>(*it) : std::nullopt;
    }
    return std::nullopt;
}

void Project::applyStepStatus(StepId id, StepStatus status) {
    mutableStep(id).status = status;
    emit stepChanged(id);
}

Status Project::saveStepField(StepId id, const char* column, const QVariant& value) {
    return writeStepVersioned(id, QStringLiteral("%1 = ?").arg(QLatin1String(column)), {value});
}

Status Project::setStepOwner(StepId id, const QString& owner) {
    return attempt([=, this] { return changeStepOwner(id, owner); });
}

Status Project::setStepNotes(StepId id, const QString& notes) {
    return attempt([=, this] { return changeStepNotes(id, notes); });
}

Status Project::setStepPlanned(StepId id, const QDate& date) {
    return attempt([=, this] { return changeStepPlanned(id, date); });
}

Status Project::setStepActual(StepId id, const QDate& date) {
    return attempt([=, this] { return changeStepActual(id, date); });
}

Status Project::changeStepOwner(StepId id, const QString& owner) {
    const QString v = owner.simplified();
    if (v.size() > 200)
        return makeError(tr("The owner's name is too long (at most 200 characters)."));
    if (Status s = saveStepField(id, "owner", v); !s)
        return s;
    mutableStep(id).owner = v;
    emit stepChanged(id);
    return {};
}

Status Project::changeStepNotes(StepId id, const QString& notes) {
    if (notes.size() > 20000)
        return makeError(tr("The notes are too long (at most 20,000 characters)."));
    if (Status s = saveStepField(id, "notes", notes); !s)
        return s;
    mutableStep(id).notes = notes;
    emit stepChanged(id);
    return {};
}

Status Project::changeStepPlanned(StepId id, const QDate& date) {
    if (date.isValid()) {
        // Planned dates follow the checklist order: no step may be planned before an earlier one.
        for (StepId other : applicableSteps()) {
            const QDate d = step(other).planned;
            if (!d.isValid() || other == id)
                continue;
            if (static_cast<int>(other) < static_cast<int>(id) && d > date) {
                return makeError(tr("Step %1 (%2) is planned for %3: step %4 cannot be planned before it.")
                                     .arg(static_cast<int>(other))
                                     .arg(Checklist::title(other), DateText::date(d))
                                     .arg(static_cast<int>(id)));
            }
            if (static_cast<int>(other) > static_cast<int>(id) && d < date) {
                return makeError(tr("Step %1 (%2) is planned for %3: step %4 cannot be planned after it.")
                                     .arg(static_cast<int>(other))
                                     .arg(Checklist::title(other), DateText::date(d))
                                     .arg(static_cast<int>(id)));
            }
        }
    }
    if (Status s = saveStepField(id, "planned_date", dateValue(date)); !s)
        return s;
    mutableStep(id).planned = date;
    emit stepChanged(id);
    return {};
}

Status Project::changeStepActual(StepId id, const QDate& date) {
    if (date.isValid() && date > QDate::currentDate().addDays(1))
        return makeError(tr("The actual date cannot be in the future."));
    if (Status s = saveStepField(id, "actual_date", dateValue(date)); !s)
        return s;
    mutableStep(id).actual = date;
    emit stepChanged(id);
    return {};
}

QList<StatusChange> Project::history(std::optional<StepId> id) const {
    QList<StatusChange> list;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT step, from_status, to_status, note, changed_at, changed_by, override "
                             "FROM step_history WHERE ? = 0 OR step = ? ORDER BY id"));
    const QVariant stepValue = id ? static_cast<int>(*id) : 0; // 0: every step (a typed value both engines read)
    q.addBindValue(stepValue);
    q.addBindValue(stepValue);
    if (!q.exec())
        return list;
    while (q.next()) {
        list.append({static_cast<StepId>(q.value(0).toInt()),
                     Checklist::statusFromKey(q.value(1).toString()).value_or(StepStatus::NotStarted),
                     Checklist::statusFromKey(q.value(2).toString()).value_or(StepStatus::NotStarted),
                     q.value(3).toString(), QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs),
                     q.value(5).toString(), q.value(6).toBool()});
    }
    return list;
}

int Project::doneCount() const {
    int n = 0;
    for (StepId id : applicableSteps())
        n += step(id).status == StepStatus::Done ? 1 : 0;
    return n;
}

Status Project::setGroupName(const QString& name) {
    return attempt([=, this]() -> Status {
        const QString v = name.simplified();
        if (v.size() > 100)
            return makeError(tr("The group name is too long (WhatsApp allows at most 100 characters)."));
        if (Status s = saveSetting(StepId::Channel, QStringLiteral("channel.group_name"), v); !s)
            return settingRefused(s);
        m_channel.groupName = v;
        emit channelChanged();
        return {};
    });
}

Status Project::setInviteLink(const QString& link) {
    return attempt([=, this]() -> Status {
        QString v;
        if (!link.trimmed().isEmpty()) {
            const auto checked = Validators::whatsappInviteLink(link);
            if (!checked)
                return checked.error();
            v = *checked;
        }
        if (Status s = saveSetting(StepId::Channel, QStringLiteral("channel.invite_link"), v); !s)
            return settingRefused(s);
        m_channel.inviteLink = v;
        emit channelChanged();
        return {};
    });
}

static Result<Contact> validatedContact(const Contact& in) {
    Contact c = in;
    const auto name = Validators::requiredText(in.name, Project::tr("The participant's name"));
    if (!name)
        return name.error();
    c.name = *name;
    c.role = in.role.simplified();
    if (!in.email.trimmed().isEmpty()) {
        const auto email = Validators::email(in.email);
        if (!email)
            return email.error();
        c.email = *email;
    } else {
        c.email.clear();
    }
    if (!in.phone.trimmed().isEmpty()) {
        const auto phone = Validators::phoneE164(in.phone);
        if (!phone)
            return phone.error();
        c.phone = *phone;
    } else {
        c.phone.clear();
    }
    return c;
}

Result<qint64> Project::addContact(const Contact& contact) {
    return attemptInsert([=, this] { return insertContact(contact); });
}

Result<qint64> Project::insertContact(const Contact& contact) {
    const auto c = validatedContact(contact);
    if (!c)
        return c.error();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const auto id = m_store->insert(
        QStringLiteral("INSERT INTO contacts (name, role, side, email, phone, joined, "
                       "updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {c->name, c->role, sideKey(c->side), c->email, c->phone, c->joined ? 1 : 0, m_store->userName(), now});
    if (!id)
        return id.error();
    Contact added = *c;
    added.id = *id;
    added.rowVersion = 0;
    added.updatedBy = m_store->userName();
    added.updatedAt = now;
    m_contacts.append(added);
    emit contactsChanged();
    return added.id;
}

Contact* Project::findContact(qint64 id) {
    for (Contact& c : m_contacts) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

Status Project::updateContact(const Contact& contact) {
    return attempt([=, this]() -> Status {
        Contact* existing = findContact(contact.id);
        if (!existing) {
            if (!m_keepingMine)
                return makeError(tr("This participant no longer exists."));
            // Removed by a teammate, and the user keeps theirs: added back.
            if (auto id = insertContact(contact); !id)
                return id.error();
            return {};
        }
        const auto c = validatedContact(contact);
        if (!c)
            return c.error();
        // Over the version the editor read (a teammate may have changed it since); "save mine": over theirs.
        const qint64 expected = m_keepingMine ? existing->rowVersion : contact.rowVersion;
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const auto changed = m_store->update(
            QStringLiteral("UPDATE contacts SET name = ?, role = ?, side = ?, email = ?, phone = ?, joined = ?, "
                           "row_version = row_version + 1, updated_by = ?, updated_at = ? WHERE id = ? AND "
                           "row_version = ?"),
            {c->name, c->role, sideKey(c->side), c->email, c->phone, c->joined ? 1 : 0, m_store->userName(), now, c->id,
             expected});
        if (!changed)
            return changed.error();
        if (*changed == 0)
            return contactConflict(c->id, existing->name);
        const qint64 version = expected + 1;
        *existing = *c;
        existing->rowVersion = version;
        existing->updatedBy = m_store->userName();
        existing->updatedAt = now;
        emit contactsChanged();
        return {};
    });
}

Status Project::removeContact(qint64 id) {
    return attempt([=, this]() -> Status {
        const Contact* existing = findContact(id);
        if (!existing)
            return {}; // gone already
        const auto changed = m_store->update(QStringLiteral("DELETE FROM contacts WHERE id = ? AND row_version = ?"),
                                             {id, existing->rowVersion});
        if (!changed)
            return changed.error();
        const QString name = existing->name;
        m_contacts.erase(
            std::remove_if(m_contacts.begin(), m_contacts.end(), [&](const Contact& c) { return c.id == id; }),
            m_contacts.end());
        if (*changed == 0) {
            // Removed by a teammate too (fine), or changed since this copy read it: then theirs stays, and why.
            if (Status s = reload({QStringLiteral("contacts")}); !s)
                return s;
            if (findContact(id))
                return contactConflict(id, name);
        }
        emit contactsChanged();
        return {};
    });
}

Status Project::setProducts(const QList<Product>& products) {
    return attempt([=, this]() -> Status {
        if (products.isEmpty())
            return makeError(tr("Choose at least one product."));
        if (Status s = saveSetting(StepId::Scope, QStringLiteral("products"), productsText(products)); !s)
            return settingRefused(s);
        m_scope.products = products;
        emit scopeChanged();
        return {};
    });
}

Status Project::setApis(const QStringList& apis) {
    return attempt([=, this]() -> Status {
        QStringList clean;
        for (const QString& a : apis) {
            const QString t = a.simplified();
            if (!t.isEmpty() && !clean.contains(t))
                clean.append(t);
        }
        if (Status s = saveSetting(StepId::Scope, QStringLiteral("scope.apis"), clean.join(u'\n')); !s)
            return settingRefused(s);
        m_scope.apis = clean;
        emit scopeChanged();
        return {};
    });
}

Status Project::setPartnerComputesLoan(bool computes) {
    return attempt([=, this]() -> Status {
        if (Status s = saveSetting(StepId::Scope, QStringLiteral("scope.partner_computes_loan"),
                                   computes ? QStringLiteral("1") : QStringLiteral("0"));
            !s)
            return settingRefused(s);
        m_scope.partnerComputesLoan = computes;
        emit scopeChanged();
        return {};
    });
}

Status Project::setAlignmentMeeting(const QDate& date, bool held) {
    return attempt([=, this]() -> Status {
        if (held && !date.isValid())
            return makeError(tr("Enter the date of the alignment meeting before marking it as held."));
        if (held && date > QDate::currentDate())
            return makeError(tr("A meeting planned for a future date cannot be marked as held yet."));
        Status s = m_store->transaction([&]() -> Status {
            if (Status e = saveSetting(StepId::Scope, QStringLiteral("scope.alignment_date"), dateText(date)); !e)
                return e;
            return saveSetting(StepId::Scope, QStringLiteral("scope.alignment_held"),
                               held ? QStringLiteral("1") : QStringLiteral("0"));
        });
        if (!s)
            return settingRefused(s);
        m_scope.alignmentMeeting = date;
        m_scope.alignmentHeld = held;
        emit scopeChanged();
        return {};
    });
}

QList<StepId> Project::scheduleOrderProblems() const {
    QList<StepId> problems;
    QDate latest;
    for (StepId id : applicableSteps()) {
        const QDate d = step(id).planned;
        if (!d.isValid())
            continue;
        if (latest.isValid() && d < latest)
            problems.append(id);
        else
            latest = d;
    }
    return problems;
}

BusinessCalendar Project::calendar() const {
    CalendarRegions regions;
    regions.saoPauloState = setting(QStringLiteral("calendar.sp_state"), QStringLiteral("1")) == QLatin1String("1");
    regions.saoPauloCity = setting(QStringLiteral("calendar.sp_city"), QStringLiteral("1")) == QLatin1String("1");
    return BusinessCalendar(regions, m_overrides);
}

Status Project::addCalendarOverride(const CalendarOverride& o) {
    return attempt([=, this] { return writeCalendarDay(o); });
}

Status Project::writeCalendarDay(const CalendarOverride& o) {
    if (!o.date.isValid())
        return makeError(tr("Choose a valid date."));
    const QString day = o.date.toString(Qt::ISODate);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const auto known = std::find_if(m_overrides.cbegin(), m_overrides.cend(),
                                    [&](const CalendarOverride& x) { return x.date == o.date; });
    // A day this copy knows is changed only as it read it; a new one only if no teammate added it meanwhile.
    const auto changed =
        known != m_overrides.cend()
            ? m_store->update(QStringLiteral("UPDATE calendar_overrides SET added = ?, name = ?, row_version = "
                                             "row_version + 1, updated_by = ?, updated_at = ? WHERE date = ? AND "
                                             "row_version = ?"),
                              {o.added ? 1 : 0, o.name.simplified(), m_store->userName(), now, day, known->rowVersion})
            : m_store->update(QStringLiteral("INSERT INTO calendar_overrides (date, added, name, updated_by, "
                                             "updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (date) DO NOTHING"),
                              {day, o.added ? 1 : 0, o.name.simplified(), m_store->userName(), now});
    if (!changed)
        return changed.error();
    if (*changed == 0) {
        if (m_keepingMine && known != m_overrides.cend()) {
            // Removed by a teammate, and the user keeps theirs: added back.
            m_overrides.erase(known);
            return writeCalendarDay(o);
        }
        return calendarConflict(o.date);
    }
    const qint64 version = known != m_overrides.cend() ? known->rowVersion + 1 : 0;
    m_overrides.erase(std::remove_if(m_overrides.begin(), m_overrides.end(),
                                     [&](const CalendarOverride& x) { return x.date == o.date; }),
                      m_overrides.end());
    m_overrides.append({o.date, o.added, o.name.simplified(), version, m_store->userName(), now});
    std::sort(m_overrides.begin(), m_overrides.end(), [](auto& a, auto& b) { return a.date < b.date; });
    emit calendarChanged();
    return {};
}

Status Project::removeCalendarOverride(const QDate& date) {
    return attempt([=, this]() -> Status {
        const auto known = std::find_if(m_overrides.cbegin(), m_overrides.cend(),
                                        [&](const CalendarOverride& x) { return x.date == date; });
        if (known == m_overrides.cend())
            return {}; // gone already
        const auto changed =
            m_store->update(QStringLiteral("DELETE FROM calendar_overrides WHERE date = ? AND row_version = ?"),
                            {date.toString(Qt::ISODate), known->rowVersion});
        if (!changed)
            return changed.error();
        if (*changed == 0) {
            // Removed by a teammate too (fine), or changed since this copy read it: then theirs stays, and why.
            if (Status s = reload({QStringLiteral("calendar_overrides")}); !s)
                return s;
            if (std::any_of(m_overrides.cbegin(), m_overrides.cend(), [&](auto& x) { return x.date == date; }))
                return calendarConflict(date);
            return {};
        }
        m_overrides.erase(known);
        emit calendarChanged();
        return {};
    });
}

namespace {

// Settings about one person's way of working (the page they were on, the furthest page reached, the report's
// language, the environment proposals run in): in a shared project each person keeps their own, on their machine,
// and a teammate's navigation neither moves nor reloads anyone else's window.
bool isPersonal(const QString& key) {
    return key.startsWith(QLatin1String("ui.")) || key == QLatin1String("proposals.environment");
}

QString personalKey(const QString& projectId, const QString& user, const QString& key) {
    return QStringLiteral("sharedProjects/%1/%2/%3").arg(projectId, user, key);
}

} // namespace

QString Project::setting(const QString& key, const QString& fallback) const {
    if (isShared() && isPersonal(key))
        return QSettings()
            .value(personalKey(m_store->setting(QStringLiteral("project.id")), userName(), key), fallback)
            .toString();
    return m_store->setting(key, fallback);
}

Status Project::setSetting(const QString& key, const QString& value) {
    if (isShared() && isPersonal(key)) {
        QSettings().setValue(personalKey(m_store->setting(QStringLiteral("project.id")), userName(), key), value);
        return {};
    }
    Status s = m_store->setSetting(key, value);
    if (s && key.startsWith(QLatin1String("calendar.")))
        emit calendarChanged();
    return s;
}

} // namespace bmp
