#include "domain/StepRehearsal.h"

#include "core/DateText.h"
#include "domain/Environments.h"
#include "domain/KeyVault.h"
#include "domain/Project.h"
#include "domain/ProposalStore.h"

#include <QLocale>

namespace bmp {

namespace {

const QString kPractice = QStringLiteral("practice");

QString when(const QDateTime& utc) {
    return DateText::dateTime(utc);
}

} // namespace

QString StepRehearsal::of(Project& project, StepId step) {
    switch (step) {
    case StepId::KeyRegistration: {
        const auto key = project.keys().find(kPractice);
        if (key && key->isRegistered())
            return tr("the Practice key was registered with the practice sandbox on %1.").arg(when(key->registeredAt));
        return {};
    }
    case StepId::Credentials: {
        const auto practice = project.environments().find(kPractice);
        if (practice && !practice->clientId.isEmpty())
            return tr("the Practice environment has its client_id (%1).").arg(practice->clientId);
        return {};
    }
    case StepId::JwtToken: {
        const QList<TokenTest> tests = project.environments().tokenTests(kPractice);
        for (auto it = tests.crbegin(); it != tests.crend(); ++it) {
            if (it->ok)
                return tr("a Practice token was obtained on %1.").arg(when(it->at));
        }
        return {};
    }
    case StepId::Proposals: {
        const QList<ScenarioRun> runs = ProposalStore(project.store()).runs(kPractice);
        QDateTime last;
        for (const ScenarioRun& r : runs) {
            if (r.state != RunState::Done)
                return {};
            last = qMax(last, r.updatedAt);
        }
        return tr("the three scenarios reached their statuses in Practice (last on %1).").arg(when(last));
    }
    default:
        return {};
    }
}

} // namespace bmp
