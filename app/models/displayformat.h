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

// How numbers and times are written for people. Amounts keep every digit the exchange sent
// (never rounded for display), with the locale's group and decimal separators. Times always
// carry their zone.
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

    // "1,234,567.5" → at least `minPlaces` fractional digits, never fewer than the value has.
    static QString amount(const Decimal &value, int minPlaces = 2, const QLocale &locale = {});
    // 0.59213347 → "59.21 %"
    static QString percent(const Decimal &ratio, int places = 2, const QLocale &locale = {});
    // LTV as a ratio with 4 places: "0.5921"; "—" when undefined.
    static QString ltv(const std::optional<Decimal> &ltv, const QLocale &locale = {});
    // "2026-11-25 10:42:05 UTC" or "2026-11-25 11:42:05 CET"
    static QString dateTime(const QDateTime &t);
    static QString time(const QDateTime &t); // "10:42:05 UTC"
    // "12 s", "3 min", "2 h 5 min"
    static QString age(qint64 ms);
};

} // namespace loandesk
