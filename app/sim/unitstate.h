#pragma once

#include "memberholdings.h"

#include "domain/borrowrepayrecord.h"
#include "domain/interestrecord.h"
#include "domain/liquidationrecord.h"
#include "domain/ltvbands.h"

#include <QHash>
#include <QList>
#include <QMap>

namespace loandesk::sim {

// Outstanding loan in one asset.
struct LiabilityState {
    Decimal principal;
    Decimal interest;
    Decimal total() const { return principal + interest; }
};

// Funds moved from a collateral member to the credit account during a forced liquidation.
struct LiquidationTransfer {
    qint64 liquidationId = 0;
    qint64 timeMs = 0;
    qint64 fromUid = 0;
    WalletType fromType = WalletType::Spot;
    qint64 toUid = 0;
    WalletType toType = WalletType::CrossMargin;
    QString asset;
    Decimal amount;
};

// The whole simulated state of one risk unit: its configuration (from the scenario), the
// members' holdings, its liabilities and every record the record endpoints serve. A Scenario
// holds the initial UnitStates; the SimEngine mutates its own copies.
struct UnitState {
    qint64 groupId = 0;
    qint64 createTimeMs = 0;
    QString creditEmail;
    QString creditApiKey;
    QByteArray creditSecret;
    QByteArray creditEd25519PublicKey; // optional: the credit key is an Ed25519 key
    LtvBands bands;
    Decimal creditLimit;
    Decimal hourlyRate;
    qint64 liquidationDurationMs = 60000;
    QList<MemberHoldings> members;
    QMap<QString, LiabilityState> liabilities;

    // Records, oldest first (the endpoints serve them newest first).
    QList<BorrowRepayRecord> borrowRepay;
    // tranId → when its borrow-repay record becomes visible, for records published late (the
    // "records late" fault); a record not listed is visible from its timestamp.
    QHash<qint64, qint64> recordPublishedAtMs;
    QList<InterestRecord> interest;
    QList<LiquidationRecord> liquidations;
    QList<qint64> liquidationIds; // parallel to liquidations
    QList<LiquidationTransfer> transfers;
    qint64 liquidatingUntilMs = 0;

    MemberHoldings *creditMember();
    const MemberHoldings *creditMember() const;
    Decimal totalPrincipal() const;
    bool isLiquidating(qint64 nowMs) const { return nowMs < liquidatingUntilMs; }
    bool isPublished(const BorrowRepayRecord &row, qint64 nowMs) const {
        return recordPublishedAtMs.value(row.tranId, row.timestampMs) <= nowMs;
    }
};

} // namespace loandesk::sim
