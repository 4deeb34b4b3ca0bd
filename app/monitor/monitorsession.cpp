#include "monitorsession.h"

#include "collateralstate.h"
#include "compositionpoller.h"
#include "monitorstate.h"
#include "pollscheduler.h"

#include "exchange/exchangeclient.h"
#include "exchange/httptransport.h"
#include "exchange/serverclock.h"
#include "exchange/weighttracker.h"

namespace loandesk {

MonitorSession::MonitorSession(const QUrl &baseUrl, const ApiCredentials &monitorKey,
                               QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_transport(new HttpTransport(this))
    , m_clock(new ServerClock(this))
    , m_weights(new WeightTracker(this))
    , m_client(new ExchangeClient(m_transport, m_clock, m_weights, this))
    , m_state(new MonitorState(this))
    , m_scheduler(new PollScheduler(m_client, m_state, this))
    , m_collateral(new CollateralState(m_state, this))
    , m_composition(new CompositionPoller(this, m_collateral, this)) {
    m_client->setBaseUrl(baseUrl);
    m_client->setCredentials(monitorKey);
}

MonitorSession::~MonitorSession() {
    // The poller's member clients share the transport, which goes first among children.
    delete m_composition;
}

void MonitorSession::setCreditCredentials(qint64 groupId, const ApiCredentials &credentials) {
    ExchangeClient *client = m_creditClients.value(groupId);
    if (!client) {
        client = new ExchangeClient(m_transport, m_clock, m_weights, this);
        client->setBaseUrl(m_baseUrl);
        m_creditClients.insert(groupId, client);
    }
    client->setCredentials(credentials);
    Q_EMIT creditCredentialsChanged(groupId);
}

ExchangeClient *MonitorSession::creditClient(qint64 groupId) const {
    return m_creditClients.value(groupId);
}

void MonitorSession::fetchOnce(std::optional<qint64> groupId,
                               std::function<void(ExchangeError)> done) {
    m_client->syncTime(this, [this, groupId, done](Result<qint64> time) {
        if (!time.ok()) {
            done(time.error());
            return;
        }
        m_client->fetchLtvDetails(groupId, this, [this, done](Result<QList<RiskUnit>> units) {
            if (!units.ok()) {
                done(units.error());
                return;
            }
            m_state->applyUnits(units.value(), QDateTime::currentDateTimeUtc());
            m_composition->fetchOnce([done] { done(ExchangeError::none()); });
        });
    });
}

} // namespace loandesk
