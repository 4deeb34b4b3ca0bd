#pragma once

#include "domain/borrowrepayrecord.h"
#include "domain/interestrecord.h"
#include "domain/liquidationrecord.h"
#include "storage/historyevent.h"

#include <optional>

namespace loandesk {

// The exchange's records as history events. Only stable fields go into the detail (it is part
// of the unique key), so a record read again — after a restart, or by another desk — is the
// same event and stored once.
namespace RecordEvents {

// None for a FAILED row: nothing happened to the unit.
std::optional<HistoryEvent> fromBorrowRepay(qint64 groupId, const BorrowRepayRecord &record);
HistoryEvent fromInterest(qint64 groupId, const InterestRecord &record);
HistoryEvent fromLiquidation(qint64 groupId, const LiquidationRecord &record);

} // namespace RecordEvents
} // namespace loandesk
