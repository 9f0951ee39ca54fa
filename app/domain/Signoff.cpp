#include "domain/Signoff.h"

#include "core/DateText.h"
#include "domain/Project.h"
#include "domain/Validators.h"
#include "storage/ProjectStore.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace bmp {

namespace {

const QString kSeeded = QStringLiteral("signoff.seeded");

QVariant dateValue(const QDate& d) {
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

QList<Decision> Decisions::all() {
    return {Decision::Pending, Decision::Approved, Decision::ApprovedWithRemarks, Decision::Rejected};
}

QString Decisions::key(Decision d) {
    switch (d) {
    case Decision::Pending:
        return QStringLiteral("pending");
    case Decision::Approved:
        return QStringLiteral("approved");
    case Decision::ApprovedWithRemarks:
        return QStringLiteral("approved-with-remarks");
    case Decision::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<Decision> Decisions::fromKey(const QString& key) {
    for (Decision d : all()) {
        if (Decisions::key(d) == key)
            return d;
    }
    return std::nullopt;
}

const char* Decisions::source(Decision d) {
    switch (d) {
    case Decision::Pending:
        return QT_TRANSLATE_NOOP("Signoff", "Pending");
    case Decision::Approved:
        return QT_TRANSLATE_NOOP("Signoff", "Approved");
    case Decision::ApprovedWithRemarks:
        return QT_TRANSLATE_NOOP("Signoff", "Approved with remarks");
    case Decision::Rejected:
        return QT_TRANSLATE_NOOP("Signoff", "Rejected");
    }
    return "";
}

QString Decisions::label(Decision d) {
    return QCoreApplication::translate("Signoff", source(d));
}

Signoff::Signoff(Project& project)
    : QObject(&project)
    , m_project(project) {}

namespace {
QStringList defaultsOf(SeededText::Kind kind) {
    QStringList out;
    for (const QString& key : SeededText::keys(kind))
        out.append(SeededText::display(kind, key, QString()));
    return out;
}
} // namespace

QStringList Signoff::defaultAreas() {
    return defaultsOf(SeededText::Kind::Area);
}

QStringList Signoff::defaultProcedures() {
    return defaultsOf(SeededText::Kind::Procedure);
}

Status Signoff::load() {
    if (m_project.setting(kSeeded) != QLatin1String("1")) {
        if (Status s = seedDefaults(); !s)
            return s;
    }
    m_areas.clear();
    m_procedures.clear();
    QSqlQuery q(m_project.store().database());
    if (!q.exec(QStringLiteral("SELECT id, position, name, approver, decision, decided_on, comments, seed, signer, "
                               "row_version, updated_by, updated_at FROM signoff_areas ORDER BY position, id")))
        return makeError(Project::tr("The project file could not be read."), q.lastError().text());
    while (q.next()) {
        m_areas.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
                        Decisions::fromKey(q.value(4).toString()).value_or(Decision::Pending),
                        QDate::fromString(q.value(5).toString(), Qt::ISODate), q.value(6).toString(),
                        q.value(7).toString(), q.value(8).toString(), q.value(9).toLongLong(), q.value(10).toString(),
                        q.value(11).toString()});
    }
    if (!q.exec(QStringLiteral("SELECT id, position, text, done, seed, row_version, updated_by, updated_at FROM "
                               "accreditation_procedures ORDER BY position, id")))
        return makeError(Project::tr("The project file could not be read."), q.lastError().text());
    while (q.next()) {
        m_procedures.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toBool(),
                             q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString(),
                             q.value(7).toString()});
    }
    loadProduction();
    return {};
}

