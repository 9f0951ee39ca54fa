#include "domain/IofRates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <optional>

namespace bmp {

namespace {

constexpr int kFormatVersion = 1;

std::optional<IofCategory> categoryFromKey(const QString& key) {
    for (IofCategory c : {IofCategory::Individual, IofCategory::Company, IofCategory::SimplesUpToLimit}) {
        if (IofRateTable::categoryKey(c) == key)
            return c;
    }
    return std::nullopt;
}

} // namespace

IofRateTable IofRateTable::builtIn() {
    const QDate start(2022, 1, 1);
    const QDate decree12466(2025, 6, 1);
    const QDate decree12499(2025, 6, 11);
    const QString riof = QStringLiteral("Decree 6.306/2007 (RIOF) art. 7. The table starts on 2022-01-01, after the "
                                        "temporary increase of Decree 10.797/2021 ended; older periods are not "
                                        "included.");
    const QString d12466 = QStringLiteral("Decree 12.466/2025 (published 2025-05-22), rates for credit effective from "
                                          "2025-06-01.");
    const QString d12499 = QStringLiteral(
        "Decree 12.499/2025, DOU extra edition of 2025-06-11, in force on publication. BMP-DOMAIN.md says only "
        "\"June 2025\"; 2025-06-11 is the publication date. Its effects were suspended by Decreto Legislativo "
        "176/2025 and an STF injunction (2025-07-04); on 2025-07-16 the STF restored it with effect from 2025-06-11, "
        "so the suspension is not a separate period here.");
    return IofRateTable({
        {start, IofCategory::Individual, 0.0082, 0.38, riof},
        {start, IofCategory::Company, 0.0041, 0.38, riof},
        {decree12466, IofCategory::Company, 0.0082, 0.95, d12466},
        {decree12499, IofCategory::Company, 0.0082, 0.38, d12499},
        {start, IofCategory::SimplesUpToLimit, 0.00137, 0.38,
         riof + QStringLiteral(" Simples Nacional up to R$ 30,000: art. 7 §13 (0.00137%/day). Not in "
                               "BMP-DOMAIN.md, which lists only the current Simples rate.")},
        {decree12466, IofCategory::SimplesUpToLimit, 0.00274, 0.95,
         d12466 + QStringLiteral(" Simples Nacional up to R$ 30,000. Some readings give MEI 0.38% additional in "
                                 "this window; edit if BMP applies that.")},
        {decree12499, IofCategory::SimplesUpToLimit, 0.00274, 0.38,
         d12499 + QStringLiteral(" Simples Nacional/MEI up to R$ 30,000.")},
    });
}

IofRateTable::IofRateTable(QList<IofRateEntry> entries, Cents simplesLimitCents)
    : m_entries(std::move(entries))
    , m_simplesLimitCents(simplesLimitCents) {
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const IofRateEntry& a, const IofRateEntry& b) {
        return a.category != b.category ? a.category < b.category : a.validFrom < b.validFrom;
    });
}

IofCategory IofRateTable::categoryFor(PersonType person, bool simplesNacional, Cents amountCents, Cents simplesLimit) {
    if (person == PersonType::Individual)
        return IofCategory::Individual;
    return simplesNacional && amountCents <= simplesLimit ? IofCategory::SimplesUpToLimit : IofCategory::Company;
}

Result<IofRateEntry> IofRateTable::ratesFor(QDate contractDate, PersonType person, bool simplesNacional,
                                            Cents amountCents) const {
    if (!contractDate.isValid())
        return makeError(tr("The contract date is missing or invalid."));
    const IofCategory category = categoryFor(person, simplesNacional, amountCents, m_simplesLimitCents);
    const IofRateEntry* best = nullptr;
    QDate earliest;
    for (const IofRateEntry& e : m_entries) {
        if (e.category != category)
            continue;
        if (!earliest.isValid() || e.validFrom < earliest)
            earliest = e.validFrom;
        if (e.validFrom <= contractDate && (!best || e.validFrom >= best->validFrom))
            best = &e;
    }
    if (!best && !earliest.isValid())
        return makeError(
            tr("The IOF rate table has no rate for %1. Add one to the table.").arg(categoryName(category)));
    if (!best)
        return makeError(
            tr("The IOF rate table has no rate for %1 on %2: its first entry is from %3. Add the rate in "
               "force on that date to the table.")
                .arg(categoryName(category), contractDate.toString(Qt::ISODate), earliest.toString(Qt::ISODate)));
    return *best;
}

Status IofRateTable::validate() const {
    if (m_simplesLimitCents < 0)
        return makeError(tr("The Simples Nacional limit of the IOF table cannot be negative."));
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const IofRateEntry& e = m_entries.at(i);
        const int row = static_cast<int>(i) + 1;
        if (!e.validFrom.isValid())
            return makeError(tr("IOF table entry %1 has no valid “valid from” date (YYYY-MM-DD).").arg(row));
        // The daily rate stays far below 1%/day and the additional rate below 100% in any plausible decree; beyond
        // that an entry is a typing error (e.g. 0.38 typed as the daily rate), not a rate.
        if (!(e.dailyRatePercent >= 0 && e.dailyRatePercent < 1))
            return makeError(tr("IOF table entry %1 has a daily rate of %2%; it must be from 0 to 1 (% a day, such "
                                "as 0.0082).")
                                 .arg(row)
                                 .arg(e.dailyRatePercent));
        if (!(e.additionalRatePercent >= 0 && e.additionalRatePercent < 100))
            return makeError(tr("IOF table entry %1 has an additional rate of %2%; it must be from 0 to 100 (such as "
                                "0.38).")
                                 .arg(row)
                                 .arg(e.additionalRatePercent));
        if (i > 0 && m_entries.at(i - 1).category == e.category && m_entries.at(i - 1).validFrom == e.validFrom)
            return makeError(tr("The IOF table has two entries for %1 from %2; keep one.")
                                 .arg(categoryName(e.category), e.validFrom.toString(Qt::ISODate)));
    }
    return {};
}

