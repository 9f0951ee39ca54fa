#include "net/ProposalFlow.h"

namespace bmp::net::ProposalFlow {

namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(ProposalFlow)
};

QStringList head(const Options& o) {
    QStringList steps{step::Simulate, step::Person, step::Address, step::Include};
    if (o.signature)
        steps.append(step::Sign);
    steps.append(step::Finalize);
    return steps;
}

} // namespace

QStringList plan(ScenarioId id, const Options& o) {
    QStringList steps = head(o);
    switch (id) {
    case ScenarioId::IncorrectFinalized:
        if (o.releaseIncorrect)
            steps.append(step::Release);
        steps.append({step::AwaitPayment, step::Fix, step::AwaitPaid});
        break;
    case ScenarioId::CorrectFinalized:
        steps.append(step::Confirm);
        break;
    case ScenarioId::CorrectReleased:
        steps.append({step::Release, step::AwaitPaid});
        break;
    }
    return steps;
}

QString next(ScenarioId id, const Options& o, const QString& current) {
    const QStringList p = plan(id, o);
    const qsizetype at = p.indexOf(current);
    return at < 0 || at + 1 >= p.size() ? step::Done : p.at(at + 1);
}

QString stepForStatus(ScenarioId id, const Options& o, int status, bool signedAlready) {
    using namespace ProposalStatus;
    if (status < Finalized)
        return o.signature && !signedAlready ? step::Sign : step::Finalize;
    switch (id) {
    case ScenarioId::CorrectFinalized:
        return step::Confirm;
    case ScenarioId::CorrectReleased:
        return status == Finalized || status == Verified ? step::Release : step::AwaitPaid;
    case ScenarioId::IncorrectFinalized:
        if (status == Finalized || status == Verified)
            return o.releaseIncorrect ? step::Release : step::AwaitPayment;
        if (status == PendingPayment)
            return step::Fix;
        return step::AwaitPayment;
    }
    return step::Done;
}

bool isWait(const QString& s) {
    return s == step::AwaitPayment || s == step::AwaitPaid || s == step::Confirm;
}

QString callOf(const QString& s) {
    if (s == step::Simulate)
        return QStringLiteral("CalcularValoresProposta");
    if (s == step::Person)
        return QStringLiteral("Salvar");
    if (s == step::Address)
        return QStringLiteral("SalvarEndereco");
    if (s == step::Include)
        return QStringLiteral("IncluirManualSimplificado");
    if (s == step::Sign)
        return QStringLiteral("IncluirAssinaturaCCBFinalizada");
    if (s == step::Finalize)
        return QStringLiteral("Finalizar");
    if (s == step::Release)
        return QStringLiteral("Liberar");
    if (s == step::Fix)
        return QStringLiteral("AtualizarContaPagamento");
    if (s == step::Locate || isWait(s))
        return QStringLiteral("Consultar");
    return {};
}

QString controllerOf(const QString& call) {
    return call == u"Salvar" || call == u"SalvarEndereco" ? QStringLiteral("Pessoa") : QStringLiteral("Proposta");
}

QString label(const QString& s) {
    if (s == step::Simulate)
        return Texts::tr("Simulating (CalcularValoresProposta)");
    if (s == step::Person)
        return Texts::tr("Saving the borrower (Pessoa/Salvar)");
    if (s == step::Address)
        return Texts::tr("Saving the borrower's address (Pessoa/SalvarEndereco)");
    if (s == step::Include)
        return Texts::tr("Including the proposal (IncluirManualSimplificado)");
    if (s == step::Locate)
        return Texts::tr("Finding the proposal already included (Consultar)");
    if (s == step::Sign)
        return Texts::tr("Recording the borrower's signature (IncluirAssinaturaCCBFinalizada)");
    if (s == step::Finalize)
        return Texts::tr("Finalizing (Finalizar)");
    if (s == step::Release)
        return Texts::tr("Releasing to the payment queue (Liberar)");
    if (s == step::AwaitPayment)
        return Texts::tr("Waiting for the payment attempt");
    if (s == step::Fix)
        return Texts::tr("Fixing the bank details (AtualizarContaPagamento)");
    if (s == step::AwaitPaid)
        return Texts::tr("Waiting for the payment");
    if (s == step::Confirm)
        return Texts::tr("Confirming the status");
    if (s == step::Withdraw)
        return Texts::tr("Withdrawing the proposal at BMP");
    if (s == step::Done)
        return Texts::tr("Done");
    return Texts::tr("Not started");
}

} // namespace bmp::net::ProposalFlow
