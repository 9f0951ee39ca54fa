#pragma once

#include "core/Result.h"
#include "domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace bmp {

// The borrower as BMP's tipoPessoa has it (1 = PF, 2 = PJ).
enum class PersonType { Individual = 1, Company = 2 };

// Which IOF line applies: individuals, companies, or Simples Nacional/MEI companies borrowing up to the limit.
enum class IofCategory { Individual, Company, SimplesUpToLimit };

struct IofRateEntry {
    QDate validFrom;
    IofCategory category = IofCategory::Individual;
    double dailyRatePercent = 0;      // e.g. 0.0082 (% a day, on each amortization for its days, max 365)
    double additionalRatePercent = 0; // e.g. 0.38 (% once, on the amount)
    QString source;                   // the decree, and notes on its dates
};

// IOF on credit operations (Decree 6.306/2007 art. 7 and its amendments). Rates change by decree, so the table is
// dated and editable: users can load their own (JSON) when a new decree comes out.
class IofRateTable {
    Q_DECLARE_TR_FUNCTIONS(IofRateTable)
public:
    static constexpr Cents kDefaultSimplesLimitCents = 3'000'000; // R$ 30,000.00, inclusive

    // The rates in force in 2025 as BMP-DOMAIN.md lists them, back to 2022-01-01.
    static IofRateTable builtIn();

    IofRateTable() = default;
    IofRateTable(QList<IofRateEntry> entries, Cents simplesLimitCents = kDefaultSimplesLimitCents);

    const QList<IofRateEntry>& entries() const { return m_entries; }
    Cents simplesLimitCents() const { return m_simplesLimitCents; }

    static IofCategory categoryFor(PersonType person, bool simplesNacional, Cents amountCents, Cents simplesLimit);
    // The entry in force on the contract date for this borrower and amount (vlrSolicitado).
    Result<IofRateEntry> ratesFor(QDate contractDate, PersonType person, bool simplesNacional, Cents amountCents) const;

    // Refuses missing dates, negative or absurd rates, and two entries for the same category and day.
    Status validate() const;

    QJsonObject toJson() const;
    static Result<IofRateTable> fromJson(const QJsonObject& json);
    Status save(const QString& path) const;
    static Result<IofRateTable> load(const QString& path);

    static QString categoryKey(IofCategory category);  // "pf", "pj", "pj-simples" (JSON)
    static QString categoryName(IofCategory category); // translated, for reports

private:
    QList<IofRateEntry> m_entries; // sorted by category, then date
    Cents m_simplesLimitCents = kDefaultSimplesLimitCents;
};

} // namespace bmp
