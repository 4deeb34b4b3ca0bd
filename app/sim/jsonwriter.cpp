#include "jsonwriter.h"

namespace loandesk::sim::JsonWriter {

namespace {
constexpr int Places = 8;
} // namespace

QJsonValue money(const Decimal &value) {
    return value.toString(Places);
}

QJsonObject riskUnit(const RiskUnit &unit) {
    QJsonArray liabilities;
    for (const Liability &l : unit.liabilities)
        liabilities.append(QJsonObject{{QStringLiteral("assetName"), l.asset},
                                       {QStringLiteral("principal"), money(l.principal)},
                                       {QStringLiteral("interest"), money(l.interest)}});
    QJsonArray members;
    for (const CollateralAccount &m : unit.members) {
        QJsonArray wallets;
        for (const Wallet &w : m.wallets)
            wallets.append(
                QJsonObject{{QStringLiteral("accountType"), walletTypeToWire(w.type)},
                            {QStringLiteral("netEquity"), money(w.netEquity)},
                            {QStringLiteral("maintainMargin"), money(w.maintainMargin)}});
        members.append(QJsonObject{{QStringLiteral("email"), m.email},
                                   {QStringLiteral("type"), memberRoleToWire(m.role)},
                                   {QStringLiteral("wallets"), wallets}});
    }
    return QJsonObject{
        {QStringLiteral("groupId"), unit.groupId},
        {QStringLiteral("parentEmail"), unit.parentEmail},
        {QStringLiteral("creditEmail"), unit.creditEmail},
        {QStringLiteral("updateTime"), unit.updateTimeMs},
        {QStringLiteral("ltv"), unit.ltv.toString(3)},
        {QStringLiteral("totalNetEquity"), money(unit.totalNetEquity)},
        {QStringLiteral("totalMaintenanceMargin"), money(unit.totalMaintenanceMargin)},
        {QStringLiteral("totalLiability"), money(unit.totalLiability)},
        {QStringLiteral("parentAccountFrozenAmount"), money(unit.parentAccountFrozenAmount)},
        {QStringLiteral("maxTransferOutAmount"), money(unit.maxTransferOutAmount)},
        {QStringLiteral("maxAllowedBorrowLimit"), money(unit.maxAllowedBorrowLimit)},
        {QStringLiteral("liabilities"), liabilities},
        {QStringLiteral("collateralAccounts"), members},
    };
}

QJsonObject activeUnit(const UnitState &unit) {
    QJsonArray members;
    for (const MemberHoldings &m : unit.members)
        members.append(QJsonObject{{QStringLiteral("email"), m.email},
                                   {QStringLiteral("type"), memberRoleToWire(m.role)},
                                   {QStringLiteral("enableMargin"), m.enableMargin},
                                   {QStringLiteral("enableSpot"), m.enableSpot}});
    return QJsonObject{{QStringLiteral("groupId"), unit.groupId},
                       {QStringLiteral("members"), members},
                       {QStringLiteral("createTime"), unit.createTimeMs}};
}

QJsonObject borrowRepayRow(const BorrowRepayRecord &row) {
    QJsonObject o{{QStringLiteral("tranId"), row.tranId},
                  {QStringLiteral("assetName"), row.asset},
                  {QStringLiteral("amount"), money(row.amount)},
                  {QStringLiteral("status"), row.status == BorrowRepayRecord::Status::Confirmed
                                                 ? QStringLiteral("CONFIRM")
                                                 : QStringLiteral("FAILED")},
                  {QStringLiteral("type"), BorrowRepayRecord::wireName(row.type)},
                  {QStringLiteral("timestamp"), row.timestampMs}};
    if (row.type != BorrowRepayRecord::Type::Borrow) {
        o.insert(QStringLiteral("principal"), money(row.principal));
        o.insert(QStringLiteral("interest"), money(row.interest));
    }
    return o;
}

QJsonObject interestRow(const InterestRecord &row) {
    return QJsonObject{{QStringLiteral("groupId"), row.groupId},
                       {QStringLiteral("assetName"), row.asset},
                       {QStringLiteral("principal"), money(row.principal)},
                       {QStringLiteral("interestRate"), money(row.interestRate)},
                       {QStringLiteral("interest"), money(row.interest)},
                       {QStringLiteral("interestTimestamp"), row.timestampMs}};
}

QJsonObject liquidationRow(const LiquidationRecord &row) {
    QJsonArray snapshots;
    for (const LiquidationRecord::Snapshot &s : row.snapshots)
        snapshots.append(QJsonObject{{QStringLiteral("subEmail"), s.email},
                                     {QStringLiteral("memberType"), memberRoleToWire(s.role)},
                                     {QStringLiteral("walletType"), walletTypeToWire(s.walletType)},
                                     {QStringLiteral("netEquity"), money(s.netEquity)},
                                     {QStringLiteral("maintainMargin"), money(s.maintainMargin)}});
    QJsonArray liabilities;
    for (const Liability &l : row.liabilities)
        liabilities.append(QJsonObject{{QStringLiteral("assetName"), l.asset},
                                       {QStringLiteral("principal"), money(l.principal)},
                                       {QStringLiteral("interest"), money(l.interest)}});
    // LTVs as decimal strings (the docs show integers; parsers accept both).
    return QJsonObject{
        {QStringLiteral("groupId"), row.groupId},
        {QStringLiteral("startLtv"), row.startLtv.toString(3)},
        {QStringLiteral("endLtv"), row.endLtv.toString(3)},
        {QStringLiteral("liquidationStartTime"), row.startTimeMs},
        {QStringLiteral("liquidationEndTime"), row.endTimeMs},
        {QStringLiteral("totalNetEquity"), money(row.totalNetEquity)},
        {QStringLiteral("totalMaintenanceMargin"), money(row.totalMaintenanceMargin)},
        {QStringLiteral("totalLiability"), money(row.totalLiability)},
        {QStringLiteral("liquidationSnapshot"),
         QJsonObject{{QStringLiteral("snapshots"), snapshots},
                     {QStringLiteral("liabilities"), liabilities}}},
    };
}

QJsonObject transferRow(const LiquidationTransfer &t) {
    return QJsonObject{
        {QStringLiteral("transferTime"), t.timeMs},
        {QStringLiteral("fromUid"), QString::number(t.fromUid)},
        {QStringLiteral("fromAccountType"), walletTypeToWire(t.fromType)},
        {QStringLiteral("toUid"), QString::number(t.toUid)},
        {QStringLiteral("toAccountType"), walletTypeToWire(t.toType)},
        {QStringLiteral("status"), QStringLiteral("CONFIRM")},
        {QStringLiteral("assets"),
         QJsonArray{QJsonObject{{QStringLiteral("assetName"), t.asset},
                                {QStringLiteral("amount"), t.amount.toString()}}}},
    };
}

QJsonObject page(qint64 total, const QJsonArray &rows) {
    return QJsonObject{{QStringLiteral("total"), total}, {QStringLiteral("rows"), rows}};
}

} // namespace loandesk::sim::JsonWriter
