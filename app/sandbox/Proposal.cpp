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
                       {QStringLiteral("history"), history},
                       {QStringLiteral("signers"), signers},
                       {QStringLiteral("signedAtMs"), double(signedAtMs)},
                       {QStringLiteral("motivoRejeicao"), motivoRejeicao},
                       {QStringLiteral("textoMotivo"), textoMotivo}};
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
    p.signers = o.value(QStringLiteral("signers")).toArray();
    p.signedAtMs = qint64(o.value(QStringLiteral("signedAtMs")).toDouble());
    p.motivoRejeicao = o.value(QStringLiteral("motivoRejeicao")).toString();
    p.textoMotivo = o.value(QStringLiteral("textoMotivo")).toString();
    return p;
}

QJsonObject Proposal::includePayload() const {
    // BMP's include page is cut off before its answer in our copies; its callback page says the proposal's GUID
    // comes back in it. The sandbox answers it as both codigo (Consultar's name) and codigoProposta (the
    // locator's), with the proposal number (docs/BMP-API.md).
    return QJsonObject{{QStringLiteral("codigo"), codigoProposta},
                       {QStringLiteral("codigoProposta"), codigoProposta},
                       {QStringLiteral("numeroProposta"), double(numeroProposta)},
                       {QStringLiteral("codigoOperacao"), codigoOperacao},
                       {QStringLiteral("situacao"), situacao}};
}

QJsonObject Proposal::consultPayload() const {
    // The fields of BMP's Consultar reference, then the sandbox's extras (descricaoSituacao, historicoSituacao,
    // the account, who calculated): a client must tolerate unknown fields and depend on none of the extras.
    QJsonObject out{
        {QStringLiteral("codigo"), codigoProposta},
        {QStringLiteral("codigoProposta"), codigoProposta},
        {QStringLiteral("codigoOperacao"), codigoOperacao},
        {QStringLiteral("dtInclusao"), RequestLog::isoTime(createdAtMs)},
        {QStringLiteral("situacao"), situacao},
        {QStringLiteral("qtdeParcelas"), values.value(QStringLiteral("prazo"))},
        {QStringLiteral("textoRetornoPagamento"), textoRetornoPagamento},
        {QStringLiteral("motivoRejeicao"), motivoRejeicao},
        {QStringLiteral("nomeFavorecido"), account.value(QStringLiteral("nomePagamento"))},
        {QStringLiteral("documentoFavorecido"), account.value(QStringLiteral("documentoFederalPagamento"))}};
    for (const QString& f :
         {QStringLiteral("vlrParcela"), QStringLiteral("vlrTAC"), QStringLiteral("vlrIOF"),
          QStringLiteral("vlrTotalCredito"), QStringLiteral("vlrTotalDivida"), QStringLiteral("percCETMensal"),
          QStringLiteral("percCETAnual"), QStringLiteral("percJurosMensal"), QStringLiteral("percJurosAnual")})
        out.insert(f, values.value(f));
    out.insert(QStringLiteral("vlrFinanciado"), values.value(QStringLiteral("vlrTotalCredito")));
    out.insert(QStringLiteral("descricaoSituacao"), statusDescription(situacao));
    out.insert(QStringLiteral("documentoCliente"), documentoCliente);
    out.insert(QStringLiteral("propostaContaPagamentoDTO"), account);
    out.insert(QStringLiteral("calculadoPor"), values.value(QStringLiteral("calculadoPor")));
    out.insert(QStringLiteral("dtAtualizacao"), RequestLog::isoTime(updatedAtMs));
    if (signedAtMs > 0)
        out.insert(QStringLiteral("dtAssinatura"), RequestLog::isoTime(signedAtMs));
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
