#include "core/AppInfo.h"
#include "domain/BmpTestLog.h"
#include "domain/Project.h"
#include "domain/Signoff.h"
#include "storage/ProjectStore.h"
#include "storage/Schema.h"

#include <QSqlQuery>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bmp;

namespace {

QString errorOf(const Status& s) {
    return s.ok() ? QString() : s.error().message;
}

// Approver + decision in one go, as the area dialog does.
Status decide(Signoff& signoff, qint64 id, Decision d, const QString& comments = {}) {
    if (Status s = signoff.setApprover(id, QStringLiteral("Approver %1").arg(id)); !s)
        return s;
    return signoff.setDecision(id, d, QDate::currentDate(), comments);
}

} // namespace

class TestSignoff : public QObject {
    Q_OBJECT
private slots:
    void defaultsAreSeededOnce();
    void areaNames_data();
    void areaNames();
    void completionRule();
    void decisionValidation_data();
    void decisionValidation();
    void rejectionReopensWithReason();
    void rejectionOfInProgressStepStillRecordsReason();
    void persistsAcrossReopen();
    void releaseDateRefusals_data();
    void releaseDateRefusals();
    void releaseDateFollowsProjectCalendar();
    void goLiveNotBeforeRelease();
    void procedures();
    void seededRowsReadInTheReadersLanguage();
    void rewordedRowsStayAsTyped();
    void olderProjectsGetTheirKeys();

private:
    std::unique_ptr<Project> fresh(const QString& name) {
        auto p = Project::create(m_dir.filePath(name), QStringLiteral("Fintech Teste"), {Product::Caas});
        if (!p)
            qFatal("cannot create %s: %s", qPrintable(name), qPrintable(p.error().toString()));
        return std::move(p).value();
    }
    QTemporaryDir m_dir;
};

void TestSignoff::defaultsAreSeededOnce() {
    const QString path = m_dir.filePath(QStringLiteral("seed.bmpproj"));
    {
        auto p = Project::create(path, QStringLiteral("Seed"), {Product::Caas});
        QVERIFY(p.ok());
        Signoff& s = (*p)->signoff();
        QCOMPARE(s.areas().size(), 6);
        QStringList names;
        for (const SignoffArea& a : s.areas())
            names.append(a.name);
        QCOMPARE(names, Signoff::defaultAreas());
        QCOMPARE(s.procedures().size(), Signoff::defaultProcedures().size());
        for (const SignoffArea& a : s.areas())
            QCOMPARE(a.decision, Decision::Pending);
        // The user removes areas BMP does not involve; reopening must not bring them back.
        QVERIFY(s.removeArea(s.areas().at(3).id).ok());
        QVERIFY(s.removeProcedure(s.procedures().first().id).ok());
    }
    auto p = Project::open(path);
    QVERIFY(p.ok());
    QCOMPARE((*p)->signoff().areas().size(), 5);
    QVERIFY(!(*p)->signoff().area(4).has_value() || (*p)->signoff().area(4)->name != Signoff::defaultAreas().at(3));
    QCOMPARE((*p)->signoff().procedures().size(), Signoff::defaultProcedures().size() - 1);
}

void TestSignoff::areaNames_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("error"); // empty: accepted
    QTest::newRow("new area") << "Ouvidoria"
                              << "";
    QTest::newRow("trimmed and simplified") << "  Back   Office  "
                                            << "";
    QTest::newRow("empty") << ""
                           << "name";
    QTest::newRow("blank") << "   \t "
                           << "name";
    QTest::newRow("duplicate") << "Legal"
                               << "already an area named Legal";
    QTest::newRow("duplicate other case") << "lEGAL"
                                          << "already an area named Legal";
    QTest::newRow("too long") << QString(101, u'x') << "100";
}

