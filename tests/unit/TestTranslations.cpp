// The Brazilian Portuguese catalogue is complete, matches the sources, really loads, and switches the locale; bmpctl's
// human output follows the user's language while its --json output does not change with it.
#include "core/AppInfo.h"
#include "domain/Checklist.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace bmp;

namespace {

const QString kTsFile = QStringLiteral(BMP_SOURCE_DIR "/translations/bmp_onboarding_pt_BR.ts");
const QString kPluralsTsFile = QStringLiteral(BMP_SOURCE_DIR "/translations/bmp_onboarding_en.ts");
const QString kFixIt = QStringLiteral("run cmake --build build --target bmpcore_lupdate and translate "
                                      "(tools/ts_status.py lists what is left)");

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished" or "obsolete"
    QString translation;
    QStringList forms;

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString where() const {
        return QStringLiteral("%1: \"%2\"%3")
            .arg(context, source, comment.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(comment));
    }
};

QList<Message> readTs(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> out;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"context") {
            context.clear();
        } else if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    m.source = xml.readElementText();
                } else if (xml.name() == u"comment") {
                    m.comment = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (m.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == u"numerusform")
                                m.forms.append(xml.readElementText());
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        m.translation = xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            out.append(m);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return out;
}

QStringList placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%(?:n|L?[1-9][0-9]?)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.removeDuplicates();
    found.sort();
    return found;
}

QStringList htmlTags(const QString& text) {
    static const QRegularExpression re(QStringLiteral("</?[a-zA-Z][a-zA-Z0-9]*"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

qsizetype mnemonics(QString text) {
    return text.remove(QStringLiteral("&&")).count(u'&');
}

// Why a translation cannot stand in for its source: it lost an argument, a tag or the keyboard mnemonic.
QString mismatch(const QString& source, const QString& translation) {
    if (placeholders(source) != placeholders(translation))
        return QStringLiteral("placeholders %1 became %2")
            .arg(placeholders(source).join(u' '), placeholders(translation).join(u' '));
    if (htmlTags(source) != htmlTags(translation))
        return QStringLiteral("HTML tags differ");
    if (mnemonics(source) != mnemonics(translation))
        return QStringLiteral("the & mnemonic is missing or doubled");
    return {};
}

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// bmpctl as a user with this locale runs it; LC_MESSAGES is cleared, and LANGUAGE too unless one is given, so
// LC_ALL/LANG (and LANGUAGE when given) decide.
Run bmpctl(const QString& locale, const QStringList& args, const QString& language = QString()) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (language.isEmpty())
        env.remove(QStringLiteral("LANGUAGE"));
    else
        env.insert(QStringLiteral("LANGUAGE"), language);
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BMP_BINARY_DIR "/app/cli/bmpctl"), args);
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// docs/GLOSSARY.md: the variants the catalogue never uses. Each finds the wrong term in a translation; `when` (if set)
// limits it to messages whose English source has that word.
struct ForbiddenTerm {
    QRegularExpression pattern;
    QString when;
    QString use;
};

QList<ForbiddenTerm> forbiddenTerms() {
    const auto re = [](const char* p) {
        return QRegularExpression(QString::fromUtf8(p), QRegularExpression::UseUnicodePropertiesOption);
    };
    return {
        {re("\\b(?:[Oo]|[Nn]o|[Dd]o|[Pp]elo|[Aa]o|[Uu]m)\\s+BMP\\b(?!\\s+Onboarding)"), QString(),
         QStringLiteral("a BMP (da, na, pela, à BMP)")},
        {re("\\b(?:[Oo]|[Nn]o|[Dd]o|[Pp]elo|[Aa]o|[Uu]m|[Ee]ste|[Ee]sse|[Ss]eu)\\s+sandbox\\b"), QString(),
         QStringLiteral("a sandbox (da, na, uma sandbox)")},
        {re("sandbox\\s+embutido"), QString(), QStringLiteral("a sandbox embutida")},
        {re("(?i)frase-senha"), QString(), QStringLiteral("frase secreta")},
        {re("(?i)\\bsenha\\b"), QStringLiteral("passphrase"), QStringLiteral("frase secreta")},
        {re("Prática"), QStringLiteral("Practice"), QStringLiteral("Treino")},
    };
}

QString glossaryProblem(const QString& source, const QString& translation) {
    for (const ForbiddenTerm& t : forbiddenTerms()) {
        if (!t.when.isEmpty() && !source.contains(t.when, Qt::CaseInsensitive))
            continue;
        const QRegularExpressionMatch m = t.pattern.match(translation);
        if (m.hasMatch())
            return QStringLiteral("\"%1\" where the glossary says %2").arg(m.captured(), t.use);
    }
    return {};
}

const QString kEnglish = QStringLiteral("C.UTF-8");
const QString kPortuguese = QStringLiteral("pt_BR.UTF-8");

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanupTestCase();
    void catalogueIsComplete();
    void catalogueMatchesTheSources();
    void glossaryCatchesItsVariants_data();
    void glossaryCatchesItsVariants();
    void glossaryIsFollowed();
    void englishHasEveryPluralForm();
    void pluralsReadRight_data();
    void pluralsReadRight();
    void qtsOwnTextsArePortuguese();
    void everyMessageLoadsAtRunTime();
    void translatorChangesKnownStrings();
    void localeFollowsLanguage();
    void cliJsonDoesNotDependOnLanguage_data();
    void cliJsonDoesNotDependOnLanguage();
    void cliHumanOutputIsPortuguese();
    void cliUsageFollowsLanguage();

private:
    QList<Message> committed();
    QTemporaryDir m_dir;
};

