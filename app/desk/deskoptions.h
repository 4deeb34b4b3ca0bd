#pragma once

#include "actions/deskkind.h"
#include "domain/riskunit.h"
#include "exchange/apicredentials.h"
#include "settings/profilecredentials.h"

#include <QHash>
#include <QString>
#include <QUrl>

#include <optional>

namespace loandesk {

// What a desk watches and with which keys: everything Launcher knows before it builds one.
struct DeskOptions {
    // A window's desk keeps history, a journal and alerts; a snapshot's only fetches once and
    // renders, so it writes nothing and takes no profile lock.
    enum class Role { Window, Snapshot };

    QUrl baseUrl;
    ApiCredentials monitorKey;
    QString label; // the profile's name, the exchange host, or "demo": titles and file names
    DeskKind kind = DeskKind::Real;
    Role role = Role::Window;
    std::optional<ResolvedProfile> profile =
        std::nullopt;                              // bands, proxy, credit keys, the watched unit
    QHash<qint64, ApiCredentials> creditKeys = {}; // demo and tests: each unit's credit key
    // Portfolio Margin members' read-only keys by sub-account email (demo and tests; a
    // profile brings its own), and where /papi is served: the exchange's own host for it, the
    // simulator's one port in demo mode and tests.
    QHash<QString, ApiCredentials> memberKeys = {};
    QUrl portfolioBaseUrl = QUrl(QStringLiteral("https://papi.binance.com"));
    // Demo mode only: the simulator's month before its start (every unit's figures, oldest
    // first), which the desk's demo history starts with. Ignored by a real desk.
    QList<RiskUnit> demoPast = {};
};

} // namespace loandesk
