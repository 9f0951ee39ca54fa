#include "domain/AccountTypes.h"
#include "domain/BankAccountValidator.h"
#include "domain/BankCheckDigits.h"
#include "domain/BankList.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace bmp;

Q_DECLARE_METATYPE(bmp::BankAccountInput)

namespace {

BankAccountInput account(int bank, const char* agency, const char* agencyDigit, const char* number, const char* digit,
                         const char* operation = "") {
    BankAccountInput in;
    in.bankCode = bank;
    in.agency = QString::fromUtf8(agency);
    in.agencyDigit = QString::fromUtf8(agencyDigit);
    in.account = QString::fromUtf8(number);
    in.accountDigit = QString::fromUtf8(digit);
    in.operation = QString::fromUtf8(operation);
    return in;
}

} // namespace

class TestBanks : public QObject {
    Q_OBJECT
private slots:
    void shippedListLoads();
    void searchFindsBanksByNameAndCode_data();
    void searchFindsBanksByNameAndCode();
    void csvParsingHandlesQuotesAndDamage_data();
    void csvParsingHandlesQuotesAndDamage();
    void checkDigits_data();
    void checkDigits();
    void validAccounts_data();
    void validAccounts();
    void refusedAccounts_data();
    void refusedAccounts();
    void formatOnlyBanksSaySo();
    void accountTypes();
};

void TestBanks::shippedListLoads() {
    const auto list = BankList::load();
    QVERIFY2(list.ok(), qPrintable(list.ok() ? QString() : list.error().toString()));
    QVERIFY(list->size() >= 400);
    QCOMPARE(list->byCompe(1)->longName, QStringLiteral("Banco do Brasil S.A."));
    QCOMPARE(list->byCompe(1)->compeText(), QStringLiteral("001"));
    QCOMPARE(list->byCompe(1)->ispb, QStringLiteral("00000000"));
    QVERIFY(list->byCompe(341)->displayName().contains(u"ITAÚ"));
    QCOMPARE(list->byCompe(237)->displayName(), QStringLiteral("Banco Bradesco S.A."));
    QCOMPARE(list->byCompe(104)->displayName(), QStringLiteral("Caixa Econômica Federal"));
    // Quoted names with commas inside come out whole.
    QCOMPARE(list->byCompe(15)->longName,
             QStringLiteral("UBS BB CORRETORA DE CÂMBIO, TÍTULOS E VALORES MOBILIÁRIOS S.A."));
    QVERIFY(!list->byCompe(999).has_value());
    QCOMPARE(BankList::shipped().size(), list->size());
    QVERIFY(BankList::sourceText().contains(u"Banco Central"));
    QCOMPARE(BankList::snapshotDate(), QDate(2026, 11, 26));
}

void TestBanks::searchFindsBanksByNameAndCode_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("firstCompe");
    QTest::newRow("code") << "341" << 341;
    QTest::newRow("code without zeros") << "1" << 1;
    QTest::newRow("name without accent") << "itau unibanco" << 341;
    QTest::newRow("accented, mixed case") << "CAIXA ECONÔMICA" << 104;
    QTest::newRow("word inside") << "bradesco s.a" << 237;
    QTest::newRow("nubank legal name") << "nu pagamentos" << 260;
    QTest::newRow("nothing") << "zzzz no such bank" << -1;
}

void TestBanks::searchFindsBanksByNameAndCode() {
    QFETCH(QString, text);
    QFETCH(int, firstCompe);
    const QList<Bank> found = BankList::shipped().search(text);
    if (firstCompe < 0) {
        QVERIFY(found.isEmpty());
        return;
    }
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.first().compe, firstCompe);
    QVERIFY(BankList::shipped().search(QStringLiteral("banco"), 5).size() == 5);
}

void TestBanks::csvParsingHandlesQuotesAndDamage_data() {
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("banks"); // -1: refused
    const QByteArray header = "compe,ispb,cnpj,short_name,long_name,type,date_updated\r\n";
    QTest::newRow("quoted comma, doubled quote, LF endings")
        << QByteArray("compe,ispb,cnpj,short_name,long_name,type,date_updated\n"
                      "001,00000000,x,BB,\"Banco \"\"do\"\" Brasil, S.A.\",,2026-08-20\n")
        << 1;
    QTest::newRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBF") + header + "237,1,2,B,Bradesco,,2026-01-01\r\n" << 1;
    QTest::newRow("line break inside quotes") << header + "033,1,2,S,\"Santander\r\nBrasil\",,\r\n" << 1;
    QTest::newRow("unterminated quote") << header + "033,1,2,S,\"Santander,,\r\n" << -1;
    QTest::newRow("missing field") << header + "033,1,2,S,Santander,\r\n" << -1;
    QTest::newRow("bad code") << header + "33A,1,2,S,Santander,,\r\n" << -1;
    QTest::newRow("duplicate code") << header + "033,1,2,S,A,,\r\n033,1,2,S,B,,\r\n" << -1;
    QTest::newRow("wrong header") << QByteArray("code,name\r\n001,BB\r\n") << -1;
    QTest::newRow("empty") << QByteArray() << -1;
}

