#include "domain/Project.h"
#include "storage/ProjectStore.h"
#include "storage/Schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace bmp;
using namespace bmp::storage;

namespace {

QString fixture(const QString& name) {
    return QStringLiteral(BMP_TEST_DATA_DIR "/projects/") + name;
}

QByteArray fileHash(const QString& path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

int fileMode(const QString& path) {
    struct stat st {};
    ::stat(QFile::encodeName(path).constData(), &st);
    return st.st_mode & 0777;
}

QVariant pragma(ProjectStore& store, const char* name) {
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    return q.next() ? q.value(0) : QVariant();
}

} // namespace

class TestStorage : public QObject {
    Q_OBJECT
private slots:
    void createsPrivateConfiguredFile();
    void createRefusesExistingFile();
    void reopenKeepsEverything();
    void migratesVersion1WithBackup();
    void migratesVersion2WithBackup();
    void migrationIsIdempotent();
    void refusesUntouched_data();
    void refusesUntouched();
    void missingFile();
    void saveAsCopy();
    void validationKeepsPreviousValue();
    void scheduleOrder();
    void bureauHasNoProposalStep();
    void calendarOverridesPersist();

private:
    QTemporaryDir m_dir;
};

void TestStorage::createsPrivateConfiguredFile() {
    const QString path = m_dir.filePath(QStringLiteral("new.bmpproj"));
    auto store = ProjectStore::create(path);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().toString()));
    QCOMPARE(fileMode(path), 0600);
    QCOMPARE(pragma(**store, "application_id").toInt(), kApplicationId);
    QCOMPARE(pragma(**store, "user_version").toInt(), currentSchemaVersion());
    QCOMPARE(pragma(**store, "journal_mode").toString(), QStringLiteral("wal"));
    QCOMPARE(pragma(**store, "synchronous").toInt(), 2); // FULL
    QCOMPARE(pragma(**store, "foreign_keys").toInt(), 1);
    QVERIFY((*store)->setSetting(QStringLiteral("k"), QStringLiteral("v")).ok());
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    QCOMPARE(fileMode(path + QStringLiteral("-wal")), 0600);
}

