#include "ReportFixtures.h"
#include "domain/Environments.h"
#include "domain/Money.h"
#include "net/EvidenceLog.h"
#include "report/EvidenceDigest.h"
#include "report/EvidenceTable.h"
#include "report/ReportDocument.h"
#include "report/ReportLabels.h"
#include "report/ReportLanguage.h"
#include "report/SignoffReport.h"
#include "report/SignoffReportJob.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace bmp;
using namespace bmp::report;

namespace {

// The text a reader (or a search, or a copy-paste) gets out of the PDF.
QString pdfText(const QString& pdf, int page = 0) {
    QProcess p;
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << QStringLiteral("-enc") << QStringLiteral("UTF-8") << pdf << QStringLiteral("-");
    p.start(QStringLiteral("pdftotext"), args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString& pdf) {
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    p.waitForFinished(30000);
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(p.readAll()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// Table cells wrap: compare with all whitespace collapsed (words) or removed (identifiers that break anywhere).
// pdftotext turns the "fi"/"ff" ligatures DejaVu draws back into single code points: undo that too.
QString words(QString text) {
    text.replace(QChar(0xFB01), QStringLiteral("fi")).replace(QChar(0xFB00), QStringLiteral("ff"));
    text.replace(QChar(0xFB02), QStringLiteral("fl")).replace(QChar(0xFB03), QStringLiteral("ffi"));
    return text.simplified();
}

QString compact(const QString& text) {
    return words(text).remove(u' ');
}

} // namespace

class TestSignoffReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void englishLabelsMatchTheApplication();
    void containsWhatWasSignedOff_data();
    void containsWhatWasSignedOff();
    void languagesDiffer();
    void emptyProjectSaysWhatIsMissing();
    void keysAndTokenTestsComeFromTheProject();
    void proposalsComeFromStep7();
    void calculationComesFromStep7();
    void longNameAndManyEntriesPaginate();
    void secretsNeverPrinted();
    void digestMatchesIndependentComputation();
    void redactsUrls_data();
    void redactsUrls();
    void writeFailsCleanly();
    void cancelWritesNothing();
    void jobRendersOffTheCallingThread();
    void unknownLanguageRefused();
    void textIsSearchable_data();
    void textIsSearchable();
    void evidenceKindsStayWhole_data();
    void evidenceKindsStayWhole();
    void urlsBreakBetweenTheirParts_data();
    void urlsBreakBetweenTheirParts();
    void checklistStartsOnTheCover();

private:
    QString render(const ReportData& data, const QString& language, const QString& name);
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_full;
};

void TestSignoffReport::initTestCase() {
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are needed to read the reports back");
    m_full = fixtures::makeFullProject(m_dir.filePath(QStringLiteral("full.bmpproj")),
                                       QStringLiteral("Fintech Exemplo Ltda"), 200);
    QVERIFY(m_full);
}

QString TestSignoffReport::render(const ReportData& data, const QString& language, const QString& name) {
    // BMP_REPORT_OUT_DIR keeps the PDFs for a look (pdftoppm) after the run.
    const QString keep = qEnvironmentVariable("BMP_REPORT_OUT_DIR");
    const QString path = keep.isEmpty() ? m_dir.filePath(name) : QDir(keep).filePath(name);
    const auto written = SignoffReport::write(data, path, language);
    if (!written) {
        qWarning("render failed: %s", qPrintable(written.error().toString()));
        return {};
    }
    return path;
}

void TestSignoffReport::englishLabelsMatchTheApplication() {
    // The report translates step titles, statuses and products itself (in its own language); in English they must
    // read exactly as the application shows them.
    const auto en = ReportLanguage::load(QStringLiteral("en"));
    QVERIFY(en.ok());
    const ReportLabels labels(*en);
    for (StepId id : Checklist::allSteps())
        QCOMPARE(labels.stepTitle(id), Checklist::title(id));
    for (StepStatus s : {StepStatus::NotStarted, StepStatus::InProgress, StepStatus::Blocked, StepStatus::Done})
        QCOMPARE(labels.status(s), Checklist::statusLabel(s));
    for (Product p : Checklist::allProducts())
        QCOMPARE(labels.product(p), Checklist::productLabel(p));
    for (Decision d : Decisions::all())
        QCOMPARE(labels.decision(d), Decisions::label(d));
}

void TestSignoffReport::containsWhatWasSignedOff_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("pt_BR") << "pt_BR";
}

void TestSignoffReport::containsWhatWasSignedOff() {
    QFETCH(QString, language);
    const auto data = ReportData::fromProject(*m_full);
    QVERIFY(data.ok());
    const ReportData full = fixtures::withLaterSections(*data);
    const QString pdf = render(full, language, QStringLiteral("full-%1.pdf").arg(language));
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfText(pdf);
    QVERIFY(!text.isEmpty());
    const QString w = words(text);
    const QString c = compact(text);
    QVERIFY(w.contains(QStringLiteral("Fintech Exemplo Ltda")));

    const auto lang = ReportLanguage::load(language);
    QVERIFY(lang.ok());
    const ReportLabels labels(*lang);
    for (StepId id : m_full->applicableSteps())
        QVERIFY2(w.contains(labels.stepTitle(id)), qPrintable(labels.stepTitle(id)));
    // Names wrap inside their cells ("Compliance/" + "AML"): compared without the line breaks.
    for (const SignoffArea& a : m_full->signoff().areas()) {
        QVERIFY2(c.contains(compact(labels.area(a))), qPrintable(labels.area(a)));
        QVERIFY2(c.contains(compact(a.approver)), qPrintable(a.approver));
        QVERIFY2(c.contains(compact(labels.decision(a.decision))), qPrintable(labels.decision(a.decision)));
        if (!a.comments.isEmpty())
            QVERIFY2(w.contains(a.comments), qPrintable(a.comments));
        // Who recorded each decision, and when (a team project's approvers sign for themselves).
        if (a.decision != Decision::Pending) {
            QVERIFY(!a.updatedBy.isEmpty());
            const QString recorded =
                lang->translate("SignoffReport", "Recorded by %1 on %2.")
                    .arg(a.updatedBy,
                         lang->date(QDateTime::fromString(a.updatedAt, Qt::ISODateWithMs).toLocalTime().date()));
            QVERIFY2(c.contains(compact(recorded)), qPrintable(recorded));
        }
    }
    for (const KeyRecord& k : full.keys) {
        QVERIFY2(c.contains(k.fingerprintSha256), qPrintable(k.fingerprintSha256));
        QVERIFY2(c.contains(k.jwkThumbprint), qPrintable(k.jwkThumbprint));
        QVERIFY2(c.contains(k.clientId), qPrintable(k.clientId));
    }
    for (const ProposalRecord& p : full.proposals) {
        QVERIFY2(c.contains(p.codigoProposta), qPrintable(p.codigoProposta));
        QVERIFY(c.contains(p.numeroProposta));
    }
    QVERIFY(w.contains(QStringLiteral("vlrTotalCredito")));
    QVERIFY(c.contains(QString::fromLatin1(EvidenceDigest::sha256Hex(full.evidence))));
    for (const Contact& person : m_full->contacts())
        QVERIFY(w.contains(person.name));
    QVERIFY(w.contains(m_full->channel().groupName));
    // The invite link lets anyone into the group: recorded, never printed.
    QVERIFY(!c.contains(QStringLiteral("chat.whatsapp.com")));
    for (const Procedure& p : m_full->signoff().procedures())
        QVERIFY2(w.contains(labels.procedure(p)), qPrintable(labels.procedure(p)));
    if (language == QLatin1String("pt_BR")) {
        // The project was seeded in English: its default areas and procedures read in the report's language.
        QVERIFY(c.contains(QStringLiteral("Financeiro/Tesouraria")));
        QVERIFY(!c.contains(QStringLiteral("Finance/Treasury")));
        QVERIFY(w.contains(QStringLiteral("Gerar o par de chaves de produção (diferente da chave de homologação).")));
    }
    QVERIFY(w.contains(lang->date(m_full->signoff().releaseDate())));
    QVERIFY(w.contains(QStringLiteral("Plantão: Carlos.")));
    QVERIFY(!w.contains(lang->translate("SignoffReport", "Not done yet:")));
}

void TestSignoffReport::languagesDiffer() {
    const auto data = ReportData::fromProject(*m_full);
    QVERIFY(data.ok());
    const QString en = words(pdfText(render(*data, QStringLiteral("en"), QStringLiteral("lang-en.pdf"))));
    const QString pt = words(pdfText(render(*data, QStringLiteral("pt_BR"), QStringLiteral("lang-pt.pdf"))));
    QVERIFY(!en.isEmpty() && !pt.isEmpty());
    const QDate release = m_full->signoff().releaseDate();
    QVERIFY(en.contains(QLocale(QLocale::English).toString(release, QStringLiteral("d MMM yyyy"))));
    QVERIFY(pt.contains(release.toString(QStringLiteral("dd/MM/yyyy"))));
    QVERIFY(!en.contains(release.toString(QStringLiteral("dd/MM/yyyy"))));
    QVERIFY(en.contains(QStringLiteral("Page 1 of")));
    QVERIFY(pt.contains(QStringLiteral("Página 1 de")));
    QVERIFY(en.contains(QStringLiteral("Production signoff report")));
    QVERIFY(pt.contains(QStringLiteral("Relatório de signoff para produção")));
    QVERIFY(pt.contains(QStringLiteral("Aprovado com ressalvas")));
    QVERIFY(!pt.contains(QStringLiteral("Page 1 of")));
}

void TestSignoffReport::emptyProjectSaysWhatIsMissing() {
    auto p =
        Project::create(m_dir.filePath(QStringLiteral("empty.bmpproj")), QStringLiteral("Vazia S.A."), {Product::Caas});
    QVERIFY(p.ok());
    const auto data = ReportData::fromProject(**p);
    QVERIFY(data.ok());
    const QString pdf = render(*data, QStringLiteral("en"), QStringLiteral("empty.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString w = words(pdfText(pdf));
    QVERIFY(w.contains(QStringLiteral("Vazia S.A.")));
    QVERIFY(w.count(QStringLiteral("Not done yet")) >= 8);
    for (const char* missing :
         {"no project group has been recorded", "no public key fingerprint", "no token request has been recorded",
          "none of the three required proposals", "no exchange with BMP has been recorded", "no final summary",
          "0 of 11 steps done", "0 of 6 areas approved", "No step has a planned date yet"})
        QVERIFY2(w.contains(QString::fromLatin1(missing)), missing);
    for (const SignoffArea& a : (*p)->signoff().areas())
        QVERIFY2(compact(w).contains(compact(a.name)), qPrintable(a.name));
    QCOMPARE(w.count(QStringLiteral("Pending")), (*p)->signoff().areas().size());
    QVERIFY(pdfPages(pdf) >= 3);
}

void TestSignoffReport::keysAndTokenTestsComeFromTheProject() {
    auto p =
        Project::create(m_dir.filePath(QStringLiteral("keys.bmpproj")), QStringLiteral("Chaves S.A."), {Product::Caas});
    QVERIFY(p.ok());
    Project& project = **p;
    // As the key step stores a production key: the private part encrypted, next to its identification.
    const QString fp = fixtures::fingerprint(7);
    QVERIFY(project.store()
                .exec(QStringLiteral("INSERT INTO keys (environment, encrypted_pem, public_pem, bits, fingerprint, "
                                     "thumbprint, source, created_at, registered_at) VALUES ('production', ?, ?, 2048, "
                                     "?, 'kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k', 'generated', "
                                     "'2026-03-01T10:00:00.000Z', '2026-03-02T12:00:00.000Z')"),
                      {QStringLiteral("-----BEGIN ENCRYPTED PRIVATE KEY-----\n%1\n-----END ENCRYPTED PRIVATE KEY-----")
                           .arg(fixtures::kPlantedPrivateKey),
                       QStringLiteral("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkq\n-----END PUBLIC KEY-----"), fp})
                .ok());
    EnvironmentProfile homologation = *project.environments().find(QStringLiteral("homologation"));
    homologation.clientId = QStringLiteral("bmp.digital.api.chaves_sa");
    QVERIFY(project.environments().save(homologation).ok());
    QVERIFY(project.environments()
                .recordTokenTest({QStringLiteral("homologation"),
                                  QDateTime::currentDateTimeUtc(),
                                  true,
                                  200,
                                  QStringLiteral("Bearer"),
                                  QStringLiteral("bmp.digital.api.full.access"),
                                  300,
                                  {}})
                .ok());
    QVERIFY(project.environments()
                .recordTokenTest({QStringLiteral("production"),
                                  QDateTime::currentDateTimeUtc(),
                                  false,
                                  400,
                                  {},
                                  {},
                                  0,
                                  QStringLiteral("invalid_client: unknown client")})
                .ok());

    const auto data = ReportData::fromProject(project);
    QVERIFY(data.ok());
    QCOMPARE(data->keys.size(), 2);
    QCOMPARE(data->tokenTests.size(), 2);
    const QString pdf = render(*data, QStringLiteral("en"), QStringLiteral("keys.pdf"));
    const QString w = words(pdfText(pdf));
    const QString c = compact(w);
    QVERIFY(c.contains(fp));
    QVERIFY(c.contains(QStringLiteral("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k")));
    QVERIFY(c.contains(QStringLiteral("bmp.digital.api.chaves_sa")));
    QVERIFY(w.contains(QStringLiteral("2 Mar 2026")));
    QVERIFY(w.contains(QStringLiteral("Token received")));
    QVERIFY(w.contains(QStringLiteral("invalid_client: unknown client")));
    QVERIFY(!w.contains(QStringLiteral("no public key fingerprint")));
    QVERIFY(!w.contains(QStringLiteral("no token request has been recorded")));
    QVERIFY(!c.contains(fixtures::kPlantedPrivateKey.left(20)));
    QVERIFY(!w.contains(QStringLiteral("PRIVATE KEY")));
    QVERIFY(!w.contains(QStringLiteral("BEGIN PUBLIC KEY")));
}

void TestSignoffReport::proposalsComeFromStep7() {
    // The demo project ran the scenarios in the practice environment (two reached BMP, one was interrupted).
    const auto data = ReportData::fromProject(*m_full);
    QVERIFY(data.ok());
    QVERIFY(!data->proposals.isEmpty());
    const QString pdf = render(*data, QStringLiteral("en"), QStringLiteral("proposals.pdf"));
    const auto lang = ReportLanguage::load(QStringLiteral("en"));
    const ReportLabels labels(*lang);
    const QString c = compact(pdfText(pdf));
    for (const ProposalRecord& p : data->proposals) {
        QVERIFY2(c.contains(p.codigoProposta), qPrintable(p.codigoProposta));
        QVERIFY(c.contains(p.numeroProposta));
        if (p.finalStatus)
            QVERIFY2(c.contains(compact(labels.proposalStatus(*p.finalStatus))),
                     qPrintable(QString::number(*p.finalStatus)));
        // The signature step of BMP's flow shows with each proposal.
        QVERIFY(p.signedAt.isValid());
    }
    QCOMPARE(c.count(compact(QStringLiteral("(IncluirAssinaturaCCBFinalizada)"))), int(data->proposals.size()));
    // A scenario that did not reach BMP is listed as not done, not left out.
    if (data->proposals.size() < 3)
        QVERIFY(c.contains(QStringLiteral("Notdoneyet")));
}

void TestSignoffReport::calculationComesFromStep7() {
    // The demo partner computes the loan: the report carries scenario B's calculation and BMP's cross-check.
    QVERIFY(m_full->scope().partnerComputesLoan);
    const auto data = ReportData::fromProject(*m_full);
    QVERIFY(data.ok());
    QVERIFY(data->calculation.has_value());
    const LoanResult& r = data->calculation->result;
    QVERIFY(r.vlrParcela > 0);
    QVERIFY(r.vlrTotalCredito >= r.vlrSolicitado);
    const QString c = compact(pdfText(render(*data, QStringLiteral("en"), QStringLiteral("calc.pdf"))));
    QVERIFY(c.contains(QStringLiteral("vlrParcela")));
    QVERIFY2(c.contains(compact(Money::format(r.vlrParcela, QLocale(QLocale::English, QLocale::UnitedStates)))),
             qPrintable(Money::format(r.vlrParcela, QLocale(QLocale::English, QLocale::UnitedStates))));
    QVERIFY(!c.contains(QStringLiteral("memóriadecálculo)ofstep7hasnotbeenproduced")));
    // Without the partner computing the loan the section says it does not apply.
    QVERIFY(m_full->setPartnerComputesLoan(false).ok());
    const auto without = ReportData::fromProject(*m_full);
    QVERIFY(m_full->setPartnerComputesLoan(true).ok());
    QVERIFY(without.ok());
    QVERIFY(!without->calculation.has_value());
}

void TestSignoffReport::longNameAndManyEntriesPaginate() {
    const QString partner = QStringLiteral("Cooperativa de Crédito dos Profissionais da Saúde e das Ciências Jurídicas "
                                           "do Estado de São Paulo e Regiões Metropolitanas Adjacentes — Sicoob "
                                           "Interestadual Ltda. (Unidade de Negócios Digitais)");
    auto project = fixtures::makeFullProject(m_dir.filePath(QStringLiteral("long.bmpproj")), partner, 200);
    QVERIFY(project);
    const auto data = ReportData::fromProject(*project);
    QVERIFY(data.ok());
    QVERIFY(data->evidence.size() >= 200); // the demo's own exchanges come first
    const QString pdf = render(fixtures::withLaterSections(*data), QStringLiteral("pt_BR"), QStringLiteral("long.pdf"));
    QVERIFY(!pdf.isEmpty());
    const int pages = pdfPages(pdf);
    QVERIFY2(pages >= 6 && pages <= 20, qPrintable(QString::number(pages)));
    QVERIFY(words(pdfText(pdf, 1)).contains(partner)); // whole on the cover
    for (int page = 1; page <= pages; ++page) {
        const QString w = words(pdfText(pdf, page));
        // Every page: its header, its own number once, and content besides them.
        QCOMPARE(w.count(QStringLiteral("Página %1 de %2").arg(page).arg(pages)), 1);
        QCOMPARE(w.count(QStringLiteral("Página ")), 1);
        QVERIFY2(w.contains(QStringLiteral("Relatório de signoff para produção")), qPrintable(QString::number(page)));
        QVERIFY2(w.size() > 400, qPrintable(QStringLiteral("page %1 is nearly empty: %2").arg(page).arg(w)));
    }
    // All 200 exchanges are listed, each once.
    const QString all = compact(pdfText(pdf));
    for (int i = 2; i <= 200; ++i) {
        if (i % 10 == 1)
            continue;
        const QString url = QStringLiteral("/Proposta/Consultar/ev-%1").arg(i, 4, 10, QLatin1Char('0'));
        QVERIFY2(all.count(url) == 1, qPrintable(url));
    }
}

void TestSignoffReport::secretsNeverPrinted() {
    const auto data = ReportData::fromProject(*m_full);
    QVERIFY(data.ok());
    for (const QString& language : ReportLanguage::supported()) {
        const QString pdf =
            render(fixtures::withLaterSections(*data), language, QStringLiteral("secrets-%1.pdf").arg(language));
        QVERIFY(!pdf.isEmpty());
        const QString c = compact(pdfText(pdf));
        QFile raw(pdf);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        for (const QString& secret : {fixtures::kPlantedPassphrase, fixtures::kPlantedToken,
                                      fixtures::kPlantedAssertion, fixtures::kPlantedPrivateKey}) {
            QVERIFY2(!c.contains(secret), qPrintable(secret));
            QVERIFY2(!c.contains(secret.left(20)), qPrintable(secret));
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
        }
        QVERIFY(c.contains(QStringLiteral("access_token=[redacted]")) ||
                c.contains(QStringLiteral("access_token=%5Bredacted%5D")));
    }
}

void TestSignoffReport::digestMatchesIndependentComputation() {
    // Issue #13: the digest in the report is the SHA-256 of the exported evidence file, so anyone can check one
    // against the other with sha256sum; and the export holds exactly the rows of the project file (read again in
    // Python, straight from SQLite).
    if (QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("sha256sum")).isEmpty())
        QSKIP("python3 and sha256sum are needed for the independent checks");
    const QString exported = m_dir.filePath(QStringLiteral("evidence-for-digest.jsonl"));
    QVERIFY(bmp::net::EvidenceLog(m_full->store()).exportJsonLines(exported).ok());
    QProcess sum;
    sum.start(QStringLiteral("sha256sum"), {exported});
    QVERIFY(sum.waitForFinished(30000));
    const QByteArray expected = sum.readAllStandardOutput().left(64);
    QCOMPARE(expected.size(), 64);

    const char* script = R"PY(
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("SELECT id, environment, kind, method, url, coalesce(status, 0), request, response, "
                  "coalesce(duration_ms, 0) FROM evidence ORDER BY id").fetchall()
lines = open(sys.argv[2], encoding="utf-8").read().split("\n")
assert lines[-1] == "", "the file ends with a line feed"
entries = [json.loads(l) for l in lines[:-1]]
assert len(entries) == len(rows), (len(entries), len(rows))
for e, r in zip(entries, rows):
    got = (e["id"], e["environment"], e["kind"], e["method"], e["url"], e["status"], e["request"], e["response"],
           e["durationMs"])
    assert got == tuple(r), (got, r)
print(len(rows))
)PY";
    QProcess py;
    py.start(QStringLiteral("python3"), {QStringLiteral("-c"), QString::fromUtf8(script), m_full->path(), exported});
    QVERIFY(py.waitForFinished(30000));
    QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());

