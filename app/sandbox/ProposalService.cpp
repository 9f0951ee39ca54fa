#include "sandbox/ProposalService.h"
#include "domain/BusinessCalendar.h"
#include "domain/Validators.h"
#include "sandbox/Envelope.h"
#include "sandbox/JsonFields.h"
#include "sandbox/PersonService.h"
#include "sandbox/SandboxCalculator.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QUuid>

namespace bmp::sandbox {

namespace {

const QString kKind = QStringLiteral("proposal");
const QString kDto = QStringLiteral("dto");
const QString kAccount = QStringLiteral("propostaContaPagamentoDTO");
const QString kDtoPagto = QStringLiteral("dtoPagto");
const QString kSign = QStringLiteral("IncluirAssinaturaCCBFinalizada");

SandboxResponse invalidField(const QString& field, const QString& description, const QString& action) {
    return envelope::error(400, QString::fromLatin1(codes::InvalidField), description, field, action);
}

QString statusList(const QList<int>& statuses) {
    QStringList parts;
    for (int s : statuses)
        parts.append(QString::number(s));
    return parts.join(QStringLiteral(", "));
}

} // namespace

ProposalService::ProposalService(Clock clock, QObject* parent)
    : QObject(parent)
    , m_clock(std::move(clock)) {
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    // A timer may still fire a little early: settle what is due, then aim again at what is left.
    connect(&m_timer, &QTimer::timeout, this, [this] {
        settleDue();
        scheduleTimer();
    });
}

const QStringList& ProposalService::actions() {
    static const QStringList list{QStringLiteral("CalcularValoresProposta"),
                                  QStringLiteral("IncluirManualSimplificado"),
                                  kSign,
                                  QStringLiteral("Finalizar"),
                                  QStringLiteral("Liberar"),
                                  QStringLiteral("Consultar"),
                                  QStringLiteral("AtualizarContaPagamento"),
                                  QStringLiteral("Recusar"),
                                  QStringLiteral("Cancelar")};
    return list;
}

QDate ProposalService::today() const {
    return QDateTime::fromMSecsSinceEpoch(m_clock(), BusinessCalendar::saoPauloZone()).date();
}

SandboxResponse ProposalService::handle(const QString& action, const QString& clientId, const QJsonObject& body) {
    const QJsonObject dto = body.value(kDto).toObject();
    if (action == u"CalcularValoresProposta")
        return calculate(dto, action);
    if (action == u"IncluirManualSimplificado")
        return include(clientId, dto);

    SandboxResponse error;
    Proposal* p = locate(clientId, dto, &error);
    if (!p)
        return error;
    if (action == u"Consultar")
        return consult(*p);
    if (action == kSign)
        return sign(*p, body);
    if (action == u"Finalizar")
        return finalize(*p);
    if (action == u"Liberar")
        return release(*p);
    if (action == u"AtualizarContaPagamento")
        return updateAccount(*p, body);
    if (action == u"Recusar")
        return reject(*p, body);
    if (action == u"Cancelar")
        return cancel(*p, body);
    return envelope::error(404, QString::fromLatin1(codes::NotFound), tr("Unknown action %1.").arg(action));
}

SandboxResponse ProposalService::calculate(const QJsonObject& dto, const QString& action, QJsonObject* computed) {
    const auto amount = fields::number(dto, QStringLiteral("vlrSolicitado"));
    if (!amount || *amount <= 0 || *amount > 1e9)
        return invalidField(QStringLiteral("vlrSolicitado"), tr("vlrSolicitado must be a positive amount."), action);
    const auto term = fields::integer(dto, QStringLiteral("prazo"));
    if (!term || *term < 1 || *term > 480)
        return invalidField(QStringLiteral("prazo"), tr("prazo must be a number of installments from 1 to 480."),
                            action);
    const auto rate = fields::number(dto, QStringLiteral("percJurosNegociado"));
    if (!rate || *rate < 0 || *rate >= 100)
        return invalidField(QStringLiteral("percJurosNegociado"),
                            tr("percJurosNegociado must be a monthly rate in percent, from 0 to 100."), action);
    // Optional fields: absent means the default, present means it must be right.
    const auto optionalInteger = [&](const QString& f, qint64 fallback) -> std::optional<qint64> {
        return fields::present(dto, f) ? fields::integer(dto, f) : std::optional<qint64>(fallback);
    };
    const auto personType = optionalInteger(QStringLiteral("tipoPessoa"), 1);
    if (!personType || (*personType != 1 && *personType != 2))
        return invalidField(QStringLiteral("tipoPessoa"), tr("tipoPessoa must be 1 (PF) or 2 (PJ)."), action);
    const auto tac = fields::present(dto, QStringLiteral("vlrTAC")) ? fields::number(dto, QStringLiteral("vlrTAC"))
                                                                    : std::optional<double>(0);
    if (!tac || *tac < 0 || *tac > 1e9)
        return invalidField(QStringLiteral("vlrTAC"), tr("vlrTAC must be an amount, zero or more."), action);
    // BMP: nroDiasAcrescimo adds days to, or subtracts them from, the default first due date.
    const auto extraDays = optionalInteger(QStringLiteral("nroDiasAcrescimo"), 0);
    if (!extraDays || *extraDays < -365 || *extraDays > 365)
        return invalidField(QStringLiteral("nroDiasAcrescimo"),
                            tr("nroDiasAcrescimo must be a number of days from -365 to 365."), action);
    const auto format = optionalInteger(QStringLiteral("formatoCalculo"), 1);
    if (!format || *format < 0 || *format > 99)
        return invalidField(QStringLiteral("formatoCalculo"), tr("formatoCalculo must be a small whole number."),
                            action);

    LoanInput in;
    in.amount = *amount;
    in.installments = int(*term);
    in.monthlyRatePct = *rate;
    in.personType = int(*personType);
    in.tac = *tac;
    in.contractDate = today();
    // The include may name its first due date (dtPrimeiroVencto); the simulation has no such field.
    in.firstDueDate = action != u"CalcularValoresProposta" && fields::present(dto, QStringLiteral("dtPrimeiroVencto"))
                          ? fields::date(dto, QStringLiteral("dtPrimeiroVencto"))
                          : in.contractDate.addMonths(1).addDays(*extraDays);
    if (!in.firstDueDate.isValid() || in.firstDueDate <= in.contractDate ||
        in.contractDate.daysTo(in.firstDueDate) > 365)
        return invalidField(fields::present(dto, QStringLiteral("dtPrimeiroVencto"))
                                ? QStringLiteral("dtPrimeiroVencto")
                                : QStringLiteral("nroDiasAcrescimo"),
                            tr("The first due date must fall after today and within a year."), action);
    const LoanResult result = SandboxCalculator::calculate(in);
    QJsonObject payload = result.toJson();
    payload.insert(QStringLiteral("vlrTAC"), in.tac);
    if (computed) {
        *computed = payload;
        computed->insert(QStringLiteral("dtPrimeiroVencto"), result.firstDueDate.toString(Qt::ISODate));
        computed->insert(QStringLiteral("dtContrato"), in.contractDate.toString(Qt::ISODate));
    }
    return envelope::ok(payload);
}

SandboxResponse ProposalService::include(const QString& clientId, const QJsonObject& dto) {
    const QString action = QStringLiteral("IncluirManualSimplificado");
    const auto document = Validators::cpfOrCnpj(fields::text(dto, QStringLiteral("documentoCliente")));
    if (!document)
        return invalidField(QStringLiteral("documentoCliente"), document.error().message, action);
    const QString operation = fields::text(dto, QStringLiteral("codigoOperacao"));
    if (operation.size() > 100)
        return invalidField(QStringLiteral("codigoOperacao"), tr("codigoOperacao has at most 100 characters."), action);
    if (m_people) {
        const QString missing = m_people->missingForProposal(clientId, *document);
        if (!missing.isEmpty())
            return envelope::error(400, QString::fromLatin1(codes::BorrowerNotRegistered), missing,
                                   QStringLiteral("documentoCliente"), action);
    }
    if (!operation.isEmpty()) {
        for (const Proposal& other : std::as_const(m_proposals)) {
            if (other.clientId == clientId && other.codigoOperacao == operation)
                return envelope::error(
                    400, QString::fromLatin1(codes::DuplicateOperation),
                    tr("A proposal with codigoOperacao %1 already exists (%2).").arg(operation, other.codigoProposta),
                    QStringLiteral("codigoOperacao"), action);
        }
    }
    const QJsonValue accountValue = dto.value(kAccount);
    if (!accountValue.isUndefined() && !accountValue.isNull() && !accountValue.isObject())
        return invalidField(kAccount, tr("propostaContaPagamentoDTO must be an object."), action);

    // The same checks as the simulation, then the partner's own figures when it sends them.
    QJsonObject simulationDto = dto;
    if (!fields::present(simulationDto, QStringLiteral("tipoPessoa")))
        simulationDto.insert(QStringLiteral("tipoPessoa"), document->size() == 14 ? 2 : 1);
    QJsonObject computed;
    const SandboxResponse simulation = calculate(simulationDto, action, &computed);
    if (simulation.status != 200)
        return simulation;
    QJsonObject values;
    QJsonArray warnings;
    static const QStringList inputFields{
        QStringLiteral("vlrSolicitado"), QStringLiteral("prazo"),           QStringLiteral("percJurosNegociado"),
        QStringLiteral("vlrTAC"),        QStringLiteral("tipoPessoa"),      QStringLiteral("nroDiasAcrescimo"),
        QStringLiteral("percIOF"),       QStringLiteral("percIOFAdicional")};
    for (const QString& f : inputFields) {
        if (dto.contains(f))
            values.insert(f, dto.value(f));
    }
    static const QStringList computedFields{QStringLiteral("vlrParcela"),       QStringLiteral("vlrIOF"),
                                            QStringLiteral("vlrTotalCredito"),  QStringLiteral("vlrTotalDivida"),
                                            QStringLiteral("percCETMensal"),    QStringLiteral("percCETAnual"),
                                            QStringLiteral("percJurosMensal"),  QStringLiteral("percJurosAnual"),
                                            QStringLiteral("dtPrimeiroVencto"), QStringLiteral("dtContrato")};
    bool partnerComputed = false;
    for (const QString& f : computedFields) {
        const auto partnerValue = fields::number(dto, f);
        if (f.startsWith(u"vlr") && partnerValue) {
            partnerComputed = true;
            values.insert(f, *partnerValue);
            const double ours = computed.value(f).toDouble();
            if (std::abs(*partnerValue - ours) > 0.01) {
                EnvelopeMessage w{QString::fromLatin1(codes::PartnerFigureDiffers),
                                  tr("%1 sent (%2) differs from the sandbox's calculation (%3); BMP's analysts will "
                                     "ask for the calculation report.")
                                      .arg(f)
                                      .arg(*partnerValue, 0, 'f', 2)
                                      .arg(ours, 0, 'f', 2),
                                  f, action, 2};
                warnings.append(envelope::message(w));
            }
        } else if (fields::present(dto, f) && f.startsWith(u"dt")) {
            values.insert(f, fields::date(dto, f).toString(Qt::ISODate));
        } else {
            values.insert(f, computed.value(f));
        }
    }
    values.insert(QStringLiteral("calculadoPor"), partnerComputed ? QStringLiteral("parceiro") : QStringLiteral("bmp"));

    Proposal p;
    p.codigoProposta = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.numeroProposta = ++m_lastNumber;
    p.codigoOperacao = operation;
    p.clientId = clientId;
    p.documentoCliente = *document;
    p.values = values;
    p.account = accountValue.toObject();
    p.createdAtMs = m_clock();
    m_sink.put(QStringLiteral("meta"), QStringLiteral("lastNumeroProposta"),
               QJsonObject{{QStringLiteral("value"), double(m_lastNumber)}});
    auto it = m_proposals.insert(p.codigoProposta, p);
    // No credit analysis in the sandbox: an included proposal goes through review to approved at once.
    setStatus(*it, Draft);
    setStatus(*it, UnderReview);
    setStatus(*it, Approved);

    QJsonObject body = envelope::success(it->includePayload(), tr("Proposal included."));
    if (!warnings.isEmpty())
        body.insert(QStringLiteral("messages"), warnings);
    return envelope::jsonResponse(200, body);
}

Proposal* ProposalService::locate(const QString& clientId, const QJsonObject& dto, SandboxResponse* error) {
    const QString code = fields::text(dto, QStringLiteral("codigoProposta"));
    const auto number = fields::integer(dto, QStringLiteral("numeroProposta"));
    const QString operation = fields::text(dto, QStringLiteral("codigoOperacao"));
    if (code.isEmpty() && !number && operation.isEmpty()) {
        *error = invalidField(QStringLiteral("codigoProposta"),
                              tr("Name the proposal: codigoProposta, numeroProposta or codigoOperacao."), {});
        return nullptr;
    }
    // A match on the locator, whoever the proposal belongs to: BMP tells "not found" from "not yours".
    const auto matches = [&](const Proposal& p) {
        return (!number || *number == p.numeroProposta) && (operation.isEmpty() || operation == p.codigoOperacao);
    };
    Proposal* found = nullptr;
    Proposal* foreign = nullptr;
    if (!code.isEmpty()) {
        // The usual locator: a direct lookup instead of a scan.
        const QUuid uuid = QUuid::fromString(code);
        auto it = uuid.isNull() ? m_proposals.end() : m_proposals.find(uuid.toString(QUuid::WithoutBraces));
        if (it != m_proposals.end() && matches(*it))
            (it->clientId == clientId ? found : foreign) = &*it;
    } else {
        for (Proposal& p : m_proposals) {
            if (!matches(p))
                continue;
            if (p.clientId == clientId) {
                found = &p;
                break;
            }
            // codigoOperacao is the partner's own identifier: only its number names another partner's proposal.
            if (number)
                foreign = &p;
        }
    }
    if (!found && foreign)
        *error = envelope::error(400, bmpcodes::ProposalOfAnotherIntegration,
                                 tr("The proposal does not belong to this integration (client_id)."),
                                 QStringLiteral("codigoProposta"));
    else if (!found)
        *error = envelope::error(400, bmpcodes::ProposalNotFound,
                                 tr("Proposal not found: no proposal matches the locator given."),
                                 QStringLiteral("codigoProposta"));
    return found;
}

SandboxResponse ProposalService::refuseTransition(const Proposal& p, const QString& action, const QString& allowed) {
    return envelope::error(400, QString::fromLatin1(codes::InvalidTransition),
                           tr("%1 is not allowed for a proposal in status %2 (%3); allowed in: %4.")
                               .arg(action)
                               .arg(p.situacao)
                               .arg(statusDescription(p.situacao), allowed),
                           QStringLiteral("situacao"), action);
}

SandboxResponse ProposalService::consult(const Proposal& p) {
    return envelope::ok(p.consultPayload());
}

SandboxResponse ProposalService::sign(Proposal& p, const QJsonObject& body) {
    static const QList<int> allowed{Approved, Pending};
    if (!allowed.contains(p.situacao))
        return refuseTransition(p, kSign, statusList(allowed));
    const QJsonValue signersValue = body.value(QStringLiteral("assinantes"));
    if (!signersValue.isArray() || signersValue.toArray().isEmpty())
        return invalidField(QStringLiteral("assinantes"),
                            tr("Send the signers who already signed in your system in \"assinantes\", beside dto: "
                               "each with nome, documento, dtAssinatura and ipAssinatura."),
                            kSign);
    const QJsonArray signers = signersValue.toArray();
    if (signers.size() > 20)
        return invalidField(QStringLiteral("assinantes"), tr("At most 20 signers."), kSign);
    bool borrowerSigned = false;
    QJsonArray stored;
    for (qsizetype i = 0; i < signers.size(); ++i) {
        const QString at = QStringLiteral("assinantes[%1].").arg(i);
        if (!signers.at(i).isObject())
            return invalidField(at.chopped(1), tr("Each signer must be an object."), kSign);
        const QJsonObject signer = fields::canonical(
            signers.at(i).toObject(),
            {QStringLiteral("nome"), QStringLiteral("email"), QStringLiteral("documento"), QStringLiteral("descricao"),
             QStringLiteral("telefoneCelular"), QStringLiteral("notificarPorEmail"),
             QStringLiteral("notificarPorWhatsApp"), QStringLiteral("dtAssinatura"), QStringLiteral("ipAssinatura")});
        const QString name = fields::text(signer, QStringLiteral("nome"));
        if (name.isEmpty() || name.size() > 150)
            return invalidField(at + QStringLiteral("nome"), tr("The signer's name is required."), kSign);
        const auto document = Validators::cpfOrCnpj(fields::text(signer, QStringLiteral("documento")));
        if (!document)
            return invalidField(at + QStringLiteral("documento"), document.error().message, kSign);
        const QDateTime signedAt =
            QDateTime::fromString(fields::text(signer, QStringLiteral("dtAssinatura")), Qt::ISODateWithMs);
        if (!signedAt.isValid() || signedAt.toMSecsSinceEpoch() > m_clock() + 5 * 60 * 1000 ||
            signedAt.toMSecsSinceEpoch() < p.createdAtMs - 24LL * 3600 * 1000)
            return invalidField(at + QStringLiteral("dtAssinatura"),
                                tr("dtAssinatura must be the date and time the signer signed (ISO 8601), after the "
                                   "proposal was included and not in the future."),
                                kSign);
        const QHostAddress ip(fields::text(signer, QStringLiteral("ipAssinatura")));
        if (ip.isNull())
            return invalidField(at + QStringLiteral("ipAssinatura"),
                                tr("ipAssinatura must be the IP address the signer signed from."), kSign);
        borrowerSigned = borrowerSigned || *document == p.documentoCliente;
        QJsonObject kept = signer;
        kept.insert(QStringLiteral("documento"), *document);
        stored.append(kept);
    }
    if (!borrowerSigned)
        return invalidField(QStringLiteral("assinantes"),
                            tr("The borrower (%1) must be among the signers of the CCB.").arg(p.documentoCliente),
                            kSign);
    p.signers = stored;
    p.signedAtMs = m_clock();
    p.updatedAtMs = p.signedAtMs;
    save(p);
    return envelope::ok(QJsonObject{}, tr("Signature recorded."));
}

SandboxResponse ProposalService::finalize(Proposal& p) {
    static const QList<int> allowed{Approved, Pending};
    if (!allowed.contains(p.situacao))
        return refuseTransition(p, QStringLiteral("Finalizar"), statusList(allowed));
    if (m_requireSignature && p.signedAtMs == 0)
        return envelope::error(400, QString::fromLatin1(codes::SignatureMissing),
                               tr("The proposal has no signature yet: record it with %1 (signers who signed in your "
                                  "system) or attach the certified CCB (IncluirDocumento) before Finalizar.")
                                   .arg(kSign),
                               QStringLiteral("assinantes"), QStringLiteral("Finalizar"));
    setStatus(p, Finalized);
    return envelope::ok(QJsonObject{}, tr("Proposal finalized."));
}

SandboxResponse ProposalService::release(Proposal& p) {
    if (p.situacao == Released || p.situacao == Paid || p.situacao == PendingPayment)
        return envelope::error(400, bmpcodes::AlreadyReleased, tr("The proposal has already been released."),
                               QStringLiteral("situacao"));
    if (p.situacao != Finalized && p.situacao != Verified)
        return envelope::error(400, bmpcodes::ReleaseRefusedByStatus,
                               tr("The proposal cannot be released because its status is %1 (%2); it must be "
                                  "finalized (6) first.")
                                   .arg(p.situacao)
                                   .arg(statusDescription(p.situacao)),
                               QStringLiteral("situacao"));
    p.settleAtMs = m_clock() + m_settlementDelayMs;
    setStatus(p, Released);
    scheduleTimer();
    return envelope::ok(QJsonObject{}, tr("Proposal released to the payment queue."));
}

SandboxResponse ProposalService::updateAccount(Proposal& p, const QJsonObject& body) {
    const QString action = QStringLiteral("AtualizarContaPagamento");
    static const QList<int> allowed{Approved, Finalized, Released, PendingPayment};
    if (!allowed.contains(p.situacao))
        return refuseTransition(p, action, statusList(allowed));
    const QJsonValue account = body.value(kDtoPagto);
    if (!account.isObject() || account.toObject().isEmpty()) {
        const bool oldShape = body.value(kDto).toObject().contains(kAccount);
        return invalidField(kDtoPagto,
                            oldShape ? tr("AtualizarContaPagamento takes the bank details in \"dtoPagto\", beside "
                                          "\"dto\" (which holds only the proposal's locator), not in "
                                          "dto.propostaContaPagamentoDTO.")
                                     : tr("Send the new bank details in \"dtoPagto\", beside \"dto\"."),
                            action);
    }
    p.account = account.toObject();
    if (p.situacao == PendingPayment) {
        // Fixed details put the proposal back in the payment queue; the payment is tried again.
        p.textoRetornoPagamento.clear();
        p.settleAtMs = m_clock() + m_settlementDelayMs;
        setStatus(p, Released);
        scheduleTimer();
    } else {
        p.updatedAtMs = m_clock();
        save(p);
    }
    return envelope::ok(QJsonObject{}, tr("Disbursement account updated."));
}

SandboxResponse ProposalService::reject(Proposal& p, const QJsonObject& body) {
    const QString action = QStringLiteral("Recusar");
    static const QList<int> allowed{Draft, UnderReview, Approved, Pending, Finalized, Verified};
    if (!allowed.contains(p.situacao))
        return refuseTransition(p, action, statusList(allowed));
    const QJsonValue value = body.value(QStringLiteral("propostaRecusaDTO"));
    const QJsonObject reason =
        fields::canonical(value.toObject(), {QStringLiteral("motivoRejeicao"), QStringLiteral("textoMotivoRecusa")});
    if (!value.isObject())
        return invalidField(QStringLiteral("propostaRecusaDTO"),
                            tr("Recusar needs the reason in \"propostaRecusaDTO\" {motivoRejeicao, "
                               "textoMotivoRecusa}, beside dto."),
                            action);
    const auto motive = fields::integer(reason, QStringLiteral("motivoRejeicao"));
    if (!motive || *motive < 0 || *motive > 9999)
        return invalidField(QStringLiteral("propostaRecusaDTO.motivoRejeicao"),
                            tr("motivoRejeicao must be the number of a rejection reason."), action);
    const QString text = fields::text(reason, QStringLiteral("textoMotivoRecusa"));
    if (text.isEmpty() || text.size() > 1000)
        return invalidField(QStringLiteral("propostaRecusaDTO.textoMotivoRecusa"),
                            tr("textoMotivoRecusa must say why the proposal is rejected (at most 1000 characters)."),
                            action);
    p.motivoRejeicao = QString::number(*motive);
    p.textoMotivo = text;
    setStatus(p, Rejected);
    return envelope::ok(QJsonObject{}, tr("Proposal rejected."));
}

SandboxResponse ProposalService::cancel(Proposal& p, const QJsonObject& body) {
    const QString action = QStringLiteral("Cancelar");
    static const QList<int> allowed{Draft,     UnderReview, Approved, Pending,
                                    Finalized, Verified,    Released, PendingPayment};
    if (!allowed.contains(p.situacao))
        return refuseTransition(p, action, statusList(allowed));
    const QString text = fields::text(body, QStringLiteral("textoMotivoCancelamento"));
    if (text.isEmpty() || text.size() > 1000)
        return invalidField(QStringLiteral("textoMotivoCancelamento"),
                            tr("Cancelar needs \"textoMotivoCancelamento\" (why the proposal is canceled, at most "
                               "1000 characters), beside dto."),
                            action);
    p.textoMotivo = text;
    setStatus(p, Canceled);
    return envelope::ok(QJsonObject{}, tr("Proposal canceled."));
}

void ProposalService::setStatus(Proposal& p, int status) {
    const qint64 now = m_clock();
    p.situacao = status;
    p.updatedAtMs = now;
    if (status != Released)
        p.settleAtMs = 0;
    p.history.append(QJsonObject{{QStringLiteral("situacao"), status}, {QStringLiteral("atMs"), double(now)}});
    save(p);
    emit statusChanged(p.codigoProposta, status, p.codigoOperacao, p.clientId);
}

void ProposalService::save(const Proposal& p) {
    if (m_sink.enabled())
        m_sink.put(kKind, p.codigoProposta, p.toJson());
}

void ProposalService::settle(Proposal& p) {
    ++p.paymentAttempts;
    const QString problem = m_disbursement.problem(p.account, p.documentoCliente);
    if (problem.isEmpty()) {
        p.textoRetornoPagamento = tr("Payment made.");
        setStatus(p, Paid);
    } else {
        p.textoRetornoPagamento = problem;
        setStatus(p, PendingPayment);
    }
}

int ProposalService::settleDue(bool force) {
    const qint64 now = m_clock();
    if (m_nextDueMs == 0 || (!force && now < m_nextDueMs))
        return 0; // the common case, checked twice per request: nothing is due
    QList<QString> due;
    for (const Proposal& p : std::as_const(m_proposals)) {
        if (p.situacao == Released && p.settleAtMs > 0 && (force || p.settleAtMs <= now))
            due.append(p.codigoProposta);
    }
    // Oldest release first, so callbacks come in the order payments were queued.
    std::sort(due.begin(), due.end(), [this](const QString& a, const QString& b) {
        return m_proposals.value(a).settleAtMs < m_proposals.value(b).settleAtMs;
    });
    for (const QString& code : due)
        settle(m_proposals[code]);
    scheduleTimer();
    return int(due.size());
}

void ProposalService::scheduleTimer() {
    qint64 next = 0;
    for (const Proposal& p : std::as_const(m_proposals)) {
        if (p.situacao == Released && p.settleAtMs > 0 && (next == 0 || p.settleAtMs < next))
            next = p.settleAtMs;
    }
    m_nextDueMs = next;
    if (next == 0) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(next - m_clock(), 1, 24LL * 3600 * 1000);
    m_timer.start(std::chrono::milliseconds(wait));
}

const Proposal* ProposalService::find(const QString& codigoProposta) const {
    const auto it = m_proposals.constFind(codigoProposta);
    return it == m_proposals.constEnd() ? nullptr : &*it;
}

void ProposalService::clear() {
    m_proposals.clear();
    m_nextDueMs = 0;
    m_timer.stop();
}

void ProposalService::restoreProposal(const QJsonObject& record) {
    Proposal p = Proposal::fromJson(record);
    if (p.codigoProposta.isEmpty())
        return;
    m_lastNumber = std::max(m_lastNumber, p.numeroProposta);
    m_proposals.insert(p.codigoProposta, p);
    scheduleTimer();
}

} // namespace bmp::sandbox
