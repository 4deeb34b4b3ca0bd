// HistoryDatabase on both backends: exact round trip, coalescing, decimation that keeps every
// spike, gap and clock detection, idempotent writes from two desks, events, CSV and retention.
#include "storage/historydatabase.h"

#include "storagebackends.h"

#include <QBuffer>
#include <QTest>

#include <limits>

using namespace loandesk;

class TstHistoryDatabase final : public QObject {
    Q_OBJECT

private:
    // Opens a fresh database for the current row's backend, or skips.
    bool openFresh(HistoryDatabase &db) {
        QFETCH_GLOBAL(bool, postgres);
        const std::optional<StorageLocation> l = m_backends.fresh(postgres);
        if (!l)
            return false;
        m_location = *l;
        const StorageStatus status = db.open(*l);
        if (status.kind != StorageStatus::Kind::Ok)
            qWarning("open: %s", qPrintable(status.detail));
        return status.kind == StorageStatus::Kind::Ok;
    }

    StorageBackends m_backends;
    StorageLocation m_location;

private Q_SLOTS:
    void initTestCase_data() { StorageBackends::addColumns(); }

    void init() {
        QFETCH_GLOBAL(bool, postgres);
        if (postgres && qEnvironmentVariableIsEmpty("LOANDESK_TEST_PG"))
            QSKIP(qPrintable(StorageBackends::skipReason()));
    }

