#include "statedump.h"

#include "monitor/monitorstate.h"

#include "domain/isoutc.h"
#include "domain/ltvmath.h"
#include "models/collateraltreemodel.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace loandesk {

namespace {

QJsonValue amount(const Decimal &d) {
    // Absent fields stay null rather than becoming "0": a missing figure is not a zero.
    return d.isValid() ? QJsonValue(d.toString()) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalAmount(const std::optional<Decimal> &d) {
    return d ? amount(*d) : QJsonValue(QJsonValue::Null);
}

void addCollateral(QJsonObject &computed, const CollateralView *view, const QString &reason) {
    QJsonArray assets;
    QJsonArray triggers;
    if (view && view->isValued()) {
        for (const AssetLine &a : view->composition.assets()) {
            assets.append(QJsonObject{{u"asset"_qs, a.asset},
                                      {u"quantity"_qs, amount(a.quantity)},
                                      {u"priceUsd"_qs, amount(a.priceUsd)},
                                      {u"valueUsd"_qs, amount(a.valueUsd)},
                                      {u"collateralValueUsd"_qs, amount(a.collateralValueUsd)}});
        }
        for (const PriceTrigger &t : view->triggers) {
            triggers.append(
                QJsonObject{{u"asset"_qs, t.asset},
                            {u"priceUsd"_qs, amount(t.priceUsd)},
                            {u"warningPrice"_qs, optionalAmount(t.warningPrice)},
                            {u"initialPrice"_qs, optionalAmount(t.initialPrice)},
                            {u"marginCallPrice"_qs, optionalAmount(t.marginCallPrice)},
                            {u"liquidationPrice"_qs, optionalAmount(t.liquidationPrice)}});
        }
    }
    computed[u"collateralAssets"] = assets;
    computed[u"priceTriggers"] = triggers;
    computed[u"composition"] =
        coverageKey(view ? view->composition.coverage : UnitComposition::Coverage::Unavailable);
    // "" only when complete: a unit without a view always says why.
    computed[u"compositionReason"] =
        !view && reason.isEmpty() ? CollateralSnapshot().reason(0) : reason;
}

} // namespace

QJsonObject StateDump::unitToJson(const RiskUnit &u, const LtvBands &bands,
                                  const QDateTime &fetchedAt, bool maskEmails,
                                  const CollateralView *view, const QString &reason) {
    auto email = [maskEmails](const QString &e) {
        return maskEmails ? CollateralTreeModel::maskEmail(e) : e;
    };
    QJsonObject o;
    o[u"groupId"] = u.groupId;
    o[u"parentEmail"] = email(u.parentEmail);
    o[u"creditEmail"] = email(u.creditEmail);
    o[u"updateTime"] = u.updateTimeMs;
    o[u"updateTimeIso"] = isoUtc(u.updateTimeMs);
    o[u"fetchedAt"] = isoUtc(fetchedAt);
    o[u"ltv"] = amount(u.ltv);
    o[u"totalNetEquity"] = amount(u.totalNetEquity);
    o[u"totalMaintenanceMargin"] = amount(u.totalMaintenanceMargin);
    o[u"totalLiability"] = amount(u.totalLiability);
    o[u"parentAccountFrozenAmount"] = amount(u.parentAccountFrozenAmount);
    o[u"maxTransferOutAmount"] = amount(u.maxTransferOutAmount);
    o[u"maxAllowedBorrowLimit"] = amount(u.maxAllowedBorrowLimit);

    QJsonArray liabilities;
    for (const Liability &l : u.liabilities) {
        liabilities.append(QJsonObject{{u"assetName"_qs, l.asset},
                                       {u"principal"_qs, amount(l.principal)},
                                       {u"interest"_qs, amount(l.interest)}});
    }
    o[u"liabilities"] = liabilities;

    QJsonArray members;
    for (const CollateralAccount &m : u.members) {
        QJsonArray wallets;
        for (const Wallet &w : m.wallets) {
            wallets.append(QJsonObject{{u"accountType"_qs, walletTypeToWire(w.type)},
                                       {u"netEquity"_qs, amount(w.netEquity)},
                                       {u"maintainMargin"_qs, amount(w.maintainMargin)}});
        }
        members.append(QJsonObject{{u"email"_qs, email(m.email)},
                                   {u"type"_qs, memberRoleToWire(m.role)},
                                   {u"wallets"_qs, wallets}});
    }
    o[u"collateralAccounts"] = members;

    const std::optional<Decimal> ltv = u.computedLtv();
    QJsonObject computed;
    computed[u"ltv"] = optionalAmount(ltv);
    computed[u"band"] = ltvBandKey(bands.classify(ltv));
    computed[u"ltvAgreesWithExchange"] = !u.ltvDisagrees();
    computed[u"memberNetEquity"] = amount(u.memberNetEquity());
    computed[u"memberMaintenanceMargin"] = amount(u.memberMaintenanceMargin());
    computed[u"liabilitySum"] = amount(u.liabilitySum());
    QJsonObject thresholds;
    QJsonObject distances;
    const std::pair<const char16_t *, LtvBand> levels[] = {{u"warning", LtvBand::Warning},
                                                           {u"initial", LtvBand::AboveInitial},
                                                           {u"marginCall", LtvBand::MarginCall},
                                                           {u"liquidation", LtvBand::Liquidation}};
    for (const auto &[name, band] : levels) {
        const Decimal threshold = bands.threshold(band);
        thresholds[QString::fromUtf16(name)] = amount(threshold);
        distances[QString::fromUtf16(name)] = QJsonObject{
            {u"collateralDrop"_qs,
             optionalAmount(LtvMath::collateralDropTo(u.totalLiability, u.totalNetEquity,
                                                      u.totalMaintenanceMargin, threshold))},
            {u"repayToReach"_qs,
             optionalAmount(LtvMath::repayToReach(u.totalLiability, u.totalNetEquity,
                                                  u.totalMaintenanceMargin, threshold))}};
    }
    computed[u"thresholds"] = thresholds;
    computed[u"distances"] = distances;
    addCollateral(computed, view, reason);
    o[u"computed"] = computed;
    return o;
}

QByteArray StateDump::toJson(const MonitorState &state, const CollateralState *collateral,
                             const Options &options, const QDateTime &generatedAt) {
    return toJson(state, CollateralSnapshot::from(state, collateral), options, generatedAt);
}

QByteArray StateDump::toJson(const MonitorState &state, const CollateralSnapshot &collateral,
                             const Options &options, const QDateTime &generatedAt) {
    QJsonArray units;
    for (qint64 id : state.groupIds()) {
        const UnitStatus *s = state.unit(id);
        if (!s)
            continue;
        units.append(unitToJson(s->unit, state.bands(id), s->fetchedAt, options.maskEmails,
                                collateral.view(id), collateral.reason(id, options.maskEmails)));
    }
    QJsonObject root;
    root[u"schemaVersion"] = SchemaVersion;
    root[u"generator"] = QStringLiteral("LoanDesk " LOANDESK_VERSION);
    root[u"generatedAt"] = isoUtc(generatedAt);
    root[u"source"] = options.source;
    root[u"emailsMasked"] = options.maskEmails;
    root[u"units"] = units;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace loandesk