QString IofRateTable::categoryKey(IofCategory category) {
    switch (category) {
    case IofCategory::Individual:
        return QStringLiteral("pf");
    case IofCategory::Company:
        return QStringLiteral("pj");
    case IofCategory::SimplesUpToLimit:
        return QStringLiteral("pj-simples");
    }
    return {};
}

QString IofRateTable::categoryName(IofCategory category) {
    switch (category) {
    case IofCategory::Individual:
        return tr("individuals (PF)");
    case IofCategory::Company:
        return tr("companies (PJ)");
    case IofCategory::SimplesUpToLimit:
        return tr("Simples Nacional/MEI companies up to the limit");
    }
    return {};
}

QJsonObject IofRateTable::toJson() const {
    QJsonArray entries;
    for (const IofRateEntry& e : m_entries)
        entries.append(QJsonObject{{QStringLiteral("validFrom"), e.validFrom.toString(Qt::ISODate)},
                                   {QStringLiteral("category"), categoryKey(e.category)},
                                   {QStringLiteral("dailyRatePercent"), e.dailyRatePercent},
                                   {QStringLiteral("additionalRatePercent"), e.additionalRatePercent},
                                   {QStringLiteral("source"), e.source}});
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("bmp-iof-rates")},
                       {QStringLiteral("version"), kFormatVersion},
                       {QStringLiteral("simplesLimit"), Money::toJsonNumber(m_simplesLimitCents)},
                       {QStringLiteral("entries"), entries}};
}

Result<IofRateTable> IofRateTable::fromJson(const QJsonObject& json) {
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("bmp-iof-rates"))
        return makeError(tr("This is not an IOF rate table (the “format” field should be “bmp-iof-rates”)."));
    if (json.value(QStringLiteral("version")).toInt() != kFormatVersion)
        return makeError(tr("This IOF rate table has version %1; this program reads version %2.")
                             .arg(json.value(QStringLiteral("version")).toVariant().toString())
                             .arg(kFormatVersion));
    const QJsonValue limit = json.value(QStringLiteral("simplesLimit"));
    if (!limit.isDouble() || limit.toDouble() < 0 || limit.toDouble() > 1e9)
        return makeError(tr("The IOF rate table needs “simplesLimit”, the Simples Nacional limit in reais (30000)."));
    const QJsonValue list = json.value(QStringLiteral("entries"));
    if (!list.isArray() || list.toArray().isEmpty())
        return makeError(tr("The IOF rate table has no entries."));
    QList<IofRateEntry> entries;
    int row = 0;
    for (const QJsonValue& v : list.toArray()) {
        ++row;
        const QJsonObject o = v.toObject();
        IofRateEntry e;
        const QString date = o.value(QStringLiteral("validFrom")).toString();
        e.validFrom = QDate::fromString(date, Qt::ISODate);
        if (!e.validFrom.isValid() || date.size() != 10)
            return makeError(tr("IOF table entry %1 has no valid “validFrom” date (YYYY-MM-DD).").arg(row));
        const auto category = categoryFromKey(o.value(QStringLiteral("category")).toString());
        if (!category)
            return makeError(tr("IOF table entry %1 has an unknown category; use pf, pj or pj-simples.").arg(row));
        e.category = *category;
        const QJsonValue daily = o.value(QStringLiteral("dailyRatePercent"));
        const QJsonValue additional = o.value(QStringLiteral("additionalRatePercent"));
        if (!daily.isDouble() || !additional.isDouble())
            return makeError(
                tr("IOF table entry %1 needs numeric “dailyRatePercent” and “additionalRatePercent”.").arg(row));
        e.dailyRatePercent = daily.toDouble();
        e.additionalRatePercent = additional.toDouble();
        e.source = o.value(QStringLiteral("source")).toString();
        entries.append(e);
    }
    IofRateTable table(entries, Money::roundCents(static_cast<long double>(limit.toDouble()) * 100));
    if (const Status s = table.validate(); !s)
        return s.error();
    return table;
}

Status IofRateTable::save(const QString& path) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(tr("Cannot write the IOF rate table to %1.").arg(path), file.errorString());
    const QByteArray data = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    if (file.write(data) != data.size() || !file.commit())
        return makeError(tr("Cannot write the IOF rate table to %1.").arg(path), file.errorString());
    return {};
}

Result<IofRateTable> IofRateTable::load(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("Cannot read the IOF rate table %1.").arg(path), file.errorString());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return makeError(tr("The IOF rate table %1 is not valid JSON.").arg(path), error.errorString());
    return fromJson(doc.object());
}

} // namespace bmp