    const auto data = ReportData::fromProject(*m_full);
    QVERIFY(data.ok());
    QCOMPARE(py.readAllStandardOutput().trimmed().toInt(), data->evidence.size());
    QCOMPARE(EvidenceDigest::sha256Hex(data->evidence), expected);
    QCOMPARE(bmp::net::EvidenceLog(m_full->store()).digest().toLatin1(), expected);
    const QString pdf = render(*data, QStringLiteral("en"), QStringLiteral("digest.pdf"));
    QVERIFY(compact(pdfText(pdf)).contains(QString::fromLatin1(expected)));
    // Any change to any entry changes the digest.
    QList<EvidenceEntry> changed = data->evidence;
    changed[57].response += u' ';
    QVERIFY(EvidenceDigest::sha256Hex(changed) != expected);
    QCOMPARE(EvidenceDigest::sha256Hex({}),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

void TestSignoffReport::redactsUrls_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "https://api.example/Proposta/Consultar"
                           << "https://api.example/Proposta/Consultar";
    QTest::newRow("callback ids kept") << "https://p.example/cb?proposal=1&status=6&identifier=X"
                                       << "https://p.example/cb?proposal=1&status=6&identifier=X";
    QTest::newRow("access token") << "https://a.example/t?access_token=abc&x=1"
                                  << "https://a.example/t?access_token=[redacted]&x=1";
    QTest::newRow("assertion") << "https://a.example/t?client_assertion=eyJ.x.y"
                               << "https://a.example/t?client_assertion=[redacted]";
    QTest::newRow("api key any case") << "https://a.example/t?X-API-Key=k1&ApiKey=k2"
                                      << "https://a.example/t?X-API-Key=k1&ApiKey=[redacted]";
    QTest::newRow("user info") << "https://user:pass@a.example/x"
                               << "https://a.example/x";
    QTest::newRow("fragment") << "https://a.example/x#access_token=abc"
                              << "https://a.example/x";
}

void TestSignoffReport::redactsUrls() {
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QCOMPARE(ReportDocument::redactUrl(url), expected);
}

void TestSignoffReport::writeFailsCleanly() {
    const auto data = ReportData::fromProject(*m_full);
    QVERIFY(data.ok());
    const QString missingDir = m_dir.filePath(QStringLiteral("no/such/dir/report.pdf"));
    const auto failed = SignoffReport::write(*data, missingDir, QStringLiteral("en"));
    QVERIFY(!failed.ok());
    QVERIFY(failed.error().message.contains(QStringLiteral("report.pdf")));
    QVERIFY(!QFile::exists(missingDir));
    // Over an older report: replaced as a whole, never left half written.
    const QString path = m_dir.filePath(QStringLiteral("again.pdf"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old report");
    old.close();
    // Not without the user's say (the save dialog's confirmation, bmpctl --force): the old one is kept...
    QVERIFY(!SignoffReport::write(*data, path, QStringLiteral("en")).ok());
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("old report"));
    // ...and with it, replaced as a whole.
    const auto written = SignoffReport::write(*data, path, QStringLiteral("en"), {}, bmp::OutputFile::Overwrite::Allow);
    QVERIFY(written.ok());
    QFile back(path);
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(back.readAll(), written->pdf);
    QVERIFY(written->pdf.startsWith("%PDF-"));
    QVERIFY(written->pdf.trimmed().endsWith("%%EOF"));
}

void TestSignoffReport::cancelWritesNothing() {
    const auto data = ReportData::fromProject(*m_full);
    QVERIFY(data.ok());
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    QList<int> seen;
    const auto result = SignoffReport::write(*data, path, QStringLiteral("en"), [&](int page, int pages) {
        seen.append(page);
        return page < pages; // cancel before painting the last page
    });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message, SignoffReport::cancelledError().message);
    QVERIFY(!QFile::exists(path));
    QVERIFY(seen.size() >= 3);
    QCOMPARE(seen.first(), 1);
}

void TestSignoffReport::jobRendersOffTheCallingThread() {
    const auto data = ReportData::fromProject(*m_full);
    QVERIFY(data.ok());
    const QString path = m_dir.filePath(QStringLiteral("job.pdf"));
    SignoffReportJob job;
    QSignalSpy progress(&job, &SignoffReportJob::progress);
    QSignalSpy finished(&job, &SignoffReportJob::finished);
    std::optional<Result<RenderedReport>> result;
    QList<QThread*> progressThreads;
    connect(&job, &SignoffReportJob::progress, this, [&] { progressThreads.append(QThread::currentThread()); });
    connect(&job, &SignoffReportJob::finished, this, [&](const Result<RenderedReport>& r) { result = r; });
    QVERIFY(job.start(*data, path, QStringLiteral("pt_BR")));
    QVERIFY(job.isRunning());
    QVERIFY(!job.start(*data, path, QStringLiteral("en"))); // one export at a time
    QVERIFY(finished.wait(30000));
    QVERIFY(!job.isRunning());
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().toString()));
    QCOMPARE(progress.size(), (*result)->pages);
    QCOMPARE(progress.last().at(0).toInt(), (*result)->pages);
    QCOMPARE(pdfPages(path), (*result)->pages);
    // Progress was delivered to this (the GUI's) thread, queued from the worker.
    for (QThread* t : progressThreads)
        QCOMPARE(t, QThread::currentThread());

    // Cancelled at once: either nothing is written or (if the worker was already done) a complete file.
    const QString cancelled = m_dir.filePath(QStringLiteral("job-cancelled.pdf"));
    result.reset();
    QVERIFY(job.start(*data, cancelled, QStringLiteral("en")));
    job.cancel();
    QVERIFY(finished.wait(30000));
    QVERIFY(result.has_value());
    if (result->ok())
        QCOMPARE(pdfPages(cancelled), (*result)->pages);
    else
        QVERIFY(!QFile::exists(cancelled));
}

