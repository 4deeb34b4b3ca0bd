#include "collateralstate.h"

#include "monitorstate.h"

#include "collateral/compositionbuilder.h"
#include "collateral/stressengine.h"

#include <QTimer>

namespace loandesk {

namespace {

constexpr LtvBand JointBands[] = {LtvBand::Warning, LtvBand::AboveInitial, LtvBand::MarginCall,
                                  LtvBand::Liquidation};

bool needsTable(WalletType type) {
    return type != WalletType::Spot;
}

} // namespace

class CollateralState::Private {
public:
    explicit Private(MonitorState *monitor)
        : monitor(monitor) {}

    void markDirty() {
        dirty = true;
        if (!coalesce.isActive())
            coalesce.start();
    }
    void ensureBuilt() const {
        if (dirty)
            const_cast<Private *>(this)->rebuild();
    }
    void rebuild();
    std::optional<CollateralView> build(const RiskUnit &unit) const;

    MonitorState *monitor;
    QHash<qint64, QList<WalletHoldings>> holdings;
    QMap<QString, Decimal> prices;
    QDateTime pricesAt;
    CollateralRatios ratios;
    QString pricesError;
    QString ratiosError;
    QHash<qint64, CollateralView> views;
    // The last composition that was valued, per unit: shown (not valued) while prices or
    // ratios cannot be read.
    QHash<qint64, CollateralView> lastGood;
    QTimer coalesce;
    bool dirty = false;
};

std::optional<CollateralView> CollateralState::Private::build(const RiskUnit &unit) const {
    const auto known = holdings.constFind(unit.groupId);
    if (!pricesError.isEmpty()) {
        // Every figure would be valued at prices we do not have: keep the last good picture,
        // not valued, so the distances fall back to the uniform fall and say why.
        CollateralView stale = lastGood.value(unit.groupId);
        stale.composition.groupId = unit.groupId;
        stale.composition.coverage = UnitComposition::Coverage::Unavailable;
        stale.composition.reason = pricesError;
        stale.triggers.clear();
        stale.jointFalls.clear();
        return stale;
    }
    if (known == holdings.cend() || prices.isEmpty())
        return std::nullopt; // still reading
    QList<WalletHoldings> input = *known;
    for (const CollateralAccount &member : unit.members) {
        for (const Wallet &wallet : member.wallets) {
            if (!needsTable(wallet.type) || ratios.hasTable(wallet.type))
                continue;
            if (ratiosError.isEmpty())
                return std::nullopt; // the table is still being read
            // A table never read: the wallet is not valued, with the reason why.
            for (WalletHoldings &h : input) {
                if (h.email == member.email && h.type == wallet.type && h.available) {
                    h.available = false;
                    h.reason = ratiosError;
                }
            }
        }
    }
    CollateralView view;
    view.composition = CompositionBuilder::build(unit, input, prices, ratios);
    view.composition.groupId = unit.groupId;
    view.composition.pricedAt = pricesAt;
    if (view.isValued()) {
        const StressEngine engine(unit, view.composition, ratios, monitor->bands(unit.groupId));
        view.triggers = engine.triggers();
        for (LtvBand band : JointBands)
            view.jointFalls.insert(band, engine.jointFall(band));
    }
    return view;
}

void CollateralState::Private::rebuild() {
    dirty = false;
    QHash<qint64, CollateralView> next;
    for (qint64 groupId : monitor->groupIds()) {
        const UnitStatus *status = monitor->unit(groupId);
        if (!status)
            continue;
        std::optional<CollateralView> view = build(status->unit);
        if (!view)
            continue;
        if (view->isValued())
            lastGood.insert(groupId, *view);
        next.insert(groupId, *view);
    }
    views = next;
}

CollateralState::CollateralState(MonitorState *monitor, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(monitor)) {
    // One rebuild and one `updated` per burst, like MonitorState's own.
    d->coalesce.setSingleShot(true);
    d->coalesce.setInterval(100);
    connect(&d->coalesce, &QTimer::timeout, this, [this] {
        d->ensureBuilt();
        Q_EMIT updated();
    });
    // New ltv-details figures (or bands) move every valuation against them.
    connect(monitor, &MonitorState::updated, this, [this] { d->markDirty(); });
}

CollateralState::~CollateralState() = default;

void CollateralState::setHoldings(qint64 groupId, const QList<WalletHoldings> &holdings) {
    d->holdings.insert(groupId, holdings);
    d->markDirty();
}

void CollateralState::setPrices(const QMap<QString, Decimal> &pricesUsd, const QDateTime &at) {
    d->prices = pricesUsd;
    d->pricesAt = at;
    d->pricesError.clear();
    d->markDirty();
}

void CollateralState::setRatios(const CollateralRatios &ratios) {
    d->ratios = ratios;
    d->ratiosError.clear();
    d->markDirty();
}

void CollateralState::setPricesError(const QString &reason) {
    d->pricesError = reason;
    d->markDirty();
}

void CollateralState::setRatiosError(const QString &reason) {
    d->ratiosError = reason;
    d->markDirty();
}

std::optional<CollateralView> CollateralState::view(qint64 groupId) const {
    d->ensureBuilt();
    const auto it = d->views.constFind(groupId);
    return it == d->views.cend() ? std::nullopt : std::optional(*it);
}

std::unique_ptr<StressEngine> CollateralState::stressEngine(qint64 groupId) const {
    const std::optional<CollateralView> v = view(groupId);
    const UnitStatus *status = d->monitor->unit(groupId);
    if (!v || !v->isValued() || !status)
        return nullptr;
    return std::make_unique<StressEngine>(status->unit, v->composition, d->ratios,
                                          d->monitor->bands(groupId));
}

QMap<QString, Decimal> CollateralState::prices() const {
    return d->prices;
}

QDateTime CollateralState::pricesAt() const {
    return d->pricesAt;
}

const CollateralRatios &CollateralState::ratios() const {
    return d->ratios;
}

} // namespace loandesk