void TestStorage::createRefusesExistingFile() {
    const QString path = m_dir.filePath(QStringLiteral("exists.bmpproj"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("precious");
    f.close();
    auto store = ProjectStore::create(path);
    QVERIFY(!store.ok());
    QVERIFY(store.error().message.contains(QStringLiteral("already exists")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("precious"));
}

void TestStorage::reopenKeepsEverything() {
    const QString path = m_dir.filePath(QStringLiteral("reopen.bmpproj"));
    {
        auto p = Project::create(path, QStringLiteral("Fintech Ágil S.A."), {Product::Caas});
        QVERIFY(p.ok());
        Project& project = **p;
        QVERIFY(project.setGroupName(QStringLiteral("BMP x Ágil")).ok());
        QVERIFY(project.setInviteLink(QStringLiteral("https://chat.whatsapp.com/Ab12Cd34Ef56Gh78Ij90Kl")).ok());
        Contact c;
        c.name = QStringLiteral("Ana Souza");
        c.role = QStringLiteral("PM");
        c.email = QStringLiteral("ana@agil.com.br");
        c.phone = QStringLiteral("+55 11 98765-4321");
        c.joined = true;
        QVERIFY(project.addContact(c).ok());
        QVERIFY(project.setApis({QStringLiteral("Proposta"), QStringLiteral("Pessoa")}).ok());
        QVERIFY(project.setPartnerComputesLoan(true).ok());
        QVERIFY(project.setStepPlanned(StepId::Scope, QDate(2026, 12, 1)).ok());
        QVERIFY(project.setStepOwner(StepId::Scope, QStringLiteral("Bruno")).ok());
        QVERIFY(project.setStepStatus(StepId::Channel, StepStatus::Done, QStringLiteral("group created")).ok());
        QVERIFY(project.setStepNotes(StepId::Channel, QStringLiteral("Notas\ncom acento")).ok());
    }
    auto p = Project::open(path);
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
    const Project& project = **p;
    QCOMPARE(project.partner(), QStringLiteral("Fintech Ágil S.A."));
    QCOMPARE(project.channel().groupName, QStringLiteral("BMP x Ágil"));
    QCOMPARE(project.contacts().size(), 1);
    QCOMPARE(project.contacts().first().phone, QStringLiteral("+5511987654321"));
    QVERIFY(project.contacts().first().joined);
    QCOMPARE(project.scope().apis, (QStringList{QStringLiteral("Proposta"), QStringLiteral("Pessoa")}));
    QVERIFY(project.scope().partnerComputesLoan);
    QCOMPARE(project.step(StepId::Scope).planned, QDate(2026, 12, 1));
    QCOMPARE(project.step(StepId::Scope).owner, QStringLiteral("Bruno"));
    QCOMPARE(project.step(StepId::Channel).status, StepStatus::Done);
    QCOMPARE(project.step(StepId::Channel).notes, QStringLiteral("Notas\ncom acento"));
    const auto history = project.history(StepId::Channel);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().to, StepStatus::Done);
    QCOMPARE(history.first().note, QStringLiteral("group created"));
    QVERIFY(history.first().at.isValid());
}

void TestStorage::migratesVersion1WithBackup() {
    const QString path = m_dir.filePath(QStringLiteral("v1.bmpproj"));
    QVERIFY(QFile::copy(fixture(QStringLiteral("v1.bmpproj")), path));
    const QByteArray before = fileHash(path);
    auto p = Project::open(path);
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
    QCOMPARE((*p)->store().schemaVersion(), currentSchemaVersion());
    QCOMPARE((*p)->partner(), QStringLiteral("Fintech Exemplo Ltda"));
    QCOMPARE((*p)->step(StepId::Channel).status, StepStatus::Done);
    QCOMPARE((*p)->step(StepId::Channel).actual, QDate(2026, 1, 9));
    QCOMPARE((*p)->contacts().size(), 3);
    QCOMPARE((*p)->history().size(), 1);
    // Tables of later versions exist and work.
    QVERIFY((*p)->addCalendarOverride({QDate(2026, 12, 8), true, QStringLiteral("Local")}).ok());
    const QString backup = (*p)->backupPath();
    QVERIFY(!backup.isEmpty());
    QCOMPARE(fileMode(backup), 0600);
    // The backup is the version-1 file as it was: same format, same content.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
        db.setDatabaseName(backup);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'partner'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Fintech Exemplo Ltda"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM contacts")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM calendar_overrides")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup"));
    Q_UNUSED(before);
}

