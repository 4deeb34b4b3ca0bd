#pragma once

#include "faultinjector.h"
#include "simresponse.h"

namespace loandesk::sim {

// The business-data faults of the composition endpoints: a well-formed HTTP 200 answer whose
// content is wrong in one way the client must notice (SCENARIOS.md, "Faults"). Applied to the
// real answer after the request ran; an answer of another shape is left alone.
namespace BusinessFault {

bool isBusinessFault(FaultInjector::Kind kind);
// The asset the faults pick on: the first row's for balances, "BTC" for prices.
SimResponse apply(FaultInjector::Kind kind, SimResponse response);

} // namespace BusinessFault
} // namespace loandesk::sim
