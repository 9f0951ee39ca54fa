#include "sandbox/PersonService.h"
#include "domain/Validators.h"
#include "sandbox/Envelope.h"
#include "sandbox/JsonFields.h"

#include <QJsonArray>
#include <QUuid>

namespace bmp::sandbox {

namespace {

const QString kKind = QStringLiteral("person");
const QString kSalvar = QStringLiteral("Salvar");
const QString kSalvarEndereco = QStringLiteral("SalvarEndereco");
const QString kOwners = QStringLiteral("owners");
const QString kAddresses = QStringLiteral("enderecos");
const QString kCodigo = QStringLiteral("codigo");

SandboxResponse invalidField(const QString& field, const QString& description, const QString& action) {
    return envelope::error(400, QString::fromLatin1(codes::InvalidField), description, field, action);
}

bool isUf(const QString& uf) {
    static const QStringList ufs{QStringLiteral("AC"), QStringLiteral("AL"), QStringLiteral("AP"), QStringLiteral("AM"),
                                 QStringLiteral("BA"), QStringLiteral("CE"), QStringLiteral("DF"), QStringLiteral("ES"),
                                 QStringLiteral("GO"), QStringLiteral("MA"), QStringLiteral("MT"), QStringLiteral("MS"),
                                 QStringLiteral("MG"), QStringLiteral("PA"), QStringLiteral("PB"), QStringLiteral("PR"),
                                 QStringLiteral("PE"), QStringLiteral("PI"), QStringLiteral("RJ"), QStringLiteral("RN"),
                                 QStringLiteral("RS"), QStringLiteral("RO"), QStringLiteral("RR"), QStringLiteral("SC"),
                                 QStringLiteral("SP"), QStringLiteral("SE"), QStringLiteral("TO")};
    return ufs.contains(uf.toUpper());
}

const QStringList& personFields() {
    static const QStringList list{kCodigo,
                                  QStringLiteral("nome"),
                                  QStringLiteral("documentoFederal"),
                                  QStringLiteral("pf"),
                                  QStringLiteral("pj"),
                                  QStringLiteral("endereco")};
    return list;
}

const QStringList& pfFields() {
    static const QStringList list{QStringLiteral("rg"), QStringLiteral("rgOrgao"), QStringLiteral("rguf"),
                                  QStringLiteral("rgData"), QStringLiteral("dtNasc")};
    return list;
}

const QStringList& addressFields() {
    static const QStringList list{kCodigo,
                                  QStringLiteral("cep"),
                                  QStringLiteral("logradouro"),
                                  QStringLiteral("nroLogradouro"),
                                  QStringLiteral("bairro"),
                                  QStringLiteral("complemento"),
                                  QStringLiteral("cidade"),
                                  QStringLiteral("uf"),
                                  QStringLiteral("tipoEndereco"),
                                  QStringLiteral("tipoResidencia"),
                                  QStringLiteral("enderecoDesde"),
                                  QStringLiteral("enderecoPrincipal"),
                                  QStringLiteral("enderecoCorrespondencia")};
    return list;
}

bool ownedBy(const QJsonObject& person, const QString& clientId) {
    return person.value(kOwners).toArray().contains(clientId);
}

} // namespace

const QStringList& PersonService::actions() {
    static const QStringList list{kSalvar, kSalvarEndereco, QStringLiteral("Consultar")};
    return list;
}

SandboxResponse PersonService::handle(const QString& action, const QString& clientId, const QJsonObject& body) {
    const QJsonObject dto = body.value(QStringLiteral("dto")).toObject();
    if (action == kSalvar)
        return save(clientId, dto);
    if (action == kSalvarEndereco)
        return saveAddress(clientId, body);
    return consult(clientId, dto);
}

void PersonService::put(const QString& document, const QJsonObject& record) {
    m_people.insert(document, record);
    m_sink.put(kKind, document, record);
}

void PersonService::restore(const QString& id, const QJsonObject& record) {
    if (!id.contains(u'\n')) {
        m_people.insert(id, record);
        return;
    }
    // A state directory from before Pessoa/Salvar: one record per client and document, address embedded.
    const QString clientId = id.section(u'\n', 0, 0);
    const QString document = id.section(u'\n', 1);
    QJsonObject person = m_people.value(document);
    person.insert(QStringLiteral("documentoFederal"), document);
    person.insert(QStringLiteral("nome"), record.value(QStringLiteral("nome")));
    person.insert(kCodigo, record.value(QStringLiteral("codigoPessoa")));
    QJsonArray owners = person.value(kOwners).toArray();
    if (!owners.contains(clientId))
        owners.append(clientId);
    person.insert(kOwners, owners);
    const QJsonObject address = record.value(QStringLiteral("endereco")).toObject();
    if (!address.isEmpty()) {
        QJsonArray addresses = person.value(kAddresses).toArray();
        QJsonObject a = address;
        a.insert(kCodigo, QUuid::createUuid().toString(QUuid::WithoutBraces));
        addresses.append(a);
        person.insert(kAddresses, addresses);
    }
    m_people.insert(document, person);
}

SandboxResponse PersonService::save(const QString& clientId, const QJsonObject& rawDto) {
    const QJsonObject dto = fields::canonical(rawDto, personFields());
    const auto document = Validators::cpfOrCnpj(fields::text(dto, QStringLiteral("documentoFederal")));
    if (!document)
        return invalidField(QStringLiteral("documentoFederal"), document.error().message, kSalvar);
    const QString name = fields::text(dto, QStringLiteral("nome"));
    if (name.isEmpty() || name.size() > 150)
        return invalidField(QStringLiteral("nome"), tr("nome is required (at most 150 characters)."), kSalvar);
    if (dto.contains(QStringLiteral("endereco")))
        return invalidField(QStringLiteral("endereco"),
                            tr("Pessoa/Salvar takes no address: save the person first, then send the address with "
                               "Pessoa/SalvarEndereco (param.documentoCliente = the person's document)."),
                            kSalvar);
    const bool company = document->size() == 14;
    const QString own = company ? QStringLiteral("pj") : QStringLiteral("pf");
    const QString other = company ? QStringLiteral("pf") : QStringLiteral("pj");
    if (fields::present(dto, other))
        return invalidField(other,
                            company ? tr("A CNPJ is a company: send its data in pj, not pf.")
                                    : tr("A CPF is an individual: send the person's data in pf, not pj."),
                            kSalvar);
    const QJsonValue ownValue = dto.value(own);
    if (!ownValue.isUndefined() && !ownValue.isNull() && !ownValue.isObject())
        return invalidField(own, tr("%1 must be an object.").arg(own), kSalvar);
    QJsonObject details = fields::canonical(ownValue.toObject(), pfFields());
    if (!company) {
        // BMP's personal-loan use case marks pf.rg as required.
        if (!fields::present(details, QStringLiteral("rg")))
            return invalidField(QStringLiteral("pf.rg"), tr("pf.rg (the borrower's RG number) is required."), kSalvar);
        for (const QString& f : {QStringLiteral("dtNasc"), QStringLiteral("rgData")}) {
            if (!fields::present(details, f))
                continue;
            const QDate d = fields::date(details, f);
            if (!d.isValid() || d.year() < 1900)
                return invalidField(QStringLiteral("pf.") + f, tr("pf.%1 must be a date (YYYY-MM-DD).").arg(f),
                                    kSalvar);
        }
    }

    QJsonObject person = m_people.value(*document);
    const bool created = person.isEmpty();
    if (created)
        person.insert(kCodigo, QUuid::createUuid().toString(QUuid::WithoutBraces));
    person.insert(QStringLiteral("documentoFederal"), *document);
    person.insert(QStringLiteral("nome"), name);
    person.insert(QStringLiteral("tipoPessoa"), company ? 2 : 1);
    person.insert(own, details);
    const QString partnerCode = fields::text(dto, kCodigo);
    if (!partnerCode.isEmpty())
        person.insert(QStringLiteral("codigoParceiro"), partnerCode.left(100));
    QJsonArray owners = person.value(kOwners).toArray();
    if (!owners.contains(clientId))
        owners.append(clientId);
    person.insert(kOwners, owners);
    put(*document, person);
    return envelope::ok(QJsonObject{{kCodigo, person.value(kCodigo)}},
                        created ? tr("Borrower registered.") : tr("Borrower updated."));
}

SandboxResponse PersonService::saveAddress(const QString& clientId, const QJsonObject& body) {
    const QJsonObject param =
        fields::canonical(body.value(QStringLiteral("param")).toObject(), {QStringLiteral("documentoCliente")});
    const QString given = fields::text(param, QStringLiteral("documentoCliente"));
    if (given.isEmpty())
        return envelope::error(400, bmpcodes::AddressDocumentMissing,
                               tr("The federal document must be given (param.documentoCliente)."),
                               QStringLiteral("param.documentoCliente"));
    const QString digits = Validators::digitsOnly(given);
    const auto it = m_people.constFind(digits);
    if (it == m_people.constEnd())
        return envelope::error(
            400, bmpcodes::AddressClientNotFound,
            tr("Client not found with document %1: save the person with Pessoa/Salvar first.").arg(digits),
            QStringLiteral("param.documentoCliente"));
    if (!ownedBy(*it, clientId))
        return envelope::error(400, bmpcodes::AddressClientOfAnotherPartner,
                               tr("Client not registered by this integration partner: this client_id has not saved the "
                                  "person with Pessoa/Salvar."),
                               QStringLiteral("param.documentoCliente"));

    const QJsonObject dto = fields::canonical(body.value(QStringLiteral("dto")).toObject(), addressFields());
    if (Validators::digitsOnly(fields::text(dto, QStringLiteral("cep"))).size() != 8)
        return invalidField(QStringLiteral("cep"), tr("cep must have 8 digits."), kSalvarEndereco);
    for (const QString& f : {QStringLiteral("logradouro"), QStringLiteral("nroLogradouro"), QStringLiteral("bairro"),
                             QStringLiteral("cidade")}) {
        if (!fields::present(dto, f))
            return invalidField(f, tr("%1 is required.").arg(f), kSalvarEndereco);
    }
    if (!isUf(fields::text(dto, QStringLiteral("uf"))))
        return invalidField(QStringLiteral("uf"), tr("uf must be a Brazilian state (e.g. SP)."), kSalvarEndereco);

    // BMP's page: updates the address whose codigo is given, else the one with the same CEP, else adds one.
    QJsonObject person = *it;
    QJsonArray addresses = person.value(kAddresses).toArray();
    const QString code = fields::text(dto, kCodigo);
    const QString cep = Validators::digitsOnly(fields::text(dto, QStringLiteral("cep")));
    qsizetype at = -1;
    for (qsizetype i = 0; i < addresses.size() && at < 0; ++i) {
        const QJsonObject a = addresses.at(i).toObject();
        if (code.isEmpty() ? Validators::digitsOnly(a.value(QStringLiteral("cep")).toString()) == cep
                           : a.value(kCodigo).toString() == code)
            at = i;
    }
    if (!code.isEmpty() && at < 0)
        return invalidField(kCodigo, tr("No address of this person has codigo %1.").arg(code), kSalvarEndereco);
    QJsonObject address = dto;
    address.insert(QStringLiteral("cep"), cep);
    address.insert(kCodigo, at < 0 ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                   : addresses.at(at).toObject().value(kCodigo).toString());
    if (at < 0)
        addresses.append(address);
    else
        addresses.replace(at, address);
    person.insert(kAddresses, addresses);
    put(digits, person);
    return envelope::ok(QJsonObject{{kCodigo, address.value(kCodigo)}},
                        at < 0 ? tr("Address registered.") : tr("Address updated."));
}

SandboxResponse PersonService::consult(const QString& clientId, const QJsonObject& rawDto) {
    const QString action = QStringLiteral("Consultar");
    const QJsonObject dto = fields::canonical(rawDto, {QStringLiteral("documentoFederal")});
    const auto document = Validators::cpfOrCnpj(fields::text(dto, QStringLiteral("documentoFederal")));
    if (!document)
        return invalidField(QStringLiteral("documentoFederal"), document.error().message, action);
    const auto it = m_people.constFind(*document);
    if (it == m_people.constEnd() || !ownedBy(*it, clientId))
        return envelope::error(400, QString::fromLatin1(codes::PersonNotFound),
                               tr("No borrower with document %1 is registered.").arg(*document),
                               QStringLiteral("documentoFederal"), action);
    QJsonObject out = *it;
    out.remove(kOwners); // other partners are none of this one's business
    return envelope::ok(out);
}

QString PersonService::missingForProposal(const QString& clientId, const QString& document) const {
    const auto it = m_people.constFind(document);
    if (it == m_people.constEnd() || !ownedBy(*it, clientId))
        return tr("The borrower %1 is not registered by this partner: call Pessoa/Salvar, then "
                  "Pessoa/SalvarEndereco, before including the proposal.")
            .arg(document);
    if (it->value(kAddresses).toArray().isEmpty())
        return tr("The borrower %1 has no address: call Pessoa/SalvarEndereco before including the proposal.")
            .arg(document);
    return {};
}

} // namespace bmp::sandbox