void TestSignoff::areaNames() {
    QFETCH(QString, name);
    QFETCH(QString, error);
    auto p =
        fresh(QStringLiteral("names-%1.bmpproj").arg(QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-')));
    Signoff& s = p->signoff();
    QSignalSpy changed(&s, &Signoff::areasChanged);
    const auto added = s.addArea(name);
    if (error.isEmpty()) {
        QVERIFY(added.ok());
        QCOMPARE(s.areas().size(), 7);
        QCOMPARE(s.areas().last().name, name.simplified());
        QCOMPARE(changed.size(), 1);
    } else {
        QVERIFY(!added.ok());
        QVERIFY2(added.error().message.contains(error), qPrintable(added.error().message));
        QCOMPARE(s.areas().size(), 6);
        QCOMPARE(changed.size(), 0);
    }
    // Renaming follows the same rules and keeps the old name on refusal (renaming an area to its own name in
    // another case is allowed).
    const qint64 first = s.areas().first().id;
    const QString before = s.areas().first().name;
    const Status renamed = s.renameArea(first, name);
    const bool sameArea = name.simplified().compare(before, Qt::CaseInsensitive) == 0;
    const bool takenByAdded = added.ok();
    QCOMPARE(renamed.ok(), (error.isEmpty() && !takenByAdded) || sameArea);
    if (!renamed.ok())
        QCOMPARE(s.areas().first().name, before);
}

void TestSignoff::completionRule() {
    auto p = fresh(QStringLiteral("rule.bmpproj"));
    Signoff& s = p->signoff();
    QVERIFY(s.missingForSignoff().contains(QStringLiteral("6 area(s)")));
    const QList<SignoffArea> areas = s.areas();
    for (int i = 0; i < areas.size(); ++i) {
        const Decision d = i % 2 ? Decision::ApprovedWithRemarks : Decision::Approved;
        QVERIFY(decide(s, areas.at(i).id, d, QStringLiteral("Ressalva %1").arg(i)).ok());
        QCOMPARE(s.approvedCount(), i + 1);
        QCOMPARE(s.missingForSignoff().isEmpty(), i + 1 == areas.size());
    }
    QVERIFY(s.missingForSignoff().isEmpty());
    // A new area is a new approval to wait for.
    const auto extra = s.addArea(QStringLiteral("Ouvidoria"));
    QVERIFY(extra.ok());
    QVERIFY(s.missingForSignoff().contains(QStringLiteral("Ouvidoria")));
    QVERIFY(decide(s, *extra, Decision::Approved).ok());
    QVERIFY(s.missingForSignoff().isEmpty());
    // Back to pending: not complete any more, and the date is cleared.
    QVERIFY(s.setDecision(*extra, Decision::Pending, QDate::currentDate(), QString()).ok());
    QVERIFY(!s.area(*extra)->decidedOn.isValid());
    QVERIFY(!s.missingForSignoff().isEmpty());
    // No area at all cannot be a complete signoff.
    const QList<SignoffArea> all = s.areas();
    for (const SignoffArea& a : all)
        QVERIFY(s.removeArea(a.id).ok());
    QVERIFY(s.missingForSignoff().contains(QStringLiteral("Add the BackOffice areas")));
}

void TestSignoff::decisionValidation_data() {
    QTest::addColumn<QString>("approver");
    QTest::addColumn<int>("decision");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("comments");
    QTest::addColumn<QString>("error"); // empty: accepted
    const QDate today = QDate::currentDate();
    const int approved = static_cast<int>(Decision::Approved);
    const int remarks = static_cast<int>(Decision::ApprovedWithRemarks);
    const int rejected = static_cast<int>(Decision::Rejected);
    QTest::newRow("approved") << "Ana" << approved << today << ""
                              << "";
    QTest::newRow("approved without approver") << "" << approved << today << ""
                                               << "who decided";
    QTest::newRow("approved without date") << "Ana" << approved << QDate() << ""
                                           << "date of the decision";
    QTest::newRow("approved in the future") << "Ana" << approved << today.addDays(5) << ""
                                            << "future";
    QTest::newRow("approved long ago") << "Ana" << approved << QDate(2020, 2, 29) << ""
                                       << "";
    QTest::newRow("remarks without remarks") << "Ana" << remarks << today << "  "
                                             << "remarks";
    QTest::newRow("remarks") << "Ana" << remarks << today << "Revisar limites"
                             << "";
    QTest::newRow("rejected without reason") << "Ana" << rejected << today << ""
                                             << "reason";
    QTest::newRow("rejected") << "Ana" << rejected << today << "Contrato sem cláusula de PLD"
                              << "";
    QTest::newRow("comments too long") << "Ana" << approved << today << QString(5001, u'c') << "too long";
}

void TestSignoff::decisionValidation() {
    QFETCH(QString, approver);
    QFETCH(int, decision);
    QFETCH(QDate, date);
    QFETCH(QString, comments);
    QFETCH(QString, error);
    auto p = fresh(
        QStringLiteral("decision-%1.bmpproj").arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
    Signoff& s = p->signoff();
    const qint64 id = s.areas().at(2).id;
    if (!approver.isEmpty())
        QVERIFY(s.setApprover(id, approver).ok());
    const Status result = s.setDecision(id, static_cast<Decision>(decision), date, comments);
    if (error.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(errorOf(result)));
        QCOMPARE(s.area(id)->decision, static_cast<Decision>(decision));
        QCOMPARE(s.area(id)->decidedOn, date);
        QCOMPARE(s.area(id)->comments, comments.trimmed());
        // An approver who decided cannot be erased.
        QVERIFY(!s.setApprover(id, QString()).ok());
    } else {
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(error), qPrintable(result.error().message));
        QCOMPARE(s.area(id)->decision, Decision::Pending); // the previous good state is kept
        QVERIFY(!s.area(id)->decidedOn.isValid());
        QCOMPARE(p->step(StepId::Signoff).status, StepStatus::NotStarted);
    }
}

void TestSignoff::rejectionReopensWithReason() {
    auto p = fresh(QStringLiteral("reject.bmpproj"));
    Signoff& s = p->signoff();
    for (const SignoffArea& a : s.areas())
        QVERIFY(decide(s, a.id, Decision::Approved).ok());
    QVERIFY(p->setStepStatus(StepId::Signoff, StepStatus::Done).ok());
    const qint64 legal = s.areas().at(3).id;
    QSignalSpy stepSpy(p.get(), &Project::stepChanged);
    const QString reason = QStringLiteral("Minuta do contrato sem a cláusula de PLD");
    QVERIFY(s.setDecision(legal, Decision::Rejected, QDate::currentDate(), reason).ok());
    QCOMPARE(p->step(StepId::Signoff).status, StepStatus::InProgress);
    QCOMPARE(stepSpy.size(), 1);
    const StatusChange last = p->history(StepId::Signoff).last();
    QCOMPARE(last.from, StepStatus::Done);
    QCOMPARE(last.to, StepStatus::InProgress);
    QVERIFY(last.note.contains(QStringLiteral("Legal")));
    QVERIFY(last.note.contains(reason));
    QCOMPARE(s.rejectedAreas().size(), 1);
    QVERIFY(s.missingForSignoff().contains(QStringLiteral("Legal")));
}

void TestSignoff::rejectionOfInProgressStepStillRecordsReason() {
    auto p = fresh(QStringLiteral("reject2.bmpproj"));
    Signoff& s = p->signoff();
    QVERIFY(p->setStepStatus(StepId::Signoff, StepStatus::InProgress).ok());
    const int before = static_cast<int>(p->history(StepId::Signoff).size());
    QVERIFY(decide(s, s.areas().first().id, Decision::Rejected, QStringLiteral("Falta o fluxo de estorno")).ok());
    QCOMPARE(p->step(StepId::Signoff).status, StepStatus::InProgress);
    const QList<StatusChange> history = p->history(StepId::Signoff);
    QCOMPARE(history.size(), before + 1);
    QVERIFY(history.last().note.contains(QStringLiteral("Falta o fluxo de estorno")));
}

void TestSignoff::persistsAcrossReopen() {
    const QString path = m_dir.filePath(QStringLiteral("persist.bmpproj"));
    const QDate decided = QDate::currentDate().addDays(-2);
    qint64 risk = 0;
    qint64 added = 0;
    {
        auto p = Project::create(path, QStringLiteral("Persist"), {Product::Caas});
        QVERIFY(p.ok());
        Signoff& s = (*p)->signoff();
        risk = s.areas().at(1).id;
        QVERIFY(s.setApprover(risk, QStringLiteral("Marina Costa")).ok());
        QVERIFY(s.setDecision(risk, Decision::ApprovedWithRemarks, decided, QStringLiteral("Limites\nrevisar")).ok());
        QVERIFY(s.renameArea(s.areas().at(0).id, QStringLiteral("Operações")).ok());
        const auto id = s.addArea(QStringLiteral("Ouvidoria"));
        QVERIFY(id.ok());
        added = *id;
        QVERIFY(decide(s, s.areas().at(4).id, Decision::Rejected, QStringLiteral("Sem conciliação")).ok());
        QVERIFY(s.setReleaseDate(QDate(2026, 12, 1)).ok());
        QVERIFY(s.setGoLiveDate(QDate(2026, 12, 7)).ok());
        QVERIFY(s.setFinalSummary(QStringLiteral("Tudo pronto.\nGo-live às 10h.")).ok());
        QVERIFY(s.setProcedureDone(s.procedures().at(1).id, true).ok());
        const auto proc = s.addProcedure(QStringLiteral("Plantão no go-live"));
        QVERIFY(proc.ok());
    }
    auto p = Project::open(path);
    QVERIFY(p.ok());
    const Signoff& s = (*p)->signoff();
    QCOMPARE(s.areas().size(), 7);
    QCOMPARE(s.areas().first().name, QStringLiteral("Operações"));
    QCOMPARE(s.areas().last().id, added);
    const SignoffArea r = *s.area(risk);
    QCOMPARE(r.approver, QStringLiteral("Marina Costa"));
    QCOMPARE(r.decision, Decision::ApprovedWithRemarks);
    QCOMPARE(r.decidedOn, decided);
    QCOMPARE(r.comments, QStringLiteral("Limites\nrevisar"));
    QCOMPARE(s.rejectedAreas().size(), 1);
    QCOMPARE((*p)->step(StepId::Signoff).status, StepStatus::InProgress);
    QVERIFY((*p)->history(StepId::Signoff).last().note.contains(QStringLiteral("Sem conciliação")));
    QCOMPARE(s.releaseDate(), QDate(2026, 12, 1));
    QCOMPARE(s.goLiveDate(), QDate(2026, 12, 7));
    QCOMPARE(s.finalSummary(), QStringLiteral("Tudo pronto.\nGo-live às 10h."));
    QVERIFY(s.procedures().at(1).done);
    QVERIFY(!s.procedures().at(0).done);
    QCOMPARE(s.procedures().last().text, QStringLiteral("Plantão no go-live"));
}

void TestSignoff::releaseDateRefusals_data() {
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("reason"); // empty: eligible
    QTest::newRow("Friday") << QDate(2026, 1, 9) << "Friday";
    QTest::newRow("Saturday") << QDate(2026, 1, 10) << "weekends";
    QTest::newRow("Monday, ordinary") << QDate(2026, 1, 12) << "";
    QTest::newRow("Thursday, ordinary") << QDate(2026, 1, 15) << "";
    QTest::newRow("Friday before Carnival") << QDate(2026, 2, 13) << "Friday";
    QTest::newRow("Carnival Monday") << QDate(2026, 2, 16) << "Carnival Monday";
    QTest::newRow("Carnival Monday is eve of Tuesday") << QDate(2026, 2, 16) << "Carnival Tuesday";
    QTest::newRow("Carnival Tuesday") << QDate(2026, 2, 17) << "Carnival Tuesday";
    QTest::newRow("Ash Wednesday") << QDate(2026, 2, 18) << "";
    QTest::newRow("Carnival Monday 2027") << QDate(2027, 2, 8) << "Carnival Monday";
    QTest::newRow("eve of Good Friday") << QDate(2026, 4, 2) << "Good Friday";
    QTest::newRow("eve of Tiradentes") << QDate(2026, 4, 20) << "Tiradentes";
    QTest::newRow("after Tiradentes") << QDate(2026, 4, 22) << "";
    QTest::newRow("eve of Corpus Christi") << QDate(2026, 6, 3) << "Corpus Christi";
    QTest::newRow("eve of São Paulo state holiday") << QDate(2026, 7, 8) << "Constitutionalist Revolution";
    QTest::newRow("Nov 20 2025 (national)") << QDate(2025, 11, 20) << "Black Consciousness Day";
    QTest::newRow("eve of Nov 20 2025") << QDate(2025, 11, 19) << "Black Consciousness Day";
    QTest::newRow("eve of Nov 20 2026") << QDate(2026, 11, 19) << "Black Consciousness Day";
    QTest::newRow("two days before Nov 20") << QDate(2026, 11, 18) << "";
    QTest::newRow("Christmas Eve") << QDate(2026, 12, 24) << "Christmas Day";
    QTest::newRow("New Year's Eve") << QDate(2026, 12, 31) << "New Year's Day";
    QTest::newRow("Dec 30") << QDate(2026, 12, 30) << "";
    QTest::newRow("Dec 31 2027, a Friday") << QDate(2027, 12, 31) << "Friday";
    QTest::newRow("Dec 30 2027") << QDate(2027, 12, 30) << "";
}

void TestSignoff::releaseDateRefusals() {
    QFETCH(QDate, date);
    QFETCH(QString, reason);
    auto p =
        fresh(QStringLiteral("release-%1.bmpproj").arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
    Signoff& s = p->signoff();
    const QDate previous(2026, 3, 3); // a Tuesday
    QVERIFY(s.setReleaseDate(previous).ok());
    QSignalSpy changed(&s, &Signoff::accreditationChanged);
    const Status result = s.setReleaseDate(date);
    if (reason.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(errorOf(result)));
        QCOMPARE(s.releaseDate(), date);
        QCOMPARE(changed.size(), 1);
    } else {
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(reason), qPrintable(result.error().message));
        QCOMPARE(s.releaseDate(), previous);
        QCOMPARE(p->setting(QStringLiteral("accreditation.release_date")), QStringLiteral("2026-03-03"));
        QCOMPARE(changed.size(), 0);
    }
}

