#include "domain/BankList.h"

#include <QFile>
#include <QLoggingCategory>

#include <algorithm>

namespace bmp {

namespace {

Q_LOGGING_CATEGORY(lcBanks, "bmp.banks")

// RFC 4180 records: fields separated by commas, optionally in double quotes (with "" for a quote and with commas
// or line breaks inside). Returns false on an unterminated quote.
bool parseCsv(const QString& text, QList<QStringList>* records) {
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
                record.append(field);
                records->append(record);
            }
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted)
        return false;
    if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records->append(record);
    }
    return true;
}

} // namespace

Result<BankList> BankList::parse(const QByteArray& csv) {
    QByteArray data = csv;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QList<QStringList> records;
    if (!parseCsv(QString::fromUtf8(data), &records))
        return makeError(tr("The bank list is damaged: a quoted field is never closed."));
    const QStringList expected{QStringLiteral("compe"),       QStringLiteral("ispb"),      QStringLiteral("cnpj"),
                               QStringLiteral("short_name"),  QStringLiteral("long_name"), QStringLiteral("type"),
                               QStringLiteral("date_updated")};
    if (records.isEmpty() || records.first() != expected)
        return makeError(
            tr("The bank list does not start with the expected header (%1).").arg(expected.join(QLatin1Char(','))));
    BankList list;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const QStringList& r = records.at(i);
        const int line = static_cast<int>(i) + 1;
        if (r.size() != expected.size())
            return makeError(tr("Line %1 of the bank list has %2 fields instead of %3.")
                                 .arg(line)
                                 .arg(r.size())
                                 .arg(expected.size()));
        bool ok = false;
        const QString code = r.at(0).trimmed();
        Bank b;
        b.compe = code.toInt(&ok);
        if (!ok || code.size() != 3 || b.compe < 0)
            return makeError(tr("Line %1 of the bank list has an invalid COMPE code “%2”.").arg(line).arg(code));
        if (list.m_byCompe.contains(b.compe))
            return makeError(tr("The bank list has COMPE code %1 twice (line %2).").arg(code).arg(line));
        b.ispb = r.at(1).trimmed();
        b.cnpj = r.at(2).trimmed();
        b.shortName = r.at(3).trimmed();
        b.longName = r.at(4).trimmed();
        b.type = r.at(5).trimmed();
        b.dateUpdated = QDate::fromString(r.at(6).trimmed(), Qt::ISODate);
        list.m_byCompe.insert(b.compe, list.m_banks.size());
        list.m_banks.append(b);
    }
    std::sort(list.m_banks.begin(), list.m_banks.end(), [](const Bank& a, const Bank& b) { return a.compe < b.compe; });
    for (qsizetype i = 0; i < list.m_banks.size(); ++i)
        list.m_byCompe.insert(list.m_banks.at(i).compe, i);
    return list;
}

Result<BankList> BankList::load(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("Cannot read the bank list %1.").arg(path), file.errorString());
    return parse(file.readAll());
}

const BankList& BankList::shipped() {
    static const BankList list = [] {
        auto loaded = load();
        if (!loaded) {
            qCWarning(lcBanks) << "bank list unavailable:" << loaded.error().toString();
            return BankList();
        }
        return std::move(loaded).value();
    }();
    return list;
}

QString BankList::sourceText() {
    return tr("Banco Central do Brasil registry (participants of STR/SPI), as compiled by the BancosBrasileiros "
              "dataset, release 6.3.38, snapshot of %1.")
        .arg(snapshotDate().toString(Qt::ISODate));
}

QDate BankList::snapshotDate() {
    return QDate(2026, 11, 26);
}

std::optional<Bank> BankList::byCompe(int compe) const {
    const auto it = m_byCompe.constFind(compe);
    if (it == m_byCompe.constEnd())
        return std::nullopt;
    return m_banks.at(*it);
}

QString BankList::foldForSearch(const QString& text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    }
    return out.simplified();
}

QList<Bank> BankList::search(const QString& text, int limit) const {
    const QString needle = foldForSearch(text);
    if (needle.isEmpty())
        return {};
    const bool numeric = std::all_of(needle.cbegin(), needle.cend(), [](QChar c) { return c.isDigit(); });
    QList<std::pair<int, const Bank*>> ranked; // lower rank first
    for (const Bank& b : m_banks) {
        const QString shortName = foldForSearch(b.shortName);
        const QString longName = foldForSearch(b.longName);
        int rank = -1;
        if (numeric && (b.compeText().startsWith(needle) || QString::number(b.compe) == needle))
            rank = 0;
        else if (shortName.startsWith(needle) || longName.startsWith(needle))
            rank = 1;
        else if (shortName.contains(needle) || longName.contains(needle))
            rank = 2;
        if (rank >= 0)
            ranked.append({rank, &b});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<Bank> out;
    for (const auto& [rank, bank] : ranked) {
        if (limit > 0 && out.size() >= limit)
            break;
        out.append(*bank);
    }
    return out;
}

} // namespace bmp
