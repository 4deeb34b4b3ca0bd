#include "historydatabase.h"

#include <QSqlError>
#include <QSqlQuery>

#include <limits>

// HistoryDatabase's trigger prices: written beside each unit's samples, read back decimated for
// the history dock's trigger-price tab.
namespace loandesk {

namespace {

QVariant optionalText(const std::optional<Decimal> &d) {
    return d ? QVariant(d->toString()) : QVariant(QMetaType::fromType<QString>());
}

std::optional<Decimal> optionalDecimal(const QVariant &v) {
    if (v.isNull())
        return std::nullopt;
    return Decimal::fromString(v.toString());
}

} // namespace

bool HistoryDatabase::appendTriggers(const QList<HistoryTriggerSample> &triggers, QString *error) {
    QString dummy;
    QString &err = error ? *error : dummy;
    if (!m_open) {
        err = QStringLiteral("history database is not open");
        return false;
    }
    if (triggers.isEmpty())
        return true;
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        err = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    q.prepare(insertVerb() +
              QStringLiteral("trigger_samples (group_id, time_ms, asset, price, warning_price,"
                             " initial_price, margin_call_price, liquidation_price)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?)") +
              ignoreSuffix());
    for (const HistoryTriggerSample &t : triggers) {
        for (const QVariant &v :
             {QVariant(t.groupId), QVariant(t.timeMs), QVariant(t.asset),
              QVariant(t.priceUsd.toString()), optionalText(t.warning), optionalText(t.initial),
              optionalText(t.marginCall), optionalText(t.liquidation)})
            q.addBindValue(v);
        if (!q.exec()) {
            err = q.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        err = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

HistoryTriggerSeries HistoryDatabase::triggerSeries(qint64 groupId, qint64 fromMs, qint64 toMs,
                                                    int buckets) const {
    HistoryTriggerSeries out;
    out.groupId = groupId;
    if (!m_open) {
        out.error = QStringLiteral("history database is not open");
        return out;
    }
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (fromMs == std::numeric_limits<qint64>::min()) {
        q.prepare(QStringLiteral("SELECT MIN(time_ms) FROM trigger_samples WHERE group_id = ?"));
        q.addBindValue(groupId);
        if (!q.exec()) {
            out.error = q.lastError().text();
            return out;
        }
        fromMs = q.next() && !q.value(0).isNull() ? q.value(0).toLongLong() : toMs;
        q.finish();
    }
    out.fromMs = fromMs;
    out.toMs = toMs;
    const qint64 span = toMs - fromMs;
    if (span <= 0)
        return out;
    const qint64 width =
        std::max<qint64>(1, (span + std::max(buckets, 1) - 1) / std::max(buckets, 1));
    // The last sample of each asset in each bucket: the primary key (group, asset, time) serves
    // both the grouping and the join back.
    q.prepare(QStringLiteral(
        "SELECT t.asset, t.time_ms, t.price, t.warning_price, t.initial_price,"
        " t.margin_call_price, t.liquidation_price FROM trigger_samples t JOIN"
        " (SELECT asset, MAX(time_ms) AS last_ms FROM trigger_samples"
        "  WHERE group_id = ? AND time_ms >= ? AND time_ms < ?"
        "  GROUP BY asset, (time_ms - ?) / ?) k ON t.asset = k.asset AND t.time_ms = k.last_ms"
        " WHERE t.group_id = ? ORDER BY t.asset, t.time_ms"));
    for (const QVariant &v : {QVariant(groupId), QVariant(fromMs), QVariant(toMs), QVariant(fromMs),
                              QVariant(width), QVariant(groupId)})
        q.addBindValue(v);
    if (!q.exec()) {
        out.error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        HistoryTriggerSample t;
        t.groupId = groupId;
        t.asset = q.value(0).toString();
        t.timeMs = q.value(1).toLongLong();
        t.priceUsd = Decimal::fromString(q.value(2).toString()).value_or(Decimal::invalid());
        t.warning = optionalDecimal(q.value(3));
        t.initial = optionalDecimal(q.value(4));
        t.marginCall = optionalDecimal(q.value(5));
        t.liquidation = optionalDecimal(q.value(6));
        if (!out.assets.contains(t.asset))
            out.assets.append(t.asset);
        out.samples.append(t);
    }
    return out;
}

} // namespace loandesk
