#include "displayformat.h"

#include "displayzonenotifier.h"

#include "settings/settingsservice.h"

#include <QCoreApplication>

#include <atomic>
#include <cmath>

namespace loandesk {

namespace {
std::atomic<DisplayFormat::Zone> g_zone{DisplayFormat::Zone::Utc};
}

void DisplayFormat::setZone(Zone zone) {
    if (g_zone.exchange(zone) != zone)
        Q_EMIT notifier()->zoneChanged(zone);
}

DisplayZoneNotifier *DisplayFormat::notifier() {
    static DisplayZoneNotifier instance;
    return &instance;
}

void DisplayFormat::follow(SettingsService *settings) {
    const auto take = [](AppSettings::TimeZone zone) {
        setZone(zone == AppSettings::TimeZone::Local ? Zone::Local : Zone::Utc);
    };
    take(settings->app().timeZone);
    QObject::connect(settings, &SettingsService::timeZoneChanged, settings, take);
}

DisplayFormat::Zone DisplayFormat::zone() {
    return g_zone;
}

namespace {

// Groups the integer digits of a plain decimal text ("-1234567.5") with the locale's separators:
// QLocale::toString(double) would lose digits.
QString localized(const QString &plain, const QLocale &locale) {
    // Built in place: every figure of every poll passes through here.
    const bool negative = plain.startsWith(u'-');
    const qsizetype begin = negative ? 1 : 0;
    const qsizetype point = plain.indexOf(u'.');
    const qsizetype digits = (point < 0 ? plain.size() : point) - begin;
    const QString separator =
        locale.numberOptions() & QLocale::OmitGroupSeparator ? QString() : locale.groupSeparator();
    QString out;
    out.reserve(plain.size() + (digits / 3) * separator.size() + 2);
    if (negative)
        out += locale.negativeSign();
    for (qsizetype i = 0; i < digits; ++i) {
        if (i > 0 && (digits - i) % 3 == 0)
            out += separator;
        out += plain.at(begin + i);
    }
    if (point >= 0 && point + 1 < plain.size()) {
        out += locale.decimalPoint();
        out += QStringView(plain).mid(point + 1);
    }
    return out;
}

} // namespace

QString DisplayFormat::fixed(const Decimal &value, int places, const QLocale &locale) {
    if (!value.isValid())
        return QStringLiteral("—");
    const Decimal shown = value.rounded(places);
    // "-0.00" would claim a sign the shown figure does not have.
    return localized((shown.isZero() ? Decimal() : shown).toString(places), locale);
}

QString DisplayFormat::usd(const Decimal &value, const QLocale &locale) {
    return fixed(value, UsdPlaces, locale);
}

int DisplayFormat::places(const QString &asset) {
    static const QStringList usdCoins{QStringLiteral("USDT"), QStringLiteral("USDC"),
                                      QStringLiteral("FDUSD"), QStringLiteral("BUSD")};
    return usdCoins.contains(asset) ? UsdPlaces : AssetPlaces;
}

QString DisplayFormat::quantity(const Decimal &value, const QString &asset, const QLocale &locale) {
    return fixed(value, places(asset), locale);
}

QString DisplayFormat::exact(const Decimal &value, const QLocale &locale) {
    if (!value.isValid())
        return QStringLiteral("—");
    return localized(value.toString(), locale);
}

QString DisplayFormat::percent(const Decimal &ratio, int places, const QLocale &locale) {
    if (!ratio.isValid())
        return QStringLiteral("—");
    return fixed(ratio * Decimal::fromInt(100), places, locale) + QStringLiteral(" %");
}

QString DisplayFormat::drawnPercent(double ratio, const QLocale &locale) {
    const std::optional<Decimal> pct =
        Decimal::fromString(QString::number(ratio * 100, 'f', RatioPlaces));
    return pct && std::isfinite(ratio) ? fixed(*pct, RatioPlaces, locale) + QStringLiteral(" %")
                                       : QStringLiteral("—");
}

QString DisplayFormat::ltv(const std::optional<Decimal> &ltv, const QLocale &locale) {
    if (!ltv || !ltv->isValid())
        return QStringLiteral("—");
    return percent(*ltv, RatioPlaces, locale);
}

QDateTime DisplayFormat::inZone(const QDateTime &t) {
    return zone() == Zone::Utc ? t.toUTC() : t.toLocalTime();
}

QDateTime DisplayFormat::inZone(qint64 msSinceEpoch) {
    return inZone(QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::utc()));
}

QTimeZone DisplayFormat::timeZone() {
    return zone() == Zone::Utc ? QTimeZone::utc() : QTimeZone::systemTimeZone();
}

QString DisplayFormat::dateTime(const QDateTime &t) {
    if (!t.isValid())
        return QStringLiteral("—");
    const QDateTime z = inZone(t);
    return z.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + z.timeZoneAbbreviation();
}

QString DisplayFormat::time(const QDateTime &t) {
    if (!t.isValid())
        return QStringLiteral("—");
    const QDateTime z = inZone(t);
    return z.toString(QStringLiteral("HH:mm:ss ")) + z.timeZoneAbbreviation();
}

QString DisplayFormat::age(qint64 ms) {
    const qint64 s = std::max<qint64>(ms, 0) / 1000;
    if (s < 10)
        return QCoreApplication::translate("DisplayFormat", "< 10 s");
    return countdown(s < 60 ? s / 10 * 10'000 : ms);
}

QString DisplayFormat::countdown(qint64 ms) {
    const qint64 s = std::max<qint64>(ms, 0) / 1000;
    if (s < 60)
        return QCoreApplication::translate("DisplayFormat", "%n s", nullptr, int(s));
    // A named count: Qt 6.4's lupdate never returns on `int(s / 60)` as the numerus argument.
    const int minutes = int(s / 60);
    if (s < 3600)
        return QCoreApplication::translate("DisplayFormat", "%n min", nullptr, minutes);
    return QCoreApplication::translate("DisplayFormat", "%1 h %2 min")
        .arg(s / 3600)
        .arg((s % 3600) / 60);
}

} // namespace loandesk
