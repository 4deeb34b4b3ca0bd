#pragma once

#include "decimal.h"

#include <QString>

namespace loandesk {

// One row of borrow-repay records. principal/interest are set on repay rows only.
struct BorrowRepayRecord {
    enum class Type { Borrow, NormalRepay, ForceRepay };
    enum class Status { Confirmed, Failed };

    qint64 tranId = 0;
    QString asset;
    Decimal amount;
    Decimal principal;
    Decimal interest;
    Status status = Status::Confirmed;
    Type type = Type::Borrow;
    qint64 timestampMs = 0;

    bool operator==(const BorrowRepayRecord &) const = default;
};

} // namespace loandesk