void TestSignoffReport::unknownLanguageRefused() {
    const auto data = ReportData::fromProject(*m_full);
    QVERIFY(data.ok());
    const QString path = m_dir.filePath(QStringLiteral("fr.pdf"));
    const auto result = SignoffReport::write(*data, path, QStringLiteral("fr"));
    QVERIFY(!result.ok());
    QVERIFY(result.error().message.contains(QStringLiteral("pt_BR")));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestSignoffReport)
void TestSignoffReport::textIsSearchable_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("timesNote");
    QTest::newRow("en") << "en"
                        << "Times in this report are São Paulo times";
    QTest::newRow("pt_BR") << "pt_BR"
                           << "Os horários deste relatório são de São Paulo";
}

void TestSignoffReport::textIsSearchable() {
    // A reader searching the PDF for "signoff" (or copying a paragraph) gets letters, never the ligature code points
    // U+FB00-U+FB06 that DejaVu's "ff"/"fi" ligatures come out as. Raw pdftotext output: no clean-up.
    QFETCH(QString, language);
    QFETCH(QString, timesNote);
    const auto data = ReportData::fromProject(*m_full);
    QVERIFY(data.ok());
    const QString pdf =
        render(fixtures::withLaterSections(*data), language, QStringLiteral("search-%1.pdf").arg(language));
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("signoff"), Qt::CaseInsensitive));
    QVERIFY(text.contains(QStringLiteral("Fintech Exemplo Ltda")));
    for (char16_t ligature = 0xFB00; ligature <= 0xFB06; ++ligature) {
        QVERIFY2(!text.contains(QChar(ligature)),
                 qPrintable(QStringLiteral("U+%1 in the text").arg(int(ligature), 4, 16, QLatin1Char('0'))));
    }
    // Which clock each part uses is said once, on the cover; the tables' headers repeat it.
    QVERIFY2(words(text).contains(timesNote), qPrintable(timesNote));
    const auto lang = ReportLanguage::load(language);
    QVERIFY(lang.ok());
    QVERIFY(words(text).contains(lang->translate("SignoffReport", "Time (UTC)")));
    QVERIFY(words(text).contains(lang->translate("SignoffReport", "When (São Paulo time)")));
}

