#include "actionreconciler.h"

#include "auditlog.h"
#include "liabilityevidence.h"
#include "recordmatch.h"
#include "recordssweep.h"

#include "domain/isoutc.h"
#include "exchange/exchangeclient.h"
#include "exchange/serverclock.h"

#include <QTimeZone>

#include <algorithm>
#include <memory>
#include <optional>

namespace loandesk {

namespace {

constexpr int MaxBackoffMs = 60 * 1000;

} // namespace

// What one check read: the records, then the liability, both as of `checkedAtMs` or later.
struct ActionReconciler::Reads {
    qint64 checkedAtMs = 0; // the exchange's clock when the check began
    RecordsSweep::Outcome records;
    Decimal liabilityNow;
};

ActionReconciler::ActionReconciler(AuditLog *log, ClientLookup clients, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_clients(std::move(clients)) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ActionReconciler::check);
}

ActionReconciler::~ActionReconciler() {
    disconnect(m_clientGone);
}

qint64 ActionReconciler::submitTimeMs() const {
    return m_submitMs;
}

void ActionReconciler::start(const AuditEntry &entry) {
    m_entry = entry;
    m_submitMs = entry.exchangeTimeMs;
    if (m_submitMs <= 0) {
        // A row journaled before the exchange's time was recorded: the INTENT row's own time
        // is the closest, and earlier than the submit.
        const QList<AuditEntry> history =
            m_log ? m_log->history(entry.intentId) : QList<AuditEntry>();
        m_submitMs = history.isEmpty() ? entry.timeMs : history.first().timeMs;
    }
    m_failures = 0;
    m_rechecks = 0;
    m_running = true;
    ++m_run;
    m_timer.stop();
    endCheck();
    check();
}

void ActionReconciler::stop() {
    m_timer.stop();
    m_running = false;
    ++m_run;
    endCheck();
}

void ActionReconciler::endCheck() {
    disconnect(m_clientGone);
    if (m_sweep)
        m_sweep->deleteLater();
    m_sweep = nullptr;
}

void ActionReconciler::check() {
    ExchangeClient *client = m_clients ? m_clients(m_entry.groupId) : nullptr;
    if (!client) {
        retryLater(
            ExchangeError::make(ExchangeError::Kind::Auth,
                                QStringLiteral("no credit key for unit %1").arg(m_entry.groupId)));
        return;
    }
    const quint64 run = m_run;
    // A client that goes away (keys replaced) drops its replies without a word: look it up again.
    m_clientGone = connect(client, &QObject::destroyed, this, [this, run] {
        if (!current(run))
            return;
        ++m_run;
        endCheck();
        retryLater(ExchangeError::make(ExchangeError::Kind::Network,
                                       QStringLiteral("the unit's client was replaced during a "
                                                      "check")));
    });
    if (client->clock()->isSynced()) {
        readRecords(client, run);
        return;
    }
    // The grace period is measured on the exchange's clock.
    client->syncTime(this, [this, client, run](Result<qint64> time) {
        if (!current(run))
            return;
        if (!time.ok()) {
            endCheck();
            retryLater(time.error());
            return;
        }
        readRecords(client, run);
    });
}

void ActionReconciler::readRecords(ExchangeClient *client, quint64 run) {
    auto reads = std::make_shared<Reads>();
    // Taken before anything is read, so the reads cover at least up to it.
    reads->checkedAtMs = client->clock()->serverNowMs();
    m_sweep = new RecordsSweep(client, m_entry.groupId, m_entry.asset, this);
    m_sweep->read(m_submitMs - ReadBeforeMs, reads->checkedAtMs,
                  [this, client, run, reads](Result<RecordsSweep::Outcome> records) {
                      if (!current(run))
                          return;
                      if (!records.ok()) {
                          endCheck();
                          retryLater(records.error());
                          return;
                      }
                      reads->records = std::move(records.value());
                      readLiability(client, run, reads);
                  });
}

void ActionReconciler::readLiability(ExchangeClient *client, quint64 run,
                                     const std::shared_ptr<Reads> &reads) {
    // After the records: a change between the two reads then shows as unexplained liability,
    // which can only make a verdict wait.
    client->fetchLtvDetails(
        m_entry.groupId, this, [this, run, reads](Result<QList<RiskUnit>> units) {
            if (!current(run))
                return;
            endCheck();
            if (!units.ok()) {
                retryLater(units.error());
                return;
            }
            const auto unit =
                std::find_if(units.value().cbegin(), units.value().cend(),
                             [this](const RiskUnit &u) { return u.groupId == m_entry.groupId; });
            if (unit == units.value().cend()) {
                retryLater(ExchangeError::make(
                    ExchangeError::Kind::Parse,
                    QStringLiteral("ltv-details did not list unit %1").arg(m_entry.groupId)));
                return;
            }
            reads->liabilityNow = unit->totalLiability;
            m_failures = 0;
            decide(*reads);
        });
}

