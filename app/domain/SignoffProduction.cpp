// Steps 10 and 11 of the Signoff model: the credential release date, the production procedures, the go-live
// date and the final summary. (Step 9, loading and the defaults are in Signoff.cpp.)
#include "core/DateText.h"
#include "domain/Project.h"
#include "domain/Signoff.h"
#include "domain/Validators.h"
#include "storage/ProjectStore.h"

#include <QDateTime>
#include <QLocale>

namespace bmp {

namespace {

const QString kReleaseDate = QStringLiteral("accreditation.release_date");
const QString kGoLive = QStringLiteral("delivery.go_live_date");
const QString kFinalSummary = QStringLiteral("delivery.final_summary");

QString shortDate(const QDate& d) {
    return DateText::date(d);
}

} // namespace

void Signoff::loadProduction() {
    // As read: a later save of one of them is made only over this value (a teammate's newer one is a conflict).
    auto read = [this](const QString& key) { return m_project.m_loadedSettings[key] = m_project.setting(key); };
    m_releaseDate = QDate::fromString(read(kReleaseDate), Qt::ISODate);
    m_goLive = QDate::fromString(read(kGoLive), Qt::ISODate);
    m_finalSummary = read(kFinalSummary);
}

Status Signoff::setReleaseDate(const QDate& date) {
    return m_project.attempt([=, this]() -> Status {
        if (date.isValid()) {
            const DayCheck check = m_project.calendar().checkProductionCredentialDay(date);
            if (!check.eligible) {
                QStringList reasons;
                for (const DayReason& r : check.reasons)
                    reasons.append(r.message);
                return makeError(tr("BMP does not release production credentials on %1: %2")
                                     .arg(shortDate(date), reasons.join(u' ')));
            }
            if (m_goLive.isValid() && m_goLive < date)
                return makeError(tr("The go-live date (%1) is before %2: change the go-live date first.")
                                     .arg(shortDate(m_goLive), shortDate(date)));
        }
        const QString value = date.isValid() ? date.toString(Qt::ISODate) : QString();
        if (Status s = m_project.saveSetting(StepId::Accreditation, kReleaseDate, value); !s)
            return m_project.settingRefused(s);
        m_releaseDate = date;
        emit accreditationChanged();
        return {};
    });
}

Result<qint64> Signoff::addProcedure(const QString& text) {
    return m_project.attemptInsert([=, this] { return insertProcedure(text); });
}

Result<qint64> Signoff::insertProcedure(const QString& text) {
    const auto v = Validators::requiredText(text, tr("The procedure"), 500);
    if (!v)
        return v.error();
    const int position = m_procedures.isEmpty() ? 1 : m_procedures.last().position + 1;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString by = m_project.store().userName();
    const auto id = insertRow(QStringLiteral("INSERT INTO accreditation_procedures (position, text, updated_by, "
                                             "updated_at) VALUES (?, ?, ?, ?)"),
                              {position, *v, by, now});
    if (!id)
        return id.error();
    m_procedures.append({*id, position, *v, false, QString(), 0, by, now});
    emit accreditationChanged();
    return *id;
}

Status Signoff::setProcedureText(qint64 id, const QString& text) {
    return m_project.attempt([=, this]() -> Status {
        const auto v = Validators::requiredText(text, tr("The procedure"), 500);
        if (!v)
            return v.error();
        Procedure* p = findProcedure(id);
        if (!p) {
            if (!m_project.m_keepingMine)
                return makeError(tr("This procedure no longer exists."));
            // Removed by a teammate, and the user keeps theirs: added back.
            auto added = insertProcedure(*v);
            return added ? Status{} : Status(added.error());
        }
        if (*v == p->displayText())
            return {}; // unchanged: a default procedure keeps its key, and so its translations
        if (Status s = writeProcedure(id, QStringLiteral("text = ?, seed = ''"), {*v}); !s)
            return s;
        p = findProcedure(id);
        p->text = *v;
        p->seed.clear();
        emit accreditationChanged();
        return {};
    });
}

Status Signoff::setProcedureDone(qint64 id, bool done) {
    return m_project.attempt([=, this]() -> Status {
        Procedure* p = findProcedure(id);
        if (!p)
            return makeError(tr("This procedure no longer exists."));
        if (p->done == done)
            return {};
        if (Status s = writeProcedure(id, QStringLiteral("done = ?"), {done ? 1 : 0}); !s)
            return s;
        findProcedure(id)->done = done;
        emit accreditationChanged();
        return {};
    });
}

Status Signoff::removeProcedure(qint64 id) {
    return m_project.attempt([=, this]() -> Status {
        const Procedure* p = findProcedure(id);
        if (!p)
            return makeError(tr("This procedure no longer exists."));
        storage::ProjectStore& store = m_project.store();
        const auto changed =
            store.update(QStringLiteral("DELETE FROM accreditation_procedures WHERE id = ? AND row_version = ?"),
                         {id, p->rowVersion});
        if (!changed)
            return changed.error();
        if (*changed == 0) {
            // Removed by a teammate too (fine), or changed since this copy read it: then theirs stays, and why.
            const QString text = p->displayText();
            (void)load();
            if (findProcedure(id))
                return procedureConflict(id, text);
            emit accreditationChanged();
            return {};
        }
        m_procedures.erase(
            std::remove_if(m_procedures.begin(), m_procedures.end(), [&](const Procedure& x) { return x.id == id; }),
            m_procedures.end());
        emit accreditationChanged();
        return {};
    });
}

Status Signoff::writeProcedure(qint64 id, const QString& assignments, QVariantList values) {
    Procedure* p = findProcedure(id);
    storage::ProjectStore& store = m_project.store();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const qint64 version = p->rowVersion;
    values << store.userName() << now << id << version;
    const auto changed = store.update(QStringLiteral("UPDATE accreditation_procedures SET %1, row_version = "
                                                     "row_version + 1, updated_by = ?, updated_at = ? WHERE id = ? "
                                                     "AND row_version = ?")
                                          .arg(assignments),
                                      values);
    if (!changed)
        return changed.error();
    if (*changed == 0)
        return procedureConflict(id, p->displayText());
    p->rowVersion = version + 1;
    p->updatedBy = store.userName();
    p->updatedAt = now;
    return {};
}

// Theirs is read again and shown; the refusal says who changed it and when (removed: no one to name).
Status Signoff::procedureConflict(qint64 id, const QString& text) {
    (void)load(); // a failed read keeps the old copy; the refusal stands
    emit accreditationChanged();
    const Procedure* theirs = findProcedure(id);
    const StepConflict c{StepId::Accreditation, theirs ? theirs->updatedBy : QString(),
                         theirs ? QDateTime::fromString(theirs->updatedAt, Qt::ISODateWithMs) : QDateTime(),
                         StepConflict::Kind::Procedure, theirs ? theirs->displayText() : text};
    m_project.m_conflict = c;
    emit m_project.conflictDetected(c);
    return makeError(Project::conflictText(c));
}

int Signoff::proceduresDone() const {
    return static_cast<int>(
        std::count_if(m_procedures.begin(), m_procedures.end(), [](const Procedure& p) { return p.done; }));
}

QString Signoff::missingForAccreditation() const {
    if (!m_releaseDate.isValid())
        return tr("Choose the date on which BMP releases the production credentials.");
    const int open = static_cast<int>(m_procedures.size()) - proceduresDone();
    if (open > 0)
        return tr("Complete the production procedures (%n still open).", nullptr, open);
    return {};
}

Status Signoff::setGoLiveDate(const QDate& date) {
    return m_project.attempt([=, this]() -> Status {
        if (date.isValid() && m_releaseDate.isValid() && date < m_releaseDate)
            return makeError(tr("The go-live cannot be before the production credentials are released (%1).")
                                 .arg(shortDate(m_releaseDate)));
        const QString value = date.isValid() ? date.toString(Qt::ISODate) : QString();
        if (Status s = m_project.saveSetting(StepId::Delivery, kGoLive, value); !s)
            return m_project.settingRefused(s);
        m_goLive = date;
        emit deliveryChanged();
        return {};
    });
}

Status Signoff::setFinalSummary(const QString& text) {
    return m_project.attempt([=, this]() -> Status {
        if (text.size() > 20000)
            return makeError(tr("The summary is too long (at most 20,000 characters)."));
        if (Status s = m_project.saveSetting(StepId::Delivery, kFinalSummary, text); !s)
            return m_project.settingRefused(s);
        m_finalSummary = text;
        emit deliveryChanged();
        return {};
    });
}

QString Signoff::missingForDelivery() const {
    if (!m_goLive.isValid())
        return tr("Enter the go-live date.");
    return {};
}

} // namespace bmp
