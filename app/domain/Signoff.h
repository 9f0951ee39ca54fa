#pragma once

#include "core/Result.h"
#include "domain/Checklist.h"
#include "domain/SeededText.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace bmp {

class Project;

enum class Decision { Pending, Approved, ApprovedWithRemarks, Rejected };

// One BackOffice area's word on the project (step 9).
struct SignoffArea {
    qint64 id = 0;
    int position = 0;
    QString name;
    QString approver;
    Decision decision = Decision::Pending;
    QDate decidedOn;
    QString comments; // the remarks or the reason of a rejection
    QString seed;     // a default area's key (SeededText), empty for an area the user named
    QString signer;   // a shared project's database role that alone records this area's decision ('' = anyone)
    qint64 rowVersion = 0;
    QString updatedBy; // who recorded the area's last change (database role or login name)
    QString updatedAt; // when, UTC ISO 8601

    // What the user reads: a default area in the application's language, any other as it was typed.
    QString displayName() const { return SeededText::display(SeededText::Kind::Area, seed, name); }
};

// One item of the production accreditation checklist (step 10).
struct Procedure {
    qint64 id = 0;
    int position = 0;
    QString text;
    bool done = false;
    QString seed; // a default procedure's key (SeededText), empty for one the user wrote or reworded
    // Who saved it last and when (UTC, ISO); rowVersion counts the saves (an edit on an older copy is refused).
    qint64 rowVersion = 0;
    QString updatedBy = {};
    QString updatedAt = {};

    QString displayText() const { return SeededText::display(SeededText::Kind::Procedure, seed, text); }
};

// Labels of the decisions. The untranslated sources are public so that a report can translate them into a
// language other than the application's (context "Signoff").
struct Decisions {
    static QList<Decision> all();
    static QString key(Decision d); // stable, used in the file
    static std::optional<Decision> fromKey(const QString& key);
    static const char* source(Decision d);
    static QString label(Decision d);
    static bool isApproval(Decision d) { return d == Decision::Approved || d == Decision::ApprovedWithRemarks; }
};

// Steps 9-11 of a project: the BackOffice signoff, the production accreditation (credential release date and
// procedures) and the delivery (go-live date, final summary). Owned by the Project, saved through its store with
// the same rules: validate, save in one transaction, update memory, then emit.
class Signoff : public QObject {
    Q_OBJECT
public:
    explicit Signoff(Project& project);

    // The defaults written once per project, in the application's language (stored with their keys).
    static QStringList defaultAreas();
    static QStringList defaultProcedures();

    // Step 9
    const QList<SignoffArea>& areas() const { return m_areas; }
    std::optional<SignoffArea> area(qint64 id) const;
    Result<qint64> addArea(const QString& name);
    Status renameArea(qint64 id, const QString& name); // a new name is the user's own: it loses the default's key
    Status removeArea(qint64 id);
    Status setApprover(qint64 id, const QString& approver);
    // Records an area's decision. Any decision but Pending needs an approver and a date that is not in the future;
    // remarks and rejections need comments. A rejection reopens step 9 (in progress) with the reason in its history.
    Status setDecision(qint64 id, Decision decision, const QDate& decidedOn, const QString& comments);
    // The one database role that may record the area's decision in a shared project ('' = anyone). The server
    // lets only the project's owner name signers, and only the signer decide (docs/TEAM.md).
    Status setSigner(qint64 id, const QString& role);
    QList<SignoffArea> rejectedAreas() const;
    int approvedCount() const;
    // Empty when every area approved (with or without remarks); otherwise what is missing, for the user.
    QString missingForSignoff() const;

    // Step 10
    QDate releaseDate() const { return m_releaseDate; }
    // Only a day on which BMP releases production credentials; others are refused with the calendar's reasons.
    Status setReleaseDate(const QDate& date);
    const QList<Procedure>& procedures() const { return m_procedures; }
    Result<qint64> addProcedure(const QString& text);
    Status setProcedureText(qint64 id, const QString& text); // reworded: the user's own text from then on
    Status setProcedureDone(qint64 id, bool done);
    Status removeProcedure(qint64 id);
    int proceduresDone() const;
    QString missingForAccreditation() const;

    // Step 11
    QDate goLiveDate() const { return m_goLive; }
    Status setGoLiveDate(const QDate& date);
    QString finalSummary() const { return m_finalSummary; }
    Status setFinalSummary(const QString& text);
    QString missingForDelivery() const;

signals:
    void areasChanged();
    void accreditationChanged();
    void deliveryChanged();

private:
    friend class Project;
    Status load(); // called by Project::load(); writes the defaults once per project
    Status seedDefaults();
    void loadProduction(); // the settings of steps 10 and 11
    SignoffArea* findArea(qint64 id);
    Procedure* findProcedure(qint64 id);
    // UPDATE accreditation_procedures SET <assignments> … only over the version this copy read; a conflict otherwise.
    Status writeProcedure(qint64 id, const QString& assignments, QVariantList values);
    Status procedureConflict(qint64 id, const QString& text);
    // The rows addArea()/addProcedure() add (those wrap them so that, offline, the addition waits like an edit).
    Result<qint64> insertArea(const QString& name);
    Result<qint64> insertProcedure(const QString& text);
    // UPDATE signoff_areas SET <assignments> … only over the version this copy read; a conflict otherwise.
    Status writeArea(qint64 id, const QString& assignments, QVariantList values);
    Status areaConflict(qint64 id, const QString& name);
    Result<QString> validAreaName(const QString& name, qint64 exceptId) const;
    Result<qint64> insertRow(const QString& sql, const QVariantList& values);

    Project& m_project;
    QList<SignoffArea> m_areas;
    QList<Procedure> m_procedures;
    QDate m_releaseDate;
    QDate m_goLive;
    QString m_finalSummary;
};

} // namespace bmp
