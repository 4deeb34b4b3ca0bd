// Demo mode's month before the start, read the way LoanDesk reads any exchange: the simulator's
// record endpoints serve the past borrows, repays, interest and forced liquidation under the
// exchange's time rules (API doc 2.8–2.10), and the RecordsPoller stores the whole month.
#include "simfixture.h"
#include "testhelpers.h"

#include "monitor/monitorsession.h"
#include "recording/recordspoller.h"
#include "sim/pastreplay.h"
#include "storage/historystore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace loandesk;
using namespace loandesk::test;

namespace {

constexpr qint64 DayMs = 86'400'000;
constexpr qint64 Alpha = 10001;
constexpr quint64 Seed = 1;

qsizetype countIf(const auto &rows, auto keep) {
    return std::count_if(rows.cbegin(), rows.cend(), keep);
}

} // namespace

class tst_PastRecords : public QObject {
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<sim::PastReplay> m_past;
    qint64 m_now = 0; // the simulator's start: the past ends here

    const sim::UnitState &pastOf(qint64 groupId) const {
        for (const sim::UnitState &u : m_past->units()) {
            if (u.groupId == groupId)
                return u;
        }
        qFatal("no unit %lld", qlonglong(groupId));
    }

    Page<BorrowRepayRecord> borrowRepay(BorrowRepayRecord::Type type, const QString &asset,
                                        std::optional<qint64> from, std::optional<qint64> to,
                                        int page = 1) {
        auto credit = m_sim->credit(Alpha);
        RecordsQuery q;
        q.type = type;
        q.asset = asset;
        q.startTimeMs = from;
        q.endTimeMs = to;
        q.current = page;
        q.size = 100;
        const auto r = await<Page<BorrowRepayRecord>>(
            [&](QObject *c, auto cb) { credit->fetchBorrowRepayRecords(q, c, cb); });
        if (!r.ok())
            qFatal("borrow-repay failed: %s", qPrintable(r.error().message));
        return r.value();
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<ExchangeError>();
        const sim::Scenario calm = *sim::Scenario::load(QStringLiteral("calm"));
        m_sim = std::make_unique<SimFixture>(calm, Seed);
        m_now = m_sim->exchange().engine().startMs();
        m_past = std::make_unique<sim::PastReplay>(calm, Seed, m_now);
        QString error;
        QVERIFY2(m_past->run(&error), qPrintable(error));
        m_sim->exchange().engine().addPastRecords(m_past->units());
    }

    // Without an asset the exchange looks back 7 days at most; with one, 30.
    void borrowRepayKeepsItsLookback() {
        const sim::UnitState &past = pastOf(Alpha);
        const auto borrowsSince = [&](qint64 from) {
            return countIf(past.borrowRepay, [&](const BorrowRepayRecord &r) {
                return r.type == BorrowRepayRecord::Type::Borrow && r.timestampMs >= from;
            });
        };
        const qint64 end = m_now;
        const auto week = borrowRepay(BorrowRepayRecord::Type::Borrow, {}, end - 30 * DayMs, end);
        QCOMPARE(week.total, qint64(borrowsSince(end - 7 * DayMs)));
        const auto month = borrowRepay(BorrowRepayRecord::Type::Borrow, QStringLiteral("USDT"),
                                       end - 30 * DayMs, end);
        QCOMPARE(month.total, qint64(borrowsSince(end - 30 * DayMs)));
        QVERIFY(month.total > week.total); // the month's first borrow is older than a week
        // Newest first, with the exchange's amounts.
        QCOMPARE(month.rows.first().timestampMs,
                 std::max_element(past.borrowRepay.cbegin(), past.borrowRepay.cend(),
                                  [](const auto &a, const auto &b) {
                                      return a.type != BorrowRepayRecord::Type::Borrow ||
                                             (b.type == BorrowRepayRecord::Type::Borrow &&
                                              a.timestampMs < b.timestampMs);
                                  })
                     ->timestampMs);
        // Repays: the normal ones and the liquidation's forced ones.
        const auto repays = borrowRepay(BorrowRepayRecord::Type::NormalRepay,
                                        QStringLiteral("USDT"), end - 30 * DayMs, end);
        QVERIFY(countIf(repays.rows, [](const BorrowRepayRecord &r) {
                    return r.type == BorrowRepayRecord::Type::ForceRepay;
                }) >= 1);
        QVERIFY(countIf(repays.rows, [](const BorrowRepayRecord &r) {
                    return r.type == BorrowRepayRecord::Type::NormalRepay;
                }) >= 1);
    }

