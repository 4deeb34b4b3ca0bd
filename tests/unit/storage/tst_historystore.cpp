// The threaded HistoryStore and the HistoryRecorder that feeds it from MonitorState: each new
// fetch recorded once, band crossings as events, samples written behind (readable through the
// store at once, committed after a delay, an event or closing), queries answered on the
// caller's thread, CSV
// export, the local cache taking over when the team database is down, and what it recorded
// meanwhile copied up once the team database is back.
#include "recording/historyrecorder.h"
#include "storage/historystore.h"

#include "collateral/stressengine.h"
#include "monitor/collateralstate.h"
#include "monitor/monitorstate.h"
#include "sampleunits.h"
#include "storage/historydatabase.h"
#include "storagebackends.h"
#include "tcpforwarder.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace loandesk;

class TstHistoryStore final : public QObject {
    Q_OBJECT

    StorageBackends m_backends;

    static void flush(HistoryStore &store) {
        bool done = false;
        QObject context;
        store.flush(&context, [&done] { done = true; });
        QTRY_VERIFY(done);
    }

    static HistorySeries seriesOf(HistoryStore &store, qint64 groupId, qint64 from, qint64 to) {
        std::optional<HistorySeries> out;
        QObject context;
        store.requestSeries(groupId, from, to, 100, &context, [&out](const HistorySeries &s) {
            out = s;
            // Results arrive on the thread that asked, never on the worker.
            QVERIFY(QThread::currentThread() == qApp->thread());
        });
        [&] { QTRY_VERIFY(out.has_value()); }();
        return out.value_or(HistorySeries{});
    }

    static HistoryTriggerSeries triggersOf(HistoryStore &store, qint64 groupId, qint64 fromMs,
                                           qint64 toMs) {
        std::optional<HistoryTriggerSeries> out;
        QObject context;
        store.requestTriggerSeries(groupId, fromMs, toMs, 10, &context,
                                   [&out](const HistoryTriggerSeries &s) { out = s; });
        [&] { QTRY_VERIFY(out.has_value()); }();
        return out.value_or(HistoryTriggerSeries{});
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultPathIsInAppData() {
        QVERIFY(HistoryStore::defaultPath().endsWith(QLatin1String("/history.sqlite")));
        QVERIFY(HistoryStore::defaultPath(QStringLiteral("demo"))
                    .endsWith(QLatin1String("/history-demo.sqlite")));
    }

    void recorderStoresEachNewFetchOnce() {
        HistoryStore store;
        QSignalSpy status(&store, &HistoryStore::statusChanged);
        store.open(*m_backends.fresh(false));
        QTRY_COMPARE(status.size(), 1);
        QCOMPARE(store.status().kind, StorageStatus::Kind::Ok);

        MonitorState state;
        HistoryRecorder recorder(&state, nullptr, &store);
        QSignalSpy stored(&store, &HistoryStore::sampleAdded);
        RiskUnit unit = documentedExampleUnit();
        const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'767'225'600'000, QTimeZone::utc());
        state.applyUnits({unit}, t0);
        QTRY_COMPARE(stored.size(), 1);
        state.setStaleAfterMs(20000); // `updated` again, same fetch: nothing new to record
        QTest::qWait(250);
        QCOMPARE(recorder.recordedCount(), 1);

        // LTV 0.592 → above the 0.90 margin-call level: one band event.
        unit.totalLiability = dec("23.5");
        state.applyUnits({unit}, t0.addSecs(5));
        QTRY_COMPARE(stored.size(), 2);
        flush(store);
        const HistorySeries s =
            seriesOf(store, 1, t0.toMSecsSinceEpoch(), t0.addSecs(10).toMSecsSinceEpoch());
        QCOMPARE(s.buckets.size(), 2);
        QCOMPARE(s.events.size(), 1);
        QCOMPARE(s.events.first().kind, HistoryEvent::Kind::BandCrossing);
        QCOMPARE(s.events.first().detail, QStringLiteral("normal>margin_call"));
        QCOMPARE(s.buckets.last().liabilityText, QStringLiteral("23.5"));
    }

