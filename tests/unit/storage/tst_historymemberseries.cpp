// HistoryDatabase on both backends, for the per-member collateral chart and the records poller:
// each member's net equity decimated like the LTV series (wallets summed, gaps kept), the
// exchange's record kinds round-tripped and stored once, and the newest event per kind.
#include "storage/historydatabase.h"

#include "storagebackends.h"

#include <QTest>

#include <limits>

using namespace loandesk;

class TstHistoryMemberSeries final : public QObject {
    Q_OBJECT

    bool openFresh(HistoryDatabase &db) {
        QFETCH_GLOBAL(bool, postgres);
        const std::optional<StorageLocation> l = m_backends.fresh(postgres);
        return l && db.open(*l).kind == StorageStatus::Kind::Ok;
    }

    // Two members; the credit member holds two wallets whose net equity adds up.
    static HistorySample sample(qint64 t, const char *creditPm, const char *creditSpot,
                                const char *collateral) {
        HistorySample s = makeSample(3, t, "0.5");
        s.members = {{QStringLiteral("credit@example.com"), QStringLiteral("CREDIT"),
                      QStringLiteral("PORTFOLIO_MARGIN"), dec(creditPm), dec("1")},
                     {QStringLiteral("credit@example.com"), QStringLiteral("CREDIT"),
                      QStringLiteral("SPOT"), dec(creditSpot), dec("0")},
                     {QStringLiteral("collateral@example.com"), QStringLiteral("COLLATERAL"),
                      QStringLiteral("SPOT"), dec(collateral), dec("0")}};
        s.netEquity = dec(creditPm) + dec(creditSpot) + dec(collateral);
        return s;
    }

    StorageBackends m_backends;

private Q_SLOTS:
    void initTestCase_data() { StorageBackends::addColumns(); }

    void init() {
        QFETCH_GLOBAL(bool, postgres);
        if (postgres && qEnvironmentVariableIsEmpty("LOANDESK_TEST_PG"))
            QSKIP(qPrintable(StorageBackends::skipReason()));
    }

