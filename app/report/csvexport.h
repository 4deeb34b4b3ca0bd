#pragma once

#include <QByteArray>
#include <QDateTime>

namespace loandesk {

class MonitorState;
struct CollateralSnapshot;

// CSV of the current state for spreadsheets: UTF-8, comma-separated, RFC 4180 quoting, amounts
// exactly as received (never rounded), times in ISO 8601 UTC.
class CsvExport {
public:
    // One row per wallet of every unit: unit, as-of, member, role, wallet, net equity, margin.
    static QByteArray collateral(const MonitorState &state, bool maskEmails);
    // One row per unit with its key figures, reported and computed LTV, and band.
    static QByteArray keyFigures(const MonitorState &state);
    // Collateral by asset: per unit one row per asset over the whole unit (scope "unit"), then
    // per member one row per asset of that member's valued wallets (scope "member"), with the
    // unit's composition status ("complete", "partial", "unavailable") and its reason. A unit
    // without a valued composition has one row with empty figures, so it is never silently absent.
    static QByteArray collateralAssets(const MonitorState &state,
                                       const CollateralSnapshot &collateral, bool maskEmails);
    // One row per unit and non-stable asset: its price now and the price of that asset alone at
    // which the unit reaches each band (empty where it alone cannot).
    static QByteArray priceTriggers(const MonitorState &state,
                                    const CollateralSnapshot &collateral);
};

} // namespace loandesk
