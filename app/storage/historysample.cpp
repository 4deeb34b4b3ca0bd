#include "historysample.h"

#include "domain/riskunit.h"

#include <QCryptographicHash>

namespace loandesk {

HistorySample HistorySample::fromUnit(const RiskUnit &unit, const QDateTime &fetchedAt) {
    HistorySample s;
    s.groupId = unit.groupId;
    s.fetchedMs = fetchedAt.toMSecsSinceEpoch();
    s.untilMs = s.fetchedMs;
    s.exchangeMs = unit.updateTimeMs;
    s.ltvReported = unit.ltv;
    s.ltvComputed = unit.computedLtv();
    s.netEquity = unit.totalNetEquity;
    s.maintenanceMargin = unit.totalMaintenanceMargin;
    s.liability = unit.totalLiability;
    for (const CollateralAccount &m : unit.members) {
        for (const Wallet &w : m.wallets)
            s.members.append({m.email, memberRoleToWire(m.role), walletTypeToWire(w.type),
                              w.netEquity, w.maintainMargin});
    }
    return s;
}

double HistorySample::ltvForDrawing() const {
    return ltvComputed ? ltvComputed->toDouble() : ltvReported.toDouble();
}

QByteArray HistorySample::digest() const {
    QCryptographicHash hash(QCryptographicHash::Sha1);
    auto add = [&hash](const QString &text) {
        hash.addData(text.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1)); // unit separator: "1|23" ≠ "12|3"
    };
    add(ltvReported.toString());
    add(ltvComputed ? ltvComputed->toString() : QString());
    add(netEquity.toString());
    add(maintenanceMargin.toString());
    add(liability.toString());
    for (const Member &m : members) {
        add(m.email);
        add(m.role);
        add(m.wallet);
        add(m.netEquity.toString());
        add(m.maintainMargin.toString());
    }
    return hash.result().toHex().left(20);
}

} // namespace loandesk