void TestBanks::csvParsingHandlesQuotesAndDamage() {
    QFETCH(QByteArray, csv);
    QFETCH(int, banks);
    const auto list = BankList::parse(csv);
    QCOMPARE(list.ok(), banks >= 0);
    if (!list.ok()) {
        QVERIFY(!list.error().message.isEmpty());
        return;
    }
    QCOMPARE(list->size(), banks);
    if (QTest::currentDataTag() == QByteArray("quoted comma, doubled quote, LF endings"))
        QCOMPARE(list->byCompe(1)->longName, QStringLiteral("Banco \"do\" Brasil, S.A."));
    if (QTest::currentDataTag() == QByteArray("line break inside quotes"))
        QCOMPARE(list->byCompe(33)->longName, QStringLiteral("Santander\r\nBrasil"));
}

// Expected digits computed by tests/data/banks/check_digits.py from the published rules; the rows marked
// "published" are the examples of the Moip/Wirecard bank-account-validator test suite, which agree.
void TestBanks::checkDigits_data() {
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("agency");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* tag, const char* rule, const char* agency, const char* op, const char* acc,
                  const char* digit) {
        QTest::newRow(tag) << QString::fromLatin1(rule) << QString::fromLatin1(agency) << QString::fromLatin1(op)
                           << QString::fromLatin1(acc) << QString::fromLatin1(digit);
    };
    row("BB agency 1584 (published)", "bb-agency", "1584", "", "", "9");
    row("BB agency 1852 -> X (published)", "bb-agency", "1852", "", "", "X");
    row("BB agency 3494 -> 0 (published)", "bb-agency", "3494", "", "", "0");
    row("BB agency 0001", "bb-agency", "0001", "", "", "9");
    row("BB agency 12 padded", "bb-agency", "12", "", "", "4");
    row("BB account 00210169 (published)", "bb-account", "", "", "00210169", "6");
    row("BB account 10089934 -> X (published)", "bb-account", "", "", "10089934", "X");
    row("BB account 10089939 -> 0 (published)", "bb-account", "", "", "10089939", "0");
    row("BB account 12345678", "bb-account", "", "", "12345678", "9");
    row("BB account 99999 padded", "bb-account", "", "", "99999", "7");
    row("Bradesco agency 1425 (published)", "bradesco-agency", "1425", "", "", "7");
    row("Bradesco agency 8221 -> P (published)", "bradesco-agency", "8221", "", "", "P");
    row("Bradesco agency 8212 -> 0 (published)", "bradesco-agency", "8212", "", "", "0");
    row("Bradesco agency 0123", "bradesco-agency", "0123", "", "", "6");
    row("Bradesco account 0238069 (published)", "bradesco-account", "", "", "0238069", "2");
    row("Bradesco account 0301357 -> P (published)", "bradesco-account", "", "", "0301357", "P");
    row("Bradesco account 0325620 -> 0 (published)", "bradesco-account", "", "", "0325620", "0");
    row("Bradesco account 1234567", "bradesco-account", "", "", "1234567", "4");
    row("Bradesco account 76543 padded", "bradesco-account", "", "", "76543", "0");
    row("Itau 2545/02366 (published)", "itau", "2545", "", "02366", "1");
    row("Itau 1874/10009 -> 0 (published)", "itau", "1874", "", "10009", "0");
    row("Itau 0001/12345", "itau", "0001", "", "12345", "4");
    row("Itau 9876/54321", "itau", "9876", "", "54321", "7");
    row("Santander 1584/01789012", "santander", "1584", "", "01789012", "8");
    row("Santander 0001/01234567", "santander", "0001", "", "01234567", "9");
    row("Santander 4321/13005678", "santander", "4321", "", "13005678", "4");
    row("Caixa 0001/001/00012345", "caixa", "0001", "001", "00012345", "9");
    row("Caixa 1234/013/00098765", "caixa", "1234", "013", "00098765", "1");
    row("Caixa 4321/023/12345678", "caixa", "4321", "023", "12345678", "4");
    row("Caixa 0987/003/55555 padded", "caixa", "0987", "003", "55555", "1");
    row("too long for BB", "bb-account", "", "", "123456789", "");
    row("letters", "bb-agency", "12A4", "", "", "");
    row("empty", "itau", "", "", "12345", "");
}

