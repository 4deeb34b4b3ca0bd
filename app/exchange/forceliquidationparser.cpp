#include "forceliquidationparser.h"

#include "pagereader.h"

namespace loandesk {

namespace {

LiquidationRecord::Snapshot readSnapshot(const JsonReader &r) {
    LiquidationRecord::Snapshot s;
    s.email = r.string(u"subEmail");
    const QString role = r.string(u"memberType");
    if (const auto parsed = memberRoleFromWire(role))
        s.role = *parsed;
    else if (!r.failed())
        r.fail(u"memberType", QStringLiteral("unknown member type \"%1\"").arg(role));
    const QString wallet = r.string(u"walletType");
    if (const auto parsed = walletTypeFromWire(wallet))
        s.walletType = *parsed;
    else if (!r.failed())
        r.fail(u"walletType", QStringLiteral("unknown wallet type \"%1\"").arg(wallet));
    s.netEquity = r.decimal(u"netEquity"); // e.g. "0E-8"
    s.maintainMargin = r.decimal(u"maintainMargin");
    return s;
}

LiquidationRecord readRow(const JsonReader &r) {
    LiquidationRecord row;
    row.groupId = r.integer(u"groupId");
    // Documented as LONG (the example reports 1 for an LTV of 0.9998); read as a decimal so a
    // fractional LTV in a later version is kept too.
    row.startLtv = r.decimal(u"startLtv");
    row.endLtv = r.decimal(u"endLtv");
    row.startTimeMs = r.integer(u"liquidationStartTime");
    row.endTimeMs = r.integer(u"liquidationEndTime");
    row.totalNetEquity = r.decimal(u"totalNetEquity");
    row.totalMaintenanceMargin = r.decimal(u"totalMaintenanceMargin");
    row.totalLiability = r.decimal(u"totalLiability");

    const JsonReader snapshot = r.object(u"liquidationSnapshot");
    if (snapshot.has(u"snapshots")) {
        for (const JsonReader &s : snapshot.array(u"snapshots"))
            row.snapshots.append(readSnapshot(s));
    }
    // Documented as an array, but the example sends a single object.
    if (snapshot.has(u"liabilities")) {
        for (const JsonReader &l : snapshot.objectOrArray(u"liabilities")) {
            Liability liability;
            liability.asset = l.string(u"assetName");
            liability.principal = l.decimal(u"principal");
            liability.interest = l.decimal(u"interest");
            row.liabilities.append(liability);
        }
    }
    return row;
}

} // namespace

Result<Page<LiquidationRecord>> ForceLiquidationParser::parse(const QJsonValue &json) {
    return readPage<LiquidationRecord>(json, QStringLiteral("force-liquidation"), readRow);
}

} // namespace loandesk
