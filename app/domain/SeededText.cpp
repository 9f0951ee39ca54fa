#include "domain/SeededText.h"

#include <QCoreApplication>
#include <QStringList>

namespace bmp {

namespace {

// The contexts are those of the classes that seeded these rows before keys existed, so their translations stay.
const SeededText::Entry kAreas[] = {
    {"operations", QT_TRANSLATE_NOOP("bmp::Signoff", "Operations")},
    {"credit-risk", QT_TRANSLATE_NOOP("bmp::Signoff", "Credit/Risk")},
    {"compliance-aml", QT_TRANSLATE_NOOP("bmp::Signoff", "Compliance/AML")},
    {"legal", QT_TRANSLATE_NOOP("bmp::Signoff", "Legal")},
    {"finance-treasury", QT_TRANSLATE_NOOP("bmp::Signoff", "Finance/Treasury")},
    {"technology-security", QT_TRANSLATE_NOOP("bmp::Signoff", "Technology/Security")},
};

const SeededText::Entry kProcedures[] = {
    {"production-key",
     QT_TRANSLATE_NOOP("bmp::Signoff", "Generate the production key pair (distinct from the homologation key).")},
    {"register-key", QT_TRANSLATE_NOOP("bmp::Signoff", "Register the production public key with BMP (reply to the "
                                                       "ticket with the public key only, no CC).")},
    {"client-id", QT_TRANSLATE_NOOP("bmp::Signoff", "Receive the production client_id and the production URLs.")},
    {"callback", QT_TRANSLATE_NOOP("bmp::Signoff", "Configure the production callback URL and its authentication.")},
    {"pacing", QT_TRANSLATE_NOOP("bmp::Signoff", "Pace production calls at 1 request per second on your side.")},
    {"release-date", QT_TRANSLATE_NOOP("bmp::Signoff", "Agree the credential release date with BMP (Monday to "
                                                       "Thursday, not on or before a holiday).")},
    {"on-call",
     QT_TRANSLATE_NOOP("bmp::Signoff", "Name who is on call during the go-live and share it in the project group.")},
};

const SeededText::Entry kBmpTests[] = {
    {"proposal-a", QT_TRANSLATE_NOOP("BmpTestLog", "Proposal A: payment failure and bank-details fix")},
    {"proposal-b", QT_TRANSLATE_NOOP("BmpTestLog", "Proposal B: finalized proposal reviewed")},
    {"proposal-c", QT_TRANSLATE_NOOP("BmpTestLog", "Proposal C: released proposal paid")},
    {"calculation", QT_TRANSLATE_NOOP("BmpTestLog", "Calculation report checked against BMP's simulation")},
    {"callbacks", QT_TRANSLATE_NOOP("BmpTestLog", "Status callbacks received by the partner")},
    {"rate-limit", QT_TRANSLATE_NOOP("BmpTestLog", "Rate limit respected (1 request/second)")},
};

template <std::size_t N> QList<SeededText::Entry> toList(const SeededText::Entry (&entries)[N]) {
    return QList<SeededText::Entry>(std::begin(entries), std::end(entries));
}

} // namespace

const char* SeededText::context(Kind kind) {
    return kind == Kind::BmpTest ? "BmpTestLog" : "bmp::Signoff";
}

QList<SeededText::Entry> SeededText::entries(Kind kind) {
    switch (kind) {
    case Kind::Area:
        return toList(kAreas);
    case Kind::Procedure:
        return toList(kProcedures);
    case Kind::BmpTest:
        return toList(kBmpTests);
    }
    return {};
}

QStringList SeededText::keys(Kind kind) {
    QStringList out;
    for (const Entry& e : entries(kind))
        out.append(QString::fromLatin1(e.key));
    return out;
}

const char* SeededText::source(Kind kind, const QString& key) {
    if (key.isEmpty())
        return nullptr;
    for (const Entry& e : entries(kind)) {
        if (key == QLatin1String(e.key))
            return e.source;
    }
    return nullptr;
}

QString SeededText::display(Kind kind, const QString& key, const QString& stored) {
    const char* text = source(kind, key);
    return text ? QCoreApplication::translate(context(kind), text) : stored;
}

} // namespace bmp
