#include "testhelpers.h"

#include "actions/amountinwords.h"

#include <QtTest>

using namespace loandesk;
using AmountInWords::Language;

class tst_AmountInWords : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void english_data() {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("words");
        auto row = [](const char *a, const char *w) {
            QTest::newRow(a) << QString::fromLatin1(a) << QString::fromLatin1(w);
        };
        row("0", "zero");
        row("7", "seven");
        row("15", "fifteen");
        row("42", "forty-two");
        row("100", "one hundred");
        row("1001", "one thousand one");
        row("100000", "one hundred thousand");
        row("1000000", "one million");
        row("1200000", "one million two hundred thousand");
        row("1000000.05", "one million point zero five");
        row("0.5", "zero point five");
        row("12345.12345678",
            "twelve thousand three hundred forty-five point one two three four five six seven "
            "eight");
        row("1000000000", "one billion");
    }
    void english() {
        QFETCH(QString, amount);
        QFETCH(QString, words);
        QCOMPARE(AmountInWords::spell(*Decimal::fromString(amount)), words);
    }

    void withAsset() {
        QCOMPARE(AmountInWords::spellWithAsset(dec("1200000"), QStringLiteral("USDT")),
                 QStringLiteral("one million two hundred thousand USDT"));
        QVERIFY(AmountInWords::spell(dec("-1")).isEmpty());
        QVERIFY(AmountInWords::spell(Decimal::invalid()).isEmpty());
    }

    void chineseFinancial_data() {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("words");
        auto row = [](const char *a, const char16_t *w) {
            QTest::newRow(a) << QString::fromLatin1(a) << QString::fromUtf16(w);
        };
        row("0", u"零");
        row("10", u"壹拾");
        row("1001", u"壹仟零壹");
        row("10001", u"壹万零壹");
        row("100000", u"壹拾万");
        row("1200000", u"壹佰贰拾万");
        row("12000001", u"壹仟贰佰万零壹");
        row("100000000", u"壹亿");
        row("100010000", u"壹亿零壹万");
        row("2.05", u"贰点零伍");
    }
    void chineseFinancial() {
        QFETCH(QString, amount);
        QFETCH(QString, words);
        QCOMPARE(AmountInWords::spell(*Decimal::fromString(amount), Language::ChineseFinancial),
                 words);
    }
};

QTEST_GUILESS_MAIN(tst_AmountInWords)
#include "tst_amountinwords.moc"