void TestTranslations::init() {
    AppInfo::installTranslator(*QCoreApplication::instance(), QStringLiteral("en"));
}

void TestTranslations::cleanupTestCase() {
    AppInfo::installTranslator(*QCoreApplication::instance(), QStringLiteral("en"));
}

QList<Message> TestTranslations::committed() {
    QString error;
    const QList<Message> messages = readTs(kTsFile, &error);
    if (!error.isEmpty())
        qFatal("%s cannot be read: %s", qPrintable(kTsFile), qPrintable(error));
    return messages;
}

void TestTranslations::catalogueIsComplete() {
    const QList<Message> messages = committed();
    QVERIFY2(messages.size() > 100, qPrintable(kTsFile + QStringLiteral(" has hardly any messages")));
    QStringList problems;
    for (const Message& m : messages) {
        QString why;
        if (!m.type.isEmpty())
            why = m.type;
        else if (m.numerus && m.forms.size() != 2)
            why = QStringLiteral("needs 2 plural forms, has %1").arg(m.forms.size());
        else if (m.numerus &&
                 std::any_of(m.forms.cbegin(), m.forms.cend(), [](const QString& f) { return f.trimmed().isEmpty(); }))
            why = QStringLiteral("empty plural form");
        else if (!m.numerus && m.translation.trimmed().isEmpty())
            why = QStringLiteral("empty");
        else
            for (const QString& t : m.numerus ? m.forms : QStringList{m.translation})
                if (why.isEmpty())
                    why = mismatch(m.source, t);
        if (!why.isEmpty())
            problems.append(m.where() + QStringLiteral(": ") + why);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 of %2 messages are not finished (%3):\n  %4")
                                                .arg(problems.size())
                                                .arg(messages.size())
                                                .arg(kFixIt, problems.mid(0, 40).join(QStringLiteral("\n  ")))));
}

