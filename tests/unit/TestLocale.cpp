#include "core/AppInfo.h"
#include "domain/Money.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace bmp;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs bmpctl in a given locale, as a user's shell would (LANGUAGE unset: the locale alone decides).
Run bmpctl(const QString& locale, const QStringList& args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BMP_BINARY_DIR "/app/cli/bmpctl"), args);
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

const QStringList kCalcArgs{QStringLiteral("calc"),       QStringLiteral("--amount"),
                            QStringLiteral("10000.00"),   QStringLiteral("--installments"),
                            QStringLiteral("12"),         QStringLiteral("--monthly-rate"),
                            QStringLiteral("2.5"),        QStringLiteral("--contract-date"),
                            QStringLiteral("2025-03-10"), QStringLiteral("--first-due"),
                            QStringLiteral("2025-04-09"), QStringLiteral("--person"),
                            QStringLiteral("pf")};

QString plainSpaces(QString s) {
    return s.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
}

// The machine part of a JSON document: everything but the texts meant for people ("message", "name").
QJsonValue machinePart(const QJsonValue& v) {
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue& e : v.toArray())
            out.append(machinePart(e));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() != QLatin1String("message") && it.key() != QLatin1String("name"))
                out.insert(it.key(), machinePart(it.value()));
        }
        return out;
    }
    return v;
}

} // namespace

class TestLocale : public QObject {
    Q_OBJECT
private slots:
    void cleanup();
    void localeFollowsTheLanguage();
    void unknownLanguageFallsBackToEnglish();
    void currencyInReais_data();
    void currencyInReais();
    void cliHumanOutputFollowsTheLocale();
    void cliJsonDoesNotDependOnTheLocale_data();
    void cliJsonDoesNotDependOnTheLocale();
};

void TestLocale::cleanup() {
    AppInfo::installTranslator(*QCoreApplication::instance(), QStringLiteral("en"));
}

void TestLocale::localeFollowsTheLanguage() {
    // The tests run with LC_ALL=C: English keeps the system's formats, Portuguese gets Brazil's.
    QCOMPARE(QLocale::system().language(), QLocale::C);
    QVERIFY(AppInfo::installTranslator(*QCoreApplication::instance(), QStringLiteral("pt_BR")));
    QCOMPARE(QLocale().language(), QLocale::Portuguese);
    QCOMPARE(QLocale().territory(), QLocale::Brazil);
    QCOMPARE(QLocale().toString(QDate(2026, 11, 26), QLocale::ShortFormat), QStringLiteral("26/11/2026"));
    QCOMPARE(QLocale().toString(1234.5, 'f', 2), QStringLiteral("1.234,50"));
    QCOMPARE(plainSpaces(Money::formatCurrency(123456, QLocale())), QStringLiteral("R$ 1.234,56"));

    QVERIFY(AppInfo::installTranslator(*QCoreApplication::instance(), QStringLiteral("en")));
    QCOMPARE(QLocale(), QLocale::system());
    QCOMPARE(AppInfo::localeFor(QStringLiteral("pt_BR")), QLocale(QLocale::Portuguese, QLocale::Brazil));
    QCOMPARE(AppInfo::localeFor(QStringLiteral("en")), QLocale::system());
    QVERIFY(AppInfo::supportedLanguages().contains(AppInfo::systemLanguage()));
}

void TestLocale::unknownLanguageFallsBackToEnglish() {
    QVERIFY(AppInfo::installTranslator(*QCoreApplication::instance(), QStringLiteral("pt_BR")));
    QVERIFY(!AppInfo::installTranslator(*QCoreApplication::instance(), QStringLiteral("xx_YY")));
    // Not left half in Portuguese: formats are English again.
    QCOMPARE(QLocale(), QLocale::system());
}

void TestLocale::currencyInReais_data() {
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    const QLocale br(QLocale::Portuguese, QLocale::Brazil);
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    QTest::newRow("pt_BR") << qint64(123456) << br << QStringLiteral("R$ 1.234,56");
    QTest::newRow("pt_BR zero") << qint64(0) << br << QStringLiteral("R$ 0,00");
    QTest::newRow("pt_BR cents") << qint64(5) << br << QStringLiteral("R$ 0,05");
    QTest::newRow("pt_BR negative") << qint64(-5) << br << QStringLiteral("R$ -0,05");
    QTest::newRow("en_US") << qint64(123456) << us << QStringLiteral("R$1,234.56");
    // The real, not the locale's own currency: never "$" alone nor "€".
    QTest::newRow("de_DE") << qint64(123456) << QLocale(QLocale::German, QLocale::Germany)
                           << QStringLiteral("1.234,56 R$");
    // QLocale::c() has no currency pattern and no digit grouping.
    QTest::newRow("C is written the English way") << qint64(123456) << QLocale::c() << QStringLiteral("R$1234.56");
    // Exact at the calculator's limit (no double rounding on the digits).
    QTest::newRow("limit") << Money::kMaxCents << us << QStringLiteral("R$1,000,000,000.00");
    QTest::newRow("limit pt_BR") << Money::kMaxCents - 1 << br << QStringLiteral("R$ 999.999.999,99");
}

