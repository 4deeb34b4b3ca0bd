#include "ltvdetailsparser.h"

#include "jsonreader.h"

namespace loandesk {

namespace {

Wallet readWallet(const JsonReader &r) {
    Wallet w;
    const QString type = r.string(u"accountType");
    if (const auto t = walletTypeFromWire(type))
        w.type = *t;
    else if (!r.failed())
        r.fail(u"accountType", QStringLiteral("unknown wallet type \"%1\"").arg(type));
    w.netEquity = r.decimal(u"netEquity");
    w.maintainMargin = r.decimal(u"maintainMargin");
    return w;
}

CollateralAccount readMember(const JsonReader &r) {
    CollateralAccount m;
    m.email = r.string(u"email");
    const QString type = r.string(u"type");
    if (const auto role = memberRoleFromWire(type))
        m.role = *role;
    else if (!r.failed())
        r.fail(u"type", QStringLiteral("unknown member type \"%1\"").arg(type));
    for (const JsonReader &w : r.array(u"wallets"))
        m.wallets.append(readWallet(w));
    return m;
}

RiskUnit readUnit(const JsonReader &r) {
    RiskUnit u;
    u.groupId = r.integer(u"groupId");
    // The emails are shown, never computed with; a reply without them is still a usable
    // risk figure, so their absence is tolerated.
    u.parentEmail = r.optionalString(u"parentEmail");
    u.creditEmail = r.optionalString(u"creditEmail");
    u.updateTimeMs = r.integer(u"updateTime");
    u.ltv = r.decimal(u"ltv");
    u.totalNetEquity = r.decimal(u"totalNetEquity");
    u.totalMaintenanceMargin = r.decimal(u"totalMaintenanceMargin");
    u.totalLiability = r.decimal(u"totalLiability");
    // Added on 2025-07-11 and undocumented in meaning: replies from before that change (or a
    // unit the exchange has no figure for) omit them. Absent → an invalid Decimal, which the
    // UI shows as "not available"; a present but malformed value is still an error.
    u.parentAccountFrozenAmount = r.optionalDecimal(u"parentAccountFrozenAmount");
    u.maxTransferOutAmount = r.optionalDecimal(u"maxTransferOutAmount");
    u.maxAllowedBorrowLimit = r.optionalDecimal(u"maxAllowedBorrowLimit");
    // A unit without debt may list no liabilities at all.
    if (r.has(u"liabilities")) {
        for (const JsonReader &l : r.objectOrArray(u"liabilities")) {
            Liability liability;
            liability.asset = l.string(u"assetName");
            liability.principal = l.decimal(u"principal");
            liability.interest = l.decimal(u"interest");
            u.liabilities.append(liability);
        }
    }
    for (const JsonReader &m : r.array(u"collateralAccounts"))
        u.members.append(readMember(m));
    return u;
}

} // namespace

Result<QList<RiskUnit>> LtvDetailsParser::parse(const QJsonValue &json) {
    QString error;
    QList<RiskUnit> units;
    for (const JsonReader &r : JsonReader::elements(json, QStringLiteral("ltv-details"), &error))
        units.append(readUnit(r));
    if (!error.isEmpty())
        return ExchangeError::make(ExchangeError::Kind::Parse, error);
    return units;
}

} // namespace loandesk
