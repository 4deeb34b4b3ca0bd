#include "models/displayformat.h"
#include "models/displayzonenotifier.h"
#include "settings/settingsservice.h"
#include "testhelpers.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <ctime>

using namespace loandesk;

class tst_DisplayFormat : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void usdFiguresHaveTwoPlaces_data();
    void usdFiguresHaveTwoPlaces();
    void quantitiesHaveTheAssetsPlaces_data();
    void quantitiesHaveTheAssetsPlaces();
    void exactKeepsEveryDigit();
    void ratiosArePercentagesWithTwoPlaces();
    void timesCarryTheirZone();
    void inZoneIsTheOneZoneConversion();
    void ages();
    void followsTheSettingsService();
};

void tst_DisplayFormat::usdFiguresHaveTwoPlaces_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    // The column: raw precision 7, 2 and 8 places, now one precision.
    QTest::newRow("seven places") << "3891142.0707188"
                                  << "en_US"
                                  << "3,891,142.07";
    QTest::newRow("two places") << "2000125.5"
                                << "en_US"
                                << "2,000,125.50";
    QTest::newRow("eight places") << "13517.75576584"
                                  << "en_US"
                                  << "13,517.76";
    QTest::newRow("half even down") << "0.125"
                                    << "en_US"
                                    << "0.12";
    QTest::newRow("half even up") << "0.135"
                                  << "en_US"
                                  << "0.14";
    QTest::newRow("max") << "9999999999.99999999"
                         << "en_US"
                         << "10,000,000,000.00";
    QTest::newRow("negative") << "-1000"
                              << "en_US"
                              << "-1,000.00";
    QTest::newRow("tiny negative is zero") << "-0.001"
                                           << "en_US"
                                           << "0.00";
    QTest::newRow("de") << "1234567.12345678"
                        << "de_DE"
                        << "1.234.567,12";
    QTest::newRow("zh") << "1234567"
                        << "zh_CN"
                        << "1,234,567.00";
}

void tst_DisplayFormat::usdFiguresHaveTwoPlaces() {
    QFETCH(QString, value);
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QCOMPARE(DisplayFormat::usd(dec(qPrintable(value)), QLocale(locale)), text);
}

void tst_DisplayFormat::quantitiesHaveTheAssetsPlaces_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("asset");
    QTest::addColumn<QString>("text");
    QTest::newRow("BTC") << "0.5"
                         << "BTC"
                         << "0.50000000";
    QTest::newRow("BTC full") << "12.12345678"
                              << "BTC"
                              << "12.12345678";
    QTest::newRow("ETH") << "1234.1"
                         << "ETH"
                         << "1,234.10000000";
    QTest::newRow("USDT") << "2000125.5"
                          << "USDT"
                          << "2,000,125.50";
    QTest::newRow("USDC") << "0.00456"
                          << "USDC"
                          << "0.00";
}

void tst_DisplayFormat::quantitiesHaveTheAssetsPlaces() {
    QFETCH(QString, value);
    QFETCH(QString, asset);
    QFETCH(QString, text);
    QCOMPARE(DisplayFormat::quantity(dec(qPrintable(value)), asset, QLocale(u"en_US"_qs)), text);
    QVERIFY(DisplayFormat::places(asset) <= 8);
}

// What a tooltip shows: every digit the exchange sent, grouped, never padded or rounded.
void tst_DisplayFormat::exactKeepsEveryDigit() {
    const QLocale en(u"en_US"_qs);
    QCOMPARE(DisplayFormat::exact(dec("3891142.0707188"), en), u"3,891,142.0707188"_qs);
    QCOMPARE(DisplayFormat::exact(dec("0.00000833"), en), u"0.00000833"_qs);
    QCOMPARE(DisplayFormat::exact(dec("-1000"), en), u"-1,000"_qs);
    QCOMPARE(DisplayFormat::exact(dec("1234567.12345678"), QLocale(u"de_DE"_qs)),
             u"1.234.567,12345678"_qs);
    QCOMPARE(DisplayFormat::exact(Decimal::invalid(), en), u"—"_qs);
}

void tst_DisplayFormat::ratiosArePercentagesWithTwoPlaces() {
    const QLocale en(u"en_US"_qs);
    QCOMPARE(DisplayFormat::ltv(dec("0.59213347"), en), u"59.21 %"_qs);
    QCOMPARE(DisplayFormat::ltv(dec("0.592"), en), u"59.20 %"_qs);
    QCOMPARE(DisplayFormat::ltv(dec("1"), en), u"100.00 %"_qs);
    QCOMPARE(DisplayFormat::ltv(std::nullopt, en), u"—"_qs);
    QCOMPARE(DisplayFormat::percent(dec("0.75"), 2, en), u"75.00 %"_qs);
    QCOMPARE(DisplayFormat::percent(dec("0.123456"), 2, QLocale(u"de_DE"_qs)), u"12,35 %"_qs);
    QCOMPARE(DisplayFormat::drawnPercent(0.93, en), u"93.00 %"_qs);
    QCOMPARE(DisplayFormat::drawnPercent(qQNaN(), en), u"—"_qs);
}

