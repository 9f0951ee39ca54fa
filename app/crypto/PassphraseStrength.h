#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace bmp::crypto {

// A rough, honest estimate of how hard a passphrase is to guess, for the strength meter next to the passphrase
// fields. It counts the character pool actually used, discounts repeats, runs (abc, 123, qwerty) and words
// every guesser tries first (password, senha, bmp...). It is a hint for people, not a security proof.
class PassphraseStrength {
    Q_DECLARE_TR_FUNCTIONS(PassphraseStrength)
public:
    enum class Level { Empty, TooShort, Weak, Fair, Good, Strong };

    static constexpr int kMinimumLength = 8; // below this the project refuses to encrypt a key with it

    struct Estimate {
        Level level = Level::Empty;
        double bits = 0; // estimated entropy
        int score = 0;   // 0..100 for a meter
        QString label;   // "Weak", "Strong", ... (translated)
        QString advice;  // what would make it better; empty when strong
    };

    static Estimate estimate(const QByteArray& passphrase);
    // The one rule for a passphrase that protects a private key, wherever the key is written (the project, bmpctl
    // key generate --out-dir, the wizard's fields): at least kMinimumLength characters (Unicode code points).
    static Status checkMinimum(const QByteArray& passphrase);
    static QString levelLabel(Level level);
};

} // namespace bmp::crypto
