#include "domain/decimal.h"
#include "testhelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace loandesk;

// Built by a static initializer of this file, which runs before decimal.cpp's own (the core
// library is linked after the test). A dynamically initialized limit inside Decimal made this
// value invalid, and with it every LtvMath result in some executables.
static const Decimal EarlyOne = Decimal::fromInt(1);

class tst_Decimal : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void fromJson_data();
    void fromJson();
    void arithmetic_data();
    void arithmetic();
    void multiply_data();
    void multiply();
    void divide_data();
    void divide();
    void rounding_data();
    void rounding();
    void compare();
    void order_data();
    void order();
    void sumOfWireAmountsIsExact();
    void overflowIsInvalidNotWrong();
    void fixedFormatting();
    void usableInOtherFilesStaticInitializers();
};

void tst_Decimal::usableInOtherFilesStaticInitializers() {
    QVERIFY(EarlyOne.isValid());
    QCOMPARE(EarlyOne.toString(), QStringLiteral("1"));
}

void tst_Decimal::parse_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("zero") << "0"
                          << "0";
    QTest::newRow("negative zero") << "-0"
                                   << "0";
    QTest::newRow("one ulp") << "0.00000001"
                             << "0.00000001";
    QTest::newRow("1e-8") << "1e-8"
                          << "0.00000001";
    QTest::newRow("0E-8") << "0E-8"
                          << "0";
    QTest::newRow("big") << "9999999999.99999999"
                         << "9999999999.99999999";
    QTest::newRow("negative") << "-15.30718771"
                              << "-15.30718771";
    QTest::newRow("plus sign") << "+3"
                               << "3";
    QTest::newRow("trailing zeros") << "12671.05079731000"
                                    << "12671.05079731";
    QTest::newRow("leading zeros") << "000123.4500"
                                   << "123.45";
    QTest::newRow("leading point") << ".5"
                                   << "0.5";
    QTest::newRow("trailing point") << "5."
                                    << "5";
    QTest::newRow("exponent up") << "1.5E3"
                                 << "1500";
    QTest::newRow("exponent plus") << "2e+2"
                                   << "200";
    QTest::newRow("18 places") << "0.123456789012345678"
                               << "0.123456789012345678";
    QTest::newRow("28 integer digits") << "9999999999999999999999999999"
                                       << "9999999999999999999999999999";
}

void tst_Decimal::parse() {
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QString error;
    const auto value = Decimal::fromString(text, &error);
    QVERIFY2(value.has_value(), qPrintable(error));
    QCOMPARE(value->toString(), canonical);
    // format → parse is the identity
    QCOMPARE(*Decimal::fromString(value->toString()), *value);
}

void tst_Decimal::rejects_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("space") << " ";
    QTest::newRow("leading space") << " 1.5";
    QTest::newRow("trailing space") << "1.5 ";
    QTest::newRow("trailing junk") << "1.5abc";
    QTest::newRow("leading junk") << "$1.5";
    QTest::newRow("two points") << "1.2.3";
    QTest::newRow("comma") << "1,000";
    QTest::newRow("sign only") << "-";
    QTest::newRow("point only") << ".";
    QTest::newRow("exponent only") << "e5";
    QTest::newRow("dangling exponent") << "1e";
    QTest::newRow("nan") << "NaN";
    QTest::newRow("inf") << "inf";
    QTest::newRow("hex") << "0x10";
    QTest::newRow("19 places") << "0.1234567890123456789";
    QTest::newRow("tiny exponent") << "1e-19";
    QTest::newRow("overflow digits") << "99999999999999999999999999999";
    QTest::newRow("overflow exponent") << "1e40";
    QTest::newRow("huge exponent") << "1e999999";
    QTest::newRow("double sign") << "--1";
}

void tst_Decimal::rejects() {
    QFETCH(QString, text);
    QString error;
    QVERIFY(!Decimal::fromString(text, &error).has_value());
    // the error names the offending text so a log line is actionable
    QVERIFY2(error.contains(u'"' + text + u'"'), qPrintable(error));
}

