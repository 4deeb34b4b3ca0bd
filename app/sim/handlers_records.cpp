// Handlers for the paged record endpoints (credit key only): borrow-repay, interest-history,
// force-liquidation and force-liquidation-transfer-record. All serve newest first.
#include "handlers.h"
#include "jsonwriter.h"
#include "timewindow.h"

#include <functional>

namespace loandesk::sim::Handlers {

namespace {

struct Query {
    const UnitState *unit = nullptr; // null: a unit the caller has no records for
    TimeWindow window;
    qint64 current = 1;
    qint64 size = 10;
};

// Reads groupId (optional, defaults to the caller's unit), times and paging.
std::optional<Query>
readQuery(Context &c, bool hasGroupId,
          const std::function<TimeWindow(std::optional<qint64>, std::optional<qint64>)> &resolve) {
    const std::optional<qint64> groupId =
        hasGroupId ? c.params.optionalLong(QStringLiteral("groupId")) : std::nullopt;
    const std::optional<qint64> start = c.params.optionalLong(QStringLiteral("startTime"));
    const std::optional<qint64> end = c.params.optionalLong(QStringLiteral("endTime"));
    Query q;
    q.current = c.params.current();
    q.size = c.params.size();
    if (c.params.error())
        return std::nullopt;
    // Another unit's id (e.g. a closed one) simply has no rows for this caller.
    if (!groupId || *groupId == c.caller.groupId)
        q.unit = c.engine.unit(c.caller.groupId);
    q.window = resolve(start, end);
    return q;
}

// Newest first: the records are stored oldest first.
template <typename Row, typename Keep, typename Write>
Reply pageOf(const QList<Row> &rows, const Query &q, Keep keep, Write write) {
    QJsonArray out;
    qint64 total = 0;
    const qint64 first = (q.current - 1) * q.size;
    for (qsizetype i = rows.size() - 1; i >= 0; --i) {
        if (!keep(rows.at(i), i))
            continue;
        if (total >= first && total < first + q.size)
            out.append(write(rows.at(i), i));
        ++total;
    }
    return Reply::json(QJsonDocument(JsonWriter::page(total, out)));
}

} // namespace

Reply borrowRepay(Context &c) {
    const QString type = c.params.required(QStringLiteral("type"));
    const QString asset = c.params.value(QStringLiteral("asset"));
    const int lookbackDays = asset.isEmpty() ? 7 : 30;
    const std::optional<Query> q = readQuery(c, true, [&](auto start, auto end) {
        return TimeWindow::borrowRepay(start, end, c.nowMs, lookbackDays);
    });
    if (c.params.error())
        return Reply::fail(*c.params.error());
    if (type != u"BORROW" && type != u"REPAY")
        return Reply::fail(SimError::invalidParam(QStringLiteral("type")));
    if (!q->unit)
        return Reply::json(QJsonDocument(JsonWriter::page(0, {})));
    const bool borrows = type == u"BORROW";
    return pageOf(
        q->unit->borrowRepay, *q,
        [&](const BorrowRepayRecord &r, qsizetype) {
            return (r.type == BorrowRepayRecord::Type::Borrow) == borrows &&
                   (asset.isEmpty() || r.asset == asset) && q->window.contains(r.timestampMs) &&
                   q->unit->isPublished(r, c.nowMs);
        },
        [](const BorrowRepayRecord &r, qsizetype) { return JsonWriter::borrowRepayRow(r); });
}

Reply interestHistory(Context &c) {
    const QString asset = c.params.value(QStringLiteral("asset"));
    const std::optional<Query> q = readQuery(
        c, true, [&](auto start, auto end) { return TimeWindow::interest(start, end, c.nowMs); });
    if (c.params.error())
        return Reply::fail(*c.params.error());
    if (!q->unit)
        return Reply::json(QJsonDocument(JsonWriter::page(0, {})));
    return pageOf(
        q->unit->interest, *q,
        [&](const InterestRecord &r, qsizetype) {
            return (asset.isEmpty() || r.asset == asset) && q->window.contains(r.timestampMs);
        },
        [](const InterestRecord &r, qsizetype) { return JsonWriter::interestRow(r); });
}

Reply forceLiquidation(Context &c) {
    const std::optional<Query> q = readQuery(
        c, true, [&](auto start, auto end) { return TimeWindow::plain(start, end, c.nowMs); });
    if (c.params.error())
        return Reply::fail(*c.params.error());
    if (!q->unit)
        return Reply::json(QJsonDocument(JsonWriter::page(0, {})));
    return pageOf(
        q->unit->liquidations, *q,
        [&](const LiquidationRecord &r, qsizetype) { return q->window.contains(r.startTimeMs); },
        [](const LiquidationRecord &r, qsizetype) { return JsonWriter::liquidationRow(r); });
}

Reply liquidationTransfers(Context &c) {
    const std::optional<Query> q = readQuery(
        c, false, [&](auto start, auto end) { return TimeWindow::plain(start, end, c.nowMs); });
    if (c.params.error())
        return Reply::fail(*c.params.error());
    const UnitState *unit = q->unit;
    if (!unit)
        return Reply::json(QJsonDocument(JsonWriter::page(0, {})));
    // One row per liquidation that moved funds, with its transfers.
    return pageOf(
        unit->liquidationIds, *q,
        [&](qint64 id, qsizetype i) {
            const bool moved = std::any_of(unit->transfers.begin(), unit->transfers.end(),
                                           [&](const auto &t) { return t.liquidationId == id; });
            return moved && q->window.contains(unit->liquidations.at(i).startTimeMs);
        },
        [&](qint64 id, qsizetype) {
            QJsonArray transfers;
            for (const LiquidationTransfer &t : unit->transfers) {
                if (t.liquidationId == id)
                    transfers.append(JsonWriter::transferRow(t));
            }
            return QJsonObject{{QStringLiteral("liquidationId"), id},
                               {QStringLiteral("liquidationTransferRecord"), transfers}};
        });
}

} // namespace loandesk::sim::Handlers
