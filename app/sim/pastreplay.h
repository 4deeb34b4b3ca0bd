#pragma once

#include "pastevent.h"
#include "pastmarket.h"
#include "scenario.h"
#include "unitstate.h"

#include "domain/riskunit.h"

#include <QHash>
#include <QList>

#include <memory>

namespace loandesk::sim {

class SimEngine;

// The month before a simulation starts, so demo mode opens with a history (SCENARIOS.md, "The
// month before the start"). Prices come from PastMarket (the walk run backwards). A scripted
// story is laid over them: borrows and repays, hourly interest, a market dip that forces the
// first unit into liquidation, a later dip that brings another to margin call and a repay that
// cures it. The state 30 days ago is found by undoing the story from the scenario's start state
// with exact Decimals; run() then replays it forwards through a SimEngine — its own borrow,
// repay, interest and liquidation — and checks that it lands exactly on the start state. The
// live simulator's start is unchanged. Not thread-safe; run it on one thread.
class PastReplay {
public:
    static constexpr qint64 SpanMs = 30 * 86'400'000LL;

    PastReplay(const Scenario &scenario, quint64 seed, qint64 nowMs);
    ~PastReplay();
    PastReplay(const PastReplay &) = delete;
    PastReplay &operator=(const PastReplay &) = delete;

    // False (with the reason) when the story does not fit the scenario, e.g. a unit whose loan
    // the borrow rules would not let it rebuild; then nothing else is meaningful.
    bool run(QString *error = nullptr);

    qint64 fromMs() const { return m_fromMs; }
    qint64 nowMs() const { return m_nowMs; }
    const PastMarket &market() const { return m_market; }
    const QList<PastEvent> &story() const { return m_story; }
    // The units 30 days ago, where the forward replay started.
    const QList<UnitState> &startUnits() const { return m_start; }
    // The units at nowMs() as the replay left them: the scenario's holdings and liabilities,
    // with every record of the month, oldest first (for SimEngine::addPastRecords).
    const QList<UnitState> &units() const { return m_end; }
    // Every unit's ltv-details figures at every step, oldest first (updateTimeMs is the time).
    const QList<RiskUnit> &samples() const { return m_samples; }

    // Holdings and liabilities equal, ignoring zero entries and records (the landing check).
    static bool sameState(const UnitState &a, const UnitState &b, QString *difference = nullptr);

private:
    void planStory();
    bool undoStory(QString *error);
    bool replay(QString *error);
    bool apply(SimEngine &engine, qsizetype index, QString *error);
    void solveDip(SimEngine &engine, qsizetype dipIndex);
    QMap<QString, Decimal> pricesAt(qsizetype step) const;

    Scenario m_scenario;
    quint64 m_seed;
    qint64 m_nowMs;
    qint64 m_fromMs;
    PastMarket m_market;
    QList<PastEvent> m_story;                       // by time
    QHash<qint64, QList<MemberHoldings>> m_restore; // group → holdings the Restore brings back
    QHash<qint64, Decimal> m_preLiquidationPrincipal;
    QHash<qsizetype, double> m_dipDepth; // story index → solved depth
    QHash<qsizetype, Decimal> m_paid;    // story index → what a repay pays in all
    QList<UnitState> m_start;
    QList<UnitState> m_end;
    QList<RiskUnit> m_samples;
};

} // namespace loandesk::sim
