#pragma once

// What the two halves of ProposalWorker share: the run's lifecycle (ProposalWorker.cpp) and the exchange with BMP
// (ProposalExchange.cpp).
#include "net/ProposalFlow.h"
#include "net/ProposalWorker.h"

namespace bmp::net::detail {

inline const QString kConsultar = QStringLiteral("Consultar");

inline ProposalFlow::Options flowOptions(const ProposalWorkerOptions& o) {
    return ProposalFlow::Options{o.releaseIncorrect, o.signature};
}

} // namespace bmp::net::detail