    // With the collateral by asset, each sample's trigger prices are recorded at its time,
    // exactly as the unit's collateral view gave them.
    void recorderStoresTriggerPricesWithTheSample() {
        HistoryStore store;
        QSignalSpy status(&store, &HistoryStore::statusChanged);
        store.open(*m_backends.fresh(false));
        QTRY_COMPARE(status.size(), 1);

        // One spot wallet: 1 BTC at 50,000 and 10,000 USDT against 30,000 USDT borrowed.
        RiskUnit unit;
        unit.groupId = 5;
        unit.creditEmail = QStringLiteral("credit@example.com");
        unit.ltv = dec("0.5");
        unit.totalNetEquity = dec("60000");
        unit.totalMaintenanceMargin = dec("0");
        unit.totalLiability = dec("30000");
        unit.liabilities = {{QStringLiteral("USDT"), dec("30000"), dec("0")}};
        unit.members = {CollateralAccount{
            unit.creditEmail, MemberRole::Credit, {{WalletType::Spot, dec("60000"), dec("0")}}}};
        MonitorState state;
        CollateralState collateral(&state);
        HistoryRecorder recorder(&state, &collateral, &store);
        const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'767'225'600'000, QTimeZone::utc());
        WalletHoldings spot;
        spot.email = unit.creditEmail;
        spot.type = WalletType::Spot;
        spot.available = true;
        spot.held = {{QStringLiteral("BTC"), dec("1")}, {QStringLiteral("USDT"), dec("10000")}};
        spot.fetchedAt = t0;
        collateral.setHoldings(5, {spot});
        collateral.setRatios(CollateralRatios());
        collateral.setPrices({{QStringLiteral("BTC"), dec("50000")},
                              {QStringLiteral("USDT"), dec("1")},
                              {QStringLiteral("USDC"), dec("1")}},
                             t0);
        QSignalSpy stored(&store, &HistoryStore::sampleAdded);
        state.applyUnits({unit}, t0);
        QTRY_COMPARE(stored.size(), 1);
        const std::optional<CollateralView> view = collateral.view(5);
        QVERIFY(view && view->isValued());
        QCOMPARE(view->triggers.size(), 1);
        const PriceTrigger btc = view->triggers.first();
        QVERIFY(btc.marginCallPrice);

