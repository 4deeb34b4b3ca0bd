#include "compositionbuilder.h"

#include "domain/ltvmath.h"
#include "domain/wallettypename.h"

#include <QCoreApplication>

#include <algorithm>

namespace loandesk::CompositionBuilder {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CompositionBuilder)
};

QString usd(const Decimal &amount) {
    return amount.toString(2);
}

// Quantities per asset in first-seen order; an asset listed twice is summed.
QList<AssetQuantity> merged(const QList<AssetQuantity> &quantities) {
    QList<AssetQuantity> out;
    for (const AssetQuantity &q : quantities) {
        auto it = std::find_if(out.begin(), out.end(),
                               [&](const AssetQuantity &o) { return o.asset == q.asset; });
        if (it == out.end())
            out.append(q);
        else
            it->quantity += q.quantity;
    }
    return out;
}

bool hasNonZero(const QList<AssetQuantity> &quantities) {
    return std::any_of(quantities.cbegin(), quantities.cend(),
                       [](const AssetQuantity &q) { return !q.quantity.isZero(); });
}

const WalletHoldings *findHoldings(const QList<WalletHoldings> &holdings, const QString &email,
                                   WalletType type) {
    for (const WalletHoldings &h : holdings) {
        if (h.type == type && h.email.compare(email, Qt::CaseInsensitive) == 0)
            return &h;
    }
    return nullptr;
}

// Values one wallet's holdings. Returns the reason when it cannot be valued.
std::optional<QString> value(WalletComposition &wallet, const WalletHoldings &h,
                             const QMap<QString, Decimal> &pricesUsd,
                             const CollateralRatios &ratios) {
    auto priceOf = [&](const QString &asset) -> std::optional<Decimal> {
        const auto it = pricesUsd.constFind(asset);
        if (it == pricesUsd.cend() || !it->isValid() || it->isNegative())
            return std::nullopt;
        return *it;
    };
    const QList<AssetQuantity> held = merged(h.held);
    const QList<AssetQuantity> owed = merged(h.owed);
    if (!ratios.hasTable(wallet.type) && (hasNonZero(held) || hasNonZero(owed)))
        return Tr::tr("the %1 collateral ratios have not been read yet")
            .arg(walletTypeName(wallet.type));

    for (const AssetQuantity &q : held) {
        if (!q.quantity.isValid() || q.quantity.isNegative())
            return Tr::tr("negative balance of %1").arg(q.asset);
        if (q.quantity.isZero())
            continue;
        const std::optional<Decimal> price = priceOf(q.asset);
        // A spot token the exchange does not accept counts nothing whatever its price, so a
        // missing price for it must not make the whole wallet unavailable.
        if (!price && wallet.type == WalletType::Spot &&
            !CollateralRatios::isSpotCollateral(q.asset))
            continue;
        if (!price)
            return Tr::tr("no price for %1").arg(q.asset);
        const std::optional<TieredRatio> ratio = ratios.ratio(wallet.type, q.asset);
        if (!ratio)
            return Tr::tr("the exchange lists no collateral ratio for %1 in %2")
                .arg(q.asset, walletTypeName(wallet.type));
        AssetLine line;
        line.asset = q.asset;
        line.quantity = q.quantity;
        line.priceUsd = *price;
        line.valueUsd = q.quantity * *price;
        const std::optional<Decimal> cv = ratio->collateralValue(line.valueUsd);
        if (!cv)
            return Tr::tr("no collateral tier covers %1 worth %2 USD")
                .arg(q.asset, usd(line.valueUsd));
        line.collateralValueUsd = *cv;
        line.collateralRatio =
            line.valueUsd.isZero() ? Decimal() : cv->dividedBy(line.valueUsd, LtvMath::Places);
        wallet.collateralValueUsd += *cv;
        wallet.lines.append(line);
    }
    for (const AssetQuantity &q : owed) {
        if (!q.quantity.isValid() || q.quantity.isNegative())
            return Tr::tr("negative balance of %1").arg(q.asset);
        if (q.quantity.isZero())
            continue;
        const std::optional<Decimal> price = priceOf(q.asset);
        if (!price)
            return Tr::tr("no price for %1").arg(q.asset);
        AssetLine line;
        line.asset = q.asset;
        line.quantity = q.quantity;
        line.priceUsd = *price;
        line.valueUsd = q.quantity * *price;
        wallet.liabilityUsd += line.valueUsd;
        wallet.owed.append(line);
    }
    for (AssetLine &line : wallet.lines) {
        line.share =
            wallet.collateralValueUsd.isPositive()
                ? line.collateralValueUsd.dividedBy(wallet.collateralValueUsd, LtvMath::Places)
                : Decimal();
    }
    std::stable_sort(wallet.lines.begin(), wallet.lines.end(),
                     [](const AssetLine &a, const AssetLine &b) {
                         if (a.collateralValueUsd != b.collateralValueUsd)
                             return a.collateralValueUsd > b.collateralValueUsd;
                         return a.valueUsd > b.valueUsd;
                     });
    wallet.netEquity = wallet.collateralValueUsd - wallet.liabilityUsd;
    return std::nullopt;
}

