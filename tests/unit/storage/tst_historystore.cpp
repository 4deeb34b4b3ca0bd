// The threaded HistoryStore and the HistoryRecorder that feeds it from MonitorState: each new
// fetch recorded once, band crossings as events, queries answered on the caller's thread, CSV
// export, and the local cache taking over when the team database is down.
#include "storage/historyrecorder.h"
#include "storage/historystore.h"

#include "monitor/monitorstate.h"
#include "sampleunits.h"
#include "storagebackends.h"

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
        HistoryRecorder recorder(&state, &store);
        QSignalSpy stored(&store, &HistoryStore::sampleStored);
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
