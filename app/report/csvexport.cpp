#include "csvexport.h"

#include "collateralsnapshot.h"

#include "monitor/monitorstate.h"

#include "domain/csvfield.h"
#include "domain/isoutc.h"
#include "models/collateraltreemodel.h"

#include <QStringList>

namespace loandesk {

namespace {

QString amount(const Decimal &d) {
    return d.isValid() ? d.toString() : QString();
}

QByteArray row(const QStringList &fields) {
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += CsvField::encode(fields[i]);
    }
    return out + "\r\n";
}

QString optionalAmount(const std::optional<Decimal> &d) {
    return d ? amount(*d) : QString();
}

QString pricedAt(const CollateralView *view) {
    return view && view->composition.pricedAt.isValid() ? isoUtc(view->composition.pricedAt)
                                                        : QString();
}

} // namespace

QByteArray CsvExport::collateral(const MonitorState &state, bool maskEmails) {
    QByteArray out = row({QStringLiteral("groupId"), QStringLiteral("fetchedAt"),
                          QStringLiteral("exchangeUpdateTime"), QStringLiteral("email"),
                          QStringLiteral("role"), QStringLiteral("wallet"),
                          QStringLiteral("netEquity"), QStringLiteral("maintainMargin")});
    for (qint64 id : state.groupIds()) {
        const UnitStatus *s = state.unit(id);
        if (!s)
            continue;
        for (const CollateralAccount &m : s->unit.members) {
            const QString email = maskEmails ? CollateralTreeModel::maskEmail(m.email) : m.email;
            for (const Wallet &w : m.wallets) {
                out += row({QString::number(id), isoUtc(s->fetchedAt), isoUtc(s->exchangeTime()),
                            email, memberRoleToWire(m.role), walletTypeToWire(w.type),
                            amount(w.netEquity), amount(w.maintainMargin)});
            }
        }
    }
    return out;
}

QByteArray CsvExport::keyFigures(const MonitorState &state) {
    QByteArray out =
        row({QStringLiteral("groupId"), QStringLiteral("fetchedAt"),
             QStringLiteral("exchangeUpdateTime"), QStringLiteral("ltvReported"),
             QStringLiteral("ltvComputed"), QStringLiteral("band"),
             QStringLiteral("totalNetEquity"), QStringLiteral("totalMaintenanceMargin"),
             QStringLiteral("totalLiability"), QStringLiteral("maxAllowedBorrowLimit"),
             QStringLiteral("maxTransferOutAmount"), QStringLiteral("parentAccountFrozenAmount")});
    for (qint64 id : state.groupIds()) {
        const UnitStatus *s = state.unit(id);
        if (!s)
            continue;
        const RiskUnit &u = s->unit;
        const std::optional<Decimal> ltv = u.computedLtv();
        out += row({QString::number(id), isoUtc(s->fetchedAt), isoUtc(s->exchangeTime()),
                    amount(u.ltv), ltv ? ltv->toString() : QString(),
                    ltvBandKey(state.bands(id).classify(ltv)), amount(u.totalNetEquity),
                    amount(u.totalMaintenanceMargin), amount(u.totalLiability),
                    amount(u.maxAllowedBorrowLimit), amount(u.maxTransferOutAmount),
                    amount(u.parentAccountFrozenAmount)});
    }
    return out;
}

QByteArray CsvExport::collateralAssets(const MonitorState &state,
                                       const CollateralSnapshot &collateral, bool maskEmails) {
    QByteArray out =
        row({QStringLiteral("groupId"), QStringLiteral("pricedAt"), QStringLiteral("composition"),
             QStringLiteral("compositionReason"), QStringLiteral("scope"), QStringLiteral("email"),
             QStringLiteral("asset"), QStringLiteral("quantity"), QStringLiteral("priceUsd"),
             QStringLiteral("valueUsd"), QStringLiteral("collateralRatio"),
             QStringLiteral("collateralValueUsd"), QStringLiteral("share")});
    for (qint64 id : state.groupIds()) {
        const UnitStatus *s = state.unit(id);
        if (!s)
            continue;
        const CollateralView *view = collateral.view(id);
        const QStringList head{
            QString::number(id), pricedAt(view),
            coverageKey(view ? view->composition.coverage : UnitComposition::Coverage::Unavailable),
            collateral.reason(id, maskEmails)};
        if (!view || !view->isValued()) {
            out += row(head + QStringList{QStringLiteral("unit"), {}, {}, {}, {}, {}, {}, {}, {}});
            continue;
        }
        auto lines = [&](const QString &scope, const QString &email,
                         const QList<AssetLine> &assets) {
            for (const AssetLine &a : assets)
                out += row(head + QStringList{scope, email, a.asset, amount(a.quantity),
                                              amount(a.priceUsd), amount(a.valueUsd),
                                              amount(a.collateralRatio),
                                              amount(a.collateralValueUsd), amount(a.share)});
        };
        lines(QStringLiteral("unit"), {}, view->composition.assets());
        for (const CollateralAccount &m : s->unit.members)
            lines(QStringLiteral("member"),
                  maskEmails ? CollateralTreeModel::maskEmail(m.email) : m.email,
                  view->composition.memberAssets(m.email));
    }
    return out;
}

QByteArray CsvExport::priceTriggers(const MonitorState &state,
                                    const CollateralSnapshot &collateral) {
    QByteArray out = row({QStringLiteral("groupId"), QStringLiteral("pricedAt"),
                          QStringLiteral("asset"), QStringLiteral("priceUsd"),
                          QStringLiteral("warningPrice"), QStringLiteral("initialPrice"),
                          QStringLiteral("marginCallPrice"), QStringLiteral("liquidationPrice")});
    for (qint64 id : state.groupIds()) {
        const CollateralView *view = collateral.view(id);
        if (!state.unit(id) || !view || !view->isValued())
            continue;
        for (const PriceTrigger &t : view->triggers)
            out += row({QString::number(id), pricedAt(view), t.asset, amount(t.priceUsd),
                        optionalAmount(t.warningPrice), optionalAmount(t.initialPrice),
                        optionalAmount(t.marginCallPrice), optionalAmount(t.liquidationPrice)});
    }
    return out;
}

} // namespace loandesk
