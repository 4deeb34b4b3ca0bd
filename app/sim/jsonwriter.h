#pragma once

#include "unitstate.h"

#include "domain/activeunit.h"
#include "domain/riskunit.h"

#include <QJsonArray>
#include <QJsonObject>

namespace loandesk::sim {

// The simulator's response shapes, field for field as the API notes document them. Amounts
// are strings with 8 places ("5.00000000") like the exchange; ltv has 3 places ("0.592").
namespace JsonWriter {

QJsonValue money(const Decimal &value);
QJsonObject riskUnit(const RiskUnit &unit);
QJsonObject activeUnit(const UnitState &unit);
QJsonObject borrowRepayRow(const BorrowRepayRecord &row);
QJsonObject interestRow(const InterestRecord &row);
QJsonObject liquidationRow(const LiquidationRecord &row);
QJsonObject transferRow(const LiquidationTransfer &transfer);
QJsonObject page(qint64 total, const QJsonArray &rows);

} // namespace JsonWriter
} // namespace loandesk::sim