void TestSignoff::releaseDateFollowsProjectCalendar() {
    auto p = fresh(QStringLiteral("calendar.bmpproj"));
    Signoff& s = p->signoff();
    QVERIFY(!s.setReleaseDate(QDate(2026, 7, 8)).ok());
    // The team decided São Paulo's state holiday does not matter for this partner.
    QVERIFY(p->addCalendarOverride({QDate(2026, 7, 9), false, {}}).ok());
    QVERIFY(s.setReleaseDate(QDate(2026, 7, 8)).ok());
    // A company holiday added by hand blocks its eve.
    QVERIFY(p->addCalendarOverride({QDate(2026, 12, 3), true, QStringLiteral("Inventário anual")}).ok());
    const Status refused = s.setReleaseDate(QDate(2026, 12, 2));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("Inventário anual")));
    QVERIFY(s.setReleaseDate(QDate()).ok()); // clearing is allowed
    QVERIFY(!s.releaseDate().isValid());
    QVERIFY(s.missingForAccreditation().contains(QStringLiteral("date")));
}

void TestSignoff::goLiveNotBeforeRelease() {
    auto p = fresh(QStringLiteral("golive.bmpproj"));
    Signoff& s = p->signoff();
    QVERIFY(!s.missingForDelivery().isEmpty());
    QVERIFY(s.setReleaseDate(QDate(2026, 12, 1)).ok());
    const Status early = s.setGoLiveDate(QDate(2026, 11, 30));
    QVERIFY(!early.ok());
    QVERIFY(!s.goLiveDate().isValid());
    QVERIFY(s.setGoLiveDate(QDate(2026, 12, 1)).ok()); // the same day is possible
    QVERIFY(s.missingForDelivery().isEmpty());
    // Moving the release after the go-live is refused as well, keeping the earlier date.
    const Status late = s.setReleaseDate(QDate(2026, 12, 8));
    QVERIFY(!late.ok());
    QVERIFY(late.error().message.contains(QStringLiteral("go-live")));
    QCOMPARE(s.releaseDate(), QDate(2026, 12, 1));
    QVERIFY(!s.setFinalSummary(QString(20001, u's')).ok());
}