WalletComposition compose(const QString &email, const Wallet &reported,
                          const QList<WalletHoldings> &holdings,
                          const QMap<QString, Decimal> &pricesUsd, const CollateralRatios &ratios) {
    WalletComposition wallet;
    wallet.email = email;
    wallet.type = reported.type;
    wallet.exchangeNetEquity = reported.netEquity;
    const WalletHoldings *h = findHoldings(holdings, email, reported.type);
    if (!h || !h->available) {
        wallet.reason = h && !h->reason.isEmpty() ? h->reason : Tr::tr("not read yet");
        return wallet;
    }
    if (const std::optional<QString> reason = value(wallet, *h, pricesUsd, ratios)) {
        wallet.lines.clear();
        wallet.owed.clear();
        wallet.collateralValueUsd = wallet.liabilityUsd = wallet.netEquity = Decimal();
        wallet.reason = *reason;
        return wallet;
    }
    const Decimal difference = (wallet.netEquity - wallet.exchangeNetEquity).abs();
    if (difference <= tolerance(wallet.exchangeNetEquity)) {
        wallet.status = WalletComposition::Status::Complete;
        return wallet;
    }
    if (wallet.exchangeNetEquity.isZero()) {
        // ltv-details reports exactly 0 for a wallet the exchange does not count as collateral
        // (a member whose enableSpot or enableMargin is off), whatever it holds. Its holdings
        // are then not collateral: listing them would overstate the unit and let them move the
        // stress figures, so the wallet is valued with nothing in it and says why.
        wallet.reason = Tr::tr("not counted as collateral by the exchange (holds %1 USD)")
                            .arg(usd(wallet.netEquity));
        wallet.lines.clear();
        wallet.owed.clear();
        wallet.collateralValueUsd = wallet.liabilityUsd = wallet.netEquity = Decimal();
        wallet.status = WalletComposition::Status::Complete;
        return wallet;
    }
    wallet.status = WalletComposition::Status::Disagrees;
    wallet.reason = Tr::tr("composed net equity %1 USD differs from the exchange's %2 USD")
                        .arg(usd(wallet.netEquity), usd(wallet.exchangeNetEquity));
    return wallet;
}

// Whether a wallet's absence from the composition leaves collateral unexplained.
bool matters(const WalletComposition &wallet, const QList<WalletHoldings> &holdings) {
    if (!wallet.exchangeNetEquity.isZero())
        return true;
    const WalletHoldings *h = findHoldings(holdings, wallet.email, wallet.type);
    return h && h->available && (hasNonZero(h->held) || hasNonZero(h->owed));
}

// The first few reasons, so a unit of ten wallets still gets a readable line.
QString listed(const QStringList &reasons) {
    constexpr int Listed = 3;
    QString text = QStringList(reasons.mid(0, Listed)).join(QStringLiteral("; "));
    if (reasons.size() > Listed)
        text += Tr::tr("; and %n more wallet(s)", nullptr, int(reasons.size() - Listed));
    return text;
}

} // namespace

Decimal tolerance(const Decimal &exchangeNetEquity) {
    return Decimal::max(Decimal::fromScaled(1, 2),
                        (exchangeNetEquity.abs() * Decimal::fromScaled(5, 3)));
}

UnitComposition build(const RiskUnit &unit, const QList<WalletHoldings> &holdings,
                      const QMap<QString, Decimal> &pricesUsd, const CollateralRatios &ratios) {
    UnitComposition out;
    out.groupId = unit.groupId;
    for (const CollateralAccount &member : unit.members) {
        for (const Wallet &wallet : member.wallets)
            out.wallets.append(compose(member.email, wallet, holdings, pricesUsd, ratios));
    }

    int valued = 0;
    QStringList missing;     // unavailable wallets whose equity or holdings are not zero
    QStringList unavailable; // every unavailable wallet
    for (const WalletComposition &w : std::as_const(out.wallets)) {
        if (w.isValued()) {
            ++valued;
            continue;
        }
        const QString line = Tr::tr("%1 %2: %3").arg(w.email, walletTypeName(w.type), w.reason);
        unavailable.append(line);
        if (matters(w, holdings))
            missing.append(line);
    }

    if (valued == 0) {
        out.coverage = UnitComposition::Coverage::Unavailable;
        out.reason = unavailable.isEmpty() ? Tr::tr("the unit has no wallet")
                                           : listed(missing.isEmpty() ? unavailable : missing);
    } else if (missing.isEmpty()) {
        out.coverage = UnitComposition::Coverage::Complete;
    } else {
        out.coverage = UnitComposition::Coverage::Partial;
        out.reason = listed(missing);
    }
    return out;
}

} // namespace loandesk::CompositionBuilder
