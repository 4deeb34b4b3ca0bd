#pragma once

#include "domain/decimal.h"

#include <QJsonObject>

#include <optional>

namespace loandesk {

// A profile's amount thresholds for borrow and repay: above `typeTwiceAbove` the amount must be
// typed a second time; at or above `fourEyesFrom` a second operator must confirm with their
// PIN (off unless set). Amounts are in the asset borrowed or repaid (USDT/USDC, 1:1).
struct ActionLimits {
    static constexpr qint64 DefaultTypeTwiceAbove = 100000;

    Decimal typeTwiceAbove = Decimal::fromInt(DefaultTypeTwiceAbove);
    std::optional<Decimal> fourEyesFrom;

    bool needsTypingTwice(const Decimal &amount) const { return amount > typeTwiceAbove; }
    bool needsSecondOperator(const Decimal &amount) const {
        return fourEyesFrom && amount >= *fourEyesFrom;
    }
    // Both thresholds are non-negative, the four-eyes one positive, with at most 8 places.
    bool isValid() const;

    QJsonObject toJson() const;
    // Missing fields keep their defaults; `ok` is false when a present field is unusable.
    static ActionLimits fromJson(const QJsonObject &json, bool *ok = nullptr);
    bool operator==(const ActionLimits &) const = default;
};

} // namespace loandesk
