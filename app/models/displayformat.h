#pragma once

#include "domain/decimal.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace loandesk {

class DisplayZoneNotifier;
class SettingsService;

// How numbers and times are written for people, in one place so every view agrees. A figure reads
// like a statement: each kind has one precision (2 places for USD-valued figures, the asset's own
// for quantities, percentages with 2 places for ratios), rounded half-even, with the locale's
// separators; the exact value the exchange sent is what tooltips, copy and CSV carry (exact()).
// Times always carry their zone.
class DisplayFormat {
public:
    enum class Zone { Utc, Local };

    // Call on the GUI thread: a change is announced through notifier().
    static void setZone(Zone zone);
    static Zone zone();
    // Emits zoneChanged when setZone() changes the zone; widgets showing times follow it.
    static DisplayZoneNotifier *notifier();
    // Takes the service's time zone now and whenever it changes, for as long as it lives.
    static void follow(SettingsService *settings);
    // A moment as the user reads it: in UTC or in the machine's zone, as set. Charts and date
    // pickers use these so every view agrees on the zone and on where a day starts.
    static QDateTime inZone(const QDateTime &t);
    static QDateTime inZone(qint64 msSinceEpoch);
    static QTimeZone timeZone();

    // A USD-valued figure (net equity, margins, liability, anything the exchange values in USD):
    // "1,234,567.50".
    static QString usd(const Decimal &value, const QLocale &locale = {});
    // A quantity of `asset` at that asset's places: "0.12345678" BTC, "2,000,125.50" USDT.
    static QString quantity(const Decimal &value, const QString &asset, const QLocale &locale = {});
    // The places a quantity of `asset` is shown with: 2 for the USD stablecoins (their amounts
    // are USD-valued: the exchange adds them into the unit's USD liability), else the exchange's
    // own precision for every asset, 8.
    static int places(const QString &asset);
    static constexpr int UsdPlaces = 2;
    static constexpr int AssetPlaces = 8;
    static constexpr int RatioPlaces = 2;
    // `value` with exactly `places` decimals, grouped: the one formatter behind usd/quantity.
    static QString fixed(const Decimal &value, int places, const QLocale &locale = {});
    // Every digit the exchange sent, grouped ("3,891,142.0707188"): tooltips.
    static QString exact(const Decimal &value, const QLocale &locale = {});
    // 0.59213347 → "59.21 %"
    static QString percent(const Decimal &ratio, int places = RatioPlaces,
                           const QLocale &locale = {});
    // A ratio a chart has as a double (its drawn points), written like every other ratio.
    static QString drawnPercent(double ratio, const QLocale &locale = {});
    // LTV (a ratio) as a percentage with 2 places, "59.21 %"; "—" when undefined.
    static QString ltv(const std::optional<Decimal> &ltv, const QLocale &locale = {});
    // "2026-11-25 10:42:05 UTC" or "2026-11-25 11:42:05 CET"
    static QString dateTime(const QDateTime &t);
    static QString time(const QDateTime &t); // "10:42:05 UTC"
    // How old data is: "< 10 s", "10 s" … "50 s" (whole tens), "3 min", "2 h 5 min". Under
    // ten seconds it does not count: at the usual polling the text then never moves between
    // polls, so nothing wakes up each second to repaint it.
    static QString age(qint64 ms);
    // Time left until a moment, to the second under a minute: "12 s", "3 min", "2 h 5 min".
    static QString countdown(qint64 ms);
};

} // namespace loandesk