void TestStorage::migratesVersion2WithBackup() {
    const QString path = m_dir.filePath(QStringLiteral("v2.bmpproj"));
    QVERIFY(QFile::copy(fixture(QStringLiteral("v2.bmpproj")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    auto p = Project::open(path);
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
    Project& project = **p;
    QCOMPARE(project.store().schemaVersion(), currentSchemaVersion());
    QVERIFY(currentSchemaVersion() >= 3);
    // Everything version 2 held is still there.
    QCOMPARE(project.partner(), QStringLiteral("Fintech Exemplo Ltda"));
    QCOMPARE(project.step(StepId::Scope).status, StepStatus::Done);
    QCOMPARE(project.step(StepId::KeyRegistration).owner, QStringLiteral("Carlos Lima"));
    QCOMPARE(project.contacts().size(), 3);
    QCOMPARE(project.calendarOverrides().size(), 2);
    QCOMPARE(project.calendar().holidayOn(QDate(2026, 12, 8))->name, QStringLiteral("Festa local"));
    {
        QSqlQuery q(project.store().database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(status IS NULL) FROM evidence")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QCOMPARE(q.value(1).toInt(), 1);
    }
    // Version 3 arrived with its defaults, usable at once.
    QCOMPARE(project.signoff().areas().size(), Signoff::defaultAreas().size());
    QCOMPARE(project.signoff().procedures().size(), Signoff::defaultProcedures().size());
    const qint64 area = project.signoff().areas().first().id;
    QVERIFY(project.signoff().setApprover(area, QStringLiteral("Rafael")).ok());
    QVERIFY(project.signoff().setDecision(area, Decision::Approved, QDate::currentDate(), {}).ok());
    QVERIFY(project.signoff().setReleaseDate(QDate(2026, 12, 1)).ok());
    // The backup is the version-2 file as it was.
    const QString backup = project.backupPath();
    QVERIFY(!backup.isEmpty());
    QVERIFY(backup.contains(QStringLiteral(".v2-")));
    QCOMPARE(fileMode(backup), 0600);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup2"));
        db.setDatabaseName(backup);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM evidence")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM signoff_areas")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup2"));
    // Reopening: current already, no second backup, the decision kept.
    p = makeError(QString());
    auto again = Project::open(path);
    QVERIFY(again.ok());
    QVERIFY((*again)->backupPath().isEmpty());
    QCOMPARE((*again)->signoff().areas().first().decision, Decision::Approved);
    QCOMPARE((*again)->signoff().releaseDate(), QDate(2026, 12, 1));
}

void TestStorage::migrationIsIdempotent() {
    const QString path = m_dir.filePath(QStringLiteral("twice.bmpproj"));
    QVERIFY(QFile::copy(fixture(QStringLiteral("v1.bmpproj")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        auto first = Project::open(path);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
    }
    auto again = ProjectStore::open(path);
    QVERIFY(again.ok());
    QVERIFY((*again)->backupPath().isEmpty()); // already current: no second migration, no backup
    // Re-running every migration on a current file changes nothing and fails nothing.
    for (const Migration& m : migrations()) {
        for (const QString& sql : m.statements)
            QVERIFY((*again)->applyMigrationStatement(sql).ok());
    }
    QCOMPARE((*again)->schemaVersion(), currentSchemaVersion());
}

void TestStorage::refusesUntouched_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("newer") << "newer.bmpproj"
                           << "newer version";
    QTest::newRow("foreign sqlite") << "foreign.sqlite"
                                    << "not a BMP Onboarding project";
    QTest::newRow("text file") << "notsqlite.bmpproj"
                               << "not a BMP Onboarding project";
    QTest::newRow("corrupted") << "corrupt.bmpproj"
                               << "damaged";
}

void TestStorage::refusesUntouched() {
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(QStringLiteral("refuse-") + name);
    QFile::remove(path);
    QVERIFY(QFile::copy(fixture(name), path));
    const QByteArray before = fileHash(path);
    auto p = Project::open(path);
    QVERIFY(!p.ok());
    QVERIFY2(p.error().message.contains(expected), qPrintable(p.error().toString()));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    const QStringList backups =
        QDir(m_dir.path()).entryList({QStringLiteral("refuse-") + name + QStringLiteral("*.bak")});
    QVERIFY(backups.isEmpty());
}

void TestStorage::missingFile() {
    auto p = Project::open(m_dir.filePath(QStringLiteral("nope.bmpproj")));
    QVERIFY(!p.ok());
    QVERIFY(p.error().message.contains(QStringLiteral("does not exist")));
}

void TestStorage::saveAsCopy() {
    const QString path = m_dir.filePath(QStringLiteral("orig.bmpproj"));
    const QString copy = m_dir.filePath(QStringLiteral("copy.bmpproj"));
    auto p = Project::create(path, QStringLiteral("Copia Ltda"), {Product::Fgts});
    QVERIFY(p.ok());
    QVERIFY((*p)->setGroupName(QStringLiteral("Grupo")).ok());
    QVERIFY((*p)->store().copyTo(copy).ok());
    QCOMPARE(fileMode(copy), 0600);
    QVERIFY(!(*p)->store().copyTo(copy).ok()); // never overwrites
    auto c = Project::open(copy);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
    QCOMPARE((*c)->channel().groupName, QStringLiteral("Grupo"));
    QCOMPARE((*c)->partner(), QStringLiteral("Copia Ltda"));
}

void TestStorage::validationKeepsPreviousValue() {
    auto p = Project::create(m_dir.filePath(QStringLiteral("valid.bmpproj")), QStringLiteral("P"), {Product::Caas});
    QVERIFY(p.ok());
    Project& project = **p;
    const QString good = QStringLiteral("https://chat.whatsapp.com/Ab12Cd34Ef56Gh78Ij90Kl");
    QVERIFY(project.setInviteLink(good).ok());
    const Status bad = project.setInviteLink(QStringLiteral("https://example.com/group"));
    QVERIFY(!bad.ok());
    QVERIFY(!bad.error().message.isEmpty());
    QCOMPARE(project.channel().inviteLink, good);
    QCOMPARE(project.setting(QStringLiteral("channel.invite_link")), good);

    Contact c;
    c.name = QStringLiteral("Carla");
    c.email = QStringLiteral("carla@@x");
    QVERIFY(!project.addContact(c).ok());
    QVERIFY(project.contacts().isEmpty());
    c.email = QStringLiteral("carla@x.com.br");
    auto id = project.addContact(c);
    QVERIFY(id.ok());
    Contact edited = project.contacts().first();
    edited.phone = QStringLiteral("987654321");
    QVERIFY(!project.updateContact(edited).ok());
    QVERIFY(project.contacts().first().phone.isEmpty());
    QVERIFY(!project.setPartner(QStringLiteral("   ")).ok());
    QCOMPARE(project.partner(), QStringLiteral("P"));
    QVERIFY(!project.setProducts({}).ok());
    QCOMPARE(project.scope().products, QList<Product>{Product::Caas});
}

void TestStorage::scheduleOrder() {
    auto p = Project::create(m_dir.filePath(QStringLiteral("order.bmpproj")), QStringLiteral("P"), {Product::Caas});
    QVERIFY(p.ok());
    Project& project = **p;
    QVERIFY(project.setStepPlanned(StepId::Scope, QDate(2026, 12, 10)).ok());
    QVERIFY(project.setStepPlanned(StepId::JwtToken, QDate(2027, 1, 10)).ok());
    const Status early = project.setStepPlanned(StepId::KeyRegistration, QDate(2026, 12, 1));
    QVERIFY(!early.ok());
    QVERIFY(early.error().message.contains(QStringLiteral("Step 2")));
    const Status late = project.setStepPlanned(StepId::KeyRegistration, QDate(2027, 2, 1));
    QVERIFY(!late.ok());
    QVERIFY(late.error().message.contains(QStringLiteral("Step 5")));
    QVERIFY(!project.step(StepId::KeyRegistration).planned.isValid());
    QVERIFY(project.setStepPlanned(StepId::KeyRegistration, QDate(2026, 12, 20)).ok());
    QVERIFY(project.scheduleOrderProblems().isEmpty());
    QVERIFY(project.setStepPlanned(StepId::KeyRegistration, QDate()).ok()); // clearing is allowed
}

void TestStorage::bureauHasNoProposalStep() {
    auto p = Project::create(m_dir.filePath(QStringLiteral("bureau.bmpproj")), QStringLiteral("B"), {Product::Bureau});
    QVERIFY(p.ok());
    QCOMPARE((*p)->applicableSteps().size(), 10);
    QVERIFY(!(*p)->applicableSteps().contains(StepId::Proposals));
    QVERIFY((*p)->setProducts({Product::Bureau, Product::Fgts}).ok());
    QCOMPARE((*p)->applicableSteps().size(), 11);
}

void TestStorage::calendarOverridesPersist() {
    const QString path = m_dir.filePath(QStringLiteral("cal.bmpproj"));
    {
        auto p = Project::create(path, QStringLiteral("C"), {Product::Caas});
        QVERIFY(p.ok());
        QVERIFY((*p)->addCalendarOverride({QDate(2026, 12, 2), true, QStringLiteral("Inventário")}).ok());
        QVERIFY((*p)->addCalendarOverride({QDate(2026, 7, 9), false, {}}).ok());
        QVERIFY((*p)->setSetting(QStringLiteral("calendar.sp_city"), QStringLiteral("0")).ok());
    }
    auto p = Project::open(path);
    QVERIFY(p.ok());
    const BusinessCalendar cal = (*p)->calendar();
    QCOMPARE(cal.holidayOn(QDate(2026, 12, 2))->name, QStringLiteral("Inventário"));
    QVERIFY(!cal.holidayOn(QDate(2026, 7, 9)));
    QVERIFY(!cal.holidayOn(QDate(2026, 1, 25)));
    QVERIFY(!cal.isProductionCredentialDay(QDate(2026, 12, 1)));
}

QTEST_GUILESS_MAIN(TestStorage)
#include "TestStorage.moc"
