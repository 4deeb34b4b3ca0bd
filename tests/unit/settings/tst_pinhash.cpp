#include "settings/pinhash.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace loandesk;

// PINs are kept as salted PBKDF2 hashes: the right PIN matches, nothing else does, the text
// never holds the PIN, and a damaged stored hash is refused rather than trusted.
class tst_PinHash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rightPinMatchesOthersDoNot();
    void samePinGetsDifferentSalts();
    void roundTripsThroughText();
    void rejectsDamagedText_data();
    void rejectsDamagedText();
    void acceptablePins_data();
    void acceptablePins();
    void defaultCostIsSlow();
};

void tst_PinHash::rightPinMatchesOthersDoNot() {
    const PinHash h = PinHash::make(QStringLiteral("246813"), 2000);
    QVERIFY(h.isValid());
    QVERIFY(h.matches(QStringLiteral("246813")));
    QVERIFY(!h.matches(QStringLiteral("246814")));
    QVERIFY(!h.matches(QStringLiteral("2468130")));
    QVERIFY(!h.matches(QString()));
    QVERIFY(!PinHash().matches(QString())); // an empty hash matches nothing, not even ""
}

void tst_PinHash::samePinGetsDifferentSalts() {
    const PinHash a = PinHash::make(QStringLiteral("246813"), 2000);
    const PinHash b = PinHash::make(QStringLiteral("246813"), 2000);
    QVERIFY(a.toString() != b.toString());
    QVERIFY(a.matches(QStringLiteral("246813")) && b.matches(QStringLiteral("246813")));
}

void tst_PinHash::roundTripsThroughText() {
    const PinHash h = PinHash::make(QStringLiteral("päss wörd"), 2000);
    const QString text = h.toString();
    QVERIFY(text.startsWith(QStringLiteral("pbkdf2-sha256$2000$")));
    QVERIFY(!text.contains(QStringLiteral("päss")));
    const std::optional<PinHash> back = PinHash::fromString(text);
    QVERIFY(back);
    QCOMPARE(*back, h);
    QVERIFY(back->matches(QStringLiteral("päss wörd")));
}

void tst_PinHash::rejectsDamagedText_data() {
    QTest::addColumn<QString>("text");
    const QString good = PinHash::make(QStringLiteral("246813"), 2000).toString();
    const QStringList parts = good.split(u'$');
    QTest::newRow("empty") << QString();
    QTest::newRow("plain pin") << QStringLiteral("246813");
    QTest::newRow("other scheme") << QString(good).replace(QStringLiteral("pbkdf2-sha256"),
                                                           QStringLiteral("md5"));
    QTest::newRow("too few iterations")
        << QStringList{parts[0], QStringLiteral("1"), parts[2], parts[3]}.join(u'$');
    QTest::newRow("iterations not a number")
        << QStringList{parts[0], QStringLiteral("many"), parts[2], parts[3]}.join(u'$');
    QTest::newRow("bad base64")
        << QStringList{parts[0], parts[1], QStringLiteral("!!"), parts[3]}.join(u'$');
    QTest::newRow("short hash")
        << QStringList{parts[0], parts[1], parts[2], QStringLiteral("AAAA")}.join(u'$');
    QTest::newRow("extra part") << good + QStringLiteral("$x");
}

void tst_PinHash::rejectsDamagedText() {
    QFETCH(QString, text);
    QVERIFY(!PinHash::fromString(text));
}

void tst_PinHash::acceptablePins_data() {
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("ok");
    QTest::newRow("six digits") << QStringLiteral("123456") << true;
    QTest::newRow("five digits") << QStringLiteral("12345") << false;
    QTest::newRow("phrase") << QStringLiteral("blue whale 42") << true;
    QTest::newRow("leading space") << QStringLiteral(" 123456") << false;
    QTest::newRow("too long") << QString(33, u'1') << false;
}

void tst_PinHash::acceptablePins() {
    QFETCH(QString, pin);
    QFETCH(bool, ok);
    QCOMPARE(PinHash::isAcceptablePin(pin), ok);
}

void tst_PinHash::defaultCostIsSlow() {
    // The point of the hash is that each guess costs time; the default must stay expensive.
    QElapsedTimer timer;
    timer.start();
    const PinHash h = PinHash::make(QStringLiteral("246813"));
    QVERIFY(h.toString().startsWith(
        QStringLiteral("pbkdf2-sha256$%1$").arg(PinHash::DefaultIterations)));
    QVERIFY(h.matches(QStringLiteral("246813")));
    QVERIFY(PinHash::DefaultIterations >= 600000);
    qInfo("two default-cost derivations took %lld ms", timer.elapsed());
}

QTEST_GUILESS_MAIN(tst_PinHash)
#include "tst_pinhash.moc"
