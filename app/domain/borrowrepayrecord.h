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

    // The exchange's name of a type (borrow-repay records, API doc 2.8), as sent and exported.
    static QString wireName(Type type) {
        switch (type) {
        case Type::Borrow:
            return QStringLiteral("BORROW");
        case Type::NormalRepay:
            return QStringLiteral("NORMAL_REPAY");
        case Type::ForceRepay:
            return QStringLiteral("FORCE_REPAY");
        }
        return {};
    }
};

} // namespace loandesk
