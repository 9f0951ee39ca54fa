// Issue #13, item 2: a hostile .bmpproj runs none of its own SQL and cannot hang or redirect the application.
// Every fixture is a real project made by this build, then altered with a plain SQLite connection the way an
// attacker would: a trigger that rewrites the token URL on a harmless edit, a recursive view in place of a table,
// a changed column definition, a "production" row of kind "custom" over plain http, a planted CA bundle.
#include "ScriptedServer.h"
#include "domain/Environments.h"
#include "domain/Project.h"
#include "net/ApiClient.h"
#include "storage/ProjectStore.h"
#include "storage/SqliteGuard.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace bmp;
using namespace bmp::storage;

namespace {

QByteArray fileHash(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

// Runs statements on the file through a plain connection (no protections): what an attacker's tool does.
bool plant(const QString& path, const QStringList& statements) {
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            if (ok && !q.exec(sql)) {
                qWarning("plant: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString scalar(const QSqlDatabase& db, const QString& sql) {
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

const QString kTrigger =
    QStringLiteral("CREATE TRIGGER steal AFTER UPDATE ON steps BEGIN UPDATE environments SET "
                   "token_url = 'https://attacker.example/connect/token' WHERE name = 'production'; END");
const QString kRecursiveView =
    QStringLiteral("CREATE VIEW steps AS WITH RECURSIVE forever(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM forever) "
                   "SELECT n AS step, 'done' AS status, '' AS owner, NULL AS planned_date, NULL AS actual_date, "
                   "'' AS notes FROM forever");

} // namespace

class TestHostileProject : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void refusesForeignSchema_data();
    void refusesForeignSchema();
    void plantedTriggerNeverFires();
    void recursiveQueryIsInterrupted();
    void productionByNameOverPlainHttp();
    void plantedCaBundleForProduction();
    void bmpHostsNeedHttpsEverywhere_data();
    void bmpHostsNeedHttpsEverywhere();
    void cleanProjectsStillOpen();

private:
    QString freshProject(const QString& name);
    QTemporaryDir m_dir;
};

void TestHostileProject::initTestCase() {
    QVERIFY(m_dir.isValid());
}

QString TestHostileProject::freshProject(const QString& name) {
    const QString path = m_dir.filePath(name + QStringLiteral(".bmpproj"));
    QFile::remove(path);
    auto project = Project::create(path, QStringLiteral("Fintech Alvo"), {Product::Caas});
    return project ? path : QString();
}

void TestHostileProject::refusesForeignSchema_data() {
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("expected");
    const QString foreign = QStringLiteral("does not create");
    QTest::newRow("trigger rewriting the token URL") << QStringList{kTrigger} << foreign;
    QTest::newRow("recursive view in place of a table")
        << QStringList{QStringLiteral("DROP TABLE step_history"), QStringLiteral("DROP TABLE steps"), kRecursiveView}
        << foreign;
    QTest::newRow("extra table") << QStringList{QStringLiteral("CREATE TABLE payload (x)")} << foreign;
    QTest::newRow("extra index on an expression")
        << QStringList{QStringLiteral("CREATE INDEX slow ON contacts (length(name) * 2)")} << foreign;
    QTest::newRow("column default changed")
        << QStringList{QStringLiteral("DROP TABLE token_tests"),
                       QStringLiteral("CREATE TABLE token_tests (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                                      "environment TEXT NOT NULL DEFAULT 'production', at TEXT NOT NULL, ok INTEGER "
                                      "NOT NULL, http_status INTEGER NOT NULL DEFAULT 0, token_type TEXT NOT NULL "
                                      "DEFAULT '', scope TEXT NOT NULL DEFAULT '', expires_in INTEGER NOT NULL "
                                      "DEFAULT 0, error TEXT NOT NULL DEFAULT '')")}
        << foreign;
    QTest::newRow("table missing") << QStringList{QStringLiteral("DROP TABLE bmp_tests")}
                                   << QStringLiteral("lacks parts");
}

void TestHostileProject::refusesForeignSchema() {
    QFETCH(QStringList, statements);
    QFETCH(QString, expected);
    const QString path = freshProject(
        QStringLiteral("hostile-%1").arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
    QVERIFY(!path.isEmpty());
    QVERIFY(plant(path, statements));
    const QByteArray before = fileHash(path);
    QElapsedTimer timer;
    timer.start();
    const auto opened = Project::open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(expected), qPrintable(opened.error().toString()));
    QVERIFY(opened.error().message.contains(QStringLiteral("not changed")));
    QVERIFY(timer.elapsed() < 5000); // refused, not hung
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFile(path + QStringLiteral("-wal")).size() == 0);
}

void TestHostileProject::plantedTriggerNeverFires() {
    // Defence in depth: even on a connection that skipped the schema check, the file's triggers are off.
    const QString path = freshProject(QStringLiteral("trigger-off"));
    QVERIFY(plant(path, {kTrigger}));
    const QString name = QStringLiteral("guarded");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        auto attached = SqliteGuard::attach(db);
        QVERIFY(attached.ok());
        std::unique_ptr<SqliteGuard> guard = std::move(attached).value();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE steps SET notes = 'harmless edit' WHERE step = 1")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT token_url FROM environments WHERE name = 'production'")),
                 QStringLiteral("https://auth.moneyp.com.br/connect/token"));
        // Defensive mode: the schema cannot be rewritten from SQL either.
        q.exec(QStringLiteral("PRAGMA writable_schema = ON"));
        QVERIFY(!q.exec(QStringLiteral("UPDATE sqlite_schema SET sql = '' WHERE name = 'steps'")));
        guard.reset();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestHostileProject::recursiveQueryIsInterrupted() {
    const QString path = freshProject(QStringLiteral("budget"));
    auto store = ProjectStore::open(path);
    QVERIFY(store.ok());
    (*store)->setQueryBudget(std::chrono::milliseconds(100));
    QSqlQuery q((*store)->database());
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!q.exec(QStringLiteral(
        "WITH RECURSIVE forever(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM forever) SELECT count(*) FROM forever")));
    QVERIFY(timer.elapsed() < 10000);
    QVERIFY2(q.lastError().text().contains(QStringLiteral("interrupt")), qPrintable(q.lastError().text()));
    QCOMPARE((*store)->interruptedQueries(), 1);
    // The connection is still good for normal work.
    QVERIFY((*store)->setSetting(QStringLiteral("after"), QStringLiteral("interrupt")).ok());
    QCOMPARE((*store)->setting(QStringLiteral("after")), QStringLiteral("interrupt"));
}

