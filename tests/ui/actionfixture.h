#pragma once

// The simulated exchange, a session with unit 10001's credit key, a fresh audit journal and the
// BorrowRepayService: what every borrow/repay dialog test starts from. Prices hold still so the
// figures a dialog shows do not move while the test reads them.

#include "actions/auditlog.h"
#include "actions/borrowrepayservice.h"
#include "monitor/monitorsession.h"
#include "sim/simexchange.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace loandesk::uitest {

struct ActionFixture {
    static constexpr qint64 Alpha = 10001;

    QTemporaryDir dir;
    std::unique_ptr<sim::SimExchange> exchange;
    std::unique_ptr<MonitorSession> session;
    std::unique_ptr<AuditLog> log;
    std::unique_ptr<BorrowRepayService> service;

    // Call from init(); QVERIFY failures end the test function.
    void start(const QString &profile) {
        sim::Scenario scenario = *sim::Scenario::load(QStringLiteral("calm"));
        for (sim::AssetConfig &a : scenario.assets)
            a.volatility = 0;
        exchange = std::make_unique<sim::SimExchange>(scenario, 3);
        QVERIFY(exchange->listen());
        session =
            std::make_unique<MonitorSession>(exchange->baseUrl(), exchange->parentCredentials());
        session->setCreditCredentials(Alpha, exchange->creditCredentials(Alpha));
        bool fetched = false;
        session->fetchOnce(std::nullopt, [&](ExchangeError e) { fetched = !e.isError(); });
        QTRY_VERIFY(fetched);
        log = std::make_unique<AuditLog>();
        QVERIFY(log->open(dir.filePath(QStringLiteral("audit-%1.sqlite"))
                              .arg(QDateTime::currentMSecsSinceEpoch())));
        service = std::make_unique<BorrowRepayService>(session.get(), log.get(), profile);
    }

    void stop() {
        service.reset();
        log.reset();
        session.reset();
        exchange.reset();
    }
};

} // namespace loandesk::uitest