void TestSignoffReport::evidenceKindsStayWhole_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("pt_BR") << "pt_BR";
}

void TestSignoffReport::evidenceKindsStayWhole() {
    // The Kind column is as wide as its longest kind: "key-registration" on one line, never "key-registratio".
    QFETCH(QString, language);
    ReportData data;
    data.partner = QStringLiteral("Fintech Tipos");
    data.generatedAt = QDateTime(QDate(2026, 3, 2), QTime(12, 0), Qt::UTC);
    const QStringList kinds{QStringLiteral("key-registration"), QStringLiteral("token"), QStringLiteral("proposal"),
                            QStringLiteral("callback")};
    const QStringList environments{QStringLiteral("practice"), QStringLiteral("homologation"),
                                   QStringLiteral("production"), QStringLiteral("staging-interno")};
    for (int i = 0; i < 24; ++i) {
        EvidenceEntry e;
        e.id = i + 1;
        e.at = QDateTime(QDate(2026, 3, 2), QTime(11, 0), Qt::UTC).addSecs(i * 61).toString(Qt::ISODateWithMs);
        e.environment = environments.at(i % environments.size());
        e.kind = kinds.at(i % kinds.size());
        e.method = i % 5 ? QStringLiteral("POST") : QStringLiteral("GET");
        e.url =
            QStringLiteral("https://api.bmpdigital.moneyp.dev.br/Proposta/IncluirAssinaturaCCBFinalizada/%1").arg(i);
        e.status = 200;
        data.evidence.append(e);
    }
    const QString pdf = render(data, language, QStringLiteral("kinds-%1.pdf").arg(language));
    QVERIFY(!pdf.isEmpty());
    const auto lang = ReportLanguage::load(language);
    QVERIFY(lang.ok());
    const ReportLabels labels(*lang);
    const QString text = pdfText(pdf);
    const QString appendix = text.mid(text.lastIndexOf(lang->translate("SignoffReport", "Appendix — evidence log")));
    for (const QString& kind : kinds)
        QCOMPARE(appendix.count(QRegularExpression(QStringLiteral("(^|\\s)%1(\\s|$)").arg(kind))), 6);
    QVERIFY(!text.contains(QStringLiteral("key-registratio\n")));
    // No last page holding a couple of rows: the appendix's page break gives way when it would cause one.
    const int pages = pdfPages(pdf);
    const int lastRows = pdfText(pdf, pages).count(QStringLiteral("2026-03-02 11:"));
    QVERIFY2(pages == 1 || lastRows >= 5, qPrintable(QStringLiteral("%1 rows on page %2").arg(lastRows).arg(pages)));
    for (const QString& env : environments)
        QVERIFY2(words(text).contains(labels.environment(env)), qPrintable(labels.environment(env)));
}