void tst_Decimal::fromJson_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("string") << QByteArray(R"({"v":"16671.5507973"})") << "16671.5507973";
    QTest::newRow("number") << QByteArray(R"({"v":16671.5507973})") << "16671.5507973";
    QTest::newRow("integer") << QByteArray(R"({"v":300})") << "300";
    QTest::newRow("number 8dp") << QByteArray(R"({"v":0.00000833})") << "0.00000833";
    QTest::newRow("sci string") << QByteArray(R"({"v":"0E-8"})") << "0";
    QTest::newRow("large number") << QByteArray(R"({"v":123456.78})") << "123456.78";
}

void tst_Decimal::fromJson() {
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const QJsonValue v = QJsonDocument::fromJson(json).object().value(u"v");
    QString error;
    const auto value = Decimal::fromJson(v, &error);
    QVERIFY2(value.has_value(), qPrintable(error));
    QCOMPARE(value->toString(), expected);

    QVERIFY(!Decimal::fromJson(QJsonValue(true), &error));
    QVERIFY(!Decimal::fromJson(QJsonValue(QJsonValue::Null), &error));
    QVERIFY(error.contains(u"null"));
    QVERIFY(!Decimal::fromJson(QJsonValue(QJsonValue::Undefined), &error));
    QVERIFY(error.contains(u"missing"));
}

void tst_Decimal::arithmetic_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("sum");
    QTest::addColumn<QString>("difference");
    QTest::newRow("zeros") << "0"
                           << "0"
                           << "0"
                           << "0";
    QTest::newRow("ulps") << "0.00000001"
                          << "0.00000001"
                          << "0.00000002"
                          << "0";
    QTest::newRow("mixed scale") << "1.5"
                                 << "0.00000001"
                                 << "1.50000001"
                                 << "1.49999999";
    QTest::newRow("negative") << "-5"
                              << "2.25"
                              << "-2.75"
                              << "-7.25";
    QTest::newRow("max amount") << "9999999999.99999999"
                                << "0.00000001"
                                << "10000000000"
                                << "9999999999.99999998";
    QTest::newRow("0.1+0.2") << "0.1"
                             << "0.2"
                             << "0.3"
                             << "-0.1";
}

void tst_Decimal::arithmetic() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, sum);
    QFETCH(QString, difference);
    const Decimal x = *Decimal::fromString(a);
    const Decimal y = *Decimal::fromString(b);
    QCOMPARE((x + y).toString(), sum);
    QCOMPARE((x - y).toString(), difference);
    QCOMPARE(x + y - y, x);
}

void tst_Decimal::multiply_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("product");
    QTest::newRow("integers") << "12"
                              << "-3"
                              << "-36";
    QTest::newRow("hourly interest") << "851340.57601652"
                                     << "0.00000833"
                                     << "7.0916669982176116";
    QTest::newRow("exact 16 places") << "0.00000001"
                                     << "0.00000001"
                                     << "0.0000000000000001";
    QTest::newRow("rounded past 18") << "0.000000000000000005"
                                     << "0.5"
                                     << "0.000000000000000002";
    QTest::newRow("big × ratio") << "9999999999.99999999"
                                 << "0.9"
                                 << "8999999999.999999991";
}

void tst_Decimal::multiply() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, product);
    QCOMPARE((dec(qPrintable(a)) * dec(qPrintable(b))).toString(), product);
}

