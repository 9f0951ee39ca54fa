#include "sandbox/Proposal.h"
#include "sandbox/RequestLog.h"

namespace bmp::sandbox {

QString statusDescription(int status) {
    switch (status) {
    case Draft:
        return QStringLiteral("Em digitação");
    case UnderReview:
        return QStringLiteral("Em análise");
    case Approved:
        return QStringLiteral("Aprovada");
    case Rejected:
        return QStringLiteral("Recusada");
    case Canceled:
        return QStringLiteral("Cancelada");
    case Pending:
        return QStringLiteral("Pendente");
    case Finalized:
        return QStringLiteral("Finalizada");
    case Verified:
        return QStringLiteral("Conferida");
    case Released:
        return QStringLiteral("Liberada");
    case Paid:
        return QStringLiteral("Paga");
    case Assigned:
        return QStringLiteral("Cedida");
    case PendingPayment:
        return QStringLiteral("Pendente de pagamento");
    default:
        return {};
    }
}

QJsonObject Proposal::toJson() const {
    return QJsonObject{{QStringLiteral("codigoProposta"), codigoProposta},
                       {QStringLiteral("numeroProposta"), double(numeroProposta)},
                       {QStringLiteral("codigoOperacao"), codigoOperacao},
                       {QStringLiteral("clientId"), clientId},
                       {QStringLiteral("situacao"), situacao},
                       {QStringLiteral("documentoCliente"), documentoCliente},
                       {QStringLiteral("values"), values},
                       {QStringLiteral("account"), account},
                       {QStringLiteral("textoRetornoPagamento"), textoRetornoPagamento},
                       {QStringLiteral("settleAtMs"), double(settleAtMs)},
                       {QStringLiteral("paymentAttempts"), paymentAttempts},
                       {QStringLiteral("createdAtMs"), double(createdAtMs)},
                       {QStringLiteral("updatedAtMs"), double(updatedAtMs)},
                       {QStringLiteral("history"), history}};
}

Proposal Proposal::fromJson(const QJsonObject& o) {
    Proposal p;
    p.codigoProposta = o.value(QStringLiteral("codigoProposta")).toString();
    p.numeroProposta = qint64(o.value(QStringLiteral("numeroProposta")).toDouble());
    p.codigoOperacao = o.value(QStringLiteral("codigoOperacao")).toString();
    p.clientId = o.value(QStringLiteral("clientId")).toString();
    p.situacao = o.value(QStringLiteral("situacao")).toInt();
    p.documentoCliente = o.value(QStringLiteral("documentoCliente")).toString();
    p.values = o.value(QStringLiteral("values")).toObject();
    p.account = o.value(QStringLiteral("account")).toObject();
    p.textoRetornoPagamento = o.value(QStringLiteral("textoRetornoPagamento")).toString();
    p.settleAtMs = qint64(o.value(QStringLiteral("settleAtMs")).toDouble());
    p.paymentAttempts = o.value(QStringLiteral("paymentAttempts")).toInt();
    p.createdAtMs = qint64(o.value(QStringLiteral("createdAtMs")).toDouble());
    p.updatedAtMs = qint64(o.value(QStringLiteral("updatedAtMs")).toDouble());
    p.history = o.value(QStringLiteral("history")).toArray();
    return p;
}

QJsonObject Proposal::locatorPayload() const {
    return QJsonObject{{QStringLiteral("codigoProposta"), codigoProposta},
                       {QStringLiteral("numeroProposta"), double(numeroProposta)},
                       {QStringLiteral("codigoOperacao"), codigoOperacao},
                       {QStringLiteral("situacao"), situacao},
                       {QStringLiteral("descricaoSituacao"), statusDescription(situacao)}};
}

QJsonObject Proposal::consultPayload() const {
    QJsonObject out = values;
    const QJsonObject locator = locatorPayload();
    for (auto it = locator.begin(); it != locator.end(); ++it)
        out.insert(it.key(), it.value());
    out.insert(QStringLiteral("documentoCliente"), documentoCliente);
    out.insert(QStringLiteral("textoRetornoPagamento"), textoRetornoPagamento);
    out.insert(QStringLiteral("propostaContaPagamentoDTO"), account);
    out.insert(QStringLiteral("dataInclusao"), RequestLog::isoTime(createdAtMs));
    out.insert(QStringLiteral("dataAtualizacao"), RequestLog::isoTime(updatedAtMs));
    QJsonArray historyOut;
    for (const QJsonValue& h : history) {
        const QJsonObject e = h.toObject();
        historyOut.append(QJsonObject{
            {QStringLiteral("situacao"), e.value(QStringLiteral("situacao"))},
            {QStringLiteral("descricaoSituacao"), statusDescription(e.value(QStringLiteral("situacao")).toInt())},
            {QStringLiteral("data"), RequestLog::isoTime(qint64(e.value(QStringLiteral("atMs")).toDouble()))}});
    }
    out.insert(QStringLiteral("historicoSituacao"), historyOut);
    return out;
}

} // namespace bmp::sandbox
