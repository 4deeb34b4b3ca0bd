#include "scenario.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace loandesk::sim {

namespace {

const QString ResourceDir = QStringLiteral(":/loandesk/scenarios/");

// Walks the JSON and remembers the first problem with the path where it occurred, so a broken
// scenario file is reported as "units[1].members[0].spot.BTC: not a decimal number".
class Reader {
public:
    QString error;

    bool ok() const { return error.isEmpty(); }
    void fail(const QString &where, const QString &why) {
        if (error.isEmpty())
            error = where + QStringLiteral(": ") + why;
    }

    Decimal decimal(const QJsonObject &o, const QString &key, const QString &where,
                    std::optional<Decimal> fallback = std::nullopt) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && fallback)
            return *fallback;
        QString why;
        const std::optional<Decimal> d = Decimal::fromJson(v, &why);
        if (!d)
            fail(where + u'.' + key, v.isUndefined() ? QStringLiteral("missing") : why);
        return d.value_or(Decimal());
    }

    QString string(const QJsonObject &o, const QString &key, const QString &where,
                   bool required = true) {
        const QJsonValue v = o.value(key);
        if (required && (!v.isString() || v.toString().isEmpty()))
            fail(where + u'.' + key, QStringLiteral("missing string"));
        return v.toString();
    }

    QMap<QString, Decimal> amounts(const QJsonObject &o, const QString &key, const QString &where) {
        QMap<QString, Decimal> result;
        const QJsonObject map = o.value(key).toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            QString why;
            const std::optional<Decimal> d = Decimal::fromJson(it.value(), &why);
            if (!d)
                fail(where + u'.' + key + u'.' + it.key(), why);
            else if (!d->isZero())
                result.insert(it.key(), *d);
        }
        return result;
    }
};

// A tier table: contiguous from 0, each tier's floor the previous one's cap, only the last one
// open-ended, rates in [0, 1].
RatioTable readTiers(Reader &r, const QJsonObject &o, const QString &key, const QString &where) {
    RatioTable tiers;
    const QJsonArray list = o.value(key).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = where + u'.' + key + QStringLiteral("[%1]").arg(i);
        const QJsonObject t = list.at(i).toObject();
        RatioTier tier;
        tier.floor = r.decimal(t, QStringLiteral("floor"), at);
        if (t.contains(QStringLiteral("cap")))
            tier.cap = r.decimal(t, QStringLiteral("cap"), at);
        tier.rate = r.decimal(t, QStringLiteral("rate"), at);
        if (!r.ok())
            return tiers;
        const Decimal expectedFloor = tiers.isEmpty() ? Decimal() : *tiers.last().cap;
        if (tier.floor != expectedFloor)
            r.fail(at + QStringLiteral(".floor"),
                   QStringLiteral("must be %1 (tiers are contiguous from 0)")
                       .arg(expectedFloor.toString()));
        if (tier.cap && *tier.cap <= tier.floor)
            r.fail(at + QStringLiteral(".cap"), QStringLiteral("must exceed the floor"));
        if (!tier.cap && i + 1 < list.size())
            r.fail(at + QStringLiteral(".cap"), QStringLiteral("only the last tier is open"));
        if (tier.cap && i + 1 == list.size())
            r.fail(at + QStringLiteral(".cap"), QStringLiteral("the last tier has no cap"));
        if (tier.rate.isNegative() || tier.rate > Decimal::fromInt(1))
            r.fail(at + QStringLiteral(".rate"), QStringLiteral("must be within 0 and 1"));
        tiers.append(tier);
    }
    return tiers;
}

