#include "crypto/PassphraseStrength.h"

#include <QList>

#include <algorithm>
#include <cmath>

namespace bmp::crypto {

namespace {

// Words and keyboard runs that guessers try first (English and Portuguese, and this domain's own names).
const QList<QString>& commonWords() {
    static const QList<QString> words = [] {
        QList<QString> w{
            QStringLiteral("password"), QStringLiteral("senha"),    QStringLiteral("qwerty"),
            QStringLiteral("qwertz"),   QStringLiteral("azerty"),   QStringLiteral("asdf"),
            QStringLiteral("zxcv"),     QStringLiteral("letmein"),  QStringLiteral("welcome"),
            QStringLiteral("admin"),    QStringLiteral("iloveyou"), QStringLiteral("dragon"),
            QStringLiteral("monkey"),   QStringLiteral("teste"),    QStringLiteral("test"),
            QStringLiteral("segredo"),  QStringLiteral("secret"),   QStringLiteral("brasil"),
            QStringLiteral("brazil"),   QStringLiteral("sandbox"),  QStringLiteral("partner"),
            QStringLiteral("parceiro"), QStringLiteral("chave"),    QStringLiteral("moneyp"),
            QStringLiteral("bmp"),      QStringLiteral("key"),      QStringLiteral("abc"),
            QStringLiteral("pass"),     QStringLiteral("master"),   QStringLiteral("login"),
        };
        // Longest first, so that "password" wins over "pass".
        std::sort(w.begin(), w.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
        return w;
    }();
    return words;
}

// "P@ssw0rd" is "password" to a guesser.
QChar unleet(QChar c) {
    switch (c.unicode()) {
    case '0':
        return u'o';
    case '1':
    case '!':
        return u'i';
    case '3':
        return u'e';
    case '4':
    case '@':
        return u'a';
    case '5':
    case '$':
        return u's';
    case '7':
        return u't';
    default:
        return c.toLower();
    }
}

constexpr double kBitsPerCommonWord = 10.0;

} // namespace

QString PassphraseStrength::levelLabel(Level level) {
    switch (level) {
    case Level::Empty:
        return tr("Empty");
    case Level::TooShort:
        return tr("Too short");
    case Level::Weak:
        return tr("Weak");
    case Level::Fair:
        return tr("Fair");
    case Level::Good:
        return tr("Good");
    case Level::Strong:
        return tr("Strong");
    }
    return {};
}

Status PassphraseStrength::checkMinimum(const QByteArray& passphrase) {
    if (QString::fromUtf8(passphrase).toUcs4().size() < kMinimumLength)
        return makeError(tr("The passphrase must have at least %1 characters.").arg(kMinimumLength));
    return {};
}

PassphraseStrength::Estimate PassphraseStrength::estimate(const QByteArray& passphrase) {
    Estimate e;
    const QString text = QString::fromUtf8(passphrase);
    const QList<uint> chars = text.toUcs4();
    if (chars.isEmpty()) {
        e.label = levelLabel(Level::Empty);
        e.advice = tr("Enter a passphrase of at least %1 characters.").arg(kMinimumLength);
        return e;
    }

    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    for (uint c : chars) {
        if (c >= 'a' && c <= 'z')
            lower = true;
        else if (c >= 'A' && c <= 'Z')
            upper = true;
        else if (c >= '0' && c <= '9')
            digit = true;
        else if (c < 128)
            symbol = true;
        else
            other = true;
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) + (other ? 100 : 0);
    const double perChar = std::log2(double(std::max(pool, 2)));

    // Mark the characters that belong to a common word (after undoing leetspeak).
    QString plain;
    for (uint c : chars)
        plain.append(c < 0x10000 ? unleet(QChar(char16_t(c))) : QChar(u'?'));
    QList<bool> inWord(chars.size(), false);
    int words = 0;
    for (const QString& w : commonWords()) {
        qsizetype from = 0;
        while ((from = plain.indexOf(w, from)) >= 0) {
            bool free = true;
            for (qsizetype i = from; i < from + w.size(); ++i)
                free = free && !inWord[i];
            if (free) {
                for (qsizetype i = from; i < from + w.size(); ++i)
                    inWord[i] = true;
                ++words;
            }
            from += w.size();
        }
    }

    double bits = words * kBitsPerCommonWord;
    for (qsizetype i = 0; i < chars.size(); ++i) {
        if (inWord[i])
            continue;
        double weight = 1.0;
        if (i > 0 && !inWord[i - 1]) {
            const qint64 delta = qint64(chars[i]) - qint64(chars[i - 1]);
            if (delta == 0)
                weight = 0.2; // aaaa
            else if (delta == 1 || delta == -1)
                weight = 0.3; // abcd, 4321
        }
        bits += weight * perChar;
    }

    e.bits = bits;
    e.score = int(std::clamp(bits, 0.0, 100.0));
    if (chars.size() < kMinimumLength)
        e.level = Level::TooShort;
    else if (bits < 40)
        e.level = Level::Weak;
    else if (bits < 60)
        e.level = Level::Fair;
    else if (bits < 80)
        e.level = Level::Good;
    else
        e.level = Level::Strong;
    e.label = levelLabel(e.level);
    switch (e.level) {
    case Level::Empty:
    case Level::TooShort:
        e.advice = tr("Use at least %1 characters. A few unrelated words make a long passphrase that is easy to "
                      "remember.")
                       .arg(kMinimumLength);
        break;
    case Level::Weak:
    case Level::Fair:
        e.advice = tr("Make it longer: add another unrelated word or two. Common words, repeats and runs like "
                      "\"1234\" are guessed first.");
        break;
    case Level::Good:
        e.advice = tr("A little longer would make it strong.");
        break;
    case Level::Strong:
        break;
    }
    return e;
}

} // namespace bmp::crypto