Status Signoff::seedDefaults() {
    // Once per project. Each row keeps its key, so it reads in the language of whoever opens the project; the text
    // is stored too (in the language of whoever opened it first), for a key a later version might not know.
    storage::ProjectStore& store = m_project.store();
    return store.transaction([&]() -> Status {
        int position = 0;
        for (const QString& key : SeededText::keys(SeededText::Kind::Area)) {
            if (Status s =
                    store.exec(QStringLiteral("INSERT INTO signoff_areas (position, name, seed) VALUES (?, ?, ?)"),
                               {++position, SeededText::display(SeededText::Kind::Area, key, QString()), key});
                !s)
                return s;
        }
        position = 0;
        for (const QString& key : SeededText::keys(SeededText::Kind::Procedure)) {
            if (Status s = store.exec(
                    QStringLiteral("INSERT INTO accreditation_procedures (position, text, seed) VALUES (?, ?, ?)"),
                    {++position, SeededText::display(SeededText::Kind::Procedure, key, QString()), key});
                !s)
                return s;
        }
        return store.setSetting(kSeeded, QStringLiteral("1"));
    });
}

Result<qint64> Signoff::insertRow(const QString& sql, const QVariantList& values) {
    return m_project.store().insert(sql, values);
}

std::optional<SignoffArea> Signoff::area(qint64 id) const {
    for (const SignoffArea& a : m_areas) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

SignoffArea* Signoff::findArea(qint64 id) {
    for (SignoffArea& a : m_areas) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

Procedure* Signoff::findProcedure(qint64 id) {
    for (Procedure& p : m_procedures) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

Result<QString> Signoff::validAreaName(const QString& name, qint64 exceptId) const {
    const auto v = Validators::requiredText(name, tr("The area's name"), 100);
    if (!v)
        return v.error();
    for (const SignoffArea& a : m_areas) {
        if (a.id != exceptId && a.displayName().compare(*v, Qt::CaseInsensitive) == 0)
            return makeError(tr("There is already an area named %1.").arg(a.displayName()));
    }
    return *v;
}

Result<qint64> Signoff::addArea(const QString& name) {
    return m_project.attemptInsert([=, this] { return insertArea(name); });
}

Result<qint64> Signoff::insertArea(const QString& name) {
    const auto v = validAreaName(name, 0);
    if (!v)
        return v.error();
    const int position = m_areas.isEmpty() ? 1 : m_areas.last().position + 1;
    const auto id =
        insertRow(QStringLiteral("INSERT INTO signoff_areas (position, name) VALUES (?, ?)"), {position, *v});
    if (!id)
        return id.error();
    SignoffArea added;
    added.id = *id;
    added.position = position;
    added.name = *v;
    m_areas.append(added);
    emit areasChanged();
    return added.id;
}

Status Signoff::renameArea(qint64 id, const QString& name) {
    return m_project.attempt([=, this]() -> Status {
        SignoffArea* a = findArea(id);
        if (!a)
            return makeError(tr("This area no longer exists."));
        const auto v = validAreaName(name, id);
        if (!v)
            return v.error();
        if (*v == a->displayName())
            return {}; // unchanged: a default area keeps its key, and so its translations
        if (Status s = writeArea(id, QStringLiteral("name = ?, seed = ''"), {*v}); !s)
            return s;
        a = findArea(id);
        a->name = *v;
        a->seed.clear();
        emit areasChanged();
        return {};
    });
}

Status Signoff::removeArea(qint64 id) {
    return m_project.attempt([=, this]() -> Status {
        const SignoffArea* a = findArea(id);
        if (!a)
            return makeError(tr("This area no longer exists."));
        const auto changed = m_project.store().update(
            QStringLiteral("DELETE FROM signoff_areas WHERE id = ? AND row_version = ?"), {id, a->rowVersion});
        if (!changed)
            return changed.error();
        if (*changed == 0) {
            // Removed by a teammate too (fine), or changed since this copy read it: then theirs stays, and why.
            const QString name = a->displayName();
            (void)load();
            if (findArea(id))
                return areaConflict(id, name);
            emit areasChanged();
            return {};
        }
        m_areas.erase(std::remove_if(m_areas.begin(), m_areas.end(), [&](const SignoffArea& x) { return x.id == id; }),
                      m_areas.end());
        emit areasChanged();
        return {};
    });
}

Status Signoff::setApprover(qint64 id, const QString& approver) {
    return m_project.attempt([=, this]() -> Status {
        SignoffArea* a = findArea(id);
        if (!a)
            return makeError(tr("This area no longer exists."));
        const QString v = approver.simplified();
        if (v.size() > 200)
            return makeError(tr("The approver's name is too long (at most 200 characters)."));
        if (v.isEmpty() && a->decision != Decision::Pending)
            return makeError(
                tr("%1 has already decided: the approver's name cannot be removed.").arg(a->displayName()));
        if (v == a->approver)
            return {};
        if (Status s = writeArea(id, QStringLiteral("approver = ?"), {v}); !s)
            return s;
        findArea(id)->approver = v;
        emit areasChanged();
        return {};
    });
}

Status Signoff::writeArea(qint64 id, const QString& assignments, QVariantList values) {
    SignoffArea* a = findArea(id);
    storage::ProjectStore& store = m_project.store();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const qint64 version = a->rowVersion;
    values << store.userName() << now << id << version;
    const auto changed = store.update(QStringLiteral("UPDATE signoff_areas SET %1, row_version = row_version + 1, "
                                                     "updated_by = ?, updated_at = ? WHERE id = ? AND row_version = ?")
                                          .arg(assignments),
                                      values);
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return areaConflict(id, a->displayName());
    a->rowVersion = version + 1;
    a->updatedBy = store.userName();
    a->updatedAt = now;
    return {};
}

// Theirs is read again and shown; the refusal says who changed it and when.
Status Signoff::areaConflict(qint64 id, const QString& name) {
    (void)load(); // a failed read keeps the old copy; the refusal stands
    emit areasChanged();
    const std::optional<SignoffArea> theirs = area(id);
    const StepConflict c{StepId::Signoff, theirs ? theirs->updatedBy : QString(),
                         theirs ? QDateTime::fromString(theirs->updatedAt, Qt::ISODateWithMs) : QDateTime(),
                         StepConflict::Kind::SignoffArea, theirs ? theirs->displayName() : name};
    m_project.m_conflict = c;
    emit m_project.conflictDetected(c);
    return makeError(Project::conflictText(c));
}

Status Signoff::setDecision(qint64 id, Decision decision, const QDate& decidedOn, const QString& comments) {
    // Like every edit: offline it waits, a conflict can be saved over (the whole decision again).
    return m_project.attempt([=, this]() -> Status {
        SignoffArea* a = findArea(id);
        if (!a)
            return makeError(tr("This area no longer exists."));
        const QString text = comments.trimmed();
        if (text.size() > 5000)
            return makeError(tr("The comments are too long (at most 5,000 characters)."));
        QDate date = decidedOn;
        if (decision == Decision::Pending) {
            date = QDate();
        } else {
            if (a->approver.isEmpty())
                return makeError(tr("Enter who decided for %1 before recording the decision.").arg(a->displayName()));
            if (!date.isValid())
                return makeError(tr("Enter the date of the decision."));
            if (date > QDate::currentDate().addDays(1))
                return makeError(tr("The date of the decision cannot be in the future."));
        }
        storage::ProjectStore& store = m_project.store();
        if (!a->signer.isEmpty() && store.isShared() && a->signer != store.userName()) {
            return makeError(tr("Only %1 records the decision of %2; you are connected as %3.")
                                 .arg(a->signer, a->displayName(), store.userName()));
        }
        if (decision == Decision::Rejected && text.isEmpty())
            return makeError(
                tr("Enter the reason for the rejection in the comments: the team needs it to fix the issue."));
        if (decision == Decision::ApprovedWithRemarks && text.isEmpty())
            return makeError(tr("Enter the remarks in the comments."));

        // A rejection reopens step 9, whatever its status, and leaves the reason in the step's history.
        const bool reopen = decision == Decision::Rejected;
        const QString note = tr("%1 rejected the signoff (%2): %3").arg(a->displayName(), a->approver, text);
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        bool conflict = false;
        Status s = store.transaction([&]() -> Status {
            // Only on the version this copy shows: a decision someone else recorded meanwhile is never overwritten.
            const auto changed = store.update(
                QStringLiteral("UPDATE signoff_areas SET decision = ?, decided_on = ?, comments = ?, "
                               "row_version = row_version + 1, updated_by = ?, updated_at = ? WHERE id = ? AND "
                               "row_version = ?"),
                {Decisions::key(decision), dateValue(date), text, store.userName(), now, id, a->rowVersion});
            if (!changed)
                return changed.error();
            if (*changed == 0) {
                conflict = true;
                return makeError(QString());
            }
            return reopen ? m_project.writeStepStatus(StepId::Signoff, StepStatus::InProgress, note) : Status{};
        });
        if (conflict) {
            const QString name = a->displayName(); // `a` does not survive the reload
            (void)load(); // theirs, shown; a failed read keeps the old copy and the refusal stands
            emit areasChanged();
            const std::optional<SignoffArea> theirs = area(id);
            // Offered like any other conflict: keep theirs, or save this decision again on top of theirs.
            const StepConflict c{StepId::Signoff, theirs ? theirs->updatedBy : QString(),
                                 theirs ? QDateTime::fromString(theirs->updatedAt, Qt::ISODateWithMs) : QDateTime(),
                                 StepConflict::Kind::SignoffArea, theirs ? theirs->displayName() : name};
            m_project.m_conflict = c; // attempt() keeps this decision for keepMine()
            emit m_project.conflictDetected(c);
            return makeError(Project::conflictText(c));
        }
        if (!s)
            return s;
        a = findArea(id);
        a->decision = decision;
        a->decidedOn = date;
        a->comments = text;
        a->rowVersion += 1;
        a->updatedBy = store.userName();
        a->updatedAt = now;
        if (reopen)
            m_project.applyStepStatus(StepId::Signoff, StepStatus::InProgress);
        emit areasChanged();
        return {};
    });
}

Status Signoff::setSigner(qint64 id, const QString& role) {
    SignoffArea* a = findArea(id);
    if (!a)
        return makeError(tr("This area no longer exists."));
    const QString v = role.trimmed();
    if (v.size() > 63)
        return makeError(tr("A database role name has at most 63 characters."));
    if (Status s = m_project.store().exec(QStringLiteral("UPDATE signoff_areas SET signer = ? WHERE id = ?"), {v, id});
        !s)
        return s;
    a->signer = v;
    emit areasChanged();
    return {};
}

QList<SignoffArea> Signoff::rejectedAreas() const {
    QList<SignoffArea> list;
    for (const SignoffArea& a : m_areas) {
        if (a.decision == Decision::Rejected)
            list.append(a);
    }
    return list;
}

int Signoff::approvedCount() const {
    return static_cast<int>(std::count_if(m_areas.begin(), m_areas.end(),
                                          [](const SignoffArea& a) { return Decisions::isApproval(a.decision); }));
}

QString Signoff::missingForSignoff() const {
    if (m_areas.isEmpty())
        return tr("Add the BackOffice areas that must approve.");
    const QList<SignoffArea> rejected = rejectedAreas();
    if (!rejected.isEmpty())
        return tr("%1 rejected the signoff: fix the reason and ask for a new decision.")
            .arg(rejected.first().displayName());
    QStringList pending;
    for (const SignoffArea& a : m_areas) {
        if (!Decisions::isApproval(a.decision))
            pending.append(a.displayName());
    }
    if (pending.isEmpty())
        return {};
    return tr("Waiting for the approval of %n area(s): %1.", nullptr, static_cast<int>(pending.size()))
        .arg(QLocale().createSeparatedList(pending));
}

} // namespace bmp