void TestHostileProject::productionByNameOverPlainHttp() {
    const QString path = freshProject(QStringLiteral("production-custom"));
    testutil::ScriptedServer server({testutil::ScriptedServer::reply(200, R"({"access_token":"x"})")});
    const QString plainHttp = server.url(QStringLiteral("/connect/token")).toString();
    QVERIFY(plant(path, {QStringLiteral("UPDATE environments SET kind = 'custom', token_url = '%1', api_url = "
                                        "'http://api.bmpdigital.moneyp.com.br' WHERE name = 'production'")
                             .arg(plainHttp)}));
    auto project = Project::open(path); // the schema is ours: it opens
    QVERIFY(project.ok());
    const auto production = (*project)->environments().find(QStringLiteral("production"));
    QVERIFY(production);
    QCOMPARE(production->kind, EnvironmentKind::Production); // the name decides, not the planted kind
    QVERIFY(!production->validate().ok());
    // And nothing leaves for it: the API client applies the rule where requests are sent.
    net::Connection c;
    c.environment = production->name;
    net::ApiClient client(c);
    net::ApiRequest request;
    request.url = QUrl(production->tokenUrl);
    request.body = "grant_type=client_credentials&client_assertion=secret";
    net::ApiCall* call = client.send(request);
    QSignalSpy finished(call, &net::ApiCall::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY(!call->response().transportOk());
    QVERIFY2(call->response().transportError().message.contains(QStringLiteral("https only")),
             qPrintable(call->response().transportError().message));
    QCOMPARE(call->response().attempts, 0);
    QVERIFY(server.received.isEmpty());
}

void TestHostileProject::plantedCaBundleForProduction() {
    const QString path = freshProject(QStringLiteral("production-ca"));
    QFile ca(QStringLiteral(BMP_TEST_DATA_DIR "/keys/certificate.pem"));
    QVERIFY(ca.open(QIODevice::ReadOnly));
    const QByteArray pem = ca.readAll();
    QVERIFY(plant(path, {QStringLiteral("UPDATE environments SET ca_bundle = '%1' WHERE name = 'production'")
                             .arg(QString::fromLatin1(pem))}));
    auto project = Project::open(path);
    QVERIFY(project.ok());
    const auto production = (*project)->environments().find(QStringLiteral("production"));
    QVERIFY(production && !production->caBundlePem.isEmpty());
    const Status valid = production->validate();
    QVERIFY(!valid.ok());
    QVERIFY(valid.error().message.contains(QStringLiteral("CA bundle")));
    net::Connection c;
    c.environment = production->name;
    c.caBundlePem = production->caBundlePem;
    net::ApiClient client(c);
    net::ApiRequest request;
    request.url = QUrl(production->tokenUrl);
    net::ApiCall* call = client.send(request);
    QSignalSpy finished(call, &net::ApiCall::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY(call->response().transportError().message.contains(QStringLiteral("CA bundle")));
    QCOMPARE(call->response().attempts, 0);
    // Homologation may still add one (a proxy in between, a test gateway).
    EnvironmentProfile homologation = *(*project)->environments().find(QStringLiteral("homologation"));
    homologation.caBundlePem = pem;
    QVERIFY(homologation.validate().ok());
}

void TestHostileProject::bmpHostsNeedHttpsEverywhere_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("BMP auth over http") << "http://auth.moneyp.com.br/connect/token" << false;
    QTest::newRow("BMP homologation over http") << "http://auth.moneyp.dev.br/connect/token" << false;
    QTest::newRow("bmpdigital api over http") << "http://api.bmpdigital.moneyp.com.br" << false;
    QTest::newRow("bmpdigital elsewhere over http") << "http://bmpdigital.com.br/x" << false;
    QTest::newRow("BMP over https") << "https://auth.moneyp.dev.br/connect/token" << true;
    QTest::newRow("own gateway over http") << "http://gateway.fintech.example/connect/token" << true;
    QTest::newRow("look-alike host") << "http://moneyp.com.br.attacker.example/connect/token" << true;
}

void TestHostileProject::bmpHostsNeedHttpsEverywhere() {
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    EnvironmentProfile custom = EnvironmentProfile::defaults(EnvironmentKind::Custom);
    custom.name = QStringLiteral("staging");
    custom.tokenUrl = url;
    QCOMPARE(custom.validate().ok(), accepted);
    QCOMPARE(EnvironmentProfile::checkDestination(custom.name, QUrl(url), false).ok(), accepted);
}

void TestHostileProject::cleanProjectsStillOpen() {
    for (const char* name : {"v1.bmpproj", "v2.bmpproj"}) {
        const QString copy = m_dir.filePath(QStringLiteral("clean-") + QLatin1String(name));
        QVERIFY(QFile::copy(QStringLiteral(BMP_TEST_DATA_DIR "/projects/") + QLatin1String(name), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const auto opened = Project::open(copy);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
    }
    const QString fresh = freshProject(QStringLiteral("clean-fresh"));
    auto reopened = Project::open(fresh);
    QVERIFY(reopened.ok());
    // Cascading deletes are not triggers of the file: they still work with the file's triggers off.
    ProjectStore& store = (*reopened)->store();
    QVERIFY(store
                .exec(QStringLiteral("INSERT INTO evidence (id, at, environment, kind, method, url) VALUES "
                                     "(777, '2026-01-01T00:00:00.000Z', 'practice', 'token', 'POST', 'x')"))
                .ok());
    QVERIFY(store
                .exec(QStringLiteral("INSERT INTO proposal_evidence (environment, scenario, evidence_id) VALUES "
                                     "('practice', 'a', 777)"))
                .ok());
    QVERIFY(store.exec(QStringLiteral("DELETE FROM evidence WHERE id = 777")).ok());
    QCOMPARE(scalar(store.database(), QStringLiteral("SELECT count(*) FROM proposal_evidence")), QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestHostileProject)
#include "TestHostileProject.moc"
