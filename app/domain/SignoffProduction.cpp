// Steps 10 and 11 of the Signoff model: the credential release date, the production procedures, the go-live
// date and the final summary. (Step 9, loading and the defaults are in Signoff.cpp.)
#include "core/DateText.h"
#include "domain/Project.h"
#include "domain/Signoff.h"
#include "domain/Validators.h"
#include "storage/ProjectStore.h"

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
    m_releaseDate = QDate::fromString(m_project.setting(kReleaseDate), Qt::ISODate);
    m_goLive = QDate::fromString(m_project.setting(kGoLive), Qt::ISODate);
    m_finalSummary = m_project.setting(kFinalSummary);
}

Status Signoff::setReleaseDate(const QDate& date) {
    if (date.isValid()) {
        const DayCheck check = m_project.calendar().checkProductionCredentialDay(date);
        if (!check.eligible) {
            QStringList reasons;
            for (const DayReason& r : check.reasons)
                reasons.append(r.message);
            return makeError(
                tr("BMP does not release production credentials on %1: %2").arg(shortDate(date), reasons.join(u' ')));
        }
        if (m_goLive.isValid() && m_goLive < date)
            return makeError(tr("The go-live date (%1) is before %2: change the go-live date first.")
                                 .arg(shortDate(m_goLive), shortDate(date)));
    }
    if (Status s = m_project.store().setSetting(kReleaseDate, date.isValid() ? date.toString(Qt::ISODate) : QString());
        !s)
        return s;
    m_releaseDate = date;
    emit accreditationChanged();
    return {};
}

Result<qint64> Signoff::addProcedure(const QString& text) {
    const auto v = Validators::requiredText(text, tr("The procedure"), 500);
    if (!v)
        return v.error();
    const int position = m_procedures.isEmpty() ? 1 : m_procedures.last().position + 1;
    const auto id = insertRow(QStringLiteral("INSERT INTO accreditation_procedures (position, text) VALUES (?, ?)"),
                              {position, *v});
    if (!id)
        return id.error();
    m_procedures.append({*id, position, *v, false, QString()});
    emit accreditationChanged();
    return *id;
}

Status Signoff::setProcedureText(qint64 id, const QString& text) {
    Procedure* p = findProcedure(id);
    if (!p)
        return makeError(tr("This procedure no longer exists."));
    const auto v = Validators::requiredText(text, tr("The procedure"), 500);
    if (!v)
        return v.error();
    if (*v == p->displayText())
        return {}; // unchanged: a default procedure keeps its key, and so its translations
    if (Status s = m_project.store().exec(
            QStringLiteral("UPDATE accreditation_procedures SET text = ?, seed = '' WHERE id = ?"), {*v, id});
        !s)
        return s;
    p->text = *v;
    p->seed.clear();
    emit accreditationChanged();
    return {};
}

Status Signoff::setProcedureDone(qint64 id, bool done) {
    Procedure* p = findProcedure(id);
    if (!p)
        return makeError(tr("This procedure no longer exists."));
    if (Status s = m_project.store().exec(QStringLiteral("UPDATE accreditation_procedures SET done = ? WHERE id = ?"),
                                          {done ? 1 : 0, id});
        !s)
        return s;
    p->done = done;
    emit accreditationChanged();
    return {};
}

Status Signoff::removeProcedure(qint64 id) {
    if (!findProcedure(id))
        return makeError(tr("This procedure no longer exists."));
    if (Status s = m_project.store().exec(QStringLiteral("DELETE FROM accreditation_procedures WHERE id = ?"), {id});
        !s)
        return s;
    m_procedures.erase(
        std::remove_if(m_procedures.begin(), m_procedures.end(), [&](const Procedure& p) { return p.id == id; }),
        m_procedures.end());
    emit accreditationChanged();
    return {};
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
    if (date.isValid() && m_releaseDate.isValid() && date < m_releaseDate)
        return makeError(tr("The go-live cannot be before the production credentials are released (%1).")
                             .arg(shortDate(m_releaseDate)));
    if (Status s = m_project.store().setSetting(kGoLive, date.isValid() ? date.toString(Qt::ISODate) : QString()); !s)
        return s;
    m_goLive = date;
    emit deliveryChanged();
    return {};
}

Status Signoff::setFinalSummary(const QString& text) {
    if (text.size() > 20000)
        return makeError(tr("The summary is too long (at most 20,000 characters)."));
    if (Status s = m_project.store().setSetting(kFinalSummary, text); !s)
        return s;
    m_finalSummary = text;
    emit deliveryChanged();
    return {};
}

QString Signoff::missingForDelivery() const {
    if (!m_goLive.isValid())
        return tr("Enter the go-live date.");
    return {};
}

} // namespace bmp
