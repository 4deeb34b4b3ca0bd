#include "liquidationtransfersparser.h"

#include "pagereader.h"

namespace loandesk {

namespace {

WalletType readWalletType(const JsonReader &r, QStringView field) {
    const QString text = r.string(field);
    if (const auto parsed = walletTypeFromWire(text))
        return *parsed;
    if (!r.failed())
        r.fail(field, QStringLiteral("unknown account type \"%1\"").arg(text));
    return WalletType::Spot;
}

LiquidationTransferRecord::Transfer readTransfer(const JsonReader &r) {
    LiquidationTransferRecord::Transfer t;
    t.timeMs = r.integer(u"transferTime");
    // UIDs are documented as strings but the example sends numbers: keep them as text.
    t.fromUid = r.id(u"fromUid");
    t.fromType = readWalletType(r, u"fromAccountType");
    t.toUid = r.id(u"toUid");
    t.toType = readWalletType(r, u"toAccountType");
    t.status = r.string(u"status");
    if (r.has(u"assets")) {
        for (const JsonReader &a : r.array(u"assets"))
            t.assets.append({a.string(u"assetName"), a.decimal(u"amount")});
    }
    return t;
}

LiquidationTransferRecord readRow(const JsonReader &r) {
    LiquidationTransferRecord row;
    row.liquidationId = r.integer(u"liquidationId");
    if (r.has(u"liquidationTransferRecord")) {
        for (const JsonReader &t : r.array(u"liquidationTransferRecord"))
            row.transfers.append(readTransfer(t));
    }
    return row;
}

} // namespace

Result<Page<LiquidationTransferRecord>> LiquidationTransfersParser::parse(const QJsonValue &json) {
    return readPage<LiquidationTransferRecord>(
        json, QStringLiteral("force-liquidation-transfer-record"), readRow);
}

} // namespace loandesk