void tst_Decimal::divide_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("places");
    QTest::addColumn<QString>("quotient");
    // the documented ltv-details example: 15.30718771 / 25.85090769 = 0.59213…
    QTest::newRow("doc ltv") << "15.30718771"
                             << "25.85090769" << 3 << "0.592";
    QTest::newRow("doc ltv 8") << "15.30718771"
                               << "25.85090769" << 8 << "0.59213347";
    QTest::newRow("third") << "1"
                           << "3" << 18 << "0.333333333333333333";
    QTest::newRow("two thirds") << "2"
                                << "3" << 2 << "0.67";
    QTest::newRow("negative") << "-2"
                              << "3" << 2 << "-0.67";
    QTest::newRow("half even down") << "0.125"
                                    << "1" << 2 << "0.12";
    QTest::newRow("half even up") << "0.135"
                                  << "1" << 2 << "0.14";
    QTest::newRow("large") << "9999999999.99999999"
                           << "0.00000001" << 0 << "999999999999999999";
    QTest::newRow("small divisor scale") << "1"
                                         << "0.000000000000000001" << 0 << "1000000000000000000";
}

void tst_Decimal::divide() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, places);
    QFETCH(QString, quotient);
    QCOMPARE(dec(qPrintable(a)).dividedBy(dec(qPrintable(b)), places).toString(), quotient);
    QVERIFY(!dec(qPrintable(a)).dividedBy(Decimal()).isValid());
}

void tst_Decimal::rounding_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("rounded");
    using R = Decimal::Rounding;
    QTest::newRow("even down") << "2.5" << int(R::HalfEven) << "2";
    QTest::newRow("even up") << "3.5" << int(R::HalfEven) << "4";
    QTest::newRow("even neg") << "-2.5" << int(R::HalfEven) << "-2";
    QTest::newRow("half up") << "2.5" << int(R::HalfUp) << "3";
    QTest::newRow("half up neg") << "-2.5" << int(R::HalfUp) << "-3";
    QTest::newRow("down") << "2.9" << int(R::Down) << "2";
    QTest::newRow("down neg") << "-2.9" << int(R::Down) << "-2";
    QTest::newRow("up") << "2.1" << int(R::Up) << "3";
    QTest::newRow("floor neg") << "-2.1" << int(R::Floor) << "-3";
    QTest::newRow("ceiling") << "2.1" << int(R::Ceiling) << "3";
    QTest::newRow("ceiling neg") << "-2.9" << int(R::Ceiling) << "-2";
    QTest::newRow("exact stays") << "7" << int(R::Up) << "7";
}

void tst_Decimal::rounding() {
    QFETCH(QString, value);
    QFETCH(int, mode);
    QFETCH(QString, rounded);
    QCOMPARE(dec(qPrintable(value)).rounded(0, Decimal::Rounding(mode)).toString(), rounded);
}

void tst_Decimal::compare() {
    QCOMPARE(dec("1.50"), dec("1.5"));
    QVERIFY(dec("0.00000001") > Decimal());
    QVERIFY(dec("-0.00000001") < Decimal());
    QVERIFY(dec("9999999999.99999999") < dec("10000000000"));
    QVERIFY(dec("0.9") <= dec("0.90"));
    QCOMPARE(qHash(dec("1.50")), qHash(dec("1.5")));
    const Decimal nan = Decimal::invalid();
    QVERIFY(!(nan == nan));
    QVERIFY(!(nan < Decimal()));
    QVERIFY(!(nan > Decimal()));
    QVERIFY(nan != Decimal());
}