void TestSignoff::procedures() {
    auto p = fresh(QStringLiteral("procedures.bmpproj"));
    Signoff& s = p->signoff();
    QVERIFY(s.setReleaseDate(QDate(2026, 12, 1)).ok());
    QVERIFY(s.missingForAccreditation().contains(QString::number(s.procedures().size())));
    for (const Procedure& proc : s.procedures())
        QVERIFY(s.setProcedureDone(proc.id, true).ok());
    QVERIFY(s.missingForAccreditation().isEmpty());
    const auto id = s.addProcedure(QStringLiteral("  Validar o webhook de produção  "));
    QVERIFY(id.ok());
    QCOMPARE(s.procedures().last().text, QStringLiteral("Validar o webhook de produção"));
    QVERIFY(s.missingForAccreditation().contains(QStringLiteral("1 still open")));
    QVERIFY(!s.addProcedure(QStringLiteral("   ")).ok());
    QVERIFY(!s.setProcedureText(*id, QString()).ok());
    QCOMPARE(s.procedures().last().text, QStringLiteral("Validar o webhook de produção"));
    QVERIFY(s.setProcedureText(*id, QStringLiteral("Validar o webhook")).ok());
    QVERIFY(s.removeProcedure(*id).ok());
    QVERIFY(s.missingForAccreditation().isEmpty());
    QVERIFY(!s.removeProcedure(*id).ok());
    QVERIFY(!s.setProcedureDone(*id, true).ok());
}