void TestLocale::currencyInReais() {
    QFETCH(qint64, cents);
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    QCOMPARE(plainSpaces(Money::formatCurrency(cents, locale)), expected);
}

void TestLocale::cliHumanOutputFollowsTheLocale() {
    const Run c = bmpctl(QStringLiteral("C.UTF-8"), kCalcArgs);
    const Run br = bmpctl(QStringLiteral("pt_BR.UTF-8"), kCalcArgs);
    QCOMPARE(c.exitCode, 0);
    QCOMPARE(br.exitCode, 0);
    const QString cText = QString::fromUtf8(c.out);
    const QString brText = plainSpaces(QString::fromUtf8(br.out));
    QVERIFY2(cText.contains(QStringLiteral("R$10,211.96")), qPrintable(cText));
    QVERIFY2(brText.contains(QStringLiteral("R$ 10.211,96")), qPrintable(brText));
    // The installment table too: decimal comma, dot for thousands.
    QVERIFY(brText.contains(QStringLiteral("10.211,96")));
    QVERIFY(!brText.contains(QStringLiteral("10,211.96")));

    const QStringList next{QStringLiteral("calendar"),   QStringLiteral("next"),    QStringLiteral("--from"),
                           QStringLiteral("2026-12-20"), QStringLiteral("--count"), QStringLiteral("1")};
    QCOMPARE(QString::fromUtf8(bmpctl(QStringLiteral("pt_BR.UTF-8"), next).out).trimmed(),
             QStringLiteral("2026-12-21  segunda-feira"));
    QCOMPARE(QString::fromUtf8(bmpctl(QStringLiteral("C.UTF-8"), next).out).trimmed(),
             QStringLiteral("2026-12-21  Monday"));
}

void TestLocale::cliJsonDoesNotDependOnTheLocale_data() {
    QTest::addColumn<QStringList>("args");
    QTest::newRow("calc") << (kCalcArgs + QStringList{QStringLiteral("--json")});
    QTest::newRow("calendar check") << QStringList{QStringLiteral("calendar"), QStringLiteral("check"),
                                                   QStringLiteral("2026-12-24"), QStringLiteral("--json")};
    QTest::newRow("calendar next") << QStringList{QStringLiteral("calendar"), QStringLiteral("next"),
                                                  QStringLiteral("--from"), QStringLiteral("2026-12-20"),
                                                  QStringLiteral("--json")};
    QTest::newRow("calendar holidays") << QStringList{QStringLiteral("calendar"), QStringLiteral("holidays"),
                                                      QStringLiteral("2027"), QStringLiteral("--json")};
}

void TestLocale::cliJsonDoesNotDependOnTheLocale() {
    QFETCH(QStringList, args);
    const Run c = bmpctl(QStringLiteral("C.UTF-8"), args);
    QCOMPARE(c.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument reference = QJsonDocument::fromJson(c.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    for (const QString& locale : {QStringLiteral("pt_BR.UTF-8"), QStringLiteral("de_DE.UTF-8")}) {
        const Run r = bmpctl(locale, args);
        QCOMPARE(r.exitCode, 0);
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(locale));
        // Keys, codes, ISO dates and numbers are the same; only texts for people may be translated.
        const QJsonValue a =
            machinePart(reference.isArray() ? QJsonValue(reference.array()) : QJsonValue(reference.object()));
        const QJsonValue b = machinePart(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
        QVERIFY2(a == b, qPrintable(locale));
        // No decimal comma sneaks into a number.
        static const QRegularExpression commaNumber(QStringLiteral(R"(:\s*-?\d+,\d)"));
        QVERIFY(!commaNumber.match(QString::fromUtf8(r.out)).hasMatch());
    }
}

QTEST_GUILESS_MAIN(TestLocale)
#include "TestLocale.moc"