void TestBanks::checkDigits() {
    QFETCH(QString, rule);
    QFETCH(QString, agency);
    QFETCH(QString, operation);
    QFETCH(QString, account);
    QFETCH(QString, expected);
    namespace D = BankCheckDigits;
    QChar got;
    if (rule == QLatin1String("bb-agency"))
        got = D::bancoDoBrasilAgency(agency);
    else if (rule == QLatin1String("bb-account"))
        got = D::bancoDoBrasilAccount(account);
    else if (rule == QLatin1String("bradesco-agency"))
        got = D::bradescoAgency(agency);
    else if (rule == QLatin1String("bradesco-account"))
        got = D::bradescoAccount(account);
    else if (rule == QLatin1String("itau"))
        got = D::itauAccount(agency, account);
    else if (rule == QLatin1String("santander"))
        got = D::santanderAccount(agency, account);
    else if (rule == QLatin1String("caixa"))
        got = D::caixaAccount(agency, operation, account);
    QCOMPARE(got.isNull() ? QString() : QString(got), expected);
}

void TestBanks::validAccounts_data() {
    QTest::addColumn<BankAccountInput>("input");
    QTest::addColumn<QString>("normalizedAgency");
    QTest::newRow("BB with agency digit") << account(1, "1584", "9", "00210169", "6") << "1584";
    QTest::newRow("BB lower-case x") << account(1, "1852", "x", "10089934", "x") << "1852";
    QTest::newRow("BB no agency digit") << account(1, "1584", "", "210169", "6") << "1584";
    QTest::newRow("BB short agency padded") << account(1, "12", "4", "12345678", "9") << "0012";
    QTest::newRow("BB with layout dots") << account(1, " 1.584 ", "9", "21.016-9", "6") << "";
    QTest::newRow("Bradesco") << account(237, "1425", "7", "0238069", "2") << "1425";
    QTest::newRow("Bradesco P written as 0") << account(237, "8221", "0", "0301357", "0") << "8221";
    QTest::newRow("Bradesco P") << account(237, "8221", "P", "0301357", "p") << "8221";
    QTest::newRow("Itau") << account(341, "2545", "", "02366", "1") << "2545";
    QTest::newRow("Santander") << account(33, "4321", "", "13005678", "4") << "4321";
    QTest::newRow("Caixa with operation") << account(104, "1234", "", "98765", "1", "013") << "1234";
    QTest::newRow("Caixa operation in the account") << account(104, "4321", "", "02312345678", "4") << "4321";
}

void TestBanks::validAccounts() {
    QFETCH(BankAccountInput, input);
    QFETCH(QString, normalizedAgency);
    const BankAccountValidator validator;
    const auto r = validator.validate(input);
    if (QTest::currentDataTag() == QByteArray("BB with layout dots")) {
        QVERIFY(!r.ok()); // the dash is not layout: the user typed the digit into the account
        QVERIFY(r.error().message.contains(u"digit field"));
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->level, AccountCheckLevel::CheckDigitVerified);
    QCOMPARE(r->agency, normalizedAgency);
    QVERIFY(!r->rule.isEmpty());
    QCOMPARE(BankAccountValidator::levelKey(r->level), QStringLiteral("check-digit-verified"));
}

