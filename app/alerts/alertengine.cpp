#include "alertengine.h"

#include "domain/isoutc.h"
#include "monitor/monitorstate.h"

#include <QTimeZone>

namespace loandesk {

namespace {

constexpr Alert::Kind Levels[] = {Alert::Kind::LtvWarning, Alert::Kind::MarginCall,
                                  Alert::Kind::LiquidationImminent};

} // namespace

AlertEngine::AlertEngine(MonitorState *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_now([] { return QDateTime::currentDateTimeUtc(); }) {
    m_startedAt = m_now();
    connect(m_state, &MonitorState::updated, this, &AlertEngine::evaluate);
    // The dead-man must fire precisely when nothing else happens, so it has its own timer.
    m_deadManTimer.setInterval(5000);
    connect(&m_deadManTimer, &QTimer::timeout, this, &AlertEngine::evaluate);
    m_deadManTimer.start();
}

void AlertEngine::setSettings(const AlertSettings &settings) {
    m_settings = settings;
}

void AlertEngine::setClock(std::function<QDateTime()> now) {
    m_now = std::move(now);
    m_startedAt = m_now();
}

Decimal AlertEngine::trigger(qint64 groupId, Alert::Kind level) const {
    const LtvBands bands = m_state->bands(groupId);
    switch (level) {
    case Alert::Kind::LtvWarning:
        return bands.warning;
    case Alert::Kind::MarginCall:
        return bands.marginCall;
    case Alert::Kind::LiquidationImminent: {
        // Never below margin call, whatever margin the user chose.
        const Decimal t = bands.liquidation - m_settings.imminentMargin;
        return Decimal::max(t, bands.marginCall);
    }
    default:
        return Decimal::invalid();
    }
}

void AlertEngine::evaluate() {
    const QDateTime now = m_now();
    for (qint64 groupId : m_state->groupIds())
        evaluateUnit(groupId, now);
    evaluateFeed(now);
}

void AlertEngine::evaluateUnit(qint64 groupId, const QDateTime &now) {
    const UnitStatus *status = m_state->unit(groupId);
    if (!status)
        return;
    const RiskUnit &unit = status->unit;
    const std::optional<Decimal> ltv = unit.computedLtv();
    // No equity above maintenance margin while owing something: as bad as it gets.
    const bool undefinedCritical = !ltv && unit.totalLiability.isPositive();
    if (!ltv && !undefinedCritical)
        return;
    UnitArming &arming = m_units[groupId];
    auto atOrAbove = [&](const Decimal &t) { return undefinedCritical || *ltv >= t; };
    auto below = [&](const Decimal &t) { return !undefinedCritical && *ltv < t; };

    int highest = -1;
    for (int i = 0; i < LevelCount; ++i) {
        const Decimal t = trigger(groupId, Levels[i]);
        if (!arming.armed[size_t(i)] && below(t - m_settings.hysteresis))
            arming.armed[size_t(i)] = true;
        if (atOrAbove(t))
            highest = i;
    }
    if (highest >= 0 && arming.armed[size_t(highest)]) {
        const QDateTime last = arming.lastFired[size_t(highest)];
        const bool cooling =
            last.isValid() && last.secsTo(now) < qint64(m_settings.cooldownSeconds);
        if (!cooling) {
            // One alert for the worst level reached; the levels below count as told.
            for (int i = 0; i <= highest; ++i)
                arming.armed[size_t(i)] = false;
            arming.lastFired[size_t(highest)] = now;
            if (highest >= 1)
                arming.escalationMark = ltv;
            raise(Levels[highest], groupId, ltv, trigger(groupId, Levels[highest]), now);
        }
    } else if (highest >= 1 && ltv && arming.escalationMark &&
               m_settings.escalationStep.isPositive() &&
               *ltv >= *arming.escalationMark + m_settings.escalationStep) {
        // Still above margin call and rising: say so again at every further step.
        arming.escalationMark = ltv;
        raise(Alert::Kind::LtvEscalation, groupId, ltv, trigger(groupId, Alert::Kind::MarginCall),
              now);
    }
    if (ltv && below(trigger(groupId, Alert::Kind::MarginCall) - m_settings.hysteresis))
        arming.escalationMark.reset();

    if (m_settings.alertOnDisagreement) {
        if (unit.ltvDisagrees() && arming.disagreementArmed) {
            arming.disagreementArmed = false;
            raise(Alert::Kind::LtvDisagreement, groupId, ltv, unit.ltv, now);
        } else if (!unit.ltvDisagrees()) {
            arming.disagreementArmed = true;
        }
    }
}

void AlertEngine::evaluateFeed(const QDateTime &now) {
    const QDateTime since = m_state->lastSuccess().isValid() ? m_state->lastSuccess() : m_startedAt;
    const QDateTime pausedUntil = m_state->pausedUntil();
    const bool paused = pausedUntil.isValid() && now < pausedUntil;
    const bool failing = m_state->consecutiveFailures() > 0 || paused;
    const qint64 downMs = since.msecsTo(now);
    if (!failing) {
        m_feedDownArmed = true;
    } else if (m_feedDownArmed && downMs >= qint64(m_settings.deadManMinutes) * 60 * 1000) {
        m_feedDownArmed = false;
        const auto error = m_state->lastError();
        raise(Alert::Kind::FeedDown, 0, std::nullopt, Decimal::invalid(), now,
              error ? exchangeErrorKindName(error->kind) : QString());
    }
    if (paused && pausedUntil != m_pauseAlerted) {
        m_pauseAlerted = pausedUntil;
        const auto error = m_state->lastError();
        raise(Alert::Kind::Paused, 0, std::nullopt, Decimal::invalid(), now,
              (error ? exchangeErrorKindName(error->kind) + u' ' : QString()) +
                  QStringLiteral("until ") + isoUtcSeconds(pausedUntil));
    }
}

void AlertEngine::reportForcedLiquidation(qint64 groupId, const LiquidationRecord &record) {
    raise(Alert::Kind::ForcedLiquidation, groupId,
          record.startLtv.isValid() ? std::optional<Decimal>(record.startLtv) : std::nullopt,
          m_state->bands(groupId).liquidation, m_now(),
          QStringLiteral("started ") + isoUtc(record.startTimeMs) + QStringLiteral(" liability ") +
              record.totalLiability.toString());
}

void AlertEngine::raise(Alert::Kind kind, qint64 groupId, std::optional<Decimal> value,
                        const Decimal &threshold, const QDateTime &now, const QString &detail) {
    Alert a;
    a.kind = kind;
    a.groupId = groupId;
    a.value = value;
    a.threshold = threshold;
    a.raisedAt = now.toUTC();
    a.detail = detail;
    Q_EMIT alertRaised(a);
}

} // namespace loandesk
