#include "sandbox/ProposalService.h"
#include "domain/BusinessCalendar.h"
#include "domain/Validators.h"
#include "sandbox/Envelope.h"
#include "sandbox/JsonFields.h"
#include "sandbox/SandboxCalculator.h"

#include <QDateTime>
#include <QUuid>

namespace bmp::sandbox {

namespace {

const QString kKind = QStringLiteral("proposal");
const QString kDto = QStringLiteral("dto");
const QString kAccount = QStringLiteral("propostaContaPagamentoDTO");

SandboxResponse invalidField(const QString& field, const QString& description, const QString& action) {
    return envelope::error(400, QString::fromLatin1(codes::InvalidField), description, field, action);
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
                                  QStringLiteral("Finalizar"),
                                  QStringLiteral("Liberar"),
                                  QStringLiteral("Consultar"),
                                  QStringLiteral("AtualizarContaPagamento"),
                                  QStringLiteral("Recusar")};
    return list;
}

QDate ProposalService::today() const {
    return QDateTime::fromMSecsSinceEpoch(m_clock(), BusinessCalendar::saoPauloZone()).date();
}

SandboxResponse ProposalService::handle(const QString& action, const QString& clientId, const QJsonObject& dto) {
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
    if (action == u"Finalizar")
        return finalize(*p);
    if (action == u"Liberar")
        return release(*p);
    if (action == u"AtualizarContaPagamento")
        return updateAccount(*p, dto);
    if (action == u"Recusar")
        return reject(*p);
    return envelope::error(404, QString::fromLatin1(codes::NotFound), tr("Unknown action %1.").arg(action));
}

SandboxResponse ProposalService::calculate(const QJsonObject& dto, const QString& action) {
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
    const auto extraDays = optionalInteger(QStringLiteral("nroDiasAcrescimo"), 0);
    if (!extraDays || *extraDays < 0 || *extraDays > 365)
        return invalidField(QStringLiteral("nroDiasAcrescimo"), tr("nroDiasAcrescimo must be from 0 to 365 days."),
                            action);

    LoanInput in;
    in.amount = *amount;
    in.installments = int(*term);
    in.monthlyRatePct = *rate;
    in.personType = int(*personType);
    in.tac = *tac;
    in.contractDate =
        fields::present(dto, QStringLiteral("dtContrato")) ? fields::date(dto, QStringLiteral("dtContrato")) : today();
    if (!in.contractDate.isValid())
        return invalidField(QStringLiteral("dtContrato"), tr("dtContrato must be a date (YYYY-MM-DD)."), action);
    in.firstDueDate = fields::present(dto, QStringLiteral("dtPrimeiroVencto"))
                          ? fields::date(dto, QStringLiteral("dtPrimeiroVencto"))
                          : in.contractDate.addMonths(1).addDays(*extraDays);
    if (!in.firstDueDate.isValid() || in.firstDueDate <= in.contractDate ||
        in.contractDate.daysTo(in.firstDueDate) > 365)
        return invalidField(QStringLiteral("dtPrimeiroVencto"),
                            tr("dtPrimeiroVencto must be a date after the contract date, within a year."), action);
    QJsonObject payload = SandboxCalculator::calculate(in).toJson();
    payload.insert(QStringLiteral("vlrSolicitado"), in.amount);
    payload.insert(QStringLiteral("prazo"), in.installments);
    payload.insert(QStringLiteral("vlrTAC"), in.tac);
    payload.insert(QStringLiteral("dtContrato"), in.contractDate.toString(Qt::ISODate));
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
    const SandboxResponse simulation = calculate(simulationDto, action);
    if (simulation.status != 200)
        return simulation;
    const QJsonObject computed = simulation.json();
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
                EnvelopeMessage w{QStringLiteral("W0001"),
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

    QJsonObject body = envelope::success(it->locatorPayload(), tr("Proposal included."));
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
    Proposal* found = nullptr;
    if (!code.isEmpty()) {
        // The usual locator: a direct lookup instead of a scan.
        const QUuid uuid = QUuid::fromString(code);
        auto it = uuid.isNull() ? m_proposals.end() : m_proposals.find(uuid.toString(QUuid::WithoutBraces));
        if (it != m_proposals.end() && it->clientId == clientId && (!number || *number == it->numeroProposta) &&
            (operation.isEmpty() || operation == it->codigoOperacao))
            found = &*it;
    }
    for (Proposal& p : m_proposals) {
        if (found || !code.isEmpty())
            break;
        if (p.clientId != clientId)
            continue;
        if (number && *number != p.numeroProposta)
            continue;
        if (!operation.isEmpty() && operation != p.codigoOperacao)
            continue;
        found = &p;
        break;
    }
    if (!found) {
        *error = envelope::error(400, QString::fromLatin1(codes::ProposalNotFound),
                                 tr("No proposal of this client matches the locator given."),
                                 QStringLiteral("codigoProposta"));
    }
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

SandboxResponse ProposalService::finalize(Proposal& p) {
    if (p.situacao != Approved && p.situacao != Pending)
        return refuseTransition(p, QStringLiteral("Finalizar"), QStringLiteral("2, 5"));
    setStatus(p, Finalized);
    return envelope::ok(p.locatorPayload(), tr("Proposal finalized."));
}

SandboxResponse ProposalService::release(Proposal& p) {
    if (p.situacao != Finalized && p.situacao != Verified)
        return refuseTransition(p, QStringLiteral("Liberar"), QStringLiteral("6, 7"));
    p.settleAtMs = m_clock() + m_settlementDelayMs;
    setStatus(p, Released);
    scheduleTimer();
    return envelope::ok(p.locatorPayload(), tr("Proposal released to the payment queue."));
}

SandboxResponse ProposalService::updateAccount(Proposal& p, const QJsonObject& dto) {
    const QString action = QStringLiteral("AtualizarContaPagamento");
    if (p.situacao != Approved && p.situacao != Finalized && p.situacao != Released && p.situacao != PendingPayment)
        return refuseTransition(p, action, QStringLiteral("2, 6, 8, 11"));
    const QJsonValue account = dto.value(kAccount);
    if (!account.isObject() || account.toObject().isEmpty())
        return invalidField(kAccount, tr("Send the new bank details in dto.propostaContaPagamentoDTO."), action);
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
    return envelope::ok(p.locatorPayload(), tr("Disbursement account updated."));
}

SandboxResponse ProposalService::reject(Proposal& p) {
    static const QList<int> allowed{Draft, UnderReview, Approved, Pending, Finalized, Verified};
    if (!allowed.contains(p.situacao))
        return refuseTransition(p, QStringLiteral("Recusar"), QStringLiteral("0, 1, 2, 5, 6, 7"));
    setStatus(p, Rejected);
    return envelope::ok(p.locatorPayload(), tr("Proposal rejected."));
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
