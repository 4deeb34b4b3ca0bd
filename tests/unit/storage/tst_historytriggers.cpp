// HistoryDatabase's trigger prices on both backends: each unit's per-asset trigger prices are
// stored exactly beside its samples, read back decimated per asset, pruned with the samples, and
// copied up with a team database's outage cache.
#include "storage/historydatabase.h"

#include "storagebackends.h"

#include <QTest>

#include <limits>

using namespace loandesk;

class TstHistoryTriggers final : public QObject {
    Q_OBJECT

    bool openFresh(HistoryDatabase &db) {
        QFETCH_GLOBAL(bool, postgres);
        const std::optional<StorageLocation> l = m_backends.fresh(postgres);
        return l && db.open(*l).kind == StorageStatus::Kind::Ok;
    }

    static HistoryTriggerSample trigger(qint64 t, const char *asset, const char *price,
                                        const char *marginCall) {
        HistoryTriggerSample s;
        s.groupId = 7;
        s.timeMs = t;
        s.asset = QString::fromLatin1(asset);
        s.priceUsd = dec(price);
        s.warning = dec(price) * dec("0.9");
        s.initial = dec(price) * dec("0.85");
        if (marginCall)
            s.marginCall = dec(marginCall);
        return s; // liquidation: unreachable
    }

    StorageBackends m_backends;

private Q_SLOTS:
    void initTestCase_data() { StorageBackends::addColumns(); }

    void init() {
        QFETCH_GLOBAL(bool, postgres);
        if (postgres && qEnvironmentVariableIsEmpty("LOANDESK_TEST_PG"))
            QSKIP(qPrintable(StorageBackends::skipReason()));
    }

    void storedExactlyWithNulls() {
        HistoryDatabase db(QStringLiteral("t"));
        QVERIFY(openFresh(db));
        const qint64 t = 1'700'000'000'000;
        const QList<HistoryTriggerSample> in{trigger(t, "BTC", "93512.12345678", "71420.00000001"),
                                             trigger(t, "ETH", "3120.5", nullptr)};
        QString error;
        QVERIFY2(db.appendTriggers(in, &error), qPrintable(error));
        // The same unit, asset and time again (a second desk, a retried write): stored once.
        QVERIFY2(db.appendTriggers(in, &error), qPrintable(error));
        const HistoryTriggerSeries s = db.triggerSeries(7, t, t + 1000, 100);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.samples.size(), 2);
        QCOMPARE(s.assets, (QStringList{QStringLiteral("BTC"), QStringLiteral("ETH")}));
        QCOMPARE(s.samples.at(0), in.at(0));
        QCOMPARE(s.samples.at(0).marginCall->toString(), QStringLiteral("71420.00000001"));
        QCOMPARE(s.samples.at(1), in.at(1));
        QVERIFY(!s.samples.at(1).marginCall);
        QVERIFY(!s.samples.at(1).liquidation);
        QCOMPARE(db.triggerSeries(8, t, t + 1000, 100).samples.size(), 0); // another unit
    }

    void decimatedPerAssetKeepingTheLastOfEachBucket() {
        HistoryDatabase db(QStringLiteral("t"));
        QVERIFY(openFresh(db));
        const qint64 t = 1'700'000'000'000;
        QList<HistoryTriggerSample> in;
        for (int i = 0; i < 100; ++i) { // 100 polls, 5 s apart: the BTC cushion shrinks
            in << trigger(t + i * 5000, "BTC", qPrintable(QString::number(90000 - i * 10)),
                          "70000");
            in << trigger(t + i * 5000, "ETH", "3000", nullptr);
        }
        QString error;
        QVERIFY2(db.appendTriggers(in, &error), qPrintable(error));
        const HistoryTriggerSeries s = db.triggerSeries(7, t, t + 500'000, 10);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.samples.size(), 20); // 10 buckets × 2 assets
        // Bucket 0 holds polls 0..9: its last is poll 9.
        QCOMPARE(s.samples.at(0).timeMs, t + 9 * 5000);
        QCOMPARE(s.samples.at(0).priceUsd, dec("89910"));
        QCOMPARE(s.samples.at(9).priceUsd, dec("89010"));
        QCOMPARE(s.samples.at(10).asset, QStringLiteral("ETH"));
        // "All": from the first trigger sample.
        const HistoryTriggerSeries all =
            db.triggerSeries(7, std::numeric_limits<qint64>::min(), t + 500'000, 1000);
        QCOMPARE(all.fromMs, t);
        QCOMPARE(all.samples.size(), 200);
    }

    void prunedWithTheSamples() {
        HistoryDatabase db(QStringLiteral("t"));
        QVERIFY(openFresh(db));
        const qint64 t = 1'700'000'000'000;
        QVERIFY(db.append(makeSample(7, t, "0.5")) == HistoryDatabase::AppendResult::Inserted);
        QVERIFY(db.append(makeSample(7, t + 86'400'000, "0.6")) ==
                HistoryDatabase::AppendResult::Inserted);
        QVERIFY(db.appendTriggers({trigger(t, "BTC", "90000", "70000"),
                                   trigger(t + 86'400'000, "BTC", "80000", "70000")}));
        QCOMPARE(db.prune(t + 1000), 1);
        const HistoryTriggerSeries s = db.triggerSeries(7, t - 1, t + 86'400'001, 100);
        QCOMPARE(s.samples.size(), 1);
        QCOMPARE(s.samples.at(0).priceUsd, dec("80000"));
    }

    void outageCacheCopiesTriggersUp() {
        QFETCH_GLOBAL(bool, postgres);
        HistoryDatabase team(QStringLiteral("team"));
        QVERIFY(openFresh(team));
        HistoryDatabase cache(QStringLiteral("cache"));
        const std::optional<StorageLocation> local = m_backends.fresh(false);
        QVERIFY(local && cache.open(*local).isRecording());
        Q_UNUSED(postgres);
        const qint64 t = 1'700'000'000'000;
        QVERIFY(cache.startOutbox());
        QVERIFY(cache.append(makeSample(7, t, "0.5")) == HistoryDatabase::AppendResult::Inserted);
        QVERIFY(cache.appendTriggers({trigger(t, "BTC", "90000", "70000")}));
        QString error;
        QCOMPARE(cache.uploadOutbox(team, &error), 1);
        const HistoryTriggerSeries s = team.triggerSeries(7, t, t + 1, 10);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.samples.size(), 1);
        QCOMPARE(*s.samples.at(0).marginCall, dec("70000"));
    }
};

QTEST_GUILESS_MAIN(TstHistoryTriggers)
#include "tst_historytriggers.moc"
