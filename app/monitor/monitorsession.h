#pragma once

#include "exchange/apicredentials.h"
#include "exchange/exchangeerror.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace loandesk {

class CollateralState;
class CompositionPoller;
class ExchangeClient;
class HttpTransport;
class MonitorState;
class PollScheduler;
class ServerClock;
class WeightTracker;

// Everything needed to watch one account on one exchange host: the HTTP transport,
// the shared clock and weight tracker, the client for the monitoring key, the state and its
// scheduler, and the collateral by asset (CollateralState, fed by a CompositionPoller on the
// same scheduler). Lives on the GUI thread; the GUI and the headless snapshot both build on it.
class MonitorSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorSession)

public:
    MonitorSession(const QUrl &baseUrl, const ApiCredentials &monitorKey,
                   QObject *parent = nullptr);
    ~MonitorSession() override;

    ExchangeClient *client() const { return m_client; }
    MonitorState *state() const { return m_state; }
    PollScheduler *scheduler() const { return m_scheduler; }
    ServerClock *clock() const { return m_clock; }
    WeightTracker *weights() const { return m_weights; }
    HttpTransport *transport() const { return m_transport; }
    QUrl baseUrl() const { return m_baseUrl; }
    CollateralState *collateral() const { return m_collateral; }
    CompositionPoller *composition() const { return m_composition; }

    // Borrow, repay and the records endpoints need the credit account's key of each unit.
    // Clients share this session's transport, clock and weight tracker.
    void setCreditCredentials(qint64 groupId, const ApiCredentials &credentials);
    // nullptr when no credit key is known for the unit (monitoring is then read-only).
    ExchangeClient *creditClient(qint64 groupId) const;
    QList<qint64> creditGroupIds() const { return m_creditClients.keys(); }

    // One clock sync and one ltv-details fetch, then one composition read, for headless runs;
    // `done` gets the first error of the first two (composition problems are reasons in
    // collateral(), never errors here), or none when the state holds fresh data.
    void fetchOnce(std::optional<qint64> groupId, std::function<void(ExchangeError)> done);

Q_SIGNALS:
    // A unit's credit key was set or replaced: its client exists from now on (e.g. an action a
    // crash left open can now be checked).
    void creditCredentialsChanged(qint64 groupId);

private:
    QUrl m_baseUrl;
    HttpTransport *m_transport;
    ServerClock *m_clock;
    WeightTracker *m_weights;
    ExchangeClient *m_client;
    MonitorState *m_state;
    PollScheduler *m_scheduler;
    CollateralState *m_collateral;
    CompositionPoller *m_composition;
    QHash<qint64, ExchangeClient *> m_creditClients;
};

} // namespace loandesk