QTEST_GUILESS_MAIN(TestSignoff)
void TestSignoff::seededRowsReadInTheReadersLanguage() {
    // Seeded in English; read in Portuguese: the defaults are the application's text, not the user's.
    AppInfo::installTranslator(*QCoreApplication::instance(), QStringLiteral("en"));
    auto p = fresh(QStringLiteral("seeded-en.bmpproj"));
    BmpTestLog tests(p->store());
    QCOMPARE(tests.addUsualTests().valueOr(-1), 6);
    QCOMPARE(tests.addUsualTests().valueOr(-1), 0); // once
    QCOMPARE(p->signoff().areas().first().displayName(), QStringLiteral("Operations"));

    QVERIFY(AppInfo::installTranslator(*QCoreApplication::instance(), QStringLiteral("pt_BR")));
    QCOMPARE(p->signoff().areas().first().displayName(), QStringLiteral("Operações"));
    QCOMPARE(p->signoff().procedures().first().displayText(),
             QStringLiteral("Gerar o par de chaves de produção (diferente da chave de homologação)."));
    QCOMPARE(tests.list().first().displayName(),
             QStringLiteral("Proposta A: falha de pagamento e correção dos dados bancários"));
    QCOMPARE(tests.addUsualTests().valueOr(-1), 0); // known by key, whatever the language
    // The rules' messages name the area as the reader sees it.
    QVERIFY2(p->signoff().missingForSignoff().contains(QStringLiteral("Operações")),
             qPrintable(p->signoff().missingForSignoff()));
    // Renaming to the name shown is no change: the key stays.
    const qint64 id = p->signoff().areas().first().id;
    QVERIFY(p->signoff().renameArea(id, QStringLiteral("Operações")).ok());
    QCOMPARE(p->signoff().area(id)->seed, QStringLiteral("operations"));
    AppInfo::installTranslator(*QCoreApplication::instance(), QStringLiteral("en"));
    QCOMPARE(p->signoff().area(id)->displayName(), QStringLiteral("Operations"));
}