void TestSignoffReport::urlsBreakBetweenTheirParts_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<qreal>("width");
    const QString bmp = QStringLiteral("https://api.bmpdigital.moneyp.dev.br/Proposta/Consultar/ev-0042");
    QTest::newRow("fits") << bmp << 2000.0;
    QTest::newRow("narrow") << bmp << 120.0;
    QTest::newRow("very narrow") << bmp << 60.0;
    QTest::newRow("query") << QStringLiteral("https://auth.moneyp.dev.br/connect/token?access_token=[redacted]&n=191")
                           << 160.0;
    QTest::newRow("long part")
        << QStringLiteral("https://x.example/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/b")
        << 80.0;
}

void TestSignoffReport::urlsBreakBetweenTheirParts() {
    QFETCH(QString, url);
    QFETCH(qreal, width);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(7);
    const QFontMetricsF metrics(font);
    const QStringList lines = EvidenceTable::breakUrl(url, width, metrics);
    QCOMPARE(lines.join(QString()), url); // nothing lost, nothing added
    const bool longPart = QTest::currentDataTag() == QByteArray("long part");
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QVERIFY2(metrics.horizontalAdvance(lines.at(i)) <= width, qPrintable(lines.at(i)));
        if (i + 1 == lines.size())
            break;
        // Each break is after a "/" or before a ".", "?" or "&": never inside a word (but in a part wider than
        // the column).
        const QChar next = lines.at(i + 1).front();
        const bool atBreak = lines.at(i).endsWith(u'/') || next == u'.' || next == u'?' || next == u'&';
        QVERIFY2(atBreak || longPart, qPrintable(lines.join(QStringLiteral(" | "))));
    }
    if (width >= 2000)
        QCOMPARE(lines.size(), 1);
    if (QTest::currentDataTag() == QByteArray("narrow"))
        QVERIFY(lines.size() > 1);
}

void TestSignoffReport::checklistStartsOnTheCover() {
    // Page 1 is the cover and the start of the checklist, not a cover alone on a mostly blank page.
    const auto data = ReportData::fromProject(*m_full);
    QVERIFY(data.ok());
    const QString pdf = render(fixtures::withLaterSections(*data), QStringLiteral("en"), QStringLiteral("cover.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString first = words(pdfText(pdf, 1));
    QVERIFY(first.contains(QStringLiteral("Production signoff report")));
    QVERIFY(first.contains(QStringLiteral("1. Checklist")));
    QVERIFY(first.contains(QStringLiteral("Production delivery"))); // the checklist's last row
}

#include "TestSignoffReport.moc"
