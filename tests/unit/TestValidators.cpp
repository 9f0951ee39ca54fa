#include "domain/Validators.h"

#include <QTest>

using namespace bmp;

class TestValidators : public QObject {
    Q_OBJECT
private slots:
    void email_data();
    void email();
    void phone_data();
    void phone();
    void invite_data();
    void invite();
    void cpfCnpj_data();
    void cpfCnpj();
    void url_data();
    void url();
    void required();
};

void TestValidators::email_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("plain") << "ana@parceiro.com.br"
                           << "ana@parceiro.com.br";
    QTest::newRow("trimmed") << "  ana.souza+bmp@parceiro.com  "
                             << "ana.souza+bmp@parceiro.com";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("no at") << "ana.parceiro.com"
                           << "";
    QTest::newRow("no domain dot") << "ana@localhost"
                                   << "";
    QTest::newRow("double dot") << "ana..souza@x.com"
                                << "";
    QTest::newRow("trailing dot local") << "ana.@x.com"
                                        << "";
    QTest::newRow("space inside") << "ana souza@x.com"
                                  << "";
    QTest::newRow("two ats") << "a@b@c.com"
                             << "";
    QTest::newRow("hyphen domain edge") << "a@-x.com"
                                        << "";
}

void TestValidators::email() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto r = Validators::email(input);
    QCOMPARE(r.ok(), !expected.isEmpty());
    if (r.ok())
        QCOMPARE(*r, expected);
    else
        QVERIFY(!r.error().message.isEmpty());
}

void TestValidators::phone_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("br mobile formatted") << "+55 (11) 98765-4321"
                                         << "+5511987654321";
    QTest::newRow("br landline") << "+55 11 3456-7890"
                                 << "+551134567890";
    QTest::newRow("us") << "+1 415 555 0100"
                        << "+14155550100";
    QTest::newRow("portugal") << "+351 912 345 678"
                              << "+351912345678";
    QTest::newRow("no plus") << "11987654321"
                             << "";
    QTest::newRow("br mobile without 9") << "+55 11 88765-4321 1"
                                         << "";
    QTest::newRow("br too short") << "+55 11 9876-543"
                                  << "";
    QTest::newRow("letters") << "+55 11 9abc"
                             << "";
    QTest::newRow("leading zero country") << "+055119876543"
                                          << "";
    QTest::newRow("too long") << "+1234567890123456"
                              << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestValidators::phone() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto r = Validators::phoneE164(input);
    QCOMPARE(r.ok(), !expected.isEmpty());
    if (r.ok())
        QCOMPARE(*r, expected);
}

void TestValidators::invite_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("good") << "https://chat.whatsapp.com/Ab12Cd34Ef56Gh78Ij90Kl"
                          << "https://chat.whatsapp.com/Ab12Cd34Ef56Gh78Ij90Kl";
    QTest::newRow("trailing slash") << " https://chat.whatsapp.com/Ab12Cd34Ef56Gh78Ij90Kl/ "
                                    << "https://chat.whatsapp.com/Ab12Cd34Ef56Gh78Ij90Kl";
    QTest::newRow("invite path") << "https://chat.whatsapp.com/invite/Ab12Cd34Ef56Gh78Ij90Kl"
                                 << "https://chat.whatsapp.com/Ab12Cd34Ef56Gh78Ij90Kl";
    QTest::newRow("http") << "http://chat.whatsapp.com/Ab12Cd34Ef56Gh78Ij90Kl"
                          << "";
    QTest::newRow("other host") << "https://chat.whatsapp.evil.com/Ab12Cd34Ef56Gh78Ij90Kl"
                                << "";
    QTest::newRow("wa.me phone link") << "https://wa.me/5511987654321"
                                      << "";
    QTest::newRow("short code") << "https://chat.whatsapp.com/abc"
                                << "";
    QTest::newRow("symbols") << "https://chat.whatsapp.com/Ab12Cd34Ef56Gh78Ij9$Kl"
                             << "";
    QTest::newRow("query") << "https://chat.whatsapp.com/Ab12Cd34Ef56Gh78Ij90Kl?x=1"
                           << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestValidators::invite() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto r = Validators::whatsappInviteLink(input);
    QCOMPARE(r.ok(), !expected.isEmpty());
    if (r.ok())
        QCOMPARE(*r, expected);
}

void TestValidators::cpfCnpj_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cpf formatted") << "529.982.247-25"
                                   << "52998224725";
    QTest::newRow("cpf plain") << "11144477735"
                               << "11144477735";
    QTest::newRow("cpf bad dv1") << "529.982.247-35"
                                 << "";
    QTest::newRow("cpf bad dv2") << "529.982.247-26"
                                 << "";
    QTest::newRow("cpf repeated") << "111.111.111-11"
                                  << "";
    QTest::newRow("cnpj formatted") << "11.222.333/0001-81"
                                    << "11222333000181";
    QTest::newRow("cnpj bb") << "00.000.000/0001-91"
                             << "00000000000191";
    QTest::newRow("cnpj bad") << "11.222.333/0001-82"
                              << "";
    QTest::newRow("cnpj repeated") << "22222222222222"
                                   << "";
    QTest::newRow("12 digits") << "123456789012"
                               << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestValidators::cpfCnpj() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto r = Validators::cpfOrCnpj(input);
    QCOMPARE(r.ok(), !expected.isEmpty());
    if (r.ok())
        QCOMPARE(*r, expected);
    else
        QVERIFY(!r.error().message.isEmpty());
}

void TestValidators::url_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("https");
    QTest::addColumn<bool>("ok");
    QTest::newRow("token url") << "https://auth.moneyp.dev.br/connect/token" << true << true;
    QTest::newRow("http refused when https needed") << "http://auth.moneyp.dev.br/connect/token" << true << false;
    QTest::newRow("http allowed") << "http://127.0.0.1:8080/connect/token" << false << true;
    QTest::newRow("no host") << "https:///x" << false << false;
    QTest::newRow("ftp") << "ftp://x.com" << false << false;
    QTest::newRow("garbage") << "not a url" << false << false;
}

void TestValidators::url() {
    QFETCH(QString, input);
    QFETCH(bool, https);
    QFETCH(bool, ok);
    QCOMPARE(Validators::httpUrl(input, https).ok(), ok);
}

void TestValidators::required() {
    QVERIFY(!Validators::requiredText(QStringLiteral("   "), QStringLiteral("Name")).ok());
    QCOMPARE(*Validators::requiredText(QStringLiteral("  Ana   Souza "), QStringLiteral("Name")), u"Ana Souza"_qs);
    QVERIFY(!Validators::requiredText(QString(201, u'x'), QStringLiteral("Name")).ok());
}

QTEST_GUILESS_MAIN(TestValidators)
#include "TestValidators.moc"