    void roundTripKeepsExactDecimals() {
        HistoryDatabase db(QStringLiteral("t"));
        QVERIFY(openFresh(db));
        HistorySample s = makeSample(7, 1'700'000'000'000, "0.59213347");
        s.ltvComputed.reset(); // undefined LTV is stored as such, not as zero
        QCOMPARE(db.append(s), HistoryDatabase::AppendResult::Inserted);
        const QList<HistorySample> back = db.samples(7, 0, std::numeric_limits<qint64>::max());
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first(), s);
        QCOMPARE(back.first().netEquity.toString(), QStringLiteral("1666.12345678"));
        QCOMPARE(back.first().members.at(1).netEquity.toString(), QStringLiteral("666.12345677"));
    }

    void coalescingKeepsEveryChange() {
        HistoryDatabase db(QStringLiteral("t"));
        QVERIFY(openFresh(db));
        const qint64 t = 1'700'000'000'000;
        QCOMPARE(db.append(makeSample(1, t, "0.5")), HistoryDatabase::AppendResult::Inserted);
        QCOMPARE(db.append(makeSample(1, t + 5000, "0.5")),
                 HistoryDatabase::AppendResult::Coalesced);
        QCOMPARE(db.append(makeSample(1, t + 10000, "0.5")),
                 HistoryDatabase::AppendResult::Coalesced);
        // One satoshi of change is a change.
        QCOMPARE(db.append(makeSample(1, t + 15000, "0.5", "1666.12345679")),
                 HistoryDatabase::AppendResult::Inserted);
        QCOMPARE(db.append(makeSample(1, t + 20000, "0.5")),
                 HistoryDatabase::AppendResult::Inserted);
        const QList<HistorySample> back = db.samples(1, 0, std::numeric_limits<qint64>::max());
        QCOMPARE(back.size(), 3);
        QCOMPARE(back.at(0).untilMs, t + 10000); // the coalesced run is remembered
        QCOMPARE(back.at(1).netEquity, dec("1666.12345679"));
        QCOMPARE(back.at(2).fetchedMs, t + 20000);
    }

    void decimationKeepsTheSpike() {
        HistoryDatabase db(QStringLiteral("t"));
        QVERIFY(openFresh(db));
        const qint64 t0 = 1'700'000'000'000;
        for (int i = 0; i < 2000; ++i) {
            const char *ltv = i == 1234 ? "0.97" : (i % 2 ? "0.5" : "0.51");
            QVERIFY(db.append(makeSample(3, t0 + i * 5000LL, ltv)) !=
                    HistoryDatabase::AppendResult::Failed);
        }
        const HistorySeries s = db.series(3, t0, t0 + 2000 * 5000LL, 16);
        QVERIFY(s.error.isEmpty());
        QCOMPARE(s.buckets.size(), 16);
        double top = 0;
        qint64 total = 0;
        for (const auto &b : s.buckets) {
            top = std::max(top, b.ltvMax);
            total += b.count;
            QVERIFY(b.ltvMin <= b.ltvFirst && b.ltvFirst <= b.ltvMax);
        }
        QCOMPARE(top, 0.97); // a single 5-second spike survives 125:1 decimation
        QCOMPARE(total, 2000);
        QVERIFY(s.gaps.isEmpty());
        // "All" starts at the first sample.
        const HistorySeries all =
            db.series(3, std::numeric_limits<qint64>::min(), t0 + 2000 * 5000LL, 4);
        QCOMPARE(all.fromMs, t0);
        QCOMPARE(all.buckets.first().ltvFirst, 0.51);
    }

    void gapsAreDetected() {
        HistoryDatabase db(QStringLiteral("t"));
        QVERIFY(openFresh(db));
        const qint64 t0 = 1'700'000'000'000;
        for (int i = 0; i < 10; ++i)
            db.append(makeSample(4, t0 + i * 5000LL, i % 2 ? "0.6" : "0.61"));
        const qint64 resume = t0 + 45000 + 3'600'000; // an hour without polling
        for (int i = 0; i < 10; ++i)
            db.append(makeSample(4, resume + i * 5000LL, i % 2 ? "0.6" : "0.61"));
        const QList<HistoryEvent> events = db.events(4, t0, resume + 60000);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, HistoryEvent::Kind::Gap);
        QCOMPARE(events.first().timeMs, t0 + 45000);
        QCOMPARE(events.first().endMs, resume);
        // Inside one bucket (from the event) and with many buckets (between buckets) alike.
        for (int buckets : {1, 50, 1000}) {
            const HistorySeries s = db.series(4, t0, resume + 50000, buckets);
            QCOMPARE(s.gaps.size(), 1);
            QCOMPARE(s.gaps.first(), (HistorySeries::Gap{t0 + 45000, resume}));
        }
        // A range that runs on past the data ends in a gap; one before any data does not.
        const HistorySeries tail = db.series(4, t0 - 3'600'000, resume + 3'600'000, 100);
        QCOMPARE(tail.gaps.size(), 2);
        QCOMPARE(tail.gaps.last().toMs, resume + 3'600'000);
    }

    void clockGoingBackwardsLosesNothing() {
        HistoryDatabase db(QStringLiteral("t"));
        QVERIFY(openFresh(db));
        const qint64 t = 1'700'000'000'000;
        db.append(makeSample(5, t, "0.5"));
        db.append(makeSample(5, t + 5000, "0.6"));
        // NTP steps the clock back by a minute; the next poll's fetch time is earlier.
        QCOMPARE(db.append(makeSample(5, t - 55000, "0.7")),
                 HistoryDatabase::AppendResult::Inserted);
        QCOMPARE(db.append(makeSample(5, t - 50000, "0.7")),
                 HistoryDatabase::AppendResult::Coalesced);
        QCOMPARE(db.sampleCount(5), 3);
        const QList<HistoryEvent> events = db.events(5, t - 100000, t + 100000);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, HistoryEvent::Kind::ClockBackwards);
        QCOMPARE(events.first().timeMs, t - 55000);
    }

    void twoDesksDoNotDuplicate() {
        HistoryDatabase a(QStringLiteral("a"));
        QVERIFY(openFresh(a));
        HistoryDatabase b(QStringLiteral("b"));
        QCOMPARE(b.open(m_location).kind, StorageStatus::Kind::Ok);
        const qint64 t = 1'700'000'000'000;
        auto later = [](HistorySample s, qint64 by) {
            s.fetchedMs = s.untilMs = s.fetchedMs + by; // the other desk polled a bit later
            return s;
        };
        const HistorySample s0 = makeSample(6, t, "0.5");
        const HistorySample s1 = makeSample(6, t + 5000, "0.6");
        QCOMPARE(a.append(s0), HistoryDatabase::AppendResult::Inserted);
        QCOMPARE(b.append(later(s0, 900)), HistoryDatabase::AppendResult::Coalesced);
        QCOMPARE(a.append(s1), HistoryDatabase::AppendResult::Inserted);
        QCOMPARE(b.append(later(s1, 900)), HistoryDatabase::AppendResult::Duplicate);
        QVERIFY(a.recordEvent({6, t, t, HistoryEvent::Kind::Borrow, QStringLiteral("tx=1")}));
        QVERIFY(b.recordEvent({6, t, t, HistoryEvent::Kind::Borrow, QStringLiteral("tx=1")}));
        QCOMPARE(a.sampleCount(6), 2);
        const QList<HistorySample> back = a.samples(6, 0, t + 10000);
        QCOMPARE(back.at(0).untilMs, t + 900);
        QCOMPARE(back.at(1).untilMs, t + 5900);
        QCOMPARE(back.at(1).members.size(), 2); // members stored once
        QCOMPARE(a.events(6, 0, t + 10000).size(), 1);
    }

    void csvExportIsExact() {
        HistoryDatabase db(QStringLiteral("t"));
        QVERIFY(openFresh(db));
        const qint64 t = 1'767'225'600'000; // 2026-01-01T00:00:00Z
        db.append(makeSample(8, t, "0.59213347"));
        db.append(makeSample(8, t + 5000, "0.6", "1700"));
        db.append(makeSample(8, t + 10000, "0.7")); // outside the exported range
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(db.exportCsv(8, t, t + 10000, &buffer));
        const QList<QByteArray> lines = buffer.data().split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, trailing newline
        QVERIFY(lines.at(0).startsWith("group_id,fetched_at,"));
        QCOMPARE(lines.at(1), QByteArray("8,2026-01-01T00:00:00.000Z,2026-01-01T00:00:00.000Z,"
                                         "2025-12-31T23:59:59.993Z,0.59213347,0.59213347,"
                                         "1666.12345678,12.00000001,1000.5"));
        QVERIFY(lines.at(2).contains(",1700,"));
    }

    void retentionPrunesOldSamples() {
        HistoryDatabase db(QStringLiteral("t"));
        QVERIFY(openFresh(db));
        const qint64 t = 1'700'000'000'000;
        db.append(makeSample(9, t, "0.5"));
        db.append(makeSample(9, t + 100'000, "0.6"));
        QCOMPARE(db.prune(t + 50'000), 1);
        QCOMPARE(db.sampleCount(9), 1);
        QCOMPARE(db.samples(9, 0, t + 200'000).first().members.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TstHistoryDatabase)
#include "tst_historydatabase.moc"
