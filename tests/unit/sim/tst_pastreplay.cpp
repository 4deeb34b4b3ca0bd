#include "sim/liquidator.h"
#include "sim/pastreplay.h"
#include "sim/scenario.h"
#include "sim/simengine.h"
#include "sim/valuation.h"
#include "testhelpers.h"

#include <QTest>

using namespace loandesk;
using namespace loandesk::sim;

namespace {

// Not on an hour: the last interest payment falls between the last hour and now.
constexpr qint64 Now = 1767225600000 + 17 * 60'000 + 123;
constexpr qint64 DayMs = 86'400'000;

Scenario load(const char *name) {
    QString error;
    const std::optional<Scenario> s = Scenario::load(QString::fromLatin1(name), &error);
    if (!s)
        qFatal("%s", qPrintable(error));
    return *s;
}

QString holdings(const QMap<QString, Decimal> &wallet) {
    QStringList parts;
    for (auto it = wallet.cbegin(); it != wallet.cend(); ++it) {
        if (!it->isZero())
            parts << it.key() + u'=' + it->toString();
    }
    return parts.join(u',');
}

QString liabilities(const UnitState &u) {
    QStringList parts;
    for (auto it = u.liabilities.cbegin(); it != u.liabilities.cend(); ++it) {
        if (!it->total().isZero())
            parts << it.key() + u'=' + it->principal.toString() + u'+' + it->interest.toString();
    }
    return parts.join(u',');
}

std::optional<Decimal> exactLtv(const RiskUnit &r) {
    return Valuation::exactLtv(r);
}

QList<RiskUnit> samplesOf(const PastReplay &replay, qint64 groupId) {
    QList<RiskUnit> out;
    for (const RiskUnit &r : replay.samples()) {
        if (r.groupId == groupId)
            out.append(r);
    }
    return out;
}

} // namespace

