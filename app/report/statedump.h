#pragma once

#include "collateralsnapshot.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

namespace loandesk {

class CollateralState;
class MonitorState;
struct RiskUnit;
struct LtvBands;

// The normalized state written by `loandesk --dump FILE.json` (schema in the README): per unit
// every ltv-details field with amounts as exact decimal strings, plus what LoanDesk computes
// (LTV, band, distance to each band) and, since schema 2, the unit's collateral by asset and the
// price of each asset that triggers each band. Never contains credentials.
// Schema changes are additive: a v1 reader finds every v1 field unchanged.
class StateDump {
public:
    static constexpr int SchemaVersion = 2;

    struct Options {
        bool maskEmails = false;
        QString source; // base URL or "demo"
    };

    // `view`: nullptr when no composition could be read (composition "unavailable"); `reason`
    // is written as given (CollateralSnapshot::reason, masked by the caller as needed).
    static QJsonObject unitToJson(const RiskUnit &unit, const LtvBands &bands,
                                  const QDateTime &fetchedAt, bool maskEmails,
                                  const CollateralView *view = nullptr, const QString &reason = {});
    static QByteArray toJson(const MonitorState &state, const CollateralSnapshot &collateral,
                             const Options &options,
                             const QDateTime &generatedAt = QDateTime::currentDateTimeUtc());
    static QByteArray toJson(const MonitorState &state, const CollateralState *collateral,
                             const Options &options,
                             const QDateTime &generatedAt = QDateTime::currentDateTimeUtc());
};

} // namespace loandesk