void tst_DisplayFormat::timesCarryTheirZone() {
    DisplayFormat::setZone(DisplayFormat::Zone::Utc);
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(1752137105623, QTimeZone::utc());
    QCOMPARE(DisplayFormat::dateTime(t), QStringLiteral("2025-07-10 08:45:05 UTC"));
    QCOMPARE(DisplayFormat::time(t), QStringLiteral("08:45:05 UTC"));
    DisplayFormat::setZone(DisplayFormat::Zone::Local);
    QVERIFY(!DisplayFormat::time(t).endsWith(u' ')); // a zone abbreviation follows the time
    DisplayFormat::setZone(DisplayFormat::Zone::Utc);
}

void tst_DisplayFormat::inZoneIsTheOneZoneConversion() {
    // The chart's axis, the banner's day and the records window's date pickers all convert
    // through inZone()/timeZone(): they must follow the setting exactly as dateTime() does.
    const QByteArray oldTz = qgetenv("TZ");
    qputenv("TZ", "Asia/Tokyo");
    tzset();
    const qint64 ms = 1752137105623; // 2025-07-10 08:45:05.623 UTC, 17:45 in Tokyo
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());

    DisplayFormat::setZone(DisplayFormat::Zone::Utc);
    QCOMPARE(DisplayFormat::inZone(ms).offsetFromUtc(), 0);
    QCOMPARE(DisplayFormat::inZone(ms).time().hour(), 8);
    QCOMPARE(DisplayFormat::inZone(ms), DisplayFormat::inZone(utc));
    QCOMPARE(DisplayFormat::timeZone(), QTimeZone::utc());

    DisplayFormat::setZone(DisplayFormat::Zone::Local);
    QCOMPARE(DisplayFormat::inZone(ms).offsetFromUtc(), 9 * 3600);
    QCOMPARE(DisplayFormat::inZone(ms).time().hour(), 17);
    QCOMPARE(DisplayFormat::inZone(ms).toMSecsSinceEpoch(), ms);
    QCOMPARE(DisplayFormat::timeZone().offsetFromUtc(utc), 9 * 3600);
    QVERIFY(DisplayFormat::dateTime(utc).startsWith(QStringLiteral("2025-07-10 17:45:05")));

    DisplayFormat::setZone(DisplayFormat::Zone::Utc);
    if (oldTz.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", oldTz);
    tzset();
}

void tst_DisplayFormat::ages() {
    // Fresh data does not count seconds (its text must not move between 5 s polls).
    QCOMPARE(DisplayFormat::age(0), QStringLiteral("< 10 s"));
    QCOMPARE(DisplayFormat::age(9999), QStringLiteral("< 10 s"));
    QCOMPARE(DisplayFormat::age(12000), QStringLiteral("10 s"));
    QCOMPARE(DisplayFormat::age(59999), QStringLiteral("50 s"));
    QCOMPARE(DisplayFormat::countdown(12000), QStringLiteral("12 s"));
    QCOMPARE(DisplayFormat::age(180000), QStringLiteral("3 min"));
    QCOMPARE(DisplayFormat::age(7500000), QStringLiteral("2 h 5 min"));
}

// The zone a user picks (Settings or View menu) reaches every formatted time, and widgets that
// show times hear of it once per real change.
void tst_DisplayFormat::followsTheSettingsService() {
    QTemporaryDir dir;
    AppSettings saved;
    saved.timeZone = AppSettings::TimeZone::Local;
    QVERIFY(saved.save(dir.filePath(QStringLiteral("settings.json"))));
    DisplayFormat::setZone(DisplayFormat::Zone::Utc);
    QSignalSpy zone(DisplayFormat::notifier(), &DisplayZoneNotifier::zoneChanged);
    {
        SettingsService service({dir.filePath(QStringLiteral("settings.json")),
                                 dir.filePath(QStringLiteral("profiles.json")),
                                 dir.filePath(QStringLiteral("operators.json"))});
        service.load();
        DisplayFormat::follow(&service);
        QCOMPARE(DisplayFormat::zone(), DisplayFormat::Zone::Local); // at once
        QCOMPARE(zone.count(), 1);
        QVERIFY(service.setTimeZone(AppSettings::TimeZone::Utc).isEmpty());
        QCOMPARE(DisplayFormat::zone(), DisplayFormat::Zone::Utc);
        QCOMPARE(zone.count(), 2);
        QCOMPARE(zone.at(1).at(0).value<DisplayFormat::Zone>(), DisplayFormat::Zone::Utc);
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(1752137105623, QTimeZone::utc());
        QCOMPARE(DisplayFormat::time(t), QStringLiteral("08:45:05 UTC"));
        QVERIFY(service.setTheme(AppSettings::Theme::Dark).isEmpty()); // not a zone change
        QCOMPARE(zone.count(), 2);
    }
    DisplayFormat::setZone(DisplayFormat::Zone::Utc); // the same zone: nothing to announce
    QCOMPARE(zone.count(), 2);
}

QTEST_GUILESS_MAIN(tst_DisplayFormat)
#include "tst_displayformat.moc"
