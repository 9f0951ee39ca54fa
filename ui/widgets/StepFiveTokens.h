#pragma once

#include "domain/Environment.h"
#include "net/TokenProvider.h"
#include "widgets/Prompts.h"

#include <functional>

namespace bmp {
class Project;
namespace net {
class ApiClient;
}
} // namespace bmp

namespace bmp::ui {

using TokenProviderFactory = std::function<net::TokenProvider(const EnvironmentProfile&, net::ApiClient*)>;

// Access tokens for the other steps' workers, the way step 5 gets them: the environment's key from the project
// (unlocked once per session, the passphrase asked through prompts()), a TokenWorker, the token kept until it is
// about to expire. What the factory builds lives as long as the ApiClient it is given. prompts: the dialogs to use
// (the real ones when empty; tests script them).
TokenProviderFactory stepFiveTokens(Project& project, std::function<Prompts()> prompts = {});

} // namespace bmp::ui