    void interestPagesThroughTheMonth() {
        auto credit = m_sim->credit(Alpha);
        const qint64 expected = pastOf(Alpha).interest.size();
        QVERIFY(expected > 500);
        // Only startTime: [max(start, now − 30 d), now].
        const auto first = await<Page<InterestRecord>>([&](QObject *c, auto cb) {
            credit->fetchInterestHistory(std::nullopt, m_now - 30 * DayMs, std::nullopt, 1, 100, c,
                                         cb);
        });
        QVERIFY(first.ok());
        QVERIFY(first.value().total >= expected - 1); // the first hour may be 30 days old by now
        QCOMPARE(first.value().rows.size(), 100);
        // A 100-day span or more is refused with no rows.
        const auto tooLong = await<Page<InterestRecord>>([&](QObject *c, auto cb) {
            credit->fetchInterestHistory(std::nullopt, m_now - 101 * DayMs, m_now, 1, 100, c, cb);
        });
        QVERIFY(tooLong.ok());
        QCOMPARE(tooLong.value().total, 0);
    }

    void liquidationIsServedInItsWeek() {
        auto credit = m_sim->credit(Alpha);
        const LiquidationRecord &liq = pastOf(Alpha).liquidations.first();
        const auto lastWeek = await<Page<LiquidationRecord>>([&](QObject *c, auto cb) {
            credit->fetchForceLiquidations(std::nullopt, std::nullopt, std::nullopt, 1, 100, c, cb);
        });
        QVERIFY(lastWeek.ok());
        QCOMPARE(lastWeek.value().total, 1);
        QCOMPARE(lastWeek.value().rows.first().startTimeMs, liq.startTimeMs);
        QCOMPARE(lastWeek.value().rows.first().startLtv, liq.startLtv);
        const auto before = await<Page<LiquidationRecord>>([&](QObject *c, auto cb) {
            credit->fetchForceLiquidations(std::nullopt, m_now - 30 * DayMs, liq.startTimeMs - 1, 1,
                                           100, c, cb);
        });
        QVERIFY(before.ok());
        QCOMPARE(before.value().total, 0);
    }

    // The poller reads the whole month when told to look back that far (demo mode), and only
    // the last week by default.
    void pollerStoresTheMonth() {
        for (const bool month : {false, true}) {
            QTemporaryDir dir;
            MonitorSession session(m_sim->exchange().baseUrl(),
                                   m_sim->exchange().parentCredentials());
            session.setCreditCredentials(Alpha, m_sim->exchange().creditCredentials(Alpha));
            std::optional<ExchangeError> synced;
            session.fetchOnce(std::nullopt, [&](ExchangeError e) { synced = e; });
            QTRY_VERIFY_WITH_TIMEOUT(synced.has_value(), 10000);
            HistoryStore store;
            store.open(StorageLocation::sqlite(dir.filePath(QStringLiteral("h.sqlite"))));
            RecordsPoller poller(&session, &store);
            if (month)
                poller.setFirstLookBackMs(31 * DayMs);
            QSignalSpy finished(&poller, &RecordsPoller::roundFinished);
            poller.pollNow();
            QVERIFY(finished.wait(20000));
            QVERIFY(!finished.first().first().value<ExchangeError>().isError());
            bool flushed = false;
            QObject context;
            store.flush(&context, [&flushed] { flushed = true; });
            QTRY_VERIFY(flushed);
            std::optional<HistorySeries> series;
            store.requestSeries(Alpha, m_now - 31 * DayMs, m_now + DayMs, 10, &context,
                                [&series](const HistorySeries &s) { series = s; });
            QTRY_VERIFY(series.has_value());
            const auto count = [&](HistoryEvent::Kind kind) {
                return countIf(series->events,
                               [kind](const HistoryEvent &e) { return e.kind == kind; });
            };
            const sim::UnitState &past = pastOf(Alpha);
            const qint64 from = month ? m_now - 31 * DayMs : m_now - 7 * DayMs;
            const qsizetype borrows = countIf(past.borrowRepay, [&](const BorrowRepayRecord &r) {
                return r.type == BorrowRepayRecord::Type::Borrow && r.timestampMs >= from;
            });
            QCOMPARE(count(HistoryEvent::Kind::Borrow), borrows);
            QCOMPARE(count(HistoryEvent::Kind::Liquidation), 1); // always the last week again
            QVERIFY(count(HistoryEvent::Kind::ForceRepay) >= 1);
            QVERIFY(count(HistoryEvent::Kind::Repay) >= 1);
            const qsizetype interest = countIf(
                past.interest, [&](const InterestRecord &r) { return r.timestampMs >= from; });
            QCOMPARE(count(HistoryEvent::Kind::Interest), interest);
        }
    }
};

QTEST_GUILESS_MAIN(tst_PastRecords)
#include "tst_pastrecords.moc"
