#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace bmp {

struct AccountType {
    int code = 0;  // the value sent as tipoConta
    QString label; // shown to the user
};

// BMP's propostaContaPagamentoDTO.tipoConta is an integer whose enumeration BMP does not publish, so the list is
// configurable: the defaults are an assumption to confirm with BMP's implementation team, and a project can replace
// them (JSON array of {code, label}).
class AccountTypes {
    Q_DECLARE_TR_FUNCTIONS(AccountTypes)
public:
    static QList<AccountType> defaults();
    static QString notice(); // says that the codes are not published

    static QJsonArray toJson(const QList<AccountType>& types);
    static Result<QList<AccountType>> fromJson(const QJsonArray& json); // refuses duplicates and empty labels
};

} // namespace bmp
