#include "domain/AccountTypes.h"

#include <QJsonObject>
#include <QSet>

namespace bmp {

QList<AccountType> AccountTypes::defaults() {
    return {
        {1, tr("Checking account (conta corrente)")},
        {2, tr("Savings account (conta poupança)")},
        {3, tr("Payment account (conta de pagamento)")},
    };
}

QString AccountTypes::notice() {
    return tr("BMP does not publish the codes of tipoConta; these are assumptions. Confirm them with BMP's "
              "implementation team and edit the list if they differ.");
}

QJsonArray AccountTypes::toJson(const QList<AccountType>& types) {
    QJsonArray out;
    for (const AccountType& t : types)
        out.append(QJsonObject{{QStringLiteral("code"), t.code}, {QStringLiteral("label"), t.label}});
    return out;
}

Result<QList<AccountType>> AccountTypes::fromJson(const QJsonArray& json) {
    if (json.isEmpty())
        return makeError(tr("The list of account types is empty; keep at least one."));
    QList<AccountType> out;
    QSet<int> seen;
    int row = 0;
    for (const QJsonValue& v : json) {
        ++row;
        const QJsonObject o = v.toObject();
        const QJsonValue code = o.value(QStringLiteral("code"));
        const QString label = o.value(QStringLiteral("label")).toString().trimmed();
        if (!code.isDouble() || code.toDouble() != static_cast<double>(code.toInt()) || code.toInt() < 0)
            return makeError(tr("Account type %1 needs a whole, non-negative “code”.").arg(row));
        if (label.isEmpty())
            return makeError(tr("Account type %1 needs a “label”.").arg(row));
        if (seen.contains(code.toInt()))
            return makeError(tr("Account type code %1 appears twice.").arg(code.toInt()));
        seen.insert(code.toInt());
        out.append({code.toInt(), label});
    }
    return out;
}

} // namespace bmp
