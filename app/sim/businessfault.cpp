#include "businessfault.h"

#include "simerror.h"

#include "domain/decimal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace loandesk::sim::BusinessFault {

namespace {

using Kind = FaultInjector::Kind;

const QString Unpriced = QStringLiteral("BTC");
// A real asset no simulated market lists: held, but without a ticker or a ratio table.
const QString UnknownAsset = QStringLiteral("FDUSD");

// The quantity field a balance row carries, by endpoint shape.
QString quantityField(const QJsonObject &row) {
    for (const QString &f : {QStringLiteral("free"), QStringLiteral("crossMarginFree")}) {
        if (row.contains(f))
            return f;
    }
    return {};
}

QJsonValue negated(const QJsonValue &v) {
    if (v.isDouble())
        return v.toDouble() == 0.0 ? -1.0 : -std::abs(v.toDouble());
    const QString text = v.toString();
    const std::optional<Decimal> d = Decimal::fromString(text);
    if (!d || d->isZero())
        return QStringLiteral("-1.00000000");
    return d->isNegative() ? text : u'-' + text;
}

// Balance rows: v3/v4 "balances", margin/account's list, or /papi/v1/balance's array.
bool corruptRows(Kind kind, QJsonArray &rows) {
    if (rows.isEmpty() || !rows.at(0).isObject())
        return false;
    QJsonObject first = rows.at(0).toObject();
    const QString quantity = quantityField(first);
    if (!first.contains(QStringLiteral("asset")) || quantity.isEmpty())
        return false;
    switch (kind) {
    case Kind::MissingAsset:
        first.remove(QStringLiteral("asset"));
        rows[0] = first;
        return true;
    case Kind::NegativeBalance:
        first.insert(quantity, negated(first.value(quantity)));
        rows[0] = first;
        return true;
    case Kind::UnknownAsset:
        first.insert(QStringLiteral("asset"), UnknownAsset);
        rows.append(first);
        return true;
    default:
        return false;
    }
}

// A ratio table loses its second tier: values between the first tier's cap and the next floor
// (or above the first cap, for a two-tier table) have no tier.
bool removeSecondTier(QJsonArray &entries, const QString &tiersKey) {
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QJsonObject entry = entries.at(i).toObject();
        QJsonArray tiers = entry.value(tiersKey).toArray();
        if (tiers.size() < 2)
            continue;
        tiers.removeAt(1);
        entry.insert(tiersKey, tiers);
        entries[i] = entry;
        return true;
    }
    return false;
}

bool isUnpriced(const QJsonObject &row) {
    return row.value(QStringLiteral("symbol")).toString() == Unpriced + QStringLiteral("USDT") ||
           (row.contains(QStringLiteral("assetIndexPrice")) &&
            row.value(QStringLiteral("asset")).toString() == Unpriced);
}

} // namespace

bool isBusinessFault(Kind kind) {
    return kind == Kind::MissingAsset || kind == Kind::NegativeBalance ||
           kind == Kind::UnknownAsset || kind == Kind::UnpricedAsset || kind == Kind::TierGap;
}

SimResponse apply(Kind kind, SimResponse response) {
    if (response.status != 200)
        return response;
    QJsonDocument doc = QJsonDocument::fromJson(response.body);
    bool changed = false;
    if (doc.isObject()) {
        QJsonObject o = doc.object();
        for (const QString &key :
             {QStringLiteral("balances"), QStringLiteral("marginUserAssetVoList")}) {
            if (!o.contains(key))
                continue;
            QJsonArray rows = o.value(key).toArray();
            if ((changed = corruptRows(kind, rows)))
                o.insert(key, rows);
        }
        if (!changed && o.contains(QStringLiteral("crossMarginFree"))) { // papi, asset=
            QJsonArray rows{o};
            if ((changed = corruptRows(kind, rows) && kind != Kind::UnknownAsset))
                o = rows.at(0).toObject();
        }
        if (!changed && kind == Kind::UnpricedAsset && isUnpriced(o)) {
            const SimError e = SimError::make(-1121, QStringLiteral("Invalid symbol."));
            response.status = e.httpStatus;
            response.body = e.toJson();
            return response;
        }
        doc.setObject(o);
    } else if (doc.isArray()) {
        QJsonArray rows = doc.array();
        const QJsonObject first = rows.isEmpty() ? QJsonObject() : rows.at(0).toObject();
        if (kind == Kind::TierGap) {
            changed = removeSecondTier(rows, QStringLiteral("collaterals")) ||
                      removeSecondTier(rows, QStringLiteral("collateralInfo"));
        } else if (kind == Kind::UnpricedAsset) {
            const qsizetype before = rows.size();
            for (qsizetype i = rows.size() - 1; i >= 0; --i) {
                if (isUnpriced(rows.at(i).toObject()))
                    rows.removeAt(i);
            }
            changed = rows.size() != before;
        } else {
            changed = corruptRows(kind, rows);
        }
        doc.setArray(rows);
    }
    if (changed)
        response.body = doc.toJson(QJsonDocument::Compact);
    return response;
}

} // namespace loandesk::sim::BusinessFault
