#pragma once

#include "core/Result.h"
#include "domain/Environment.h"
#include "domain/ProjectData.h"

#include <QDateTime>
#include <QObject>

#include <functional>
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
    // Validates first; saved only over profile.rowVersion (the version the editor read): a teammate's newer save is
    // a conflict (conflict() says who and when, and offers to save this one over it).
    Status save(const EnvironmentProfile& profile);
    Status remove(const QString& name); // the three built-in ones cannot be removed

    QByteArray exportJson() const; // {"format":"bmp-environments","version":1,"environments":[...]}
    Result<int> importJson(const QByteArray& json);

    Status recordTokenTest(const TokenTest& test);
    QList<TokenTest> tokenTests(const QString& environment = {}) const;

signals:
    void changed(const QString& name);
    // A save refused because someone saved the profile since; mine makes it again over theirs (Project relays it).
    void conflict(const bmp::StepConflict& conflict, const std::function<bmp::Status()>& mine);

private:
    storage::ProjectStore& m_store;
};

} // namespace bmp
