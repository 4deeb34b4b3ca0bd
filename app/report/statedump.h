#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

namespace loandesk {

class MonitorState;
struct RiskUnit;
struct LtvBands;

// The normalized state written by `loandesk --dump FILE.json` (schema in the README): per unit
// every ltv-details field with amounts as exact decimal strings, plus what LoanDesk computes
// (LTV, band, distance to each band). Never contains credentials.
class StateDump {
public:
    static constexpr int SchemaVersion = 1;

    struct Options {
        bool maskEmails = false;
        QString source; // base URL or "demo"
    };

    static QJsonObject unitToJson(const RiskUnit &unit, const LtvBands &bands,
                                  const QDateTime &fetchedAt, bool maskEmails);
    static QByteArray toJson(const MonitorState &state, const Options &options,
                             const QDateTime &generatedAt = QDateTime::currentDateTimeUtc());
};

} // namespace loandesk
