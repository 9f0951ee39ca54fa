#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace bmp::sandbox {

// Proposal status ids (situacao) as BMP sends them, in Consultar answers and in callbacks.
enum ProposalStatus : int {
    Draft = 0,
    UnderReview = 1,
    Approved = 2,
    Rejected = 3,
    Canceled = 4,
    Pending = 5,
    Finalized = 6,
    Verified = 7,
    Released = 8,
    Paid = 9,
    Assigned = 10,
    PendingPayment = 11,
};

QString statusDescription(int status); // BMP-style label (Portuguese, as the API answers)

struct Proposal {
    QString codigoProposta; // GUID without braces
    qint64 numeroProposta = 0;
    QString codigoOperacao; // the partner's own identifier
    QString clientId;
    int situacao = Draft;
    QString documentoCliente; // digits
    QJsonObject values;       // vlrSolicitado, prazo, percJurosNegociado, vlrParcela, vlrIOF, ... as accepted
    QJsonObject account;      // propostaContaPagamentoDTO, then AtualizarContaPagamento's dtoPagto
    QString textoRetornoPagamento;
    QJsonArray signers;     // IncluirAssinaturaCCBFinalizada's assinantes, as accepted
    qint64 signedAtMs = 0;  // > 0 once the signature is recorded
    QString motivoRejeicao; // Recusar's reason number
    QString textoMotivo;    // Recusar's or Cancelar's reason text
    qint64 settleAtMs = 0;  // > 0 while a payment is pending in the queue
    int paymentAttempts = 0;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    QJsonArray history; // [{situacao, atMs}]

    QJsonObject toJson() const; // storage form
    static Proposal fromJson(const QJsonObject& o);
    QJsonObject consultPayload() const; // what Proposta/Consultar answers: codigo (the GUID), no numeroProposta
    QJsonObject includePayload() const; // IncluirManualSimplificado's answer: codigo, codigoProposta, numeroProposta
};

} // namespace bmp::sandbox
