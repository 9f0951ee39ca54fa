#pragma once

#include "sandbox/SandboxTypes.h"
#include "sandbox/StateSink.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace bmp::sandbox {

// BMP's Pessoa controller as the proposal flow uses it (docs/BMP-API.md "Borrower"): Pessoa/Salvar creates or
// updates a person (keyed by documentoFederal), Pessoa/SalvarEndereco adds or updates one of its addresses, with
// the person's document in `param`. A person is known to the partners (client_ids) that saved it; only they may
// give it an address or include a proposal for it. Pessoa/Consultar is the sandbox's own reading aid.
class PersonService {
    Q_DECLARE_TR_FUNCTIONS(PersonService)
public:
    void setSink(StateSink* sink) { m_sink.set(sink); }
    static const QStringList& actions(); // "Salvar", "SalvarEndereco", "Consultar"
    // `body` is the whole request body ({"dto": …, "param": …}).
    SandboxResponse handle(const QString& action, const QString& clientId, const QJsonObject& body);

    // Why this client cannot include a proposal for the document yet (not saved by it, no address); empty: it can.
    QString missingForProposal(const QString& clientId, const QString& document) const;
    void clear() { m_people.clear(); }
    void restore(const QString& id, const QJsonObject& record);

private:
    SandboxResponse save(const QString& clientId, const QJsonObject& dto);
    SandboxResponse saveAddress(const QString& clientId, const QJsonObject& body);
    SandboxResponse consult(const QString& clientId, const QJsonObject& dto);
    void put(const QString& document, const QJsonObject& record);

    QHash<QString, QJsonObject> m_people; // by documentoFederal (digits)
    SinkRef m_sink;
};

} // namespace bmp::sandbox
