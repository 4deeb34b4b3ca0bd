#pragma once

#include "awaitresult.h"
#include "exchange/exchangeclient.h"
#include "exchange/serverclock.h"
#include "exchange/weighttracker.h"
#include "sim/scenario.h"
#include "sim/simexchange.h"

#include "exchange/httptransport.h"
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

namespace loandesk::test {

// A simulated exchange on a free loopback port plus real clients for its parent key and each
// credit key, sharing one network manager, clock and weight tracker as the app does.
class SimFixture {
public:
    explicit SimFixture(const QString &scenario = QStringLiteral("calm"), quint64 seed = 7)
        : m_exchange(*sim::Scenario::load(scenario), seed) {
        if (!m_exchange.listen())
            qFatal("simulator did not start: %s", qPrintable(m_exchange.errorString()));
    }

    // A modified scenario, e.g. with a coarser price tick so that days can pass quickly.
    explicit SimFixture(const sim::Scenario &scenario, quint64 seed = 7)
        : m_exchange(scenario, seed) {
        if (!m_exchange.listen())
            qFatal("simulator did not start: %s", qPrintable(m_exchange.errorString()));
    }

    sim::SimExchange &exchange() { return m_exchange; }
    ServerClock &clock() { return m_clock; }
    WeightTracker &weights() { return m_weights; }

    std::unique_ptr<ExchangeClient> client(const ApiCredentials &credentials) {
        auto c = std::make_unique<ExchangeClient>(&m_transport, &m_clock, &m_weights);
        c->setBaseUrl(m_exchange.baseUrl());
        c->setCredentials(credentials);
        c->setRequestTimeoutMs(3000);
        return c;
    }
    std::unique_ptr<ExchangeClient> parent() { return client(m_exchange.parentCredentials()); }
    std::unique_ptr<ExchangeClient> credit(qint64 groupId) {
        return client(m_exchange.creditCredentials(groupId));
    }

private:
    sim::SimExchange m_exchange;
    HttpTransport m_transport;
    ServerClock m_clock;
    WeightTracker m_weights;
};

} // namespace loandesk::test