void TestBanks::refusedAccounts_data() {
    QTest::addColumn<BankAccountInput>("input");
    QTest::addColumn<QString>("message");
    QTest::newRow("BB wrong account digit") << account(1, "1584", "9", "00210169", "3")
                                            << "The account check digit for Banco do Brasil S.A. should be 6, not 3.";
    QTest::newRow("BB wrong agency digit") << account(1, "1584", "1", "00210169", "6")
                                           << "The agency check digit for Banco do Brasil S.A. should be 9, not 1.";
    QTest::newRow("BB X expected, 0 given") << account(1, "1852", "", "10089934", "0") << "should be X, not 0";
    QTest::newRow("BB account too long") << account(1, "1584", "", "123456789", "1") << "at most 8 digits";
    QTest::newRow("Bradesco wrong digit") << account(237, "1425", "", "0238069", "3") << "should be 2, not 3";
    QTest::newRow("Bradesco 0 is not P elsewhere") << account(237, "1425", "0", "0238069", "2") << "should be 7, not 0";
    QTest::newRow("Itau wrong digit") << account(341, "2545", "", "02366", "2") << "should be 1, not 2";
    QTest::newRow("Itau agency digit given") << account(341, "2545", "1", "02366", "1") << "no check digit";
    QTest::newRow("Itau account too long") << account(341, "2545", "", "123456", "1") << "at most 5 digits";
    QTest::newRow("Santander wrong digit") << account(33, "4321", "", "13005678", "5") << "should be 4, not 5";
    QTest::newRow("Caixa wrong digit") << account(104, "1234", "", "98765", "2", "013")
                                       << "(operation 013) should be 1, not 2";
    QTest::newRow("Caixa bad operation") << account(104, "1234", "", "98765", "1", "13A") << "3 digits";
    QTest::newRow("unknown bank") << account(999, "1234", "", "98765", "1") << "not in the list";
    QTest::newRow("negative bank") << account(-1, "1234", "", "98765", "1") << "not in the list";
    QTest::newRow("no agency") << account(1, "", "", "210169", "6") << "agency number";
    QTest::newRow("agency with letters") << account(1, "15a4", "", "210169", "6") << "digits only";
    QTest::newRow("agency too long") << account(260, "12345", "", "210169", "6") << "at most 4 digits";
    QTest::newRow("agency digit two chars") << account(260, "0001", "12", "210169", "6") << "single digit";
    QTest::newRow("no account") << account(260, "0001", "", "", "6") << "account number";
    QTest::newRow("account with dash") << account(260, "0001", "", "12345-6", "6") << "digits only";
    QTest::newRow("account all zeros") << account(260, "0001", "", "0000000", "0") << "all zeros";
    QTest::newRow("account too long") << account(260, "0001", "", "123456789012345678901", "1") << "at most 20";
    QTest::newRow("no account digit") << account(260, "0001", "", "1234567", "") << "account check digit";
    QTest::newRow("account digit symbol") << account(260, "0001", "", "1234567", "#") << "single digit";
}

void TestBanks::refusedAccounts() {
    QFETCH(BankAccountInput, input);
    QFETCH(QString, message);
    const auto r = BankAccountValidator().validate(input);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
}

void TestBanks::formatOnlyBanksSaySo() {
    const BankAccountValidator validator;
    for (int bank : {260, 77, 336, 290, 748, 756, 41}) {
        QVERIFY(!BankAccountValidator::hasCheckDigitRule(bank));
        const auto r = validator.validate(account(bank, "1", "", "12345678", "9"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->level, AccountCheckLevel::FormatOnly);
        QCOMPARE(r->agency, QStringLiteral("0001"));
        QVERIFY(!r->notes.isEmpty());
        QVERIFY(r->notes.first().contains(r->bank.displayName()));
        QCOMPARE(BankAccountValidator::levelKey(r->level), QStringLiteral("format-only"));
    }
    // Caixa accounts the classic rule cannot cover are format-only too, and say why.
    const auto noOperation = validator.validate(account(104, "1234", "", "98765", "1"));
    QVERIFY(noOperation.ok());
    QCOMPARE(noOperation->level, AccountCheckLevel::FormatOnly);
    QVERIFY(noOperation->notes.join(u' ').contains(u"operation code"));
    const auto newFormat = validator.validate(account(104, "1234", "", "128800012345", "1"));
    QVERIFY(newFormat.ok());
    QCOMPARE(newFormat->level, AccountCheckLevel::FormatOnly);
    for (int bank : {1, 237, 341, 33, 104})
        QVERIFY(BankAccountValidator::hasCheckDigitRule(bank));
    // With an empty bank list nothing can be said about the bank.
    const BankList empty;
    QVERIFY(!BankAccountValidator(empty).validate(account(1, "1584", "9", "00210169", "6")).ok());
}

void TestBanks::accountTypes() {
    const QList<AccountType> defaults = AccountTypes::defaults();
    QVERIFY(defaults.size() >= 2);
    QVERIFY(AccountTypes::notice().contains(u"does not publish"));
    const auto back = AccountTypes::fromJson(AccountTypes::toJson(defaults));
    QVERIFY(back.ok());
    QCOMPARE(back->size(), defaults.size());
    QCOMPARE(back->first().code, defaults.first().code);
    QCOMPARE(back->first().label, defaults.first().label);
    const QJsonObject one{{QStringLiteral("code"), 1}, {QStringLiteral("label"), QStringLiteral("Corrente")}};
    QVERIFY(!AccountTypes::fromJson({one, one}).ok());   // duplicate code
    QVERIFY(!AccountTypes::fromJson(QJsonArray{}).ok()); // empty
    QVERIFY(!AccountTypes::fromJson(
                 {QJsonObject{{QStringLiteral("code"), 1.5}, {QStringLiteral("label"), QStringLiteral("x")}}})
                 .ok());                                                               // not whole
    QVERIFY(!AccountTypes::fromJson({QJsonObject{{QStringLiteral("code"), 2}}}).ok()); // no label
}

QTEST_GUILESS_MAIN(TestBanks)
#include "TestBanks.moc"
