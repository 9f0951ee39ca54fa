#pragma once

#include "sandbox/SandboxTypes.h"
#include "sandbox/StateSink.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace bmp::sandbox {

// The minimal Pessoa controller the proposal flow needs: Pessoa/IncluirAlterar (create or update a borrower,
// keyed by documentoFederal) and Pessoa/Consultar. Borrowers are per client_id.
class PersonService {
    Q_DECLARE_TR_FUNCTIONS(PersonService)
public:
    void setSink(StateSink* sink) { m_sink.set(sink); }
    static const QStringList& actions(); // "IncluirAlterar", "Consultar"
    SandboxResponse handle(const QString& action, const QString& clientId, const QJsonObject& dto);

    bool isRegistered(const QString& clientId, const QString& document) const {
        return m_people.contains(idFor(clientId, document));
    }
    void clear() { m_people.clear(); }
    void restore(const QString& id, const QJsonObject& record) { m_people.insert(id, record); }

private:
    static QString idFor(const QString& clientId, const QString& document) { return clientId + u'\n' + document; }
    SandboxResponse save(const QString& clientId, const QJsonObject& dto);

    QHash<QString, QJsonObject> m_people;
    SinkRef m_sink;
};

} // namespace bmp::sandbox