void tst_Decimal::order_data() {
    // a < b in every row; `b` may be a product, which reaches magnitudes no parsed value has.
    QTest::addColumn<Decimal>("a");
    QTest::addColumn<Decimal>("b");
    const Decimal tiny = dec("0.000000000000000001");  // 10^-18, the finest scale
    const Decimal huge = dec("100000000000000000000"); // 10^20: at 18 places, 10^38
    const Decimal max28 = dec("9999999999999999999999999999");
    const Decimal e37 = max28 * dec("1000000000"); // ~10^37, scale 0
    QTest::newRow("1e-18 < 1e20") << tiny << huge;
    QTest::newRow("-1e20 < -1e-18") << -huge << -tiny;
    QTest::newRow("-1e20 < 1e-18") << -huge << tiny;
    QTest::newRow("-1e-18 < 1e20") << -tiny << huge;
    QTest::newRow("0 < 1e-18") << Decimal() << tiny;
    QTest::newRow("-1e-18 < 0") << -tiny << Decimal();
    QTest::newRow("1e-18 < 2e-18") << tiny << tiny + tiny;
    const Decimal e19 = dec("10000000000000000000");
    QTest::newRow("1e19 < 1e19 + 1e-18") << e19 << e19 + tiny;
    QTest::newRow("-1e19 - 1e-18 < -1e19") << -e19 - tiny << -e19;
    QTest::newRow("1e-18 < 1e37") << tiny << e37;
    QTest::newRow("-1e37 < -1e-18") << -e37 << -tiny;
    QTest::newRow("-1e37 < 1e37") << -e37 << e37;
    QTest::newRow("max28 < 1e37") << max28 << e37;
    QTest::newRow("19+18 digits < 1e19")
        << dec("9999999999999999999.999999999999999999") << dec("10000000000000000000");
    QTest::newRow("same integer, finer fraction")
        << dec("1234567890123456789.5") << dec("1234567890123456789.500000000000000001");
    QTest::newRow("-0.5 < 0.3") << dec("-0.5") << dec("0.3");
    QTest::newRow("-1.5 < -1.2") << dec("-1.5") << dec("-1.2");
    QTest::newRow("-1 < -0.5") << dec("-1") << dec("-0.5");
}

void tst_Decimal::order() {
    QFETCH(Decimal, a);
    QFETCH(Decimal, b);
    QVERIFY(a.isValid() && b.isValid());
    QVERIFY(a < b);
    QVERIFY(b > a);
    QVERIFY(a <= b && !(a >= b));
    QVERIFY(a != b);
    QVERIFY((a <=> b) == std::partial_ordering::less);
    QVERIFY((b <=> a) == std::partial_ordering::greater);
    QVERIFY((a <=> a) == std::partial_ordering::equivalent);
    QCOMPARE(Decimal::min(a, b), a);
    QCOMPARE(Decimal::max(b, a), b);
}

void tst_Decimal::sumOfWireAmountsIsExact() {
    // Σ wallet netEquity of the documented ltv-details example is exactly totalNetEquity.
    const char *wallets[] = {"5",          "4.98938226", "5.4284319",  "0", "0",
                             "4.93362203", "0",          "1.00053327", "5", "0"};
    Decimal sum;
    double dsum = 0;
    for (const char *w : wallets) {
        sum += dec(w);
        dsum += QByteArray(w).toDouble();
    }
    QCOMPARE(sum.toString(), QStringLiteral("26.35196946"));
    // a million ulps add up exactly
    Decimal many;
    for (int i = 0; i < 1000000; ++i)
        many += dec("0.00000001");
    QCOMPARE(many, dec("0.01"));
}

void tst_Decimal::overflowIsInvalidNotWrong() {
    const Decimal big = dec("9999999999999999999999999999");
    QVERIFY(!(big * big).isValid());
    QVERIFY(!(big * big + Decimal::fromInt(1)).isValid()); // invalid propagates
    QCOMPARE((big * big).toString(), QStringLiteral("NaN"));
    QVERIFY((big + big).isValid());
}

void tst_Decimal::fixedFormatting() {
    QCOMPARE(dec("1.5").toString(8), QStringLiteral("1.50000000"));
    QCOMPARE(dec("0.00000001").toString(8), QStringLiteral("0.00000001"));
    QCOMPARE(dec("-0.005").toString(2), QStringLiteral("0.00"));
    QCOMPARE(dec("0.595").toString(2), QStringLiteral("0.60"));
    QCOMPARE(dec("12").toString(0), QStringLiteral("12"));
    QCOMPARE(dec("0.5").toString(0), QStringLiteral("0"));
    QCOMPARE(dec("15.30718771").toDouble(), 15.30718771);
}

QTEST_GUILESS_MAIN(tst_Decimal)
#include "tst_decimal.moc"