MemberHoldings readMember(Reader &r, const QJsonObject &o, const QString &where, qint64 uid) {
    MemberHoldings m;
    m.email = r.string(o, QStringLiteral("email"), where);
    m.uid = uid;
    const std::optional<MemberRole> role =
        memberRoleFromWire(o.value(QStringLiteral("type")).toString());
    if (!role)
        r.fail(where + QStringLiteral(".type"), QStringLiteral("must be CREDIT or COLLATERAL"));
    m.role = role.value_or(MemberRole::Collateral);
    m.enableSpot = o.value(QStringLiteral("enableSpot")).toBool(true);
    m.enableMargin = o.value(QStringLiteral("enableMargin")).toBool(true);
    const QString walletName =
        o.value(QStringLiteral("marginWallet")).toString(QStringLiteral("CROSS_MARGIN"));
    const std::optional<WalletType> wallet = walletTypeFromWire(walletName);
    if (!wallet || *wallet == WalletType::Spot)
        r.fail(where + QStringLiteral(".marginWallet"),
               QStringLiteral("must be CROSS_MARGIN or PORTFOLIO_MARGIN"));
    m.marginType = wallet.value_or(WalletType::CrossMargin);
    m.spot = r.amounts(o, QStringLiteral("spot"), where);
    m.margin = r.amounts(o, QStringLiteral("margin"), where);
    m.positions = r.amounts(o, QStringLiteral("positions"), where);
    m.maintenanceRate = r.decimal(o, QStringLiteral("maintenanceRate"), where, Decimal());
    m.spotLocked = r.amounts(o, QStringLiteral("spotLocked"), where);
    m.marginLocked = r.amounts(o, QStringLiteral("marginLocked"), where);
    m.marginBorrowed = r.amounts(o, QStringLiteral("marginBorrowed"), where);
    m.marginInterest = r.amounts(o, QStringLiteral("marginInterest"), where);
    m.apiKey = o.value(QStringLiteral("apiKey")).toString();
    m.apiSecret = o.value(QStringLiteral("apiSecret")).toString().toUtf8();
    if (!m.apiKey.isEmpty() && m.apiSecret.isEmpty())
        r.fail(where + QStringLiteral(".apiSecret"), QStringLiteral("missing string"));
    if (!m.apiKey.isEmpty() && m.marginType != WalletType::PortfolioMargin)
        r.fail(where + QStringLiteral(".apiKey"),
               QStringLiteral("only PORTFOLIO_MARGIN members carry their own key"));
    return m;
}

UnitState readUnit(Reader &r, const QJsonObject &o, const QString &where) {
    UnitState u;
    u.groupId = o.value(QStringLiteral("groupId")).toInteger();
    if (u.groupId <= 0)
        r.fail(where + QStringLiteral(".groupId"), QStringLiteral("must be a positive integer"));
    u.createTimeMs = o.value(QStringLiteral("createTime")).toInteger(1747637956083);
    u.creditEmail = r.string(o, QStringLiteral("creditEmail"), where);
    u.creditApiKey = r.string(o, QStringLiteral("creditApiKey"), where);
    u.creditSecret = r.string(o, QStringLiteral("creditApiSecret"), where).toUtf8();
    u.creditEd25519PublicKey =
        o.value(QStringLiteral("creditEd25519PublicKey")).toString().toUtf8();
    const QJsonObject bands = o.value(QStringLiteral("bands")).toObject();
    u.bands.initial = r.decimal(bands, QStringLiteral("initial"), where, u.bands.initial);
    u.bands.marginCall = r.decimal(bands, QStringLiteral("marginCall"), where, u.bands.marginCall);
    u.bands.liquidation =
        r.decimal(bands, QStringLiteral("liquidation"), where, u.bands.liquidation);
    u.bands.warning = Decimal::min(u.bands.warning, u.bands.initial);
    if (r.ok() && !u.bands.isValid())
        r.fail(where + QStringLiteral(".bands"), QStringLiteral("must increase strictly"));
    u.creditLimit = r.decimal(o, QStringLiteral("creditLimit"), where);
    u.hourlyRate = r.decimal(o, QStringLiteral("hourlyInterestRate"), where, Decimal());
    u.liquidationDurationMs =
        o.value(QStringLiteral("liquidationDurationMs")).toInteger(u.liquidationDurationMs);

    const QJsonArray members = o.value(QStringLiteral("members")).toArray();
    int credits = 0;
    for (qsizetype i = 0; i < members.size(); ++i) {
        const QString at = where + QStringLiteral(".members[%1]").arg(i);
        // Stable fake UIDs so transfer records are reproducible.
        u.members.append(readMember(r, members.at(i).toObject(), at, u.groupId * 1000 + i + 1));
        credits += u.members.last().role == MemberRole::Credit ? 1 : 0;
    }
    if (credits != 1)
        r.fail(where + QStringLiteral(".members"), QStringLiteral("needs exactly one CREDIT"));

    const QJsonArray liabilities = o.value(QStringLiteral("liabilities")).toArray();
    for (qsizetype i = 0; i < liabilities.size(); ++i) {
        const QString at = where + QStringLiteral(".liabilities[%1]").arg(i);
        const QJsonObject l = liabilities.at(i).toObject();
        const QString asset = r.string(l, QStringLiteral("asset"), at);
        LiabilityState state{r.decimal(l, QStringLiteral("principal"), at),
                             r.decimal(l, QStringLiteral("interest"), at, Decimal())};
        u.liabilities.insert(asset, state);
    }
    return u;
}

} // namespace