        // The trigger rows follow the sample, with the next collateral update.
        const qint64 from = t0.toMSecsSinceEpoch();
        QTRY_VERIFY_WITH_TIMEOUT(!triggersOf(store, 5, from, from + 1).samples.isEmpty(), 5000);
        const std::optional<HistoryTriggerSeries> got = triggersOf(store, 5, from, from + 1);
        QCOMPARE(got->samples.size(), 1);
        const HistoryTriggerSample &t = got->samples.first();
        QCOMPARE(t.asset, QStringLiteral("BTC"));
        QCOMPARE(t.timeMs, t0.toMSecsSinceEpoch()); // the sample's own time
        QCOMPARE(t.priceUsd, dec("50000"));
        QCOMPARE(t.marginCall, btc.marginCallPrice);
        QCOMPARE(t.liquidation, btc.liquidationPrice);
        QCOMPARE(t.warning, btc.warningPrice);
    }

    // Samples wait in the store and are committed together: readable through the store at
    // once, by another reader after the write-behind delay (or an event), and on closing at
    // the latest.
    void samplesAreWrittenBehind() {
        const std::optional<StorageLocation> location = m_backends.fresh(false);
        const qint64 t = 1'767'225'600'000;
        HistoryDatabase other(QStringLiteral("other-reader"));
        const auto committed = [&other, t] { return other.samples(6, 0, t + 60'000).size(); };
        {
            HistoryStore store;
            QCOMPARE(store.writeBehindMs(), HistoryStore::DefaultWriteBehindMs);
            store.open(*location);
            flush(store);
            QCOMPARE(other.open(*location).kind, StorageStatus::Kind::Ok);
            QSignalSpy added(&store, &HistoryStore::sampleAdded);
            QSignalSpy stored(&store, &HistoryStore::sampleStored);
            store.append(makeSample(6, t, "0.5"));
            QCOMPARE(added.size(), 1);
            QTest::qWait(300);
            QCOMPARE(stored.size(), 0);
            QCOMPARE(committed(), 0);
            // A read through the store sees it: what waits is committed first.
            QCOMPARE(seriesOf(store, 6, 0, t + 60'000).buckets.size(), 1);
            QCOMPARE(stored.size(), 1);
            QCOMPARE(committed(), 1);

            // Left alone, a batch is committed after the delay, in one go.
            store.setWriteBehindMs(2000);
            store.append(makeSample(6, t + 5000, "0.51"));
            store.append(makeSample(6, t + 10'000, "0.52"));
            QTest::qWait(200);
            QCOMPARE(committed(), 1);
            QTRY_COMPARE(stored.size(), 2); // one notice per unit and commit
            QCOMPARE(committed(), 3);

            // An event is committed with the samples before it.
            store.setWriteBehindMs(HistoryStore::DefaultWriteBehindMs);
            store.append(makeSample(6, t + 15'000, "0.95"));
            store.recordEvent({6, t + 15'000, t + 15'000, HistoryEvent::Kind::BandCrossing,
                               QStringLiteral("normal>margin_call")});
            QTRY_COMPARE(other.events(6, 0, t + 60'000).size(), 1);
            QCOMPARE(committed(), 4);
            store.append(makeSample(6, t + 20'000, "0.96"));
            QTest::qWait(200);
            QCOMPARE(committed(), 4);
        }
        QCOMPARE(committed(), 5); // closing the store committed what was waiting
    }

    void exportsCsvToAFile() {
        HistoryStore store;
        store.open(*m_backends.fresh(false));
        store.append(makeSample(2, 1'767'225'600'000, "0.5"));
        const QString path = m_backends.dir() + QStringLiteral("/export.csv");
        std::optional<bool> result;
        QObject context;
        store.exportCsv(2, 0, 1'800'000'000'000, path, &context,
                        [&result](bool ok, const QString &) { result = ok; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(*result);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 2);
    }

    void answersAreDroppedWhenTheAskerIsGone() {
        HistoryStore store;
        store.open(*m_backends.fresh(false));
        bool called = false;
        {
            QObject context;
            store.requestSeries(1, 0, 1000, 10, &context,
                                [&called](const HistorySeries &) { called = true; });
        }
        flush(store);
        QVERIFY(!called);
    }

    void teamDatabaseDownFallsBackToLocalCache() {
        HistoryStore store;
        QSignalSpy status(&store, &HistoryStore::statusChanged);
        // Nothing listens on this socket directory: the team database is down.
        const auto team = StorageLocation::parse(
            QStringLiteral("host=%1 port=1 dbname=loandesk user=nobody").arg(m_backends.dir()));
        QVERIFY(team);
        const QString cache = m_backends.dir() + QStringLiteral("/cache.sqlite");
        store.open(*team, cache);
        QTRY_COMPARE(status.size(), 1);
        QCOMPARE(store.status().kind, StorageStatus::Kind::TeamUnavailable);
        QVERIFY(store.status().isRecording());
        QVERIFY(!store.status().detail.isEmpty());
        QCOMPARE(store.status().location, cache);
        store.append(makeSample(3, 1'767'225'600'000, "0.5"));
        flush(store);
        QCOMPARE(seriesOf(store, 3, 0, 1'800'000'000'000).buckets.size(), 1);
    }

    void retentionDeletesOldSamplesOnTheWorker() {
        HistoryStore store;
        const std::optional<StorageLocation> local = m_backends.fresh(false);
        store.open(*local);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 old = now - 10 * 86'400'000LL;
        const qint64 month = now - 30 * 86'400'000LL;
        store.append(makeSample(5, old, "0.5"));
        store.append(makeSample(5, now - 3'600'000, "0.6"));
        store.recordEvent({5, old, old, HistoryEvent::Kind::Borrow, QStringLiteral("tx=9")});
        flush(store);
        QCOMPARE(seriesOf(store, 5, month, now).buckets.size(), 2);
        store.setRetentionDays(7);
        flush(store);
        const HistorySeries s = seriesOf(store, 5, month, now);
        QCOMPARE(s.buckets.size(), 1);
        QCOMPARE(s.buckets.first().ltvMax, 0.6);
        // The loan's events are never trimmed (the gap that ends inside the kept days stays).
        QCOMPARE(s.events.size(), 2);
        QCOMPARE(s.events.first().kind, HistoryEvent::Kind::Gap);
        QCOMPARE(s.events.last().kind, HistoryEvent::Kind::Borrow);
        // 0 keeps everything from here on.
        store.setRetentionDays(0);
        store.append(makeSample(5, old + 1000, "0.7"));
        flush(store);
        QCOMPARE(seriesOf(store, 5, month, now).buckets.size(), 2);
    }

    void teamOutageIsCopiedUpWhenTheServerReturns() {
        const std::optional<StorageLocation> direct = m_backends.fresh(true);
        if (!direct)
            QSKIP(qPrintable(StorageBackends::skipReason()));
        // The test server also listens on loopback TCP; the desk reaches it through a relay
        // the test can cut. Nothing listens on the relay's port yet: the server is "down".
        TcpForwarder relay(quint16(direct->port));
        StorageLocation team = *direct;
        team.host = QStringLiteral("127.0.0.1");
        team.port = relay.port();
        HistoryStore store;
        store.setTeamRetryMs(200);
        store.open(team, m_backends.dir() + QStringLiteral("/outage-cache.sqlite"));
        QTRY_COMPARE(store.status().kind, StorageStatus::Kind::TeamUnavailable);
        const qint64 t = 1'767'225'600'000;
        store.append(makeSample(4, t, "0.5"));
        store.append(makeSample(4, t + 5000, "0.51"));
        flush(store);

        QVERIFY(relay.listen()); // the server is back: the outage is copied up, then recording
        QTRY_COMPARE_WITH_TIMEOUT(store.status().kind, StorageStatus::Kind::Ok, 20000);
        QCOMPARE(store.status().backend, QStringLiteral("postgresql"));
        store.append(makeSample(4, t + 10'000, "0.52"));
        flush(store);

        relay.shutdown(); // down in the middle of a session
        store.append(makeSample(4, t + 15'000, "0.53"));
        flush(store);
        QCOMPARE(store.status().kind, StorageStatus::Kind::TeamUnavailable);
        store.append(makeSample(4, t + 20'000, "0.54"));
        flush(store);
        QVERIFY(relay.listen());
        QTRY_COMPARE_WITH_TIMEOUT(store.status().kind, StorageStatus::Kind::Ok, 20000);
        flush(store);

        // Read back directly: every sample once, in order, and no gap where the desk recorded
        // locally.
        HistoryDatabase check(QStringLiteral("check"));
        QCOMPARE(check.open(*direct).kind, StorageStatus::Kind::Ok);
        const QList<HistorySample> stored = check.samples(4, 0, t + 60'000);
        QCOMPARE(stored.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(stored.at(i).fetchedMs, t + i * 5000);
        QCOMPARE(stored.last().members.size(), 2);
        QVERIFY(check.events(4, 0, t + 60'000).isEmpty());
        QCOMPARE(check.series(4, t - 36'000'000, t + 36'000'000, 4).buckets.first().count, 5);
    }

    void teamDatabaseRecords() {
        const std::optional<StorageLocation> team = m_backends.fresh(true);
        if (!team)
            QSKIP(qPrintable(StorageBackends::skipReason()));
        HistoryStore store;
        QSignalSpy status(&store, &HistoryStore::statusChanged);
        store.open(*team, m_backends.dir() + QStringLiteral("/cache2.sqlite"));
        QTRY_COMPARE(status.size(), 1);
        QCOMPARE(store.status().kind, StorageStatus::Kind::Ok);
        QCOMPARE(store.status().backend, QStringLiteral("postgresql"));
        store.append(makeSample(3, 1'767'225'600'000, "0.5"));
        flush(store);
        QCOMPARE(seriesOf(store, 3, 0, 1'800'000'000'000).buckets.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstHistoryStore)
#include "tst_historystore.moc"
