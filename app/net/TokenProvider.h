#pragma once

#include "core/Result.h"

#include <QByteArray>

#include <functional>

namespace bmp::net {

// How workers get a Bearer token without knowing where it comes from (the step 5 TokenWorker, the CLI's key file,
// a test's fixture key). The provider answers through the callback, at once or later; `renew` asks for a new token
// because the server refused the last one (expired or revoked). Callbacks arrive on the caller's thread.
using TokenCallback = std::function<void(const Result<QByteArray>& accessToken)>;
using TokenProvider = std::function<void(bool renew, TokenCallback done)>;

} // namespace bmp::net