class tst_PastReplay : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void landsOnTheStartState_data() {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("calm") << QStringLiteral("calm");
        QTest::newRow("stressed") << QStringLiteral("stressed");
    }

    // Replaying the month forwards through the engine's own borrow, repay, interest and
    // liquidation from the state 30 days ago ends exactly where the live simulator begins.
    void landsOnTheStartState() {
        QFETCH(QString, scenario);
        const Scenario s = load(qPrintable(scenario));
        PastReplay replay(s, 1, Now);
        QString error;
        QVERIFY2(replay.run(&error), qPrintable(error));
        QCOMPARE(replay.units().size(), s.units.size());
        for (qsizetype i = 0; i < s.units.size(); ++i) {
            const UnitState &end = replay.units().at(i);
            const UnitState &start = s.units.at(i);
            QCOMPARE(end.groupId, start.groupId);
            QCOMPARE(liabilities(end), liabilities(start));
            for (qsizetype m = 0; m < start.members.size(); ++m) {
                QCOMPARE(holdings(end.members.at(m).spot), holdings(start.members.at(m).spot));
                QCOMPARE(holdings(end.members.at(m).margin), holdings(start.members.at(m).margin));
            }
            // ...and the live engine, started from the scenario, reports the same figures as
            // the replay's last sample.
            SimEngine live(s, 1, Now);
            const QList<RiskUnit> samples = samplesOf(replay, start.groupId);
            QCOMPARE(samples.last().updateTimeMs, Now);
            QCOMPARE(samples.last().totalNetEquity, live.riskUnit(start.groupId).totalNetEquity);
            QCOMPARE(samples.last().totalLiability, live.riskUnit(start.groupId).totalLiability);
            QCOMPARE(samples.last().ltv, live.riskUnit(start.groupId).ltv);
        }
    }

    void coversThirtyDaysEveryFiveMinutes() {
        const Scenario s = load("calm");
        PastReplay replay(s, 1, Now);
        QVERIFY(replay.run());
        const QList<RiskUnit> samples = samplesOf(replay, s.units.first().groupId);
        QVERIFY(samples.first().updateTimeMs >= Now - 30 * DayMs);
        QVERIFY(samples.first().updateTimeMs < Now - 30 * DayMs + 5 * 60'000);
        for (qsizetype i = 1; i + 1 < samples.size(); ++i)
            QCOMPARE(samples.at(i).updateTimeMs - samples.at(i - 1).updateTimeMs, 5 * 60'000);
        QCOMPARE(replay.market().pricesAt(replay.market().size() - 1).value(QStringLiteral("BTC")),
                 s.asset(QStringLiteral("BTC"))->startPrice);
        // Prices moved: the walk is not flat.
        QVERIFY(replay.market().pricesAt(0).value(QStringLiteral("BTC")) !=
                s.asset(QStringLiteral("BTC"))->startPrice);
    }

    // One step back divides by the factor the live walk would multiply by.
    void walksBackwardsWithTheLiveFactor() {
        const Scenario s = load("calm");
        PastMarket market(s.assets, 1, s.tickMs, Now - DayMs, Now);
        std::mt19937_64 random(PastMarket::pastSeed(1));
        const qsizetype last = market.size() - 1;
        const double scale =
            std::sqrt(double(market.timeAt(last) - market.timeAt(last - 1)) / double(s.tickMs));
        for (const AssetConfig &a : s.assets) {
            const double z = MarketModel::standardNormal(random);
            if (a.volatility == 0.0) {
                QCOMPARE(market.pricesAt(last - 1).value(a.name), a.startPrice);
                continue;
            }
            const Decimal factor = MarketModel::stepFactor(z, a.volatility * scale, 0.0);
            QCOMPARE(market.pricesAt(last - 1).value(a.name),
                     a.startPrice.dividedBy(factor, 8, Decimal::Rounding::HalfEven));
        }
    }

    // The story: borrows, repays, hourly interest, one forced liquidation (LTV at or past the
    // liquidation band) and a margin call that is cured.
    void tellsTheStory() {
        const Scenario s = load("calm");
        QVERIFY(s.units.size() >= 2);
        PastReplay replay(s, 1, Now);
        QString error;
        QVERIFY2(replay.run(&error), qPrintable(error));

        const UnitState &liquidated = replay.units().at(0);
        QCOMPARE(liquidated.liquidations.size(), 1);
        const LiquidationRecord &liq = liquidated.liquidations.first();
        QVERIFY(liq.startTimeMs > Now - 30 * DayMs && liq.startTimeMs < Now - 5 * DayMs);
        QVERIFY(liq.startLtv >= s.units.at(0).bands.liquidation);
        QVERIFY(liq.totalLiability > s.units.at(0).liabilities.first().total());
        const auto forced =
            std::count_if(liquidated.borrowRepay.cbegin(), liquidated.borrowRepay.cend(),
                          [](const BorrowRepayRecord &r) {
                              return r.type == BorrowRepayRecord::Type::ForceRepay;
                          });
        QVERIFY(forced >= 1);
        // Before the liquidation the unit owed more than today, and its LTV reached the band.
        Decimal peak;
        for (const RiskUnit &r : samplesOf(replay, liquidated.groupId)) {
            if (r.updateTimeMs < liq.startTimeMs)
                peak = Decimal::max(peak, exactLtv(r).value_or(Decimal::fromInt(999)));
        }
        QVERIFY(replay.startUnits().at(0).liabilities.value(QStringLiteral("USDT")).principal >
                Decimal());

        const UnitState &called = replay.units().at(1);
        const LtvBands bands = s.units.at(1).bands;
        Decimal called_peak;
        qint64 peakAt = 0;
        for (const RiskUnit &r : samplesOf(replay, called.groupId)) {
            const Decimal ltv = *exactLtv(r);
            if (ltv > called_peak) {
                called_peak = ltv;
                peakAt = r.updateTimeMs;
            }
        }
        QVERIFY2(called_peak >= bands.marginCall, qPrintable(called_peak.toString()));
        QVERIFY2(called_peak < bands.liquidation, qPrintable(called_peak.toString()));
        QVERIFY(peakAt > Now - 7 * DayMs);
        QVERIFY(called.liquidations.isEmpty());
        // ...and back: today it is under the margin call again.
        QVERIFY(*exactLtv(samplesOf(replay, called.groupId).last()) < bands.marginCall);

        for (const UnitState &u : replay.units()) {
            int borrows = 0, repays = 0;
            for (const BorrowRepayRecord &r : u.borrowRepay) {
                QVERIFY(r.timestampMs <= Now && r.timestampMs >= Now - 30 * DayMs);
                borrows += r.type == BorrowRepayRecord::Type::Borrow;
                repays += r.type == BorrowRepayRecord::Type::NormalRepay;
            }
            QVERIFY(borrows >= 1);
            QVERIFY(repays >= 1);
            // Hourly interest on whole hours, through the month.
            QVERIFY(u.interest.size() > 24 * 20);
            for (const InterestRecord &r : u.interest)
                QCOMPARE(r.timestampMs % 3'600'000, 0);
        }
        qInfo() << "peak LTV before the liquidation" << peak.toString() << "margin call peak"
                << called_peak.toString();
    }

    void isReproducible() {
        const Scenario s = load("calm");
        PastReplay a(s, 1, Now), b(s, 1, Now);
        QVERIFY(a.run());
        QVERIFY(b.run());
        QCOMPARE(a.samples(), b.samples());
    }
};

QTEST_GUILESS_MAIN(tst_PastReplay)
#include "tst_pastreplay.moc"
