#pragma once

#include "alert.h"

#include "domain/liquidationrecord.h"
#include "settings/alertsettings.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <array>
#include <functional>

namespace loandesk {

class MonitorState;

// Decides when a person must be told: per unit, LTV levels warning → margin call →
// liquidation imminent, each firing once on its trigger and re-arming only after LTV falls a
// hysteresis below it (no flapping), with a per-level cooldown and an escalation every further
// step above margin call. Also: the feed dead for N minutes, an exchange pause (429/418), and
// the exchange's LTV disagreeing with ours. A unit already past a level when monitoring starts
// alerts at once. Lives on the GUI thread; reads MonitorState on each update and on a timer.
class AlertEngine final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertEngine)

public:
    explicit AlertEngine(MonitorState *state, QObject *parent = nullptr);

    void setSettings(const AlertSettings &settings);
    AlertSettings settings() const { return m_settings; }
    // Tests move time without sleeping.
    void setClock(std::function<QDateTime()> now);

    // The trigger of an LTV level for `groupId` under the current bands and settings.
    Decimal trigger(qint64 groupId, Alert::Kind level) const;
    void evaluate();
    // The records poller found a forced liquidation it had not seen before: always told, no
    // cooldown (each record is reported once by the poller).
    void reportForcedLiquidation(qint64 groupId, const loandesk::LiquidationRecord &record);

Q_SIGNALS:
    void alertRaised(const loandesk::Alert &alert);

private:
    static constexpr int LevelCount = 3; // warning, margin call, liquidation imminent

    struct UnitArming {
        std::array<bool, LevelCount> armed{true, true, true};
        std::array<QDateTime, LevelCount> lastFired;
        std::optional<Decimal> escalationMark; // the LTV of the last margin-call-or-worse alert
        bool disagreementArmed = true;
    };

    void evaluateUnit(qint64 groupId, const QDateTime &now);
    void evaluateFeed(const QDateTime &now);
    void raise(Alert::Kind kind, qint64 groupId, std::optional<Decimal> value,
               const Decimal &threshold, const QDateTime &now, const QString &detail = {});

    MonitorState *m_state;
    AlertSettings m_settings;
    std::function<QDateTime()> m_now;
    QHash<qint64, UnitArming> m_units;
    QDateTime m_startedAt;
    bool m_feedDownArmed = true;
    QDateTime m_pauseAlerted; // the pausedUntil already alerted
    QTimer m_deadManTimer;
};

} // namespace loandesk
