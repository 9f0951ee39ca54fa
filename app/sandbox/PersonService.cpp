#include "sandbox/PersonService.h"
#include "domain/Validators.h"
#include "sandbox/Envelope.h"
#include "sandbox/JsonFields.h"

#include <QRegularExpression>
#include <QUuid>

namespace bmp::sandbox {

namespace {

const QString kKind = QStringLiteral("person");

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

} // namespace

const QStringList& PersonService::actions() {
    static const QStringList list{QStringLiteral("IncluirAlterar"), QStringLiteral("Consultar")};
    return list;
}

SandboxResponse PersonService::handle(const QString& action, const QString& clientId, const QJsonObject& dto) {
    if (action == u"IncluirAlterar")
        return save(clientId, dto);
    const auto document = Validators::cpfOrCnpj(fields::text(dto, QStringLiteral("documentoFederal")));
    if (!document)
        return invalidField(QStringLiteral("documentoFederal"), document.error().message, action);
    const auto it = m_people.constFind(idFor(clientId, *document));
    if (it == m_people.constEnd())
        return envelope::error(400, QString::fromLatin1(codes::PersonNotFound),
                               tr("No borrower with document %1 is registered.").arg(*document),
                               QStringLiteral("documentoFederal"), action);
    return envelope::ok(*it);
}

SandboxResponse PersonService::save(const QString& clientId, const QJsonObject& dto) {
    const QString action = QStringLiteral("IncluirAlterar");
    const auto document = Validators::cpfOrCnpj(fields::text(dto, QStringLiteral("documentoFederal")));
    if (!document)
        return invalidField(QStringLiteral("documentoFederal"), document.error().message, action);
    const QString name = fields::text(dto, QStringLiteral("nome"));
    if (name.isEmpty() || name.size() > 150)
        return invalidField(QStringLiteral("nome"), tr("nome is required (at most 150 characters)."), action);
    const QJsonValue addressValue = dto.value(QStringLiteral("endereco"));
    if (!addressValue.isUndefined() && !addressValue.isNull()) {
        if (!addressValue.isObject())
            return invalidField(QStringLiteral("endereco"), tr("endereco must be an object."), action);
        const QJsonObject address = addressValue.toObject();
        if (Validators::digitsOnly(fields::text(address, QStringLiteral("cep"))).size() != 8)
            return invalidField(QStringLiteral("endereco.cep"), tr("cep must have 8 digits."), action);
        for (const QString& f : {QStringLiteral("logradouro"), QStringLiteral("nroLogradouro"),
                                 QStringLiteral("bairro"), QStringLiteral("cidade")}) {
            if (!fields::present(address, f))
                return invalidField(QStringLiteral("endereco.") + f, tr("%1 is required in endereco.").arg(f), action);
        }
        if (!isUf(fields::text(address, QStringLiteral("uf"))))
            return invalidField(QStringLiteral("endereco.uf"), tr("uf must be a Brazilian state (e.g. SP)."), action);
    }

    const QString id = idFor(clientId, *document);
    const bool created = !m_people.contains(id);
    QJsonObject person = dto;
    person.insert(QStringLiteral("documentoFederal"), *document);
    person.insert(QStringLiteral("tipoPessoa"), document->size() == 14 ? 2 : 1);
    person.insert(QStringLiteral("codigoPessoa"),
                  created ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                          : m_people.value(id).value(QStringLiteral("codigoPessoa")).toString());
    m_people.insert(id, person);
    m_sink.put(kKind, id, person);
    return envelope::ok(QJsonObject{{QStringLiteral("codigoPessoa"), person.value(QStringLiteral("codigoPessoa"))},
                                    {QStringLiteral("documentoFederal"), *document},
                                    {QStringLiteral("incluido"), created}},
                        created ? tr("Borrower registered.") : tr("Borrower updated."));
}

} // namespace bmp::sandbox
