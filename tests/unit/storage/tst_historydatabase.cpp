// HistoryDatabase on both backends: exact round trip, coalescing, decimation that keeps every
// spike, gap and clock detection, idempotent writes from two desks, events, CSV and retention;
// rollups (coarse views read them and lose no spike, count or gap), one poll's units in one
// transaction, and the cache's upload.
#include "storage/historydatabase.h"
#include "storage/historyrollups.h"

#include "storagebackends.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QSqlRecord>
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
        // The rollups count each report once too.
        const HistorySeries coarse = b.series(6, t - 36'000'000, t + 36'000'000, 4);
        QCOMPARE(coarse.resolutionMs, 3'600'000);
        QCOMPARE(coarse.buckets.size(), 1);
        QCOMPARE(coarse.buckets.first().count, 2);
        QCOMPARE(coarse.buckets.first().endMs, t + 5900);
    }

    void onePollIsOneTransaction() {
        QFETCH_GLOBAL(bool, postgres);
        HistoryDatabase db(QStringLiteral("t"));
        QVERIFY(openFresh(db));
        const qint64 t = 1'700'000'000'000;
        using R = HistoryDatabase::AppendResult;
        QCOMPARE(db.append(QList<HistorySample>{makeSample(1, t, "0.5"), makeSample(2, t, "0.7")}),
                 (QList<R>{R::Inserted, R::Inserted}));
        // The next poll: unit 1 unchanged (its run is extended), unit 2 moved.
        QCOMPARE(db.append(QList<HistorySample>{makeSample(1, t + 5000, "0.5"),
                                                makeSample(2, t + 5000, "0.71")}),
                 (QList<R>{R::Coalesced, R::Inserted}));
        // Two polls of one unit in one batch: the second sees the first.
        QCOMPARE(db.append(
                     QList<HistorySample>{makeSample(3, t, "0.4"), makeSample(3, t + 5000, "0.4")}),
                 (QList<R>{R::Inserted, R::Coalesced}));
        QCOMPARE(db.samples(1, 0, t + 10000).constFirst().untilMs, t + 5000);
        QCOMPARE(db.sampleCount(2), 2);
        QCOMPARE(db.samples(3, 0, t + 10000).constFirst().untilMs, t + 5000);
        const HistorySeries coarse = db.series(2, t - 36'000'000, t + 36'000'000, 4);
        QCOMPARE(coarse.buckets.size(), 1);
        QCOMPARE(coarse.buckets.first().count, 2);
        if (postgres)
            return;
        // Another writer holds the file: nothing of the poll is stored, and what this desk
        // remembers of each unit's last sample is not advanced by the rolled-back write.
        QSqlQuery(QSqlDatabase::database(QStringLiteral("t")))
            .exec(QStringLiteral("PRAGMA busy_timeout=50"));
        HistoryDatabase other(QStringLiteral("other"));
        QCOMPARE(other.open(m_location).kind, StorageStatus::Kind::Ok);
        QSqlDatabase otherConnection = QSqlDatabase::database(QStringLiteral("other"));
        QVERIFY(QSqlQuery(otherConnection).exec(QStringLiteral("BEGIN IMMEDIATE")));
        const QList<HistorySample> poll{makeSample(1, t + 10000, "0.52"),
                                        makeSample(2, t + 10000, "0.71")};
        QString error;
        QCOMPARE(db.append(poll, &error), (QList<R>{R::Failed, R::Failed}));
        QVERIFY(!error.isEmpty());
        QVERIFY(QSqlQuery(otherConnection).exec(QStringLiteral("ROLLBACK")));
        QCOMPARE(db.sampleCount(1), 1);
        QCOMPARE(db.append(poll), (QList<R>{R::Inserted, R::Coalesced}));
        QCOMPARE(db.sampleCount(1), 2);
        QCOMPARE(db.samples(2, 0, t + 20000).constLast().untilMs, t + 10000);
    }

    void rollupsKeepSpikeCountAndEnds() {
        HistoryDatabase db(QStringLiteral("t"));
        QVERIFY(openFresh(db));
        db.setGapMs(120'000);
        const qint64 t0 = 1'700'000'000'000 + 1234; // aligned to nothing
        const int n = 720;                          // 12 hours, a sample a minute
        for (int i = 0; i < n; ++i) {
            const char *ltv = i == 377 ? "0.97" : i == 300 ? "0.11" : (i % 2 ? "0.5" : "0.51");
            QVERIFY(db.append(makeSample(12, t0 + i * 60'000LL, ltv)) !=
                    HistoryDatabase::AppendResult::Failed);
        }
        const qint64 end = t0 + n * 60'000LL;
        // Bucket widths 6 h, 72 min, 18 min, 3.6 min and 8.6 s pick each resolution in turn;
        // 43 s buckets (a day on a wide screen) are served as the minute rollups' 60 s ones
        // rather than from every sample.
        const std::pair<int, qint64> views[] = {{2, 3'600'000}, {10, 3'600'000}, {40, 600'000},
                                                {200, 60'000},  {1000, 60'000},  {5000, 0}};
        for (const auto &[buckets, resolution] : views) {
            const HistorySeries s = db.series(12, t0 - 1000, end + 1000, buckets);
            QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
            QCOMPARE(s.resolutionMs, resolution);
            QVERIFY(s.buckets.size() <= buckets);
            double top = 0, bottom = 1;
            qint64 total = 0;
            for (const auto &b : s.buckets) {
                top = std::max(top, b.ltvMax);
                bottom = std::min(bottom, b.ltvMin);
                total += b.count;
            }
            QCOMPARE(top, 0.97); // one sample's spike in 12 hours survives every resolution
            QCOMPARE(bottom, 0.11);
            QCOMPARE(total, n);
            QCOMPARE(s.buckets.first().firstMs, t0);
            QCOMPARE(s.buckets.first().ltvFirst, 0.51);
            QCOMPARE(s.buckets.last().lastMs, end - 60'000);
            QCOMPARE(s.buckets.last().ltvLast, 0.5);
            QCOMPARE(s.buckets.last().liabilityText, QStringLiteral("1000.5"));
            QVERIFY(s.gaps.isEmpty());
            // "All" at the same width: the spike is still there.
            const HistorySeries all =
                db.series(12, std::numeric_limits<qint64>::min(), end, buckets);
            double allTop = 0;
            for (const auto &b : all.buckets)
                allTop = std::max(allTop, b.ltvMax);
            QCOMPARE(allTop, 0.97);
        }
    }

    // Each stored sample is folded into its rollup rows in place; after a day of ordinary and
    // awkward polls (unchanged figures, ties, a clock jump back, a long silence) the rows are
    // exactly what recomputing them from the samples gives.
    void foldedRollupsEqualARecompute() {
        HistoryDatabase db(QStringLiteral("t"));
        QVERIFY(openFresh(db));
        db.setGapMs(60'000);
        const qint64 g = 21;
        const qint64 t0 = 1'700'000'000'000 + 777;
        quint32 seed = 7;
        auto next = [&seed] { return seed = seed * 1'103'515'245u + 12'345u; };
        qint64 t = t0;
        for (int i = 0; i < 1500; ++i) {
            const quint32 r = next();
            if (i == 700)
                t += 2 * 3'600'000; // silence: a gap
            else if (i == 900)
                t -= 90'000;      // the clock jumps back
            else if (r % 13 != 0) // else: the same fetch time again
                t += 5'000 + qint64(r % 3) * 1'000;
            // Unchanged figures now and then, so runs are coalesced.
            const QByteArray ltv =
                QByteArray("0.") + QByteArray::number(40 + (r >> 8) % 3 * (i % 4 ? 1 : 17));
            HistorySample s = makeSample(g, t, ltv.constData(),
                                         QByteArray::number(1600 + (r >> 12) % 2).constData());
            const QByteArray liability = "1000." + QByteArray::number((r >> 16) % 3);
            s.liability = dec(liability.constData());
            QVERIFY(db.append(s) != HistoryDatabase::AppendResult::Failed);
        }
        auto rows = [&] {
            QSqlQuery q(db.connection());
            q.exec(QStringLiteral("SELECT * FROM rollups WHERE group_id = 21"
                                  " ORDER BY res_ms, bucket_ms"));
            QStringList out;
            while (q.next()) {
                QStringList row;
                for (int c = 0; c < q.record().count(); ++c)
                    row << q.value(c).toString();
                out << row.join(QLatin1Char(' '));
            }
            return out;
        };
        const QStringList folded = rows();
        QVERIFY(folded.size() > 100);
        QSqlDatabase c = db.connection();
        QString error;
        QVERIFY2(HistoryRollups::refresh(c, db.backend(), g, t0 - 3'600'000, t + 3'600'000, true,
                                         &error),
                 qPrintable(error));
        const QStringList recomputed = rows();
        QCOMPARE(folded.size(), recomputed.size());
        for (qsizetype i = 0; i < folded.size(); ++i)
            QCOMPARE(folded.at(i), recomputed.at(i));
    }

    void gapsShowAtCoarseResolutions() {
        HistoryDatabase db(QStringLiteral("t"));
        QVERIFY(openFresh(db));
        db.setGapMs(60'000);
        const qint64 t0 = 1'700'000'000'000;
        for (int i = 0; i < 240; ++i) // two hours
            db.append(makeSample(13, t0 + i * 30'000LL, i % 2 ? "0.6" : "0.61"));
        const qint64 stop = t0 + 239 * 30'000LL;
        const qint64 resume = stop + 3 * 3'600'000; // three hours without polling
        for (int i = 0; i < 240; ++i)
            db.append(makeSample(13, resume + i * 30'000LL, i % 2 ? "0.6" : "0.61"));
        const qint64 end = resume + 240 * 30'000LL;
        const HistorySeries s = db.series(13, t0, end, 4);
        QCOMPARE(s.resolutionMs, 3'600'000);
        QCOMPARE(s.gaps, (QList<HistorySeries::Gap>{{stop, resume}}));
        // Without the recorded gap event (data written by another tool), the silence between
        // rollup buckets still shows.
        {
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM events")));
        }
        const HistorySeries bare = db.series(13, t0, end, 4);
        QCOMPARE(bare.gaps, (QList<HistorySeries::Gap>{{stop, resume}}));
    }

    void coalescedRunsCoverTheirTimeInRollups() {
        HistoryDatabase db(QStringLiteral("t"));
        QVERIFY(openFresh(db));
        db.setGapMs(60'000);
        const qint64 t0 = 1'700'000'000'000;
        // Unchanged figures for 100 minutes: one stored sample whose run covers them all.
        for (int i = 0; i <= 200; ++i)
            QVERIFY(db.append(makeSample(16, t0 + i * 30'000LL, "0.5")) !=
                    HistoryDatabase::AppendResult::Failed);
        const qint64 change = t0 + 201 * 30'000LL;
        QCOMPARE(db.append(makeSample(16, change, "0.6")), HistoryDatabase::AppendResult::Inserted);
        for (int buckets : {2, 20, 200}) {
            const HistorySeries s = db.series(16, t0 - 7'200'000, change + 7'200'000, buckets);
            QVERIFY(s.resolutionMs > 0);
            qint64 total = 0;
            for (const auto &b : s.buckets)
                total += b.count;
            QCOMPARE(total, 2);
            // Covered, not silent: the only gap is the one after the last poll.
            QCOMPARE(s.gaps.size(), 1);
            QCOMPARE(s.gaps.first().fromMs, change);
        }
    }

    void retentionKeepsLoanEventsAndRollupsAgree() {
        HistoryDatabase db(QStringLiteral("t"));
        QVERIFY(openFresh(db));
        db.setGapMs(60'000);
        const qint64 t = 1'700'000'000'000;
        for (int i = 0; i < 10; ++i)
            db.append(makeSample(14, t + i * 30'000LL, i % 2 ? "0.6" : "0.61"));
        const qint64 resume = t + 9 * 30'000LL + 3'600'000;
        for (int i = 0; i < 10; ++i)
            db.append(makeSample(14, resume + i * 30'000LL, i % 2 ? "0.6" : "0.62"));
        QVERIFY(db.recordEvent({14, t, t, HistoryEvent::Kind::Borrow, QStringLiteral("tx=1")}));
        QCOMPARE(db.events(14, 0, resume + 3'600'000).size(), 2); // the borrow and the gap
        const qint64 cutoff = resume + 2 * 30'000LL + 1;
        QCOMPARE(db.prune(cutoff), 13);
        QCOMPARE(db.sampleCount(14), 7);
        const QList<HistoryEvent> events = db.events(14, 0, resume + 3'600'000);
        QCOMPARE(events.size(), 1); // the loan's history stays; the old gap went with its samples
        QCOMPARE(events.first().kind, HistoryEvent::Kind::Borrow);
        for (int buckets : {4, 500, 100000}) {
            const HistorySeries s = db.series(14, t - 36'000'000, t + 36'000'000, buckets);
            qint64 total = 0;
            double top = 0;
            for (const auto &b : s.buckets) {
                total += b.count;
                top = std::max(top, b.ltvMax);
            }
            QCOMPARE(total, 7);
            QCOMPARE(top, 0.62);
            QCOMPARE(s.buckets.first().firstMs, resume + 3 * 30'000LL);
        }
        QCOMPARE(db.prune(cutoff), 0); // idempotent
    }

    void uploadCopiesTheOutageOnce() {
        HistoryDatabase team(QStringLiteral("team"));
        QVERIFY(openFresh(team));
        HistoryDatabase cache(QStringLiteral("cache"));
        QCOMPARE(cache.open(*m_backends.fresh(false)).kind, StorageStatus::Kind::Ok);
        const qint64 t = 1'700'000'000'000;
        // Recorded locally before the outage (e.g. before team mode): not the outage's to copy.
        QCOMPARE(cache.append(makeSample(15, t, "0.4")), HistoryDatabase::AppendResult::Inserted);
        // Another desk kept recording into the team database and stored this report already.
        const HistorySample s1 = makeSample(15, t + 60'000, "0.5");
        QCOMPARE(team.append(s1), HistoryDatabase::AppendResult::Inserted);

        QVERIFY(cache.startOutbox());
        QCOMPARE(cache.append(s1), HistoryDatabase::AppendResult::Inserted);
        QVERIFY(cache.startOutbox()); // a restart during the outage keeps the first mark
        cache.append(makeSample(15, t + 65'000, "0.6"));
        cache.append(makeSample(15, t + 70'000, "0.7"));
        QVERIFY(cache.recordEvent(
            {15, t + 65'000, t + 65'000, HistoryEvent::Kind::BandCrossing, QStringLiteral("x")}));
        QVERIFY(cache.hasOutbox());

        QString error;
        QCOMPARE(cache.uploadOutbox(team, &error), 3);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!cache.hasOutbox());
        QCOMPARE(team.sampleCount(15), 3); // s1 once, the outage's two, not the older one
        const QList<HistorySample> back = team.samples(15, 0, t + 100'000);
        QCOMPARE(back.last().members.size(), 2);
        QCOMPARE(back.last().ltvReported, dec("0.7"));
        // The band crossing came along; the cache's own gap (t → t + 60 s) did not.
        const QList<HistoryEvent> events = team.events(15, 0, t + 100'000);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, HistoryEvent::Kind::BandCrossing);
        const HistorySeries coarse = team.series(15, t - 36'000'000, t + 36'000'000, 4);
        QCOMPARE(coarse.resolutionMs, 3'600'000);
        QCOMPARE(coarse.buckets.first().count, 3);
        QCOMPARE(coarse.buckets.first().ltvMax, 0.7);
        // Nothing is pending any more: a second upload copies nothing.
        QCOMPARE(cache.uploadOutbox(team), 0);
        QCOMPARE(team.sampleCount(15), 3);
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