void TestTranslations::catalogueMatchesTheSources() {
    // lupdate over the current sources, into a copy of the committed catalogue, with the options of
    // translations/CMakeLists.txt: any message it adds or drops means the catalogue is stale.
    const QString copy = m_dir.filePath(QStringLiteral("fresh.ts"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(kTsFile, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QStringList args{QStringLiteral("-no-obsolete"),
                     QStringLiteral("-locations"),
                     QStringLiteral("none"),
                     QStringLiteral("-I"),
                     QStringLiteral(BMP_SOURCE_DIR "/app"),
                     QStringLiteral("-I"),
                     QStringLiteral(BMP_SOURCE_DIR "/ui")};
    QStringList sources;
    for (const char* dir : {"/app", "/ui"}) {
        QDirIterator it(QStringLiteral(BMP_SOURCE_DIR) + QLatin1String(dir),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            sources.append(it.next());
    }
    sources.sort();
    QVERIFY(sources.size() > 20);
    args << sources << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(BMP_LUPDATE), args);
    QVERIFY2(lupdate.waitForFinished(120000), BMP_LUPDATE " did not finish");
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());

    QSet<QString> before;
    for (const Message& m : committed())
        before.insert(m.key());
    QString error;
    const QList<Message> fresh = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList added;
    QSet<QString> after;
    for (const Message& m : fresh) {
        after.insert(m.key());
        if (!before.contains(m.key()))
            added.append(m.where());
    }
    QStringList gone;
    for (const Message& m : committed())
        if (!after.contains(m.key()))
            gone.append(m.where());
    QVERIFY2(added.isEmpty() && gone.isEmpty(),
             qPrintable(QStringLiteral("The .ts is stale against the sources: %1 messages are new, %2 are gone; %3.\n"
                                       "  new: %4\n  gone: %5")
                            .arg(added.size())
                            .arg(gone.size())
                            .arg(kFixIt, added.mid(0, 20).join(QStringLiteral("\n       ")),
                                 gone.mid(0, 20).join(QStringLiteral("\n        ")))));
}

void TestTranslations::glossaryCatchesItsVariants_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("translation");
    QTest::addColumn<bool>("wrong");
    const QString any = QStringLiteral("BMP calls the sandbox with the passphrase");
    QTest::newRow("o BMP") << any << QStringLiteral("O BMP chama a URL.") << true;
    QTest::newRow("do BMP") << any << QStringLiteral("a simulação do BMP") << true;
    QTest::newRow("ao BMP") << any << QStringLiteral("envie ao BMP") << true;
    QTest::newRow("a BMP") << any << QStringLiteral("A BMP chama a URL da BMP, à BMP, pela BMP.") << false;
    QTest::newRow("o BMP Onboarding") << any << QStringLiteral("uma versão mais nova do BMP Onboarding") << false;
    QTest::newRow("o sandbox") << any << QStringLiteral("O sandbox recusou.") << true;
    QTest::newRow("do sandbox") << any << QStringLiteral("o estado do sandbox") << true;
    QTest::newRow("sandbox embutido") << any << QStringLiteral("sandbox embutido") << true;
    QTest::newRow("a sandbox") << any << QStringLiteral("A sandbox embutida; o estado da sandbox") << false;
    QTest::newRow("frase-senha") << QStringLiteral("x") << QStringLiteral("Informe a frase-senha.") << true;
    QTest::newRow("senha for passphrase") << QStringLiteral("the passphrase") << QStringLiteral("a senha") << true;
    QTest::newRow("senha for password") << QStringLiteral("the password") << QStringLiteral("a senha") << false;
    QTest::newRow("frase secreta") << QStringLiteral("the passphrase") << QStringLiteral("a frase secreta") << false;
    QTest::newRow("Prática") << QStringLiteral("Practice") << QStringLiteral("Prática (sandbox)") << true;
}

void TestTranslations::glossaryCatchesItsVariants() {
    QFETCH(QString, source);
    QFETCH(QString, translation);
    QFETCH(bool, wrong);
    QCOMPARE(!glossaryProblem(source, translation).isEmpty(), wrong);
}

void TestTranslations::glossaryIsFollowed() {
    QStringList problems;
    const QList<Message> messages = committed();
    for (const Message& m : messages) {
        for (const QString& t : m.numerus ? m.forms : QStringList{m.translation}) {
            if (const QString why = glossaryProblem(m.source, t); !why.isEmpty())
                problems.append(m.where() + QStringLiteral(": ") + why);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 translations break docs/GLOSSARY.md:\n  %2")
                                                .arg(problems.size())
                                                .arg(problems.mid(0, 40).join(QStringLiteral("\n  ")))));
}

void TestTranslations::englishHasEveryPluralForm() {
    // "%n attempt(s)" is the source; English reads "1 attempt" / "3 attempts" from its plurals-only catalogue.
    QString error;
    const QList<Message> english = readTs(kPluralsTsFile, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> finished;
    for (const Message& m : english) {
        const bool complete =
            m.type.isEmpty() && m.forms.size() == 2 &&
            std::none_of(m.forms.cbegin(), m.forms.cend(), [](const QString& f) { return f.trimmed().isEmpty(); }) &&
            !m.forms.first().contains(QStringLiteral("(s)"));
        if (complete)
            finished.insert(m.key());
    }
    QStringList missing;
    for (const Message& m : committed()) {
        if (m.numerus && !finished.contains(m.key()))
            missing.append(m.where());
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 plural messages lack their English forms in %2; %3:\n  %4")
                            .arg(missing.size())
                            .arg(kPluralsTsFile, kFixIt, missing.join(QStringLiteral("\n  ")))));
}

void TestTranslations::pluralsReadRight_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en 1") << "en" << 1 << "Token received after 1 attempt. The credentials work.";
    QTest::newRow("en 3") << "en" << 3 << "Token received after 3 attempts. The credentials work.";
    QTest::newRow("pt_BR 1") << "pt_BR" << 1 << "Token recebido após 1 tentativa. As credenciais funcionam.";
    QTest::newRow("pt_BR 3") << "pt_BR" << 3 << "Token recebido após 3 tentativas. As credenciais funcionam.";
}