void TestSignoff::rewordedRowsStayAsTyped() {
    AppInfo::installTranslator(*QCoreApplication::instance(), QStringLiteral("en"));
    const QString path = m_dir.filePath(QStringLiteral("reworded.bmpproj"));
    {
        auto p = Project::create(path, QStringLiteral("Fintech Teste"), {Product::Caas});
        QVERIFY(p.ok());
        Signoff& s = (*p)->signoff();
        QVERIFY(s.renameArea(s.areas().at(3).id, QStringLiteral("Jurídico e Contratos")).ok());
        QVERIFY(s.setProcedureText(s.procedures().first().id, QStringLiteral("Gerar a chave no HSM")).ok());
        BmpTestLog tests((*p)->store());
        QVERIFY(tests.addUsualTests().ok());
        BmpTest first = tests.list().first();
        first.rename(QStringLiteral("Proposta A revisada"));
        QVERIFY(tests.update(first).ok());
    }
    QVERIFY(AppInfo::installTranslator(*QCoreApplication::instance(), QStringLiteral("pt_BR")));
    auto p = Project::open(path);
    QVERIFY(p.ok());
    const Signoff& s = (*p)->signoff();
    QCOMPARE(s.areas().at(3).displayName(), QStringLiteral("Jurídico e Contratos"));
    QVERIFY(s.areas().at(3).seed.isEmpty());
    QCOMPARE(s.areas().at(4).displayName(), QStringLiteral("Financeiro/Tesouraria"));
    QCOMPARE(s.procedures().first().displayText(), QStringLiteral("Gerar a chave no HSM"));
    const QList<BmpTest> tests = BmpTestLog((*p)->store()).list();
    QCOMPARE(tests.first().displayName(), QStringLiteral("Proposta A revisada"));
    QCOMPARE(tests.at(1).displayName(), QStringLiteral("Proposta B: proposta finalizada conferida"));
    AppInfo::installTranslator(*QCoreApplication::instance(), QStringLiteral("en"));
}