std::optional<Scenario> Scenario::fromJson(const QByteArray &json, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("not a JSON object: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    Reader r;
    Scenario s;
    s.name = root.value(QStringLiteral("name")).toString();
    s.description = root.value(QStringLiteral("description")).toString();
    s.tickMs = root.value(QStringLiteral("tickMs")).toInteger(2000);
    if (s.tickMs < 10)
        r.fail(QStringLiteral("tickMs"), QStringLiteral("must be at least 10"));
    const QJsonObject parent = root.value(QStringLiteral("parent")).toObject();
    s.parentEmail = r.string(parent, QStringLiteral("email"), QStringLiteral("parent"));
    s.parentApiKey = r.string(parent, QStringLiteral("apiKey"), QStringLiteral("parent"));
    s.parentSecret =
        r.string(parent, QStringLiteral("apiSecret"), QStringLiteral("parent")).toUtf8();
    s.parentEd25519PublicKey = parent.value(QStringLiteral("ed25519PublicKey")).toString().toUtf8();

    const QJsonArray assets = root.value(QStringLiteral("market")).toArray();
    for (qsizetype i = 0; i < assets.size(); ++i) {
        const QString at = QStringLiteral("market[%1]").arg(i);
        const QJsonObject a = assets.at(i).toObject();
        AssetConfig c;
        c.name = r.string(a, QStringLiteral("asset"), at);
        c.startPrice = r.decimal(a, QStringLiteral("price"), at);
        c.volatility = a.value(QStringLiteral("volatility")).toDouble(0.0);
        c.drift = a.value(QStringLiteral("drift")).toDouble(0.0);
        c.haircut = r.decimal(a, QStringLiteral("haircut"), at, Decimal::fromInt(1));
        c.crossTiers = readTiers(r, a, QStringLiteral("crossTiers"), at);
        c.pmTiers = readTiers(r, a, QStringLiteral("pmTiers"), at);
        if (r.ok() && !c.startPrice.isPositive())
            r.fail(at + QStringLiteral(".price"), QStringLiteral("must be positive"));
        s.assets.append(c);
    }
    for (const QString &stable : {QStringLiteral("USDT"), QStringLiteral("USDC")}) {
        if (!s.asset(stable)) {
            AssetConfig c;
            c.name = stable;
            c.startPrice = Decimal::fromInt(1);
            s.assets.append(c);
        }
    }

    const QJsonArray units = root.value(QStringLiteral("units")).toArray();
    if (units.isEmpty() || units.size() > 5)
        r.fail(QStringLiteral("units"), QStringLiteral("needs 1 to 5 risk units"));
    for (qsizetype i = 0; i < units.size(); ++i)
        s.units.append(readUnit(r, units.at(i).toObject(), QStringLiteral("units[%1]").arg(i)));

    // Every held asset needs a price.
    for (const UnitState &u : std::as_const(s.units)) {
        for (const MemberHoldings &m : u.members) {
            for (const auto *map : {&m.spot, &m.margin, &m.positions, &m.spotLocked,
                                    &m.marginLocked, &m.marginBorrowed, &m.marginInterest}) {
                for (auto it = map->begin(); it != map->end(); ++it) {
                    if (!s.asset(it.key()))
                        r.fail(m.email,
                               QStringLiteral("asset %1 has no market entry").arg(it.key()));
                }
            }
        }
    }
    if (!r.ok()) {
        if (error)
            *error = r.error;
        return std::nullopt;
    }
    return s;
}

std::optional<Scenario> Scenario::load(const QString &nameOrPath, QString *error) {
    const bool builtin = builtinNames().contains(nameOrPath);
    QFile file(builtin ? ResourceDir + nameOrPath + QStringLiteral(".json") : nameOrPath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error =
                QStringLiteral("cannot read scenario \"%1\" (built-in: %2): %3")
                    .arg(nameOrPath, builtinNames().join(QStringLiteral(", ")), file.errorString());
        return std::nullopt;
    }
    QString why;
    std::optional<Scenario> s = fromJson(file.readAll(), &why);
    if (!s && error)
        *error = QStringLiteral("scenario \"%1\": %2").arg(nameOrPath, why);
    if (s && s->name.isEmpty())
        s->name = QFileInfo(nameOrPath).baseName();
    return s;
}

QStringList Scenario::builtinNames() {
    QStringList names;
    const QStringList files = QDir(ResourceDir).entryList({QStringLiteral("*.json")});
    for (const QString &file : files)
        names.append(QFileInfo(file).baseName());
    return names;
}

const AssetConfig *Scenario::asset(const QString &name) const {
    for (const AssetConfig &a : assets) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

} // namespace loandesk::sim
