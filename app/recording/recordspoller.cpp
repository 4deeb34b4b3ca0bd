#include "recordspoller.h"

#include "monitor/monitorsession.h"
#include "monitor/pollscheduler.h"
#include "recordevents.h"

#include "exchange/exchangeclient.h"
#include "exchange/serverclock.h"
#include "exchange/weighttracker.h"
#include "storage/historystore.h"

#include <algorithm>
#include <utility>

namespace loandesk {

namespace {

constexpr qint64 WindowMs = 7 * 86'400'000LL; // borrow-repay without an asset looks 7 days back
// Records may become visible a little after their own timestamp: read that much again.
constexpr qint64 SettleMs = 10 * 60'000;
constexpr int FirstRoundDelayMs = 5000; // after the LTV poll's first clock sync

std::optional<qint64> endOf(const auto &task) {
    return task.openEnd ? std::nullopt : std::optional<qint64>(task.toMs);
}

QList<HistoryEvent::Kind> kindsOf(int stream) {
    switch (stream) {
    case 0:
        return {HistoryEvent::Kind::Borrow};
    case 1:
        return {HistoryEvent::Kind::Repay, HistoryEvent::Kind::ForceRepay};
    case 2:
        return {HistoryEvent::Kind::Interest};
    default:
        return {HistoryEvent::Kind::Liquidation};
    }
}

} // namespace

RecordsPoller::RecordsPoller(MonitorSession *session, HistoryStore *store, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_store(store) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RecordsPoller::beginRound);
}

RecordsPoller::~RecordsPoller() = default;