void TestSignoff::olderProjectsGetTheirKeys() {
    // A project written before schema 9: its seeded rows are plain text, in English or Portuguese. Opening it
    // migrates them to keys, and they then read in the reader's language; typed rows stay as they are.
    AppInfo::installTranslator(*QCoreApplication::instance(), QStringLiteral("en"));
    const QString path = m_dir.filePath(QStringLiteral("v8.bmpproj"));
    {
        auto p = Project::create(path, QStringLiteral("Fintech Antiga"), {Product::Caas});
        QVERIFY(p.ok());
        QVERIFY(BmpTestLog((*p)->store()).addUsualTests().ok());
        storage::ProjectStore& store = (*p)->store();
        // As version 8 left it: no keys, one area seeded in Portuguese, one typed by the user.
        // Dropping the columns schemas 9 to 11 added gives back version 8's exact tables (the project guard checks).
        for (const char* column : {"steps.row_version",
                                   "steps.updated_by",
                                   "steps.updated_at",
                                   "signoff_areas.row_version",
                                   "signoff_areas.updated_by",
                                   "signoff_areas.updated_at",
                                   "signoff_areas.signer",
                                   "keys.holder",
                                   "settings.updated_by",
                                   "settings.updated_at",
                                   "signoff_areas.seed",
                                   "accreditation_procedures.seed",
                                   "bmp_tests.seed",
                                   "contacts.row_version",
                                   "contacts.updated_by",
                                   "contacts.updated_at",
                                   "calendar_overrides.row_version",
                                   "calendar_overrides.updated_by",
                                   "calendar_overrides.updated_at",
                                   "accreditation_procedures.row_version",
                                   "accreditation_procedures.updated_by",
                                   "accreditation_procedures.updated_at",
                                   "environments.row_version",
                                   "environments.updated_by",
                                   "environments.updated_at",
                                   "api_checklist.row_version",
                                   "api_checklist.updated_by",
                                   "api_checklist.updated_at",
                                   "bmp_tests.row_version",
                                   "bmp_tests.updated_by",
                                   "bmp_tests.updated_at",
                                   "callback_configs.row_version",
                                   "callback_configs.updated_by"}) {
            const QStringList parts = QString::fromLatin1(column).split(u'.');
            QVERIFY(store.exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN %2").arg(parts.at(0), parts.at(1))).ok());
        }
        QVERIFY(store.exec(QStringLiteral("UPDATE signoff_areas SET name = 'Crédito/Risco' WHERE position = 2")).ok());
        QVERIFY(store.exec(QStringLiteral("UPDATE signoff_areas SET name = 'Ouvidoria' WHERE position = 6")).ok());
        QVERIFY(store
                    .exec(QStringLiteral("UPDATE bmp_tests SET name = 'Memória de cálculo conferida com a simulação "
                                         "do BMP' WHERE name LIKE 'Calculation%'"))
                    .ok());
        QVERIFY(store.exec(QStringLiteral("PRAGMA user_version = 8")).ok());
    }
    QVERIFY(AppInfo::installTranslator(*QCoreApplication::instance(), QStringLiteral("pt_BR")));
    auto p = Project::open(path);
    QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().toString()));
    QCOMPARE((*p)->store().schemaVersion(), storage::currentSchemaVersion());
    const QList<SignoffArea>& areas = (*p)->signoff().areas();
    QCOMPARE(areas.at(0).seed, QStringLiteral("operations"));
    QCOMPARE(areas.at(0).displayName(), QStringLiteral("Operações"));
    QCOMPARE(areas.at(1).seed, QStringLiteral("credit-risk"));
    QCOMPARE(areas.at(5).seed, QString());
    QCOMPARE(areas.at(5).displayName(), QStringLiteral("Ouvidoria"));
    for (const Procedure& pr : (*p)->signoff().procedures())
        QVERIFY2(!pr.seed.isEmpty(), qPrintable(pr.text));
    const QList<BmpTest> tests = BmpTestLog((*p)->store()).list();
    QCOMPARE(tests.size(), 6);
    for (const BmpTest& t : tests)
        QVERIFY2(!t.seed.isEmpty(), qPrintable(t.name));
    AppInfo::installTranslator(*QCoreApplication::instance(), QStringLiteral("en"));
    QCOMPARE(areas.at(1).displayName(), QStringLiteral("Credit/Risk"));
    QCOMPARE(tests.at(3).displayName(), QStringLiteral("Calculation report checked against BMP's simulation"));
}

#include "TestSignoff.moc"