    void memberSeriesSumsWalletsPerMember() {
        HistoryDatabase db(QStringLiteral("t"));
        QVERIFY(openFresh(db));
        const qint64 t = 1'700'000'000'000;
        QCOMPARE(db.append(sample(t, "100.5", "0.00000001", "50")),
                 HistoryDatabase::AppendResult::Inserted);
        QCOMPARE(db.append(sample(t + 5000, "101", "1", "49.25")),
                 HistoryDatabase::AppendResult::Inserted);
        const HistoryMemberSeries s = db.memberSeries(3, t, t + 10'000, 2);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.members, (QStringList{QStringLiteral("credit@example.com"),
                                         QStringLiteral("collateral@example.com")}));
        QCOMPARE(s.buckets.size(), 2);
        QCOMPARE(s.buckets.at(0).netEquity, (QList<Decimal>{dec("100.50000001"), dec("50")}));
        QCOMPARE(s.buckets.at(1).netEquity, (QList<Decimal>{dec("102"), dec("49.25")}));
        QCOMPARE(s.buckets.at(1).lastMs, t + 5000);
    }

    void memberSeriesIsDecimatedWithGaps() {
        HistoryDatabase db(QStringLiteral("t"));
        QVERIFY(openFresh(db));
        const qint64 t = 1'700'000'000'000;
        // 200 polls, a silence of ten minutes, then 200 more.
        for (int i = 0; i < 400; ++i) {
            const qint64 at = t + i * 5000 + (i >= 200 ? 600'000 : 0);
            const QByteArray v = QByteArray::number(1000 + i);
            db.append(sample(at, v.constData(), "0", "10"));
        }
        const qint64 end = t + 400 * 5000 + 600'000;
        const HistoryMemberSeries s = db.memberSeries(3, t, end, 50);
        // 52 s buckets asked: served as the minute rollups' 60 s ones (43 over the range), the
        // ten in the silence empty.
        QVERIFY(s.buckets.size() <= 50);
        QVERIFY2(s.buckets.size() >= 32, qPrintable(QString::number(s.buckets.size())));
        QCOMPARE(s.gaps.size(), 1);
        QVERIFY(s.gaps.first().fromMs >= t + 199 * 5000);
        QVERIFY(s.gaps.first().toMs <= t + 200 * 5000 + 600'000);
        // Each bucket shows its last sample's figures.
        const auto &last = s.buckets.last();
        QCOMPARE(last.lastMs, t + 399 * 5000 + 600'000);
        QCOMPARE(last.netEquity.first(), dec("1399"));
        // The whole history ("all") starts at the first sample.
        QCOMPARE(db.memberSeries(3, std::numeric_limits<qint64>::min(), end, 50).fromMs, t);
    }

    void longRangesUseEachBucketsLastSample() {
        HistoryDatabase db(QStringLiteral("t"));
        QVERIFY(openFresh(db));
        // Two days every 5 minutes: ten columns of almost five hours read the hourly rollups.
        const qint64 t = 1'700'000'000'000;
        const int n = 2 * 24 * 12;
        db.setGapMs(600'000); // polled every 5 minutes: that is no gap
        for (int i = 0; i < n; ++i) {
            const QByteArray v = QByteArray::number(5000 + i);
            db.append(sample(t + i * 300'000LL, v.constData(), "1", "2"));
        }
        const qint64 end = t + n * 300'000LL;
        const HistoryMemberSeries s = db.memberSeries(3, t, end, 10);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QVERIFY(s.buckets.size() >= 9 && s.buckets.size() <= 11);
        QVERIFY(s.gaps.isEmpty());
        QHash<qint64, HistorySample> byTime;
        for (const HistorySample &x : db.samples(3, t, end))
            byTime.insert(x.fetchedMs, x);
        for (const HistoryMemberSeries::Bucket &b : s.buckets) {
            QVERIFY(byTime.contains(b.lastMs));
            const HistorySample &x = byTime.value(b.lastMs);
            QCOMPARE(b.netEquity.first(), x.members.at(0).netEquity + x.members.at(1).netEquity);
            QCOMPARE(b.netEquity.last(), x.members.at(2).netEquity);
        }
        QCOMPARE(s.buckets.last().lastMs, end - 300'000);
    }

    void recordKindsRoundTripOnceAndResume() {
        HistoryDatabase db(QStringLiteral("t"));
        QVERIFY(openFresh(db));
        const qint64 t = 1'700'000'000'000;
        QVERIFY(!db.lastEventMs(4, {HistoryEvent::Kind::Liquidation}).has_value());
        const QString detail = HistoryEvent::makeDetail(
            {{QStringLiteral("tx"), QStringLiteral("77")},
             {QStringLiteral("asset"), QStringLiteral("USDT")},
             {QStringLiteral("amount"), QStringLiteral("1200000.12345678")}});
        const QList<HistoryEvent> events{
            {4, t, t, HistoryEvent::Kind::Borrow, detail},
            {4, t + 10, t + 10, HistoryEvent::Kind::ForceRepay, detail},
            {4, t + 20, t + 20, HistoryEvent::Kind::Interest, QStringLiteral("asset=USDC")},
            {4, t + 30, t + 90, HistoryEvent::Kind::Liquidation, QStringLiteral("amount=1")}};
        for (int round = 0; round < 2; ++round) { // the second round is a restart re-reading
            for (const HistoryEvent &e : events)
                QVERIFY(db.recordEvent(e));
        }
        QCOMPARE(db.events(4, 0, t + 1000), events);
        QCOMPARE(events.first().detailFields().value(QStringLiteral("amount")),
                 QStringLiteral("1200000.12345678"));
        QCOMPARE(db.lastEventMs(4, {HistoryEvent::Kind::Liquidation}), std::optional(t + 30));
        QCOMPARE(db.lastEventMs(4, {HistoryEvent::Kind::Repay, HistoryEvent::Kind::ForceRepay}),
                 std::optional(t + 10));
        QVERIFY(!db.lastEventMs(5, {HistoryEvent::Kind::Borrow}).has_value());
    }
};

QTEST_GUILESS_MAIN(TstHistoryMemberSeries)
#include "tst_historymemberseries.moc"
