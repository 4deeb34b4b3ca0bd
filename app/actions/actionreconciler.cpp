#include "actionreconciler.h"

#include "auditlog.h"

#include "exchange/exchangeclient.h"
#include "exchange/serverclock.h"

namespace loandesk {

namespace {

constexpr qint64 WindowBeforeMs = 5 * 60 * 1000;
constexpr qint64 WindowAfterMs = 60 * 1000;
constexpr int MaxBackoffMs = 60 * 1000;

bool sameType(AuditEntry::Action action, BorrowRepayRecord::Type type) {
    return action == AuditEntry::Action::Borrow ? type == BorrowRepayRecord::Type::Borrow
                                                : type == BorrowRepayRecord::Type::NormalRepay;
}

} // namespace

ActionReconciler::ActionReconciler(AuditLog *log, ClientLookup clients, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_clients(std::move(clients)) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ActionReconciler::check);
}

std::optional<BorrowRepayRecord>
ActionReconciler::match(const AuditEntry &entry, const QList<BorrowRepayRecord> &rows,
                        const std::function<bool(const QString &)> &claimed) {
    std::optional<BorrowRepayRecord> best;
    for (const BorrowRepayRecord &row : rows) {
        if (row.status != BorrowRepayRecord::Status::Confirmed || !sameType(entry.action, row.type))
            continue;
        if (row.asset != entry.asset || row.timestampMs < entry.exchangeTimeMs - ClockToleranceMs)
            continue;
        const bool amountFits =
            entry.action == AuditEntry::Action::Borrow
                ? row.amount == entry.requestedAmount
                : row.amount.isPositive() && row.amount <= entry.requestedAmount;
        if (!amountFits || (claimed && claimed(QString::number(row.tranId))))
            continue;
        if (!best || row.timestampMs < best->timestampMs)
            best = row;
    }
    return best;
}

void ActionReconciler::start(const AuditEntry &entry) {
    m_entry = entry;
    m_failures = 0;
    m_running = true;
    m_timer.stop();
    check();
}

void ActionReconciler::stop() {
    m_timer.stop();
    m_running = false;
}

void ActionReconciler::check() {
    ExchangeClient *client = m_clients ? m_clients(m_entry.groupId) : nullptr;
    if (!client) {
        retryLater(
            ExchangeError::make(ExchangeError::Kind::Auth,
                                QStringLiteral("no credit key for unit %1").arg(m_entry.groupId)));
        return;
    }
    const qint64 serverNow = client->clock()->serverNowMs();
    RecordsQuery query;
    query.groupId = m_entry.groupId;
    query.type = m_entry.action == AuditEntry::Action::Borrow
                     ? BorrowRepayRecord::Type::Borrow
                     : BorrowRepayRecord::Type::NormalRepay;
    query.asset = m_entry.asset;
    query.startTimeMs = m_entry.exchangeTimeMs - WindowBeforeMs;
    query.endTimeMs = qMax(serverNow, m_entry.exchangeTimeMs) + WindowAfterMs;
    query.size = 100;
    client->fetchBorrowRepayRecords(
        query, this, [this, serverNow](Result<Page<BorrowRepayRecord>> page) {
            if (!page.ok()) {
                retryLater(page.error());
                return;
            }
            const auto claimed = [this](const QString &tranId) {
                return m_log && m_log->isTranIdClaimed(tranId, m_entry.intentId);
            };
            if (const auto record = match(m_entry, page.value().rows, claimed)) {
                conclude(Verdict::Executed, *record);
                return;
            }
            const qint64 settledAt = m_entry.exchangeTimeMs + m_settleDelayMs;
            if (serverNow < settledAt) {
                // The exchange could still accept the request; look again once it cannot.
                const int delay =
                    int(qBound(qint64(0), settledAt - serverNow, qint64(MaxBackoffMs)));
                m_timer.start(delay);
                Q_EMIT stillOpen(m_entry, QStringLiteral("the exchange could still accept it"),
                                 QDateTime::currentDateTimeUtc().addMSecs(delay));
                return;
            }
            conclude(Verdict::NotExecuted, {});
        });
}

void ActionReconciler::conclude(Verdict verdict, const BorrowRepayRecord &record) {
    ExchangeClient *client = m_clients ? m_clients(m_entry.groupId) : nullptr;
    if (!client) {
        retryLater(
            ExchangeError::make(ExchangeError::Kind::Auth,
                                QStringLiteral("no credit key for unit %1").arg(m_entry.groupId)));
        return;
    }
    // ltv-details is read for the journal: the liability after the verdict, as evidence.
    client->fetchLtvDetails(
        m_entry.groupId, this, [this, verdict, record](Result<QList<RiskUnit>> units) {
            QString note;
            if (units.ok() && !units.value().isEmpty())
                note = QStringLiteral("totalLiability after: %1")
                           .arg(units.value().first().totalLiability.toString());
            m_running = false;
            Q_EMIT verdictReached(m_entry, verdict, record, note);
        });
}

void ActionReconciler::retryLater(const ExchangeError &error) {
    ++m_failures;
    const int delay = qMin(MaxBackoffMs, 2000 << qMin(m_failures, 5));
    m_timer.start(delay);
    Q_EMIT checkFailed(m_entry, error, QDateTime::currentDateTimeUtc().addMSecs(delay));
}

} // namespace loandesk
