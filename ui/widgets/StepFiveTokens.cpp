#include "widgets/StepFiveTokens.h"

#include "domain/Project.h"
#include "net/ApiClient.h"
#include "net/TokenSource.h"
#include "widgets/KeyUnlocker.h"

#include <QApplication>

#include <memory>

namespace bmp::ui {

TokenProviderFactory stepFiveTokens(Project& project, std::function<Prompts()> prompts) {
    return [&project, prompts](const EnvironmentProfile& profile, net::ApiClient* client) -> net::TokenProvider {
        // Owned by the client: the unlocker, the prompts it points to and the token source go when it goes.
        auto* owner = new QObject(client);
        auto* dialogs = new Prompts(prompts ? prompts() : Prompts::dialogs(QApplication::activeWindow()));
        QObject::connect(owner, &QObject::destroyed, [dialogs] { delete dialogs; });
        auto* unlocker = new KeyUnlocker(project, dialogs, owner);
        const QString name = profile.name;
        const QString display = profile.displayName();
        auto* source = new net::TokenSource(
            profile,
            [unlocker, name, display](net::TokenSource::KeyCallback done) {
                unlocker->unlock(name, display, std::move(done));
            },
            &project, owner);
        return source->provider();
    };
}

} // namespace bmp::ui