void TestTranslations::pluralsReadRight() {
    QFETCH(QString, language);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QVERIFY(AppInfo::installTranslator(*QCoreApplication::instance(), language));
    QCOMPARE(QCoreApplication::translate("bmp::ui::TokenPage",
                                         "Token received after %n attempt(s). The credentials work.", nullptr, n),
             expected);
}

void TestTranslations::qtsOwnTextsArePortuguese() {
    // Qt's dialogs and standard buttons (QDialogButtonBox, QMessageBox, QFileDialog) come from Qt's own catalogue,
    // which Debian ships in qt6-translations-l10n (scripts/common.sh installs it).
    QVERIFY(AppInfo::installTranslator(*QCoreApplication::instance(), QStringLiteral("pt_BR")));
    QVERIFY2(AppInfo::qtTranslationsLoaded(), "qtbase_pt_BR.qm not found: install qt6-translations-l10n");
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancelar"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "&Yes"), QStringLiteral("&Sim"));
    QCOMPARE(AppInfo::currentLanguage(), QStringLiteral("pt_BR"));
    QVERIFY(AppInfo::installTranslator(*QCoreApplication::instance(), QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    QCOMPARE(AppInfo::currentLanguage(), QStringLiteral("en"));
}

void TestTranslations::everyMessageLoadsAtRunTime() {
    // The .qm in the resources is compiled from this very catalogue, and every context is one the code asks for.
    QVERIFY(AppInfo::installTranslator(*QCoreApplication::instance(), QStringLiteral("pt_BR")));
    QStringList wrong;
    for (const Message& m : committed()) {
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const char* disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
        if (m.numerus) {
            for (int n : {1, 2}) {
                const QString expected = m.forms.value(n - 1);
                const QString got = QCoreApplication::translate(context, source, disambiguation, n);
                if (got != QString(expected).replace(QStringLiteral("%n"), QString::number(n)))
                    wrong.append(m.where() + QStringLiteral(" (n=%1) gives \"%2\"").arg(n).arg(got));
            }
        } else if (QCoreApplication::translate(context, source, disambiguation) != m.translation) {
            wrong.append(m.where());
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("%1 messages do not load from :/i18n (rebuild?):\n  %2")
                                             .arg(wrong.size())
                                             .arg(wrong.mid(0, 20).join(QStringLiteral("\n  ")))));
}

void TestTranslations::translatorChangesKnownStrings() {
    QCOMPARE(Checklist::title(StepId::Proposals), QStringLiteral("Test proposals"));
    QVERIFY(AppInfo::installTranslator(*QCoreApplication::instance(), QStringLiteral("pt_BR")));
    QCOMPARE(Checklist::title(StepId::Proposals), QStringLiteral("Propostas de teste"));
    QCOMPARE(Checklist::title(StepId::Credentials), QStringLiteral("Credenciais de homologação"));
    QCOMPARE(Checklist::statusLabel(StepStatus::Done), QStringLiteral("Concluída"));
    // A GUI context (namespaced QObject): only right when lupdate resolved bmp::ui:: through the includes.
    QCOMPARE(QCoreApplication::translate("bmp::ui::WizardShell", "&Next >"), QStringLiteral("Ava&nçar >"));

    QVERIFY(AppInfo::installTranslator(*QCoreApplication::instance(), QStringLiteral("en")));
    QCOMPARE(Checklist::title(StepId::Proposals), QStringLiteral("Test proposals"));
}

void TestTranslations::localeFollowsLanguage() {
    const QDate date(2026, 11, 26);
    QVERIFY(AppInfo::installTranslator(*QCoreApplication::instance(), QStringLiteral("pt_BR")));
    QCOMPARE(QLocale().toString(date, QLocale::ShortFormat), QStringLiteral("26/11/2026"));
    QCOMPARE(QLocale().toCurrencyString(1234.56).replace(QChar(0x00A0), u' '), QStringLiteral("R$ 1.234,56"));
    QCOMPARE(QLocale().toString(1234.5, 'f', 2), QStringLiteral("1.234,50"));
    QCOMPARE(QLocale().dayName(date.dayOfWeek()), QStringLiteral("quinta-feira"));

    QVERIFY(AppInfo::installTranslator(*QCoreApplication::instance(), QStringLiteral("en")));
    QCOMPARE(QLocale().language() == QLocale::Portuguese, false);
    QCOMPARE(QLocale().dayName(date.dayOfWeek()), QStringLiteral("Thursday"));
}

void TestTranslations::cliJsonDoesNotDependOnLanguage_data() {
    const QString project = m_dir.filePath(QStringLiteral("json.bmpproj"));
    if (!QFile::exists(project)) {
        const Run init = bmpctl(kEnglish, {QStringLiteral("project"), QStringLiteral("init"), project,
                                           QStringLiteral("--partner"), QStringLiteral("Fintech Exemplo")});
        QVERIFY2(init.exitCode == 0, init.err.constData());
        const Run step =
            bmpctl(kEnglish, {QStringLiteral("project"), QStringLiteral("step"), project, QStringLiteral("7"),
                              QStringLiteral("--status"), QStringLiteral("in-progress")});
        QVERIFY2(step.exitCode == 0, step.err.constData());
    }
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("text"); // translatable text the output carries, so the comparison means something
    // 2026-11-19 is a Thursday before a holiday: the answer carries reasons with messages and a holiday's name.
    QTest::newRow("calendar check") << QStringList{QStringLiteral("calendar"), QStringLiteral("check"),
                                                   QStringLiteral("2026-11-19"), QStringLiteral("--json")}
                                    << QStringLiteral("is a holiday (Black Consciousness Day)"); // "The next day is …"
    QTest::newRow("calendar holidays") << QStringList{QStringLiteral("calendar"), QStringLiteral("holidays"),
                                                      QStringLiteral("2026"), QStringLiteral("--json")}
                                       << QStringLiteral("Carnival Tuesday");
    QTest::newRow("project status") << QStringList{QStringLiteral("project"), QStringLiteral("status"), project,
                                                   QStringLiteral("--json")}
                                    << QStringLiteral("Test proposals");
}

void TestTranslations::cliJsonDoesNotDependOnLanguage() {
    QFETCH(QStringList, args);
    QFETCH(QString, text);
    const Run english = bmpctl(kEnglish, args);
    const Run portuguese = bmpctl(kPortuguese, args);
    QCOMPARE(english.exitCode, 0);
    QCOMPARE(portuguese.exitCode, 0);
    QVERIFY2(!QJsonDocument::fromJson(english.out).isNull(), english.out.constData());
    QVERIFY2(english.out.contains(text.toUtf8()), english.out.constData());
    if (portuguese.out != english.out) {
        // project status lists the next eligible days from today: allow for midnight between the two runs.
        const Run again = bmpctl(kEnglish, args);
        QCOMPARE(QString::fromUtf8(portuguese.out), QString::fromUtf8(again.out));
    }
}

void TestTranslations::cliHumanOutputIsPortuguese() {
    const QStringList check{QStringLiteral("calendar"), QStringLiteral("check"), QStringLiteral("2026-11-19")};
    const QString en = QString::fromUtf8(bmpctl(kEnglish, check).out);
    const QString pt = QString::fromUtf8(bmpctl(kPortuguese, check).out);
    QVERIFY2(en.contains(u"not eligible") && en.contains(u"Black Consciousness Day"), qPrintable(en));
    QVERIFY2(pt.contains(u"2026-11-19: dia não permitido.") &&
                 pt.contains(u"O dia seguinte é feriado (Dia da Consciência Negra)."),
             qPrintable(pt));

    const QString project = m_dir.filePath(QStringLiteral("human.bmpproj"));
    const Run init = bmpctl(kPortuguese, {QStringLiteral("project"), QStringLiteral("init"), project,
                                          QStringLiteral("--partner"), QStringLiteral("Fintech Exemplo")});
    QCOMPARE(init.exitCode, 0);
    QVERIFY2(QString::fromUtf8(init.out).contains(u"criado para Fintech Exemplo"), init.out.constData());
    const QString status =
        QString::fromUtf8(bmpctl(kPortuguese, {QStringLiteral("project"), QStringLiteral("status"), project}).out);
    QVERIFY2(status.contains(u"Fintech Exemplo — 0 de 11 etapas concluídas") &&
                 status.contains(u"Propostas de teste") && status.contains(u"Não iniciada"),
             qPrintable(status));

    // Amounts and rates in the Brazilian format, BMP's abbreviations for monthly and yearly rates.
    const QStringList calc{QStringLiteral("calc"),       QStringLiteral("--amount"),
                           QStringLiteral("10000.00"),   QStringLiteral("--installments"),
                           QStringLiteral("12"),         QStringLiteral("--monthly-rate"),
                           QStringLiteral("2.5"),        QStringLiteral("--contract-date"),
                           QStringLiteral("2025-03-10"), QStringLiteral("--first-due"),
                           QStringLiteral("2025-04-09"), QStringLiteral("--person"),
                           QStringLiteral("pf")};
    const QString loan = QString::fromUtf8(bmpctl(kPortuguese, calc).out);
    QVERIFY2(loan.contains(u"Valor financiado (vlrTotalCredito)") && loan.contains(u"997,66") &&
                 loan.contains(u"40,6557% a.a.") && loan.contains(u"Amortização"),
             qPrintable(loan));

    // Usage errors on stderr are Portuguese too; the exit code does not change.
    const Run bad = bmpctl(kPortuguese, {QStringLiteral("jwt")});
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(QString::fromUtf8(bad.err),
             QStringLiteral("bmpctl: jwt precisa de um subcomando: sign, decode ou verify\n"));
}

void TestTranslations::cliUsageFollowsLanguage() {
    // A usage error (calendar check without its DATE) goes to stderr in the user's language, with exit code 2 in
    // both; LANGUAGE names the language, as the users set it.
    const QStringList check{QStringLiteral("calendar"), QStringLiteral("check")};
    const Run pt = bmpctl(kPortuguese, check, QStringLiteral("pt_BR"));
    QCOMPARE(pt.exitCode, 2);
    QVERIFY2(pt.out.isEmpty(), pt.out.constData());
    QCOMPARE(QString::fromUtf8(pt.err),
             QStringLiteral("bmpctl: calendar check precisa de exatamente uma data (DATE, no formato AAAA-MM-DD)\n"));
    const Run en = bmpctl(kEnglish, check, QStringLiteral("en"));
    QCOMPARE(en.exitCode, 2);
    QVERIFY2(en.out.isEmpty(), en.out.constData());
    QCOMPARE(QString::fromUtf8(en.err), QStringLiteral("bmpctl: calendar check needs exactly one DATE (YYYY-MM-DD)\n"));

    // A command's --help usage line is translated too; the syntax in it (option names, N, FILE) is not.
    const QStringList help{QStringLiteral("calc"), QStringLiteral("--help")};
    const Run ptHelp = bmpctl(kPortuguese, help, QStringLiteral("pt_BR"));
    QCOMPARE(ptHelp.exitCode, 0);
    QVERIFY2(QString::fromUtf8(ptHelp.out).startsWith(u"uso: bmpctl calc --amount N --installments N"),
             ptHelp.out.constData());
    const Run enHelp = bmpctl(kEnglish, help, QStringLiteral("en"));
    QCOMPARE(enHelp.exitCode, 0);
    QVERIFY2(QString::fromUtf8(enHelp.out).startsWith(u"usage: bmpctl calc --amount N --installments N"),
             enHelp.out.constData());

    // --json output stays the same byte for byte whatever LANGUAGE says (see also cliJsonDoesNotDependOnLanguage).
    const QStringList holidays{QStringLiteral("calendar"), QStringLiteral("holidays"), QStringLiteral("2026"),
                               QStringLiteral("--json")};
    const Run ptJson = bmpctl(kPortuguese, holidays, QStringLiteral("pt_BR"));
    const Run enJson = bmpctl(kEnglish, holidays, QStringLiteral("en"));
    QCOMPARE(ptJson.exitCode, 0);
    QCOMPARE(enJson.exitCode, 0);
    QVERIFY2(enJson.out.contains("Carnival Tuesday"), enJson.out.constData());
    QCOMPARE(ptJson.out, enJson.out);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