void RecordsPoller::setIntervalMs(int ms) {
    m_intervalMs = std::max(ms, 10'000);
}

void RecordsPoller::setFirstLookBackMs(qint64 ms) {
    m_firstLookBackMs = std::clamp(ms, FirstLookBackMs, MaxLookBackMs);
}

void RecordsPoller::start() {
    m_running = true;
    if (!m_inRound)
        m_timer.start(FirstRoundDelayMs);
}

void RecordsPoller::stop() {
    m_running = false;
    m_timer.stop();
}

bool RecordsPoller::pollNow() {
    if (m_inRound)
        return false;
    m_timer.stop();
    beginRound();
    return true;
}

qint64 RecordsPoller::nowMs() const {
    return m_session->clock()->serverNowMs();
}

QString RecordsPoller::pathOf(Stream stream) {
    switch (stream) {
    case Stream::Borrows:
    case Stream::Repays:
        return QStringLiteral("/sapi/v1/margin/loan-group/borrow-repay");
    case Stream::Interest:
        return QStringLiteral("/sapi/v1/margin/loan-group/interest-history");
    case Stream::Liquidations:
        break;
    }
    return QStringLiteral("/sapi/v1/margin/loan-group/force-liquidation");
}

std::optional<QDateTime> RecordsPoller::pausedUntil(Stream stream) const {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The LTV poll matters more: while the exchange has it paused, the records wait too.
    QDateTime until = m_session->scheduler()->pausedUntil();
    const QDateTime ours = m_session->weights()->pausedUntil(pathOf(stream));
    if (ours.isValid() && (!until.isValid() || ours > until))
        until = ours;
    if (until.isValid() && until > now)
        return until;
    // Keep at least half of the endpoint's budget this minute for everything else.
    const WeightTracker::Usage usage = m_session->weights()->usage(pathOf(stream));
    if (usage.observedAt.isValid() && usage.observedAt.secsTo(now) < 60 && usage.limit > 0 &&
        usage.used > usage.limit / 2)
        return usage.observedAt.addSecs(60);
    return std::nullopt;
}

void RecordsPoller::beginRound() {
    if (m_inRound)
        return;
    m_inRound = true;
    m_tasks.clear();
    const QList<qint64> groups = m_session->creditGroupIds();
    m_pendingLoads = 0;
    for (const qint64 groupId : groups) {
        if (!m_cursors.value(groupId).loaded)
            loadCursor(groupId);
    }
    if (m_pendingLoads == 0)
        planRound();
}

void RecordsPoller::loadCursor(qint64 groupId) {
    // Resume from the history's newest event of each kind, so a restart neither re-reads a week
    // nor announces an old liquidation again.
    const qint64 startedMs = nowMs();
    for (int stream = 0; stream < 4; ++stream) {
        ++m_pendingLoads;
        m_store->requestLastEventMs(
            groupId, kindsOf(stream), this,
            [this, groupId, stream, startedMs](std::optional<qint64> last) {
                Cursor &c = m_cursors[groupId];
                c.from.insert(stream, last.value_or(startedMs - m_firstLookBackMs));
                if (stream == int(Stream::Liquidations))
                    c.liquidationSeen = last.value_or(startedMs - FirstStartAlertMs);
                if (c.from.size() == 4)
                    c.loaded = true;
                if (--m_pendingLoads == 0)
                    planRound();
            });
    }
}

void RecordsPoller::planRound() {
    const qint64 now = nowMs();
    for (const qint64 groupId : m_session->creditGroupIds()) {
        const Cursor &c = m_cursors.value(groupId);
        if (!c.loaded)
            continue;
        for (const Stream stream :
             {Stream::Liquidations, Stream::Borrows, Stream::Repays, Stream::Interest}) {
            qint64 from = std::max(c.from.value(int(stream)), now - MaxLookBackMs);
            // A liquidation's record may appear only when it ends, days after its start time:
            // the last week is always read again (weight 1 a call).
            if (stream == Stream::Liquidations)
                from = std::min(from, now - FirstLookBackMs);
            for (qint64 at = from; at < now; at += WindowMs) {
                Task t;
                t.groupId = groupId;
                t.stream = stream;
                t.fromMs = at;
                t.toMs = std::min(at + WindowMs, now);
                // Our estimate of the server's clock may trail it: a record made just now
                // could fall after any end time we send.
                t.openEnd = t.toMs == now;
                m_tasks.append(t);
            }
        }
    }
    runNext();
}

void RecordsPoller::runNext() {
    if (m_tasks.isEmpty()) {
        endRound(std::exchange(m_roundError, ExchangeError::none()));
        return;
    }
    const Task &task = m_tasks.first();
    if (const auto until = pausedUntil(task.stream)) {
        ExchangeError e = ExchangeError::make(ExchangeError::Kind::RateLimited,
                                              QStringLiteral("records poll deferred"));
        e.retryAfter = *until;
        endRound(e);
        return;
    }
    fetch(task);
}

bool RecordsPoller::pageDone(qint64 total, qsizetype rows) {
    Task &task = m_tasks.first();
    if (rows > 0 && qint64(task.page) * PageSize < total) {
        ++task.page;
        return false;
    }
    // The window is read completely: the next round starts a little before its end.
    Cursor &c = m_cursors[task.groupId];
    const bool lastWindow = m_tasks.size() < 2 || m_tasks.at(1).groupId != task.groupId ||
                            m_tasks.at(1).stream != task.stream;
    if (lastWindow) {
        const qint64 next = std::max(task.newest, task.toMs - SettleMs);
        c.from.insert(int(task.stream), std::max(c.from.value(int(task.stream)), next));
    }
    m_tasks.removeFirst();
    return true;
}

void RecordsPoller::fetch(const Task &task) {
    ExchangeClient *client = m_session->creditClient(task.groupId);
    if (!client) {
        m_tasks.removeFirst();
        runNext();
        return;
    }
    const qint64 groupId = task.groupId;
    auto fail = [this, groupId](const ExchangeError &error) {
        const bool limited = error.kind == ExchangeError::Kind::RateLimited ||
                             error.kind == ExchangeError::Kind::Banned;
        if (limited) {
            m_roundError = ExchangeError::none();
            endRound(error); // every request of this host waits
            return;
        }
        // One unit's key failing (revoked, no permission) must not starve the others.
        m_roundError = error;
        m_tasks.removeIf([groupId](const Task &t) { return t.groupId == groupId; });
        runNext();
    };
    auto next = [this](bool done) {
        if (done)
            runNext();
        else
            fetch(m_tasks.first());
    };
    switch (task.stream) {
    case Stream::Borrows:
    case Stream::Repays: {
        RecordsQuery q;
        q.groupId = groupId;
        q.type = task.stream == Stream::Borrows ? BorrowRepayRecord::Type::Borrow
                                                : BorrowRepayRecord::Type::NormalRepay;
        q.startTimeMs = task.fromMs;
        if (!task.openEnd)
            q.endTimeMs = task.toMs;
        q.current = task.page;
        q.size = PageSize;
        client->fetchBorrowRepayRecords(
            q, this, [this, groupId, fail, next](Result<Page<BorrowRepayRecord>> r) {
                if (!r.ok())
                    return fail(r.error());
                for (const BorrowRepayRecord &row : r.value().rows) {
                    if (const auto e = RecordEvents::fromBorrowRepay(groupId, row))
                        m_store->recordEvent(*e);
                    m_tasks.first().newest = std::max(m_tasks.first().newest, row.timestampMs);
                }
                next(pageDone(r.value().total, r.value().rows.size()));
            });
        break;
    }
    case Stream::Interest:
        client->fetchInterestHistory(
            groupId, task.fromMs, endOf(task), task.page, PageSize, this,
            [this, groupId, fail, next](Result<Page<InterestRecord>> r) {
                if (!r.ok())
                    return fail(r.error());
                for (const InterestRecord &row : r.value().rows) {
                    m_store->recordEvent(RecordEvents::fromInterest(groupId, row));
                    m_tasks.first().newest = std::max(m_tasks.first().newest, row.timestampMs);
                }
                next(pageDone(r.value().total, r.value().rows.size()));
            });
        break;
    case Stream::Liquidations:
        client->fetchForceLiquidations(
            groupId, task.fromMs, endOf(task), task.page, PageSize, this,
            [this, groupId, fail, next](Result<Page<LiquidationRecord>> r) {
                if (!r.ok())
                    return fail(r.error());
                Cursor &c = m_cursors[groupId];
                for (const LiquidationRecord &row : r.value().rows) {
                    m_store->recordEvent(RecordEvents::fromLiquidation(groupId, row));
                    m_tasks.first().newest = std::max(m_tasks.first().newest, row.startTimeMs);
                    if (!c.liquidationSeen || row.startTimeMs > *c.liquidationSeen)
                        m_foundLiquidations.append({groupId, row});
                }
                next(pageDone(r.value().total, r.value().rows.size()));
            });
        break;
    }
}

void RecordsPoller::endRound(const ExchangeError &error) {
    m_tasks.clear();
    m_roundError = ExchangeError::none();
    m_inRound = false;
    ++m_rounds;
    // Announced oldest first, each once: the seen mark moves past it before anyone is told.
    std::sort(
        m_foundLiquidations.begin(), m_foundLiquidations.end(),
        [](const auto &a, const auto &b) { return a.second.startTimeMs < b.second.startTimeMs; });
    const auto found = std::exchange(m_foundLiquidations, {});
    QList<std::pair<qint64, LiquidationRecord>> announce;
    for (const auto &[groupId, r] : found) {
        Cursor &c = m_cursors[groupId];
        if (c.liquidationSeen && r.startTimeMs <= *c.liquidationSeen)
            continue; // the same record on two pages
        c.liquidationSeen = r.startTimeMs;
        announce.append({groupId, r});
    }
    if (m_running) {
        const bool limited = error.kind == ExchangeError::Kind::RateLimited ||
                             error.kind == ExchangeError::Kind::Banned;
        qint64 delay = m_intervalMs;
        if (limited && error.retryAfter.isValid())
            delay = std::max<qint64>(
                1000, QDateTime::currentDateTimeUtc().msecsTo(error.retryAfter) + 500);
        m_timer.start(int(std::min<qint64>(delay, PollScheduler::MaxBackoffMs)));
    }
    for (const auto &[groupId, record] : announce)
        Q_EMIT newForcedLiquidation(groupId, record);
    Q_EMIT roundFinished(error);
}

} // namespace loandesk
