#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace bmp {

// One participant of Banco Central's registry, as the shipped COMPE list has it.
struct Bank {
    int compe = 0; // codigoBanco
    QString ispb;  // 8 digits
    QString cnpj;  // formatted, as in the registry
    QString shortName;
    QString longName;
    QString type; // e.g. "Banco Múltiplo"; often empty
    QDate dateUpdated;

    QString compeText() const { return QStringLiteral("%1").arg(compe, 3, 10, QLatin1Char('0')); } // numeroBanco
    QString displayName() const { return longName.isEmpty() ? shortName : longName; }
};

// The Brazilian bank list shipped in resources (COMPE, ISPB, CNPJ, names), with lookup by code and search by name.
class BankList {
    Q_DECLARE_TR_FUNCTIONS(BankList)
public:
    static constexpr const char* kResourcePath = ":/data/banks-br.csv";

    // Columns compe,ispb,cnpj,short_name,long_name,type,date_updated (RFC 4180 quoting, CRLF or LF).
    static Result<BankList> parse(const QByteArray& csv);
    static Result<BankList> load(const QString& path = QLatin1String(kResourcePath));
    // The shipped list, loaded once; empty (and logged once) if the resource is unreadable.
    static const BankList& shipped();

    // Where the list comes from, for the UI and reports (resources/data/README.md).
    static QString sourceText();
    static QDate snapshotDate();

    const QList<Bank>& banks() const { return m_banks; }
    int size() const { return static_cast<int>(m_banks.size()); }
    std::optional<Bank> byCompe(int compe) const;
    // Case- and accent-insensitive match on the names, or a prefix of the COMPE code ("34" finds 341); best first:
    // code matches, then names starting with the text, then names containing it. limit <= 0: no limit.
    QList<Bank> search(const QString& text, int limit = 20) const;

    static QString foldForSearch(const QString& text); // lower case, accents removed

private:
    QList<Bank> m_banks; // ordered by COMPE code
    QHash<int, qsizetype> m_byCompe;
};

} // namespace bmp
