#pragma once

#include "core/Result.h"
#include "domain/Environment.h"

#include <QDateTime>
#include <QObject>

#include <optional>

namespace bmp::storage {
class ProjectStore;
}

namespace bmp {

// The result of one token request, as kept in the project: never the token itself.
struct TokenTest {
    QString environment;
    QDateTime at;
    bool ok = false;
    int httpStatus = 0;
    QString tokenType;
    QString scope;
    int expiresIn = 0;
    QString error;
};

// The project's environment profiles (practice, homologation, production and custom ones).
class Environments : public QObject {
    Q_OBJECT
public:
    explicit Environments(storage::ProjectStore& store, QObject* parent = nullptr);

    QList<EnvironmentProfile> list() const;
    std::optional<EnvironmentProfile> find(const QString& name) const;
    Status save(const EnvironmentProfile& profile); // validates first
    Status remove(const QString& name);             // the three built-in ones cannot be removed

    QByteArray exportJson() const; // {"format":"bmp-environments","version":1,"environments":[...]}
    Result<int> importJson(const QByteArray& json);

    Status recordTokenTest(const TokenTest& test);
    QList<TokenTest> tokenTests(const QString& environment = {}) const;

signals:
    void changed(const QString& name);

private:
    storage::ProjectStore& m_store;
};

} // namespace bmp