void ActionReconciler::decide(const Reads &reads) {
    const qint64 graceEnd = graceEndMs();
    const bool graceOver = reads.checkedAtMs >= graceEnd;
    const auto claimed = [this](const QString &tranId) {
        return m_log && m_log->isTranIdClaimed(tranId, m_entry.intentId);
    };
    const RecordMatch match = RecordMatch::find(m_entry, m_submitMs, graceEnd, ClockToleranceMs,
                                                reads.records.rows, claimed);

    QString liability;
    std::optional<LiabilityEvidence> judged;
    if (m_entry.liabilityBefore) {
        judged = LiabilityEvidence::judge(m_entry, m_submitMs, *m_entry.liabilityBefore,
                                          reads.liabilityNow, reads.records.rows);
        liability = judged->describe();
    } else {
        liability = QStringLiteral("totalLiability before: not journaled, now %1")
                        .arg(reads.liabilityNow.toString());
    }
    const QString evidence =
        QStringLiteral("%1 borrow and repay records from %2 to %3 UTC: %4 pages, %5 rows; %6; "
                       "grace period %7 %8")
            .arg(m_entry.asset, isoUtc(reads.records.fromMs), isoUtc(reads.checkedAtMs))
            .arg(reads.records.pages)
            .arg(reads.records.rows.size())
            .arg(liability, graceOver ? QStringLiteral("ended") : QStringLiteral("ends"),
                 isoUtc(graceEnd));
    const QString candidate =
        QStringLiteral("tranId %1 at %2 UTC, amount %3")
            .arg(match.record.tranId)
            .arg(isoUtc(match.record.timestampMs), match.record.amount.toString());

    switch (match.kind) {
    case RecordMatch::Kind::Sure:
        conclude(Verdict::Executed, match.record, candidate + QStringLiteral("; ") + evidence);
        return;
    case RecordMatch::Kind::Ambiguous: {
        const QString doubt = QStringLiteral("candidate %1: %2").arg(candidate, match.doubt);
        if (graceOver)
            conclude(Verdict::ProbablyExecuted, match.record,
                     doubt + QStringLiteral("; ") + evidence);
        else
            recheck(doubt +
                        QStringLiteral("; waiting for the grace period, in case the action's "
                                       "own record appears; ") +
                        evidence,
                    reads.checkedAtMs);
        return;
    }
    case RecordMatch::Kind::None:
        break;
    }
    if (!graceOver) {
        recheck(QStringLiteral("no record yet: the exchange may still execute the order or "
                               "publish its record; ") +
                    evidence,
                reads.checkedAtMs);
        return;
    }
    if (!judged) {
        recheck(QStringLiteral("no record, but without the liability from before the action it "
                               "cannot be ruled out: resolve it by hand; ") +
                    evidence,
                reads.checkedAtMs);
        return;
    }
    if (!judged->rulesOut) {
        recheck(QStringLiteral("no record, but the liability moved as if it had executed (its "
                               "record may still appear); ") +
                    evidence,
                reads.checkedAtMs);
        return;
    }
    conclude(Verdict::NotExecuted, {}, QStringLiteral("no record; ") + evidence);
}

void ActionReconciler::conclude(Verdict verdict, const BorrowRepayRecord &record,
                                const QString &note) {
    m_timer.stop();
    m_running = false;
    ++m_run;
    Q_EMIT verdictReached(m_entry, verdict, record, note);
}

void ActionReconciler::recheck(const QString &why, qint64 checkedAtMs) {
    ++m_rechecks;
    qint64 delay = qMin(qint64(MaxRecheckMs), qint64(FirstRecheckMs) << qMin(m_rechecks - 1, 6));
    // Look again as soon as the grace period is over, not a long backoff later.
    const qint64 toGraceEnd = graceEndMs() - checkedAtMs;
    if (toGraceEnd > 0)
        delay = qMax(qint64(250), qMin(delay, toGraceEnd + 250));
    m_timer.start(int(delay));
    Q_EMIT stillOpen(m_entry, why, QDateTime::currentDateTimeUtc().addMSecs(delay));
}

void ActionReconciler::retryLater(const ExchangeError &error) {
    ++m_failures;
    const int delay = qMin(MaxBackoffMs, 2000 << qMin(m_failures, 5));
    m_timer.start(delay);
    Q_EMIT checkFailed(m_entry, error, QDateTime::currentDateTimeUtc().addMSecs(delay));
}

} // namespace loandesk
